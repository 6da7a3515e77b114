"""Articles from the web: polite fetching (``fetch``), a site's feeds and sitemaps (``discover``),
and pages into ``Article`` records and the store (``follow``).

Nothing here touches the network on import: a ``Fetcher`` fetches only when asked.
"""
from __future__ import annotations

from graphbuild.web.discover import Link, find_links, read_listing
from graphbuild.web.fetch import USER_AGENT, FetchError, Fetcher, Page, is_address
from graphbuild.web.follow import (
    FollowReport,
    article_from_page,
    fetch_articles,
    follow,
    ingest_addresses,
    plan_follow,
    read_address_file,
)

__all__ = ["USER_AGENT", "Fetcher", "FetchError", "Page", "is_address", "Link", "find_links", "read_listing",
           "FollowReport", "article_from_page", "fetch_articles", "follow", "ingest_addresses", "plan_follow",
           "read_address_file"]
