"""Polite HTTP: one request at a time per host, a delay between them, robots.txt, limits and retries.

A ``Fetcher`` is made by the caller and holds no connection: nothing is fetched until
``get`` is called. Every request names the project in its user agent and waits until
``delay`` seconds have passed since the last response from the same host (longer when the
host's robots.txt asks for a ``Crawl-delay``). An address robots.txt forbids is never
requested. A response slower than ``timeout`` (at connecting or at any read), a body over
``max_bytes``, a client error or a redirect loop raises ``FetchError`` with the reason in
words; a server error (5xx) or a dropped connection is tried again ``retries`` times, waiting
twice as long each time. Redirects are followed one hop at a time, through the same
checks (robots.txt, delay).
"""
from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from graphbuild import __version__

__all__ = ["USER_AGENT", "DEFAULT_DELAY", "DEFAULT_TIMEOUT", "DEFAULT_RETRIES", "MAX_REDIRECTS", "Page",
           "FetchError", "Fetcher", "is_address"]

#: Who is asking, so that a site's administrator can tell (and write a robots.txt rule for it).
USER_AGENT = f"graphbuild/{__version__} (Diplomatic Ties Explorer; news follower)"
#: Seconds between two requests to the same host.
DEFAULT_DELAY = 1.0
#: Seconds to wait for a connection or for the next bytes of a response.
DEFAULT_TIMEOUT = 20.0
#: Tries after the first when the server fails (5xx) or the connection drops.
DEFAULT_RETRIES = 2
MAX_REDIRECTS = 5
# robots.txt is read up to this size (Google reads 500 KiB).
_ROBOTS_BYTES = 512 * 1024


def is_address(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address with a host."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


@dataclass(slots=True)
class Page:
    """A fetched response: the address asked for, the one answered (after redirects), its body."""

    address: str
    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


class FetchError(Exception):
    """An address that could not be fetched; ``reason`` says why in a few words."""

    def __init__(self, address: str, reason: str):
        super().__init__(f"{address}: {reason}")
        self.address = address
        self.reason = reason


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as responses: the fetcher follows them itself, through its own checks."""

    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003 - urllib's signature
        return None


def _host(address: str) -> str:
    parts = urlsplit(address)
    return f"{parts.scheme}://{parts.netloc}"


class Fetcher:
    """Fetches pages one at a time, politely (see the module's docstring)."""

    def __init__(self, *, delay: float = DEFAULT_DELAY, timeout: float = DEFAULT_TIMEOUT,
                 max_bytes: int | None = None, retries: int = DEFAULT_RETRIES, user_agent: str = USER_AGENT,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        from graphbuild.ingest import max_bytes as default_max_bytes

        if delay < 0 or timeout <= 0 or retries < 0:
            raise ValueError("the delay and retries must be 0 or more, the timeout more than 0")
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = default_max_bytes() if max_bytes is None else max_bytes
        self.retries = retries
        self.user_agent = user_agent
        self._sleep = sleep
        self._clock = clock
        self._opener = urllib.request.build_opener(_NoRedirect)
        self._last: dict[str, float] = {}  # host → when its last response ended
        self._robots: dict[str, RobotFileParser | str] = {}  # host → rules, or why they could not be read
        self.requests = 0

    # Robots -----------------------------------------------------------------------------

    def robots_text(self, address: str) -> str | None:
        """The text of the robots.txt of ``address``'s host, None when it has none (fetched once per host)."""
        rules = self._rules(address)
        return getattr(rules, "graphbuild_text", None) if isinstance(rules, RobotFileParser) else None

    def _rules(self, address: str) -> RobotFileParser | str:
        host = _host(address)
        if host not in self._robots:
            rules = RobotFileParser(host + "/robots.txt")
            text = ""
            try:
                page = self._request(host + "/robots.txt", self.max_bytes and min(self.max_bytes, _ROBOTS_BYTES))
                text = page.body.decode("utf-8", errors="replace")
                rules.parse(text.splitlines())
            except FetchError as error:
                status = getattr(error, "status", None)
                if status in (401, 403):
                    rules.disallow_all = True  # as urllib.robotparser reads a forbidden robots.txt
                elif status is not None and 400 <= status < 500:
                    rules.allow_all = True  # no robots.txt: no rules
                else:  # unreachable: ask again on the next run rather than guess
                    self._robots[host] = f"its robots.txt could not be read ({error.reason})"
                    return self._robots[host]
            rules.graphbuild_text = text  # type: ignore[attr-defined]
            self._robots[host] = rules
        return self._robots[host]

    def allowed(self, address: str) -> bool:
        """True when the host's robots.txt lets this user agent fetch ``address``."""
        rules = self._rules(address)
        return isinstance(rules, RobotFileParser) and rules.can_fetch(self.user_agent, address)

    def _check_robots(self, address: str) -> None:
        rules = self._rules(address)
        if isinstance(rules, str):
            raise FetchError(address, rules)
        if not rules.can_fetch(self.user_agent, address):
            raise FetchError(address, "forbidden by the site's robots.txt")

    # Requests ---------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        delay = self.delay
        rules = self._robots.get(host)
        if isinstance(rules, RobotFileParser):
            delay = max(delay, float(rules.crawl_delay(self.user_agent) or 0))
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - self._clock()
            if wait > 0:
                self._sleep(wait)

    def _request(self, address: str, limit: int) -> Page:
        """One GET, retried on 5xx and dropped connections; a redirect is returned as it is (3xx)."""
        host = _host(address)
        for attempt in range(self.retries + 1):
            self._wait_turn(host)
            try:
                return self._once(address, limit)
            except FetchError as error:
                status = getattr(error, "status", None)
                retry = getattr(error, "retry", False) or (status is not None and status >= 500)
                if not retry or attempt == self.retries:
                    raise
                self._sleep(max(self.delay, 0.05) * 2 ** (attempt + 1))
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, address: str, limit: int) -> Page:
        request = urllib.request.Request(address, headers={
            "User-Agent": self.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "identity"})
        host = _host(address)
        self.requests += 1
        try:
            try:
                response = self._opener.open(request, timeout=self.timeout)
            except urllib.error.HTTPError as error:
                response = error
                if not 300 <= error.code < 400:
                    error.close()
                    raise _status_error(address, error.code, error.reason) from None
            with response:
                headers: Message = response.headers
                status = response.status if hasattr(response, "status") else response.code
                if 300 <= status < 400:
                    location = headers.get("Location")
                    if not location:
                        raise _status_error(address, status, "redirect without a Location")
                    return Page(address, urljoin(address, location), status, "", None, b"")
                length = headers.get("Content-Length")
                if length and length.isdigit() and int(length) > limit:
                    raise FetchError(address, f"the page is {int(length):,} bytes, over the limit of {limit:,}")
                body = response.read(limit + 1)
                if len(body) > limit:
                    raise FetchError(address, f"the page is over the limit of {limit:,} bytes")
                return Page(address, address, status, headers.get_content_type(), headers.get_content_charset(),
                            body)
        except FetchError:
            raise
        except (TimeoutError, socket.timeout):
            raise FetchError(address, f"timed out (no answer within {self.timeout:g} s)") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, (TimeoutError, socket.timeout)):
                raise FetchError(address, f"timed out (no answer within {self.timeout:g} s)") from None
            failure = FetchError(address, f"cannot connect ({error.reason})")
            failure.retry = isinstance(error.reason, ConnectionError)  # type: ignore[attr-defined]
            raise failure from None
        except (ConnectionError, OSError) as error:
            failure = FetchError(address, f"the connection failed ({error})")
            failure.retry = True  # type: ignore[attr-defined]
            raise failure from None
        finally:
            self._last[host] = self._clock()

    def get(self, address: str, *, known: Callable[[str], bool] | None = None) -> Page:
        """The page at ``address``, redirects followed; ``FetchError`` saying why not.

        A redirect to an address ``known`` accepts is not followed: the page returned then
        has the redirect's status, that address as its ``url``, and no body.
        """
        if not is_address(address):
            raise FetchError(address, "not an http:// or https:// address")
        seen = [address]
        current = address
        for _ in range(MAX_REDIRECTS + 1):
            self._check_robots(current)
            try:
                page = self._request(current, self.max_bytes)
            except FetchError as error:
                raise FetchError(address, error.reason if current == address else f"{error.reason} (at {current})") \
                    from None
            if not 300 <= page.status < 400:
                page.address = address
                return page
            current = page.url
            if not is_address(current):
                raise FetchError(address, f"redirects to {current!r}, not a web address")
            if current in seen:
                raise FetchError(address, "redirect loop")
            if known is not None and known(current):
                page.address = address
                return page
            seen.append(current)
        raise FetchError(address, f"more than {MAX_REDIRECTS} redirects")


def _status_error(address: str, status: int, reason: object) -> FetchError:
    error = FetchError(address, f"HTTP {status} {reason}".rstrip())
    error.status = status  # type: ignore[attr-defined]
    return error
