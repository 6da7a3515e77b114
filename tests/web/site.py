"""A small news site served from 127.0.0.1 for the web tests: articles, feeds, a sitemap and bad pages.

Every article is invented for these tests, in the style of the project's wire copy. The
server logs each request (time of arrival, path, user agent) so that tests can check what
was fetched, and how politely.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["Article", "ARTICLES", "LATE_ARTICLE", "NewsSite", "SLOW_SECONDS", "HUGE_BYTES"]

SLOW_SECONDS = 5.0
HUGE_BYTES = 300_000


@dataclass(frozen=True)
class Article:
    path: str
    published: str  # YYYY-MM-DD, given in the page's metadata
    language: str
    title: str
    paragraphs: tuple[str, ...]


ARTICLES = (
    Article("/actualites/vietnam-laos-securite.html", "2025-10-20", "fr",
            "Le Vietnam et le Laos renforcent leur coopération dans la sécurité publique", (
                "Hanoï (VNA) – Le général Luong Tam Quang, ministre de la Sécurité publique, a reçu le 20 octobre "
                "à Hanoï le ministre laotien de la Sécurité publique, Vilay Lakhamfong, en visite officielle au Vietnam.",
                "Les deux ministres ont passé en revue la coopération dans la lutte contre la criminalité "
                "transfrontalière, le trafic de drogue et la traite des êtres humains le long de la frontière commune.",
                "Le ministre Luong Tam Quang a proposé que les deux parties intensifient l’échange de renseignements "
                "et la formation des cadres, tandis que son homologue laotien a salué le soutien constant du Vietnam.",
            )),
    Article("/actualites/appel-cambodge.html", "2025-10-22", "fr",
            "Entretien téléphonique entre les ministres des Affaires étrangères vietnamien et cambodgien", (
                "Hanoï (VNA) – Le ministre des Affaires étrangères Bui Thanh Son a eu le 22 octobre un entretien "
                "téléphonique avec le vice-Premier ministre et ministre cambodgien des Affaires étrangères, Prak Sokhonn.",
                "Les deux ministres se sont félicités du bon développement des relations de voisinage et ont convenu "
                "de préparer activement les prochaines visites de haut niveau entre les deux pays.",
                "Ils ont également échangé sur la coopération au sein de l’ASEAN et du Mékong.",
            )),
    Article("/news/vietnam-singapore-cyber.html", "2025-10-24", "en",
            "Vietnam, Singapore step up cooperation against cybercrime", (
                "Hanoi (VNA) – Minister of Public Security General Luong Tam Quang received Singaporean Minister "
                "of State for Home Affairs Sun Xueling in Hanoi on October 24.",
                "The two sides agreed to share information faster on online fraud, illegal gambling and money "
                "laundering through crypto assets, which have grown sharply in both countries.",
                "Minister Luong Tam Quang proposed that the two ministries set up a hotline to freeze suspicious "
                "bank accounts without delay, and the Singaporean guest welcomed the proposal.",
            )),
    Article("/news/japan-defence-talks.html", "2025-10-25", "en",
            "Vietnam and Japan hold defence policy talks in Tokyo", (
                "Tokyo (VNA) – Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien held "
                "talks with Japanese Vice Minister of Defense for International Affairs Oka Masami in Tokyo on October 25.",
                "The two officials reviewed cooperation in military medicine, peacekeeping and the overcoming of "
                "war consequences, and agreed to expand exchanges between young officers.",
                "They also discussed maritime security and the settlement of disputes by peaceful means in line "
                "with international law.",
            )),
    Article("/actualites/hongrie-accord.html", "2025-10-26", "fr",
            "Le Vietnam et la Hongrie signent un accord sur l’éducation", (
                "Budapest (VNA) – Le vice-Premier ministre Tran Hong Ha et le ministre hongrois des Affaires "
                "étrangères et du Commerce, Péter Szijjártó, se sont entretenus le 26 octobre à Budapest.",
                "À l’issue de leur entretien, les deux parties ont signé un accord de coopération dans le domaine "
                "de l’éducation portant sur les bourses d’études pour les étudiants vietnamiens.",
                "Le vice-Premier ministre Tran Hong Ha a remercié la Hongrie pour son soutien au Vietnam.",
            )),
    Article("/news/poland-police.html", "2025-10-27", "en",
            "Vietnam, Poland boost police cooperation", (
                "Hanoi (VNA) – Minister of Public Security General Luong Tam Quang held talks with Polish Deputy "
                "Prime Minister and Minister of Digital Affairs Krzysztof Gawkowski in Hanoi on October 27.",
                "The two ministers agreed to strengthen cooperation in cybersecurity, the fight against "
                "transnational crime and the training of police officers.",
                "They witnessed the signing of a memorandum of understanding on cybersecurity between the two ministries.",
            )),
)
#: Published after the first runs: the third run should fetch it, and it alone.
LATE_ARTICLE = Article("/news/indonesia-visit.html", "2025-10-29", "en",
                       "Vietnamese minister receives Indonesian ambassador", (
                           "Hanoi (VNA) – Minister of Foreign Affairs Bui Thanh Son received Indonesian Ambassador "
                           "Denny Abdi in Hanoi on October 29.",
                           "The two sides discussed preparations for the visit of the Indonesian President to "
                           "Vietnam and agreed to raise bilateral trade to 18 billion USD.",
                           "Minister Bui Thanh Son thanked the ambassador for his contributions to the friendship.",
                       ))
_GERMAN = Article("/news/berlin-besuch.html", "2025-10-23", "de",
                  "Vietnamesischer Minister besucht Berlin", (
                      "Berlin – Der vietnamesische Außenminister ist am Donnerstag in Berlin mit seiner deutschen "
                      "Amtskollegin zu Gesprächen über Handel, Bildung und Klimaschutz zusammengekommen.",
                      "Beide Seiten vereinbarten, die Zusammenarbeit in der Berufsausbildung auszubauen und mehr "
                      "Studierende auszutauschen.",
                  ))


def _article_page(article: Article, extra: str = "") -> bytes:
    body = "".join(f"<p>{escape(text)}</p>" for text in article.paragraphs)
    return (f"<!DOCTYPE html><html lang=\"{article.language}\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(article.title)}</title>"
            f"<meta property=\"article:published_time\" content=\"{article.published}T09:00:00+07:00\">"
            f"</head><body><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav>"
            f"<article><h1>{escape(article.title)}</h1>{body}{extra}</article>"
            f"<footer>© Test wire service</footer></body></html>").encode("utf-8")


@dataclass
class Request:
    arrived: float
    path: str
    user_agent: str


@dataclass
class NewsSite:
    """The site: ``start()`` serves it on a free port of 127.0.0.1; ``requests`` logs what was asked."""

    articles: list[Article] = field(default_factory=lambda: list(ARTICLES))
    requests: list[Request] = field(default_factory=list)
    base: str = ""
    _flaky_calls: int = 0

    # What each listing names beyond the good articles.
    FORBIDDEN = "/private/minutes.html"
    REDIRECT = "/old/vietnam-singapore-cyber"  # → the Singapore article, listed also under its own address
    MISSING = "/news/gone.html"
    FLAKY = "/news/poland-police.html"  # 500 on the first request, then the page
    SLOW = "/news/slow.html"
    HUGE = "/news/huge.html"
    NOT_ARTICLE = "/contact.html"
    GERMAN = _GERMAN.path

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> "NewsSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                site.requests.append(Request(time.monotonic(), self.path, self.headers.get("User-Agent", "")))
                status, headers, body = site.respond(self.path)
                if status == -1:  # the slow page: nothing for a while
                    time.sleep(SLOW_SECONDS)
                    status = 200
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def paths_requested(self) -> list[str]:
        return [request.path for request in self.requests]

    # Pages ------------------------------------------------------------------------------

    def _rss(self) -> bytes:
        listed = [a for a in self.articles if a.path.startswith("/news/")] + [self.articles[0], self.articles[1]]
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{self.url(a.path)}</link>"
            f"<pubDate>{_rfc822(a.published)}</pubDate></item>" for a in listed)
        extra = "".join(f"<item><title>x</title><link>{self.url(path)}</link></item>"
                        for path in (self.FORBIDDEN, self.REDIRECT, self.MISSING, self.SLOW))
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test wire</title>"
                f"<link>{self.url('/')}</link><description>News</description>{items}{extra}</channel></rss>"
                ).encode("utf-8")

    def _atom(self) -> bytes:
        entries = "".join(
            f"<entry><title>{escape(a.title)}</title><link rel=\"alternate\" href=\"{self.url(a.path)}\"/>"
            f"<id>{self.url(a.path)}</id><published>{a.published}T09:00:00+07:00</published>"
            f"<updated>{a.published}T10:00:00+07:00</updated></entry>"
            for a in self.articles if a.path.startswith("/actualites/"))
        extra = "".join(f"<entry><title>x</title><link href=\"{self.url(path)}\"/><id>{path}</id></entry>"
                        for path in (self.HUGE, self.NOT_ARTICLE, self.GERMAN))
        return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                f"<title>Actualités</title><link rel=\"self\" href=\"{self.url('/atom.xml')}\"/>"
                f"<id>{self.url('/')}</id>{entries}{extra}</feed>").encode("utf-8")

    def _sitemap(self) -> bytes:
        urls = "".join(f"<url><loc>{self.url(a.path)}</loc><lastmod>{a.published}</lastmod></url>"
                       for a in self.articles)
        return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                f"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}"
                f"<url><loc>{self.url(self.FORBIDDEN)}</loc></url></urlset>").encode("utf-8")

    def respond(self, path: str) -> tuple[int, dict[str, str], bytes]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        xml = {"Content-Type": "application/xml; charset=utf-8"}
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, (
                f"User-agent: *\nDisallow: /private/\n\nSitemap: {self.url('/sitemap.xml')}\n").encode()
        if path == "/":
            return 200, html, (
                "<html><head><title>Test wire</title>"
                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head>"
                "<body><h1>Test wire</h1><a href=\"/news/\">News</a></body></html>").encode()
        if path == "/rss.xml":
            return 200, {"Content-Type": "application/rss+xml"}, self._rss()
        if path == "/atom.xml":
            return 200, {"Content-Type": "application/atom+xml"}, self._atom()
        if path == "/sitemap.xml":
            return 200, xml, self._sitemap()
        if path == self.REDIRECT:
            return 301, {"Location": "/news/vietnam-singapore-cyber.html"}, b""
        if path == self.FLAKY:
            self._flaky_calls += 1
            if self._flaky_calls == 1:
                return 500, html, b"<html><body>Internal error</body></html>"
        if path == self.SLOW:
            return -1, html, _article_page(ARTICLES[0])
        if path == self.HUGE:
            filler = "<p>" + "La coopération entre les deux pays se développe bien. " * 40 + "</p>"
            return 200, html, _article_page(ARTICLES[1], filler * (HUGE_BYTES // len(filler) + 1))
        if path == self.NOT_ARTICLE:
            return 200, html, b"<html><body><form><input name=q><button>Envoyer</button></form></body></html>"
        if path == self.GERMAN:
            return 200, html, _article_page(_GERMAN)
        if path == self.FORBIDDEN:
            return 200, html, _article_page(ARTICLES[0])
        for article in self.articles:
            if article.path == path:
                return 200, html, _article_page(article)
        return 404, html, b"<html><body>Not found</body></html>"


def _rfc822(day: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(f"{day}T09:00:00+07:00"))
