"""Where a site lists its articles: its RSS or Atom feeds and its sitemaps, read into dated links.

``find_links(fetcher, address)`` takes a feed, a sitemap (or sitemap index) or any page of
a site. A page is searched for the feeds it announces (``trafilatura.feeds.determine_feed``:
``<link rel="alternate">`` and feed-like anchors), and the site's robots.txt for its
sitemaps (``trafilatura.sitemaps.extract_robots_sitemaps``; without any, the usual
``/sitemap.xml`` is tried). Feeds and sitemaps are parsed here, with entities and network
access off, so that each link keeps the date its listing gives (RSS ``pubDate``, Atom
``published``/``updated``, sitemap ``lastmod`` or news ``publication_date``): ``--since``
then skips old articles without fetching them. Only links to the site's own host are kept.
"""
from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from datetime import timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from graphbuild.records import Failure
from graphbuild.web.fetch import FetchError, Fetcher, Page, is_address

__all__ = ["Link", "MAX_LISTINGS", "find_links", "read_listing"]

#: Feeds and sitemaps read for one site at most (a sitemap index may name thousands).
MAX_LISTINGS = 50
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
# Sitemaps tried when robots.txt names none (trafilatura.sitemaps.GUESSES, the two most common).
_SITEMAP_GUESSES = ("sitemap.xml", "sitemap_index.xml")


@dataclass(frozen=True, slots=True)
class Link:
    """An article's address, with the publication day its feed or sitemap gives (``YYYY-MM-DD``) if any."""

    url: str
    published: str | None = None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _day(text: str | None) -> str | None:
    """``YYYY-MM-DD`` of an ISO 8601 or RFC 822 date (feeds write both), None when unreadable."""
    if not text or not text.strip():
        return None
    match = _ISO_DAY.match(text)
    if match:
        return match.group(1)
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.date().isoformat()


def _child_text(element, *names: str) -> str | None:
    for child in element:
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def _body_text(page: Page, limit: int) -> bytes:
    body = page.body
    if body[:2] == b"\x1f\x8b":  # a .xml.gz sitemap
        try:
            body = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, limit)
        except (zlib.error, gzip.BadGzipFile):
            return b""
    return body


def read_listing(page: Page, limit: int = 50 * 1024 * 1024) -> tuple[str, list[Link], list[str]] | None:
    """What a feed or sitemap lists: its kind (``rss``, ``atom``, ``sitemap``), article links, nested sitemaps.

    None when the page is no feed nor sitemap (an HTML page).
    """
    from lxml import etree

    body = _body_text(page, limit).lstrip()
    if not body.startswith(b"<") or b"<html" in body[:500].lower():
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None
    if root is None:
        return None
    kind = _local(root.tag)
    links: list[Link] = []
    nested: list[str] = []
    if kind in ("rss", "rdf"):
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            url = _child_text(item, "link") or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            if url:
                links.append(Link(urljoin(page.url, url), _day(_child_text(item, "pubdate", "date"))))
        return "rss", links, nested
    if kind == "feed":
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            hrefs = [(link.get("rel") or "alternate", link.get("href")) for link in entry
                     if _local(link.tag) == "link" and link.get("href")]
            url = next((href for rel, href in hrefs if rel == "alternate"), None)
            if url:
                links.append(Link(urljoin(page.url, url), _day(_child_text(entry, "published", "updated"))))
        return "atom", links, nested
    if kind in ("urlset", "sitemapindex"):
        for entry in root:
            if _local(entry.tag) not in ("url", "sitemap"):
                continue
            url = _child_text(entry, "loc")
            if not url:
                continue
            if kind == "sitemapindex":
                nested.append(urljoin(page.url, url))
                continue
            published = None
            for child in entry.iter():
                if _local(child.tag) == "publication_date":
                    published = _day(child.text)
            links.append(Link(urljoin(page.url, url), published or _day(_child_text(entry, "lastmod"))))
        return "sitemap", links, nested
    return None


def _same_site(address: str, site: str) -> bool:
    def host(url: str) -> str:
        name = urlsplit(url).netloc.lower()
        return name[4:] if name.startswith("www.") else name

    return host(address) == host(site)


def _decoded(page: Page) -> str:
    from graphbuild.ingest import decode_text

    try:
        return page.body.decode(page.charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        try:
            return decode_text(page.body)
        except ValueError:
            return ""


def find_links(fetcher: Fetcher, address: str) -> tuple[list[Link], list[Failure]]:
    """The article links a feed, a sitemap or a site lists, in listing order; a ``Failure`` per unreadable listing."""
    from trafilatura.feeds import FeedParameters, determine_feed
    from trafilatura.sitemaps import extract_robots_sitemaps

    failures: list[Failure] = []
    guessed: list[str] = []  # tried without being announced: their absence is no failure
    try:
        page = fetcher.get(address)
    except FetchError as error:
        return [], [Failure(address, error.reason)]
    queue: list[tuple[str, Page | None]] = [(address, page)]
    if read_listing(page, fetcher.max_bytes) is None:  # a page of the site: its feeds, then its sitemaps
        parts = urlsplit(page.url)
        base = f"{parts.scheme}://{parts.netloc}"
        feeds = determine_feed(_decoded(page), FeedParameters(base, parts.hostname or "", page.url))
        sitemaps = extract_robots_sitemaps(fetcher.robots_text(page.url), base)
        if not feeds and not sitemaps:
            sitemaps = guessed = [f"{base}/{guess}" for guess in _SITEMAP_GUESSES]
        queue = [(url, None) for url in dict.fromkeys(feeds + sitemaps)]
    found: dict[str, Link] = {}
    listings, seen = 0, set()
    while queue and listings < MAX_LISTINGS:
        url, page = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        listings += 1
        if page is None:
            try:
                page = fetcher.get(url)
            except FetchError as error:
                if url not in guessed:
                    failures.append(Failure(url, error.reason))
                continue
        listing = read_listing(page, fetcher.max_bytes)
        if listing is None:
            if url not in guessed:
                failures.append(Failure(url, "not a feed or a sitemap"))
            continue
        _, links, nested = listing
        queue.extend((child, None) for child in nested if is_address(child) and _same_site(child, address))
        for link in links:
            if is_address(link.url) and _same_site(link.url, address) and link.url not in found:
                found[link.url] = link
    if not found and not failures:
        reason = ("no feed or sitemap found (on the page, in robots.txt, at /sitemap.xml)" if guessed
                  else "its feeds and sitemaps list no article of the site")
        failures.append(Failure(address, reason))
    return list(found.values()), failures
