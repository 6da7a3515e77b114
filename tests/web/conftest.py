"""The local news site of tests/web/site.py, served on 127.0.0.1 for one test."""
from __future__ import annotations

import pytest

from tests.web.site import NewsSite


@pytest.fixture
def news_site():
    site = NewsSite().start()
    yield site
    site.stop()
