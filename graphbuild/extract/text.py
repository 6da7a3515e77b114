"""Article text → sentences: page furniture removed, offsets kept in the original text.

A wire page carries a headline, a dateline ("Hanoï (VNA) –"), photo captions that repeat
the lead (often twice), bylines, and a block of unrelated teaser stories after "Voir
plus". Only the article's own sentences go on to extraction; captions are kept, marked
as such, because a caption sometimes names a participant the body does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphbuild.ingest import parse_header
from graphbuild.lang import Language

__all__ = ["Sentence", "Body", "segment"]

# the most lines one cut sentence is joined from
_CUT_SENTENCE_LINES = 4
_TERMINAL = ".!?»\"”…"
# A first line longer than this is the lead, cut by the page's line breaks, not a headline.
_HEADLINE_WORDS = 30
# Initials ("F", "F.M", "J.-P"): a period after them does not end a sentence.
_INITIALS = re.compile(r"(?:[^\W\d_]{1,2}\.-?)*[^\W\d_]")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
# A sentence ends at a stop followed by space and a capital, or glued to the next one as pages
# often print it ("…in Peru.The Korean Peninsula…", "…Wang Yi.The…": a lower-case letter before the stop).
_BOUNDARY = re.compile(r"([.!?…]+[»\"”)]?)(\s+(?=[«\"“*(\[]?[A-ZÀ-ÖØ-ÞĐ0-9])|(?<=[a-zà-ÿ][.!?])(?=[A-ZÀ-ÖØ-ÞĐ][a-zà-ÿ]))")


@dataclass(slots=True)
class Sentence:
    """A sentence of the article, ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int
    kind: str  # "body" or "caption"
    paragraph: int
    dateline: str | None = None  # the dateline cut off before it ("KUWAIT, Nov 20"): its day, if it tells none


@dataclass(slots=True)
class Body:
    """The article's own sentences, and what its furniture told about it."""

    sentences: list[Sentence] = field(default_factory=list)
    dateline_place: str | None = None
    teaser_start: int | None = None


def _split_sentences(line: str, offset: int, abbreviations: frozenset[str]) -> list[tuple[str, int, int]]:
    """Sentences of one line as (text, start, end), not splitting after abbreviations or initials."""
    pieces: list[tuple[str, int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        before = line[start:match.start()].rsplit(None, 1)
        last_word = before[-1].lower().strip("(«\"") if before else ""
        if match.group(1) == "." and (last_word in abbreviations or _INITIALS.fullmatch(last_word)):
            continue
        end = match.end(1)
        pieces.append((line[start:end], offset + start, offset + end))
        start = match.end()
    if line[start:].strip():
        pieces.append((line[start:].rstrip(), offset + start, offset + start + len(line[start:].rstrip())))
    return pieces


# a caption's marker followed by this much text on its line has the article's lead glued to it
_GLUED_LEAD_CHARS = 60


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t*•–—-":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


def _unglue_caption(text: str, start: int, end: int, language: Language) -> list[tuple[int, int]]:
    """A caption glued to the lead on one line ("At the reception (Photo: VNA)Hanoi (VNA) - President X …",
    as pages lose their line breaks): the caption, then the lead as a line of its own."""
    marker = language.caption_marker.search(text, start, end)
    close = text.find(")", marker.end(), end) if marker else -1
    if close < 0 or end - close < _GLUED_LEAD_CHARS:
        return [(start, end)]
    return [(start, close + 1), (close + 1, end)]


def _join_unfinished_lines(text: str, bounds: list[tuple[int, int]], language: Language) -> list[tuple[int, int]]:
    """Lines cut inside a sentence ("… a reçu lundi 6 mars le secrétaire général du" / "Secrétariat …")
    joined to the line that goes on with them, the blank lines between skipped."""
    joined: list[tuple[int, int]] = []
    pieces = 0  # lines joined into the last one so far, while its sentence is still open
    for start, end in bounds:
        if pieces and text[start:end].strip():
            joined[-1] = (joined[-1][0], end)
            pieces += 1
        elif not pieces:
            joined.append((start, end))
        last = text[joined[-1][0]:joined[-1][1]].rstrip()
        # a cut sentence goes on until it ends ("… du" / "Secrétariat …" / "(NSS) du Japon, X, …."), a few lines at most
        if _unfinished(last, language):
            pieces = pieces or 1
        elif pieces and (last[-1:] in _TERMINAL or pieces >= _CUT_SENTENCE_LINES):
            pieces = 0
    return joined


def _unfinished(line: str, language: Language) -> bool:
    # no sentence ends on a comma, in any language ("… received the US Ambassador, His Excellency," / "James …")
    words = line.split()
    return bool(words) and (words[-1].lower() in language.unfinished_line_endings or line.endswith(","))


def segment(text: str, language: Language) -> Body:
    """Split an article into its own sentences, with captions marked and furniture left out."""
    body = Body()
    _, content_start = parse_header(text)
    agencies = "|".join(re.escape(a) for a in sorted(language.agencies, key=len, reverse=True))
    # "Hanoï (VNA) –", "Kuwait, Sep 15 (SPA/APP):", "(MENAFN- Kuwait News Agency (KUNA)) TUNIS, Sept 18 (KUNA) --",
    # "ULAANBAATAR, July 5. /TASS/.", "Ulaanbaatar/MONTSAME/"
    dateline = re.compile(rf"^(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?P<place>[^\W\d][^()/\n]{{0,40}}?)\s*"
                          rf"(?:\((?:{agencies})(?:/(?:{agencies}))*\)\s*(?:[–—-]+|:)|/(?:{agencies})/\.?)\s*")
    trailing_agency = re.compile(rf"\s*[–—-]+\s*(?:{agencies})\s*$")
    # a period after an abbreviation or an abbreviated month ("on Nov. 28") ends no sentence
    no_stop_after = language.abbreviations | {m.lower().rstrip(".") for m in language.months if m.endswith(".")}

    seen: set[str] = set()
    paragraph = 0
    # every line-break style (CRLF, CR, U+2028…) ends a line; offsets stay those of the text
    breaks = list(_LINE_BREAK.finditer(text, content_start))
    bounds = [(content_start, breaks[0].start() if breaks else len(text))]
    bounds += [(b.end(), breaks[i + 1].start() if i + 1 < len(breaks) else len(text)) for i, b in enumerate(breaks)]
    bounds = _join_unfinished_lines(text, bounds, language)
    bounds = [piece for a, b in bounds for piece in _unglue_caption(text, a, b, language)]
    raw_lines = [text[a:b] for a, b in bounds]
    for index, (line_start, line_end) in enumerate(bounds):
        start, end = _strip_span(text, line_start, line_end)
        stripped = text[start:end]
        lowered = stripped.lower().rstrip(" :")
        if not stripped:
            continue
        if lowered in language.teaser_markers:
            body.teaser_start = start
            break
        if lowered in language.drop_lines or lowered in {a.lower() for a in language.agencies}:
            continue
        is_first = index == 0
        if is_first and stripped[-1] not in _TERMINAL and len(stripped.split()) <= _HEADLINE_WORDS:
            continue  # a headline: it repeats the lead without its details
        if stripped in seen:
            continue  # captions are printed twice
        seen.add(stripped)

        kind = "body"
        line_dateline = None
        opener = language.caption_opener.search(stripped)
        caption = language.caption_marker.search(stripped, opener.end() if opener else 0)
        if opener or caption:
            kind = "caption"
            offset = start
            if opener:
                start = offset + opener.end()
            if caption:
                end = offset + caption.start()
            start, end = _strip_span(text, start, end)
            while end > start and text[end - 1] in " .,;:–—-":
                end -= 1
            if end - start < 3:
                continue
        else:
            match = dateline.match(stripped)
            if match:
                line_dateline = match.group("place").strip()
                body.dateline_place = body.dateline_place or line_dateline
                start += match.end()
            tail = trailing_agency.search(text[start:end])
            if tail:
                end = start + tail.start()
        if _is_byline(text[start:end], raw_lines[index + 1:], language):
            continue
        paragraph += 1
        for sentence, s_start, s_end in _split_sentences(text[start:end], start, no_stop_after):
            if sentence.strip():
                body.sentences.append(Sentence(sentence, s_start, s_end, kind, paragraph, line_dateline))
                line_dateline = None
    return body


def _is_byline(line: str, rest: list[str], language: Language) -> bool:
    """A short closing line with no sentence in it ("Thu Hang", "Thu Ha – Correspondante de la VNA")."""
    for following in rest:
        lowered = following.strip().lower().rstrip(" :")
        if lowered in language.teaser_markers:
            break
        if lowered and lowered not in language.drop_lines:
            return False
    words = line.split()
    if len(words) > 12 or line.rstrip()[-1:] in ".!?":
        return False
    return len(words) <= 4 or bool(language.byline_words.search(line))
