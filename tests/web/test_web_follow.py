"""``graphbuild follow`` and ``graphbuild ingest URL`` against the local site: what is stored, what is fetched."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.store import open_store
from graphbuild.web import Fetcher, plan_follow

from tests.web.site import ARTICLES, LATE_ARTICLE

DELAY = 0.1


def _follow(site, db: Path, *extra: str) -> int:
    return main(["follow", site.url("/"), "--db", str(db), "--delay", str(DELAY), "--timeout", "1.5",
                 "--retries", "1", "--no-progress", *extra])


def _stored(db: Path) -> dict[str, tuple]:
    with open_store(db) as store:
        return {row["source"]: (row["url"], row["published"], row["language"]) for row in store.articles()}


def _article_paths(site, requests) -> list[str]:
    good = {a.path for a in [*ARTICLES, LATE_ARTICLE]}
    return [r.path for r in requests if r.path in good]


@pytest.mark.model
def test_follow_stores_the_sites_articles_once_and_then_only_what_is_new(
        news_site, tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHBUILD_MAX_BYTES", "100000")
    db = tmp_path / "news.sqlite"

    # First run: every article, each under its address, with its date; every bad page one line.
    assert _follow(news_site, db) == 1
    err = capsys.readouterr().err
    expected = {news_site.url(a.path): (news_site.url(a.path), a.published, a.language) for a in ARTICLES}
    assert _stored(db) == expected
    failed = {line.split(": ", 2)[1]: line.split(": ", 2)[2] for line in err.splitlines() if line.startswith("failed: ")}
    reasons = {news_site.MISSING: "HTTP 404", news_site.SLOW: "timed out", news_site.HUGE: "over the limit",
               news_site.NOT_ARTICLE: "not an article", news_site.GERMAN: "not English or French",
               news_site.FORBIDDEN: "robots.txt"}
    assert set(failed) == {news_site.url(path) for path in reasons}
    for path, reason in reasons.items():
        assert reason in failed[news_site.url(path)]
    first = list(news_site.requests)
    paths = [r.path for r in first]
    assert news_site.FORBIDDEN not in paths and "/private/" not in "".join(paths)
    assert paths.count(news_site.FLAKY) == 2  # a 500, then the page
    assert paths.count(news_site.REDIRECT) == 1  # redirects to an article of this run: not stored twice
    assert sorted(_article_paths(news_site, first)) == sorted([a.path for a in ARTICLES] + [news_site.FLAKY])
    arrivals = [r.arrived for r in first]
    assert min(b - a for a, b in zip(arrivals, arrivals[1:])) >= DELAY * 0.95
    assert all("graphbuild" in r.user_agent for r in first)

    # Second run: the listings, and the failed pages again; no stored article is fetched.
    news_site.requests.clear()
    assert _follow(news_site, db) == 1
    out = capsys.readouterr().out
    assert _stored(db) == expected
    assert _article_paths(news_site, news_site.requests) == []
    assert news_site.REDIRECT not in [r.path for r in news_site.requests]  # remembered with its article
    again = [r.path for r in news_site.requests]
    assert {news_site.MISSING, news_site.SLOW, news_site.HUGE, news_site.NOT_ARTICLE, news_site.GERMAN} <= set(again)
    assert news_site.FORBIDDEN not in again  # failed pages are tried again; a forbidden one is still never asked
    assert f"stored already: {len(ARTICLES) + 1}" in out  # the articles and the redirect

    # Third run, after the site published one more: that one alone is fetched.
    news_site.articles.append(LATE_ARTICLE)
    news_site.requests.clear()
    assert _follow(news_site, db) == 1
    assert _article_paths(news_site, news_site.requests) == [LATE_ARTICLE.path]
    assert _stored(db) == {**expected, news_site.url(LATE_ARTICLE.path): (
        news_site.url(LATE_ARTICLE.path), LATE_ARTICLE.published, "en")}
    assert "/private/" not in "".join(r.path for r in news_site.requests)


def test_since_and_max_bound_a_run_newest_first(news_site, tmp_path: Path) -> None:
    with open_store(tmp_path / "plan.sqlite") as store:
        fetcher = Fetcher(delay=0)
        report, links = plan_follow(store, fetcher, [news_site.url("/")], since="2025-10-25")
        dated = [link for link in links if link.published]
        assert {link.url for link in dated} == {news_site.url(a.path) for a in ARTICLES if a.published >= "2025-10-25"}
        assert [link.published for link in dated] == sorted((link.published for link in dated), reverse=True)
        assert report.older == sum(a.published < "2025-10-25" for a in ARTICLES) and not report.skipped
        report, newest = plan_follow(store, fetcher, [news_site.url("/rss.xml")], limit=2)
        assert [link.url for link in newest] == [news_site.url(a.path) for a in (ARTICLES[5], ARTICLES[3])]
        assert report.beyond == report.listed - 2


@pytest.mark.model
def test_ingest_takes_addresses_and_a_file_of_them(news_site, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    listed = tmp_path / "links.txt"
    listed.write_text(f"# from a colleague\n{news_site.url(ARTICLES[2].path)}\n\n{news_site.url(news_site.MISSING)}\n",
                      encoding="utf-8")
    db = tmp_path / "links.sqlite"
    code = main(["ingest", news_site.url(ARTICLES[0].path), "--urls", str(listed), "--db", str(db),
                 "--delay", "0", "--no-progress"])
    assert code == 1
    err = capsys.readouterr().err
    assert f"failed: {news_site.url(news_site.MISSING)}: HTTP 404 Not Found" in err.splitlines()
    assert set(_stored(db)) == {news_site.url(ARTICLES[0].path), news_site.url(ARTICLES[2].path)}
    with open_store(db) as store:
        assert store.counts()["meetings"] >= 2
    assert main(["ingest", "--db", str(db), "--urls", str(tmp_path / "none.txt")]) == 2
    assert "cannot read the list of addresses" in capsys.readouterr().err
