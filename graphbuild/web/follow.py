"""Web pages in: fetch addresses into ``Article`` records, and follow a site's new articles into the store.

An article fetched from the web is stored under the address it was found at after
redirects (its ``source``, also its ``url``: the link the explorer shows). An address that
redirected is remembered with it (``Store.remember_address``), so it is not fetched again;
one that redirects to an article stored already is not stored twice. A page that fails
(HTTP status, timeout, size, robots.txt, not an article, not in a language the extractor
reads) is a ``Failure`` naming the address and the reason; nothing is recorded for it, so
the next run tries it again.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graphbuild.records import Article, Failure
from graphbuild.web.discover import Link, find_links
from graphbuild.web.fetch import FetchError, Fetcher, Page

__all__ = ["HTML_TYPES", "article_from_page", "fetch_articles", "read_address_file", "ingest_addresses",
           "FollowReport", "plan_follow", "follow"]

#: Content types read as article pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
_LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def _language_of(text: str) -> str:
    """The language the text reads as among all that py3langid knows (not only those with data)."""
    import py3langid

    code, _ = py3langid.classify(text[:5000])
    return code


def article_from_page(page: Page, *, published: str | None = None) -> Article:
    """The article of a fetched page; ValueError saying why it is none (not HTML, not an article, language).

    ``published`` (from the feed or sitemap) stands in when the page gives no date.
    """
    from graphbuild.ingest import article_from_html, decode_text
    from graphbuild.lang import available_languages

    if page.content_type not in HTML_TYPES:
        raise ValueError(f"not an article: a {page.content_type or 'typeless'} document, not an HTML page")
    try:
        html = page.body.decode(page.charset) if page.charset else decode_text(page.body)
    except (LookupError, UnicodeDecodeError):
        html = decode_text(page.body)
    try:
        article = article_from_html(page.url, html, url=page.url)
    except ValueError as error:
        raise ValueError(f"not an article ({error})") from None
    language = _language_of(article.text)
    languages = available_languages()
    if language not in languages:
        wanted = " or ".join(_LANGUAGE_NAMES.get(code, code) for code in languages)
        raise ValueError(f"not {wanted} (the text reads as {language!r})")
    return dataclasses.replace(article, language=language, published=article.published or published)


def read_address_file(path) -> list[str]:  # noqa: ANN001 - a str or a Path
    """The addresses of a file, one a line; blank lines and ``#`` comments skipped. OSError if unreadable."""
    from pathlib import Path

    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def fetch_articles(store, fetcher: Fetcher, addresses: Iterable[str | Link], *,  # noqa: ANN001 - a Store
                   since: str | None = None, skipped: list[str] | None = None) -> Iterator[Article | Failure]:
    """The article at each address, or a ``Failure`` naming the address and the reason.

    An article published before ``since`` (``YYYY-MM-DD``) is left out, its address added
    to ``skipped``; so is one whose address redirects to an article stored already.
    """
    fetched: set[str] = set()  # this run's articles, which the store may not hold yet

    def known(address: str) -> bool:
        return address in fetched or store.knows_address(address)

    for item in addresses:
        link = item if isinstance(item, Link) else Link(item.strip())
        try:
            page = fetcher.get(link.url, known=known)
            if page.url != link.url:
                if 300 <= page.status < 400 or page.url in fetched:
                    store.remember_address(link.url, page.url)
                    if skipped is not None:
                        skipped.append(f"{link.url}: redirects to {page.url}, stored already")
                    continue
                store.remember_address(link.url, page.url)  # counts once the article is stored
            fetched.add(page.url)
            article = article_from_page(page, published=link.published)
        except FetchError as error:
            yield Failure(link.url, error.reason)
            continue
        except ValueError as error:
            yield Failure(link.url, str(error))
            continue
        if since and article.published and article.published[:len(since)] < since[:len(article.published)]:
            if skipped is not None:
                skipped.append(f"{link.url}: published {article.published}, before {since}")
            continue
        yield article


def ingest_addresses(store, addresses: Iterable[str], *, fetcher: Fetcher, extract=None,  # noqa: ANN001
                     progress: bool = False, batch: int = 1):  # noqa: ANN201 - (IngestSummary, skipped lines)
    """Fetch, extract and store the articles at ``addresses``; the ingest summary and what was left out."""
    from graphbuild.store.pipeline import ingest_articles

    skipped: list[str] = []
    summary = ingest_articles(store, fetch_articles(store, fetcher, addresses, skipped=skipped), extract=extract,
                              progress=progress, batch=batch)
    return summary, skipped


@dataclass(slots=True)
class FollowReport:
    """What a ``follow`` run found: links listed, stored already, older than ``since``, beyond ``limit``, to fetch."""

    listed: int = 0
    known: int = 0
    older: int = 0
    beyond: int = 0
    skipped: list[str] = field(default_factory=list)  # fetched, then left out: each with its reason
    failures: list[Failure] = field(default_factory=list)
    to_fetch: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line of what was found, before the ingest's own summary."""
        return [f"addresses listed: {self.listed}, stored already: {self.known}, older than --since: {self.older}, "
                f"beyond --max: {self.beyond}, fetched: {len(self.to_fetch)}"]


def plan_follow(store, fetcher: Fetcher, sites: Iterable[str], *, since: str | None = None,  # noqa: ANN001
                limit: int | None = None) -> tuple[FollowReport, list[Link]]:
    """The links of ``sites`` to fetch: not stored yet, not older than ``since``, the ``limit`` newest first."""
    report = FollowReport()
    links: dict[str, Link] = {}
    for site in sites:
        found, failures = find_links(fetcher, site)
        report.failures.extend(failures)
        for link in found:
            links.setdefault(link.url, link)
    report.listed = len(links)
    fresh = []
    for link in links.values():
        if store.knows_address(link.url):
            report.known += 1
        elif since and link.published and link.published < since:
            report.older += 1
        else:
            fresh.append(link)
    # Newest first, so that --max takes the latest news; undated links after the dated ones, in listing order.
    order = {link.url: index for index, link in enumerate(fresh)}
    fresh.sort(key=lambda link: (link.published is None, _negated(link.published), order[link.url]))
    if limit is not None and len(fresh) > limit:
        report.beyond = len(fresh) - limit
        fresh = fresh[:limit]
    report.to_fetch = [link.url for link in fresh]
    return report, fresh


def _negated(day: str | None) -> tuple[int, ...]:
    return tuple(-int(part) for part in day.split("-")) if day else ()


def follow(store, sites: Iterable[str], *, fetcher: Fetcher, since: str | None = None,  # noqa: ANN001
           limit: int | None = None, extract=None, progress: bool = False,  # noqa: ANN001
           batch: int = 1):  # noqa: ANN201 - (FollowReport, IngestSummary)
    """Find the articles ``sites`` list, fetch those not stored yet and ingest them; (report, ingest summary)."""
    from graphbuild.store.pipeline import ingest_articles

    report, links = plan_follow(store, fetcher, sites, since=since, limit=limit)
    summary = ingest_articles(store, fetch_articles(store, fetcher, links, since=since, skipped=report.skipped),
                              extract=extract, progress=progress, batch=batch)
    summary.failures[:0] = report.failures
    return report, summary
