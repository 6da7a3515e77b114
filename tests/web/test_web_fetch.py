"""The fetcher and the listings, against the local site: politeness, limits, failures in words, dated links."""
from __future__ import annotations

import subprocess
import sys

import pytest

from graphbuild.web import Fetcher, FetchError, USER_AGENT, find_links
from graphbuild.web.discover import read_listing

from tests.web.site import ARTICLES, SLOW_SECONDS


def test_importing_the_web_modules_fetches_nothing() -> None:
    code = ("import socket\n"
            "def refuse(*a, **k): raise SystemExit('a connection was opened at import')\n"
            "socket.socket.connect = refuse\n"
            "socket.create_connection = refuse\n"
            "import graphbuild.web, graphbuild.cli.web, graphbuild.cli\n"
            "graphbuild.cli.build_parser()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_page_is_fetched_with_the_projects_user_agent(news_site) -> None:
    page = Fetcher(delay=0).get(news_site.url(ARTICLES[0].path))
    assert page.status == 200 and page.content_type == "text/html" and b"Luong Tam Quang" in page.body
    assert [r.path for r in news_site.requests] == ["/robots.txt", ARTICLES[0].path]
    assert {r.user_agent for r in news_site.requests} == {USER_AGENT}
    assert "graphbuild" in USER_AGENT


def test_requests_to_one_host_wait_the_delay(news_site) -> None:
    fetcher = Fetcher(delay=0.3)
    for article in ARTICLES[:3]:
        fetcher.get(news_site.url(article.path))
    arrivals = [r.arrived for r in news_site.requests]
    assert len(arrivals) == 4  # robots.txt, then the three pages
    assert min(b - a for a, b in zip(arrivals, arrivals[1:])) >= 0.29


def test_robots_txt_is_respected_without_asking_for_the_page(news_site) -> None:
    fetcher = Fetcher(delay=0)
    with pytest.raises(FetchError, match="robots.txt"):
        fetcher.get(news_site.url(news_site.FORBIDDEN))
    assert news_site.FORBIDDEN not in news_site.paths_requested()
    assert not fetcher.allowed(news_site.url("/private/other.html")) and fetcher.allowed(news_site.url("/news/x"))


def test_a_server_error_is_tried_again_and_the_page_comes(news_site) -> None:
    page = Fetcher(delay=0.05).get(news_site.url(news_site.FLAKY))
    assert page.status == 200
    assert news_site.paths_requested().count(news_site.FLAKY) == 2


def test_failures_say_why_in_words(news_site, monkeypatch: pytest.MonkeyPatch) -> None:
    fetcher = Fetcher(delay=0, timeout=1.5, max_bytes=100_000, retries=0)
    cases = {news_site.MISSING: "HTTP 404", news_site.SLOW: "timed out", news_site.HUGE: "over the limit of 100,000"}
    for path, reason in cases.items():
        with pytest.raises(FetchError, match=reason) as caught:
            fetcher.get(news_site.url(path))
        assert caught.value.address == news_site.url(path)
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get("ftp://example.org/file")
    assert SLOW_SECONDS > 1.5


def test_a_redirect_is_followed_through_the_same_checks(news_site) -> None:
    page = Fetcher(delay=0).get(news_site.url(news_site.REDIRECT))
    assert page.address == news_site.url(news_site.REDIRECT)
    assert page.url == news_site.url("/news/vietnam-singapore-cyber.html") and page.status == 200
    known = Fetcher(delay=0).get(news_site.url(news_site.REDIRECT), known=lambda url: url.endswith("cyber.html"))
    assert known.status == 301 and known.body == b""  # a redirect to a known address is not followed


def test_feeds_and_sitemaps_give_dated_links(news_site) -> None:
    fetcher = Fetcher(delay=0)
    kinds = {}
    for path in ("/rss.xml", "/atom.xml", "/sitemap.xml"):
        kind, links, nested = read_listing(fetcher.get(news_site.url(path)))
        kinds[kind] = {link.url: link.published for link in links}
        assert not nested
    dated = {news_site.url(a.path): a.published for a in ARTICLES}
    assert set(kinds) == {"rss", "atom", "sitemap"}
    for links in kinds.values():
        assert {url: day for url, day in links.items() if url in dated} == {
            url: day for url, day in dated.items() if url in links}
    assert kinds["sitemap"].keys() >= dated.keys()
    assert read_listing(fetcher.get(news_site.url("/"))) is None  # a page, not a listing


def test_a_site_is_read_through_its_announced_feeds_and_its_sitemap(news_site) -> None:
    links, failures = find_links(Fetcher(delay=0), news_site.url("/"))
    assert not failures
    urls = {link.url for link in links}
    assert {news_site.url(a.path) for a in ARTICLES} <= urls
    assert news_site.url(news_site.FORBIDDEN) in urls  # listed; the fetcher is what refuses it
    requested = news_site.paths_requested()
    assert {"/rss.xml", "/atom.xml", "/sitemap.xml"} <= set(requested)
    assert not any(path.endswith(".html") for path in requested)  # listings only, no article yet


def test_a_listing_that_is_missing_is_one_failure(news_site) -> None:
    links, failures = find_links(Fetcher(delay=0), news_site.url("/feeds/none.xml"))
    assert links == [] and [f.reason for f in failures] == ["HTTP 404 Not Found"]
