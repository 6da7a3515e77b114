"""Articles in: read .txt, .html/.htm and .jsonl files (or folders of them) into ``Article`` records.

A file that cannot be read yields a ``Failure`` naming the file and the reason; the
other files are still read. Nothing here raises on bad input.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphbuild.records import Article, Failure

__all__ = ["SUPPORTED_SUFFIXES", "MAX_BYTES", "iter_articles", "read_file", "parse_header", "article_from_text"]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
#: Files larger than this are refused (override with GRAPHBUILD_MAX_BYTES); wire copy is a few kB.
MAX_BYTES = int(os.environ.get("GRAPHBUILD_MAX_BYTES", str(5 * 1024 * 1024)))

_MIN_ARTICLE_WORDS = 8

# ` date 2025-10-27 Title…` on the first line of a .txt article: the publication date.
_HEADER = re.compile(r"^ date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")


def parse_header(text: str) -> tuple[str | None, int]:
    """The publication date of a ``.txt`` header line and where the content after it starts."""
    match = _HEADER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()


def article_from_text(source: str, text: str, *, published: str | None = None, title: str | None = None,
                      url: str | None = None) -> Article:
    """An ``Article`` from raw text; a ``date`` header line, if any, gives the publication date."""
    header_date, _ = parse_header(text)
    return Article(source=source, text=text, published=published or header_date, title=title, url=url)


def _decode(data: bytes) -> str:
    """UTF-8 text, or the encoding a detector is confident about; ValueError when it is not text."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError("not UTF-8 and no text encoding could be detected")
    return str(best)


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > MAX_BYTES:
        raise ValueError(f"file is {size:,} bytes, over the limit of {MAX_BYTES:,} (GRAPHBUILD_MAX_BYTES)")
    text = _decode(path.read_bytes())
    if not text.strip():
        raise ValueError("file holds only white space")
    return text


def _read_html(path: Path, html: str) -> Article:
    import trafilatura
    from htmldate import find_date

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    # a menu or a cookie banner is not an article: ask for at least a sentence's worth of words
    if not body or len(body.split()) < _MIN_ARTICLE_WORDS:
        raise ValueError("no article text found in the HTML page")
    metadata = trafilatura.extract_metadata(html)
    published = find_date(html, extensive_search=False, original_date=True) if html else None
    title = metadata.title if metadata else None
    url = metadata.url if metadata else None
    return Article(source=str(path), text=body, published=published, title=title, url=url)


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Failure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(source, f"line {number} is not valid JSON ({error.msg})")
            continue
        body = record.get("text") if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            yield Failure(source, f"line {number} has no \"text\" string")
            continue
        published = record.get("published")
        yield article_from_text(
            record.get("url") or source,
            body,
            published=str(published)[:10] if published else None,
            title=record.get("title"),
            url=record.get("url"),
        )


def read_file(path: Path) -> Iterator[Article | Failure]:
    """The articles of one file (several for .jsonl), or a ``Failure`` saying why not."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Failure(str(path), f"unsupported file type {suffix or '(none)'!r}; expected {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        text = _read_text(path)
        if suffix == ".jsonl":
            yield from _read_jsonl(path, text)
        elif suffix in (".html", ".htm"):
            yield _read_html(path, text)
        else:
            yield article_from_text(str(path), text)
    except (OSError, ValueError) as error:
        yield Failure(str(path), str(error))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Every article under the given files and folders, in a stable order.

    Folders are walked recursively without following symbolic links (so a link loop
    cannot trap the walk), keeping only supported file types; a file named explicitly
    with another type is reported as a failure.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUPPORTED_SUFFIXES and not name.startswith("."):
                        yield from read_file(Path(root) / name)
        elif path.exists():
            yield from read_file(path)
        else:
            yield Failure(str(path), "no such file or folder")
