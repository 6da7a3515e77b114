"""Articles in: read .txt, .html/.htm and .jsonl files (or folders of them) into ``Article`` records.

A file that cannot be read yields a ``Failure`` naming the file and the reason; the
other files are still read. Nothing here raises on bad input.

What is refused, and why: an empty file, a binary one (NUL bytes, mostly control
characters), bytes that are text in no encoding, an HTML page without an article, a
JSONL line that is not JSON or has no ``"text"``, a publication date that is not a
calendar date, a file over the size limit (``GRAPHBUILD_MAX_BYTES``, default 5 MB), and a
symbolic link back to a folder being read (a folder loop). A text cut in the middle of a
character (a truncated download) loses only that character.
"""
from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from graphbuild.records import Article, Failure

__all__ = [
    "SUPPORTED_SUFFIXES",
    "MAX_BYTES",
    "MAX_BYTES_VAR",
    "max_bytes",
    "iter_articles",
    "iter_files",
    "read_file",
    "parse_header",
    "article_from_text",
    "check_published",
    "decode_text",
    "article_from_html",
]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
#: The environment variable that sets the size limit, in bytes.
MAX_BYTES_VAR = "GRAPHBUILD_MAX_BYTES"
#: Default size limit: wire copy is a few kB, a JSONL batch a few MB.
MAX_BYTES = 5 * 1024 * 1024

_MIN_ARTICLE_WORDS = 8
# More control characters than this share of the text: a binary file that happens to decode.
_MAX_CONTROL_SHARE = 0.05
# C0 and C1 controls but the line and page breaks (tab to carriage return).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# ` date 2025-10-27 Title…` on the first line of a .txt article: the publication date.
_HEADER = re.compile(r"^ date (\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# Byte-order marks, UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Every other way to break a line: Windows and old Mac line ends, vertical tab, form feed, the
# file/group/record separators and Unicode's next-line, line and paragraph separators.
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Python decodes JSON's "\ud800" escapes into lone surrogates, which no file or database can hold.
_SURROGATE = re.compile("[\ud800-\udfff]")


def max_bytes() -> int:
    """The size limit in force: ``$GRAPHBUILD_MAX_BYTES`` when set, else ``MAX_BYTES``; ValueError if malformed."""
    raw = os.environ.get(MAX_BYTES_VAR, "").strip().replace("_", "")
    if not raw:
        return MAX_BYTES
    if not raw.isdigit() or int(raw) <= 0:
        raise ValueError(f"{MAX_BYTES_VAR}={os.environ[MAX_BYTES_VAR]!r} is not a positive number of bytes")
    return int(raw)


def parse_header(text: str) -> tuple[str | None, int]:
    """The publication date of a ``.txt`` header line and where the content after it starts."""
    match = _HEADER.match(text)
    if not match:
        return None, 0
    return match.group(1), match.end()


def check_published(value: str) -> str:
    """``value`` if it is a calendar date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError otherwise.

    Extraction resolves "on Tuesday" against it, so a date that does not exist is refused
    here, with its file, rather than failing later inside the extractor.
    """
    match = _DATE.match(value)
    if match:
        year, month, day = (int(part) if part else 1 for part in match.groups())
        try:
            date(year, month, day)
            return value
        except ValueError:
            pass
    raise ValueError(f"publication date {value[:40]!r} is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)")


def article_from_text(source: str, text: str, *, published: str | None = None, title: str | None = None,
                      url: str | None = None) -> Article:
    """An ``Article`` from raw text; a ``date`` header line, if any, gives the publication date.

    Line breaks are written ``\\n`` whatever the file used (CRLF, CR, U+2028…), so that
    sentences split alike and evidence offsets index the text as stored. ValueError when
    the date (given or from the header) is not a calendar date.
    """
    text = _LINE_BREAK.sub("\n", text)
    header_date, _ = parse_header(text)
    published = published or header_date
    return Article(source=source, text=text, published=check_published(published) if published else None,
                   title=title, url=url)


def _without_tail(data: bytes, encoding: str) -> str:
    """``data`` decoded; a character cut off at the very end (a truncated file) is dropped."""
    return codecs.getincrementaldecoder(encoding)().decode(data, final=False)


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 (or -32) without a byte-order mark: whole code units, the NUL bytes of Latin text in step.

    A binary file has NUL bytes too, but anywhere; Latin letters in UTF-16 have theirs every
    other byte, all at even or all at odd positions.
    """
    if len(data) % 2:
        return False
    even, odd = data[0::2].count(0), data[1::2].count(0)
    return max(even, odd) >= 0.25 * len(data) and min(even, odd) <= 0.1 * max(even, odd)


def _detect(data: bytes) -> str:
    """Text in the encoding charset-normalizer finds; ValueError when it finds none."""
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None or best.encoding is None:
        if b"\x00" in data:
            raise ValueError("binary file (contains NUL bytes), not text")
        raise ValueError("not UTF-8, and no text encoding could be detected")
    if b"\x00" in data and not (best.encoding.startswith(("utf_16", "utf_32")) and _looks_like_utf16(data)):
        raise ValueError("binary file (contains NUL bytes), not text")
    # Short French or English copy decodes equally cleanly as several Western code pages;
    # Windows-1252 is the one such files are written in (cp1250 would turn "à" into "ŕ").
    tied = [m for m in results if m.chaos <= best.chaos and m.encoding == "cp1252"]
    return str(tied[0] if tied else best)


def decode_text(data: bytes) -> str:
    """Bytes as text: UTF-8, UTF-16/32 with a byte-order mark, else the encoding a detector finds; ValueError if binary."""
    return _decode(data)


def _decode(data: bytes) -> str:
    """UTF-8 (or UTF-16/32 with a byte-order mark), else what a detector finds; ValueError when not text."""
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = _without_tail(data, encoding)
            except UnicodeDecodeError as error:
                raise ValueError(f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()}"
                                 f" (bad bytes at {error.start})") from None
            break
    if text is None and b"\x00" not in data:  # NUL bytes are valid UTF-8, but no text has them
        try:
            text = _without_tail(data, "utf-8")
        except UnicodeDecodeError:
            pass
    if text is None:
        text = _detect(data)
    if "\x00" in text:
        raise ValueError("binary file (contains NUL bytes), not text")
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ValueError(f"binary file ({controls:,} control characters in {len(text):,}), not text")
    return text


def _read_text(path: Path, limit: int) -> str:
    if path.is_symlink() and not path.exists():
        raise ValueError(f"broken symbolic link to {os.readlink(path)}")
    if not path.is_file():
        raise ValueError("not a regular file")
    size = path.stat().st_size
    if size == 0:
        raise ValueError("empty file")
    if size > limit:
        raise ValueError(f"file is {size:,} bytes, over the limit of {limit:,} bytes (set {MAX_BYTES_VAR} to raise it)")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # the file may grow after stat()
    if len(data) > limit:
        raise ValueError(f"file is over the limit of {limit:,} bytes (set {MAX_BYTES_VAR} to raise it)")
    text = _decode(data)
    if not text.strip():
        raise ValueError("file holds only white space")
    return text


def article_from_html(source: str, html: str, *, url: str | None = None) -> Article:
    """The article of an HTML page (main text by trafilatura, date by htmldate); ValueError when it has none.

    ``url`` is the page's address when it came from the web: htmldate reads dates in it too,
    and it is kept as the article's link.
    """
    import trafilatura
    from htmldate import find_date

    try:
        body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except Exception as error:  # noqa: BLE001 - a page the parser chokes on is a bad file, not a crash
        raise ValueError(f"the HTML page could not be parsed ({type(error).__name__})") from None
    # a menu or a cookie banner is not an article: ask for at least a sentence's worth of words
    if not body or len(body.split()) < _MIN_ARTICLE_WORDS:
        raise ValueError("no article text found in the HTML page")
    try:
        metadata = trafilatura.extract_metadata(html, default_url=url)
        published = find_date(html, url=url, extensive_search=False, original_date=True)
    except Exception:  # noqa: BLE001 - the text is there; only its metadata is unreadable
        metadata, published = None, None
    title = metadata.title if metadata else None
    return article_from_text(source, body, published=published, title=title,
                             url=url or (metadata.url if metadata else None))


def _read_html(path: Path, html: str) -> Article:
    return article_from_html(str(path), html)


def _text_field(record: dict, name: str, number: int) -> str | None:
    """A string field of a JSONL record (lone surrogates replaced), None when absent; ValueError if not text."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if name == "published" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"line {number}: \"{name}\" is {type(value).__name__}, not a string")
    return _SURROGATE.sub("\ufffd", value)


def _read_jsonl(path: Path, text: str) -> Iterator[Article | Failure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            reason = error.msg if isinstance(error, json.JSONDecodeError) else "nested too deeply"
            yield Failure(source, f"line {number} is not valid JSON ({reason})")
            continue
        if not isinstance(record, dict):
            yield Failure(source, f"line {number} is not a JSON object with a \"text\" string")
            continue
        try:
            body = _text_field(record, "text", number)
            if body is None or not body.strip():
                raise ValueError(f"line {number} has no \"text\" string")
            url, published = _text_field(record, "url", number), _text_field(record, "published", number)
            yield article_from_text(url or source, body, published=published[:10] if published else None,
                                    title=_text_field(record, "title", number), url=url)
        except ValueError as error:
            reason = str(error)
            yield Failure(source, reason if reason.startswith("line ") else f"line {number}: {reason}")


def read_file(path: Path, *, limit: int | None = None) -> Iterator[Article | Failure]:
    """The articles of one file (several for .jsonl), or a ``Failure`` saying why not.

    ``limit`` is the size limit in bytes (default: ``max_bytes()``).
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Failure(str(path), f"unsupported file type {suffix or '(none)'!r}; expected {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        text = _read_text(path, max_bytes() if limit is None else limit)
        if suffix == ".jsonl":
            yield from _read_jsonl(path, text)
        elif suffix in (".html", ".htm"):
            yield _read_html(path, text)
        else:
            yield article_from_text(str(path), text)
    except OSError as error:
        yield Failure(str(path), f"cannot read: {error.strerror or error}")
    except ValueError as error:
        yield Failure(str(path), str(error))


def _folder_key(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_dev, status.st_ino


def _walk(folder: Path, suffixes: tuple[str, ...], seen: set[tuple[int, int]]) -> Iterator[Path | Failure]:
    """The files under ``folder`` with one of ``suffixes``, depth first in name order, following links once.

    A link back to a folder on the current path is a loop: it is reported, not followed.
    A link to a folder already walked elsewhere is not walked twice.
    """
    try:
        root_key = _folder_key(folder)
    except OSError as error:
        yield Failure(str(folder), f"cannot read folder: {error.strerror or error}")
        return
    seen.add(root_key)
    stack: list[tuple[Path, tuple[tuple[int, int], ...]]] = [(folder, (root_key,))]
    while stack:
        current, ancestors = stack.pop()
        try:
            with os.scandir(current) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as error:
            yield Failure(str(current), f"cannot read folder: {error.strerror or error}")
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir()  # follows a symbolic link
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in suffixes:
                yield Path(entry.path)
        children = []
        for path in folders:
            try:
                key = _folder_key(path)
            except OSError as error:
                yield Failure(str(path), f"cannot read folder: {error.strerror or error}")
                continue
            if key in ancestors:
                yield Failure(str(path), f"folder loop: a link back to {os.path.realpath(path)}, "
                                         "which contains it; not followed")
                continue
            if key in seen:
                continue
            seen.add(key)
            children.append((path, ancestors + (key,)))
        stack.extend(reversed(children))


def iter_files(paths: Iterable[str | Path], suffixes: tuple[str, ...] = SUPPORTED_SUFFIXES) -> Iterator[Path | Failure]:
    """The files the given paths name: files as given, folders walked for files with ``suffixes``.

    Folders are walked recursively in name order, skipping hidden entries; symbolic links to
    folders are followed, but a folder loop is reported (a ``Failure``) and not followed. A
    path that does not exist, or a folder that cannot be read, is a ``Failure`` too.
    """
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, tuple(suffixes), seen)
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield Failure(str(path), f"broken symbolic link to {os.readlink(path)}")
        else:
            yield Failure(str(path), "no such file or folder")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Every article under the given files and folders, in a stable order (see ``iter_files``).

    Only supported file types are read in folders; a file named explicitly with another
    type is reported as a failure. A malformed ``GRAPHBUILD_MAX_BYTES`` fails every path.
    """
    paths = list(paths)
    try:
        limit = max_bytes()
    except ValueError as error:
        for path in paths:
            yield Failure(str(path), str(error))
        return
    for item in iter_files(paths, SUPPORTED_SUFFIXES):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_file(item, limit=limit)
