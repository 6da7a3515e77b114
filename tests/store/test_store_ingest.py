"""Filling the store: idempotence, replacement, identity across articles, one transaction per article."""
from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from graphbuild.records import Article, Extraction, Meeting, Participant
from graphbuild.resolve import fold
from graphbuild.store import Store, ingest_extractions, ingest_paths, open_store, rebuild
from graphbuild.store import database

FIXTURES = Path(__file__).parents[1] / "data" / "extractions"


def dump(store: Store) -> list[str]:
    return list(store.connection.iterdump())


def person_ids(store: Store) -> list[str]:
    return [row["id"] for row in store.people()]


def meeting(date: str, *people: tuple[str, str | None], topics: tuple[str, ...] = ()) -> Meeting:
    participants = [Participant(name, country=country) for name, country in people]
    return Meeting(date=date, place="Hanoi", participants=participants, topics=list(topics))


def test_ingest_stores_every_article_and_counts(filled_store: Store, extractions: list[Extraction]) -> None:
    counts = filled_store.counts()
    assert counts["articles"] == len(extractions)
    assert counts["meetings"] == sum(len(e.meetings) for e in extractions)
    assert counts["people"] > 0 and counts["agreements"] > 0


def test_same_content_again_changes_nothing(filled_store: Store, extractions: list[Extraction]) -> None:
    before = dump(filled_store)
    summary = ingest_extractions(filled_store, extractions)
    assert (summary.read, summary.new, summary.changed, summary.unchanged) == (len(extractions), 0, 0, len(extractions))
    assert dump(filled_store) == before


def test_changed_content_replaces_the_old_facts(store: Store) -> None:
    first = Extraction("a.txt", "en", "2024-01-05", meetings=[
        meeting("2024-01-05", ("Alice Martin", "France"), ("Bob Keller", "Germany")),
        meeting("2024-01-06", ("Alice Martin", "France"), ("Carla Rossi", "Italy")),
    ])
    ingest_extractions(store, [first])
    corrected = Extraction("a.txt", "en", "2024-01-05", meetings=[first.meetings[0]])
    summary = ingest_extractions(store, [corrected])
    assert summary.changed == 1
    assert store.counts()["articles"] == 1
    assert store.counts()["meetings"] == 1
    assert "person:carla-rossi" not in person_ids(store)  # nothing supports her any more
    assert store.load_extractions()[0].to_dict() == corrected.to_dict()


def test_deleting_an_article_removes_what_only_it_supported(filled_store: Store) -> None:
    assert filled_store.delete_article("dev/12_fr_chine-conference-ministerielle.txt")
    people = person_ids(filled_store)
    assert "person:wang-xiaohong" not in people
    assert "person:luong-tam-quang" in people  # still in other articles
    assert not filled_store.delete_article("dev/12_fr_chine-conference-ministerielle.txt")


def test_one_person_across_spellings_ranks_and_articles(filled_store: Store) -> None:
    rows = [row for row in filled_store.participants() if fold(row["name"]).endswith("to lam")]
    assert {row["name"] for row in rows} == {"Tô Lâm", "To Lam", "le général Tô Lâm"}
    assert {row["person_id"] for row in rows} == {"person:to-lam"}
    assert len({row["source"] for row in rows}) == 5


def test_country_guards_against_namesakes(store: Store) -> None:
    ingest_extractions(store, [
        Extraction("a.txt", "en", "2024-01-01", meetings=[meeting("2024-01-01", ("Lee Min", "South Korea"),
                                                                  ("Nguyen Van An", "Vietnam"))]),
        Extraction("b.txt", "en", "2024-02-01", meetings=[meeting("2024-02-01", ("Lee Min", "Singapore"),
                                                                  ("Nguyen Van An", None))]),
    ])
    countries = {row["id"]: row["country"] for row in store.people()}
    assert countries == {"person:lee-min": "KOR", "person:lee-min-sgp": "SGP", "person:nguyen-van-an": "VNM"}


def test_one_organization_per_name_and_country(filled_store: Store) -> None:
    organizations = {row["id"]: row for row in filled_store.organizations()}
    assert organizations["org:vnm:ministry-of-public-security"]["country"] == "VNM"
    assert organizations["org:chn:ministry-of-public-security"]["country"] == "CHN"
    assert organizations["org:europol"]["country"] is None


def test_one_agreement_reported_by_two_articles_keeps_its_history(filled_store: Store) -> None:
    mentions = [m for m in filled_store.agreement_mentions()
                if m["agreement_id"] == "agreement:agreement-sgp-vnm-extradition"]
    assert [(m["source"], m["status"]) for m in mentions] == [
        ("seeds/002_c9ff3885ea96f6c4.txt", "proposed"),
        ("tests/90_en_singapore-extradition.txt", "signed"),
    ]


def test_two_signatures_on_different_days_are_two_instruments(filled_store: Store) -> None:
    # 002 recalls a cybersecurity MoU signed on 2022-10-17; 01 reports a cybercrime MoU signed on
    # 2024-09-12. They share the topic "cybercrime" but not the day.
    signed = {m["agreement_id"] for m in filled_store.agreement_mentions()
              if m["status"] == "signed" and m["date"] in ("2022-10-17", "2024-09-12")}
    assert len(signed) == 2


def test_an_agreement_signed_at_a_meeting_points_to_it(filled_store: Store) -> None:
    mention = next(m for m in filled_store.agreement_mentions()
                   if m["source"] == "tests/90_en_singapore-extradition.txt")
    meeting_row = next(m for m in filled_store.meetings() if m["id"] == mention["meeting_id"])
    assert meeting_row["date"] == "2025-06-10"


def test_a_failure_inside_an_article_leaves_the_store_as_before(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                                 extractions: list[Extraction]) -> None:
    ingest_extractions(store, extractions[:2])
    before = dump(store)
    real = database.write_facts

    def write_then_crash(*args: object) -> None:
        real(*args)  # every fact written ...
        raise RuntimeError("killed")  # ... then the process dies before the commit

    monkeypatch.setattr(database, "write_facts", write_then_crash)
    with pytest.raises(RuntimeError):
        ingest_extractions(store, extractions[2:3])
    assert dump(store) == before
    monkeypatch.setattr(database, "write_facts", real)
    assert ingest_extractions(store, extractions[2:3]).new == 1


def test_load_extractions_gives_back_what_was_stored(filled_store: Store, extractions: list[Extraction]) -> None:
    assert [e.to_dict() for e in filled_store.load_extractions()] == [e.to_dict() for e in extractions]


class FakeExtractor:
    """Stands for spaCy: each article's text names the people of one meeting, comma-separated."""

    def __init__(self, fail_on: str | None = None, country: str = "Vietnam"):
        self.calls: list[str] = []
        self.fail_on = fail_on
        self.country = country

    def __call__(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            self.calls.append(article.source)
            if self.fail_on and self.fail_on in article.source:
                raise RuntimeError("model crashed")
            names = [n.strip() for n in article.text.split(",")]
            yield Extraction(article.source, "en", "2024-03-01", meetings=[
                Meeting("2024-03-01", "Hanoi", [Participant(n, country=self.country) for n in names])])


def write_articles(folder: Path) -> None:
    folder.mkdir()
    (folder / "a.txt").write_text("Alice Martin, Bob Keller", encoding="utf-8")
    (folder / "b.txt").write_text("Alice Martin, Carla Rossi", encoding="utf-8")
    (folder / "c.txt").write_text("Dan Wu, Eve Long", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")


def test_ingest_paths_reports_bad_files_and_continues(store: Store, tmp_path: Path) -> None:
    write_articles(tmp_path / "in")
    extractor = FakeExtractor(fail_on="c.txt")
    summary = ingest_paths(store, [tmp_path / "in", tmp_path / "missing.txt"], extract=extractor, progress=False)
    assert (summary.read, summary.new, summary.failed) == (5, 2, 3)
    reasons = {Path(f.source).name: f.reason for f in summary.failures}
    assert "empty" in reasons["empty.txt"]
    assert "extraction failed" in reasons["c.txt"] and "model crashed" in reasons["c.txt"]
    assert "no such file" in reasons["missing.txt"]
    assert store.counts()["articles"] == 2
    assert "failed: 3" in summary.lines()[0]


def test_ingest_paths_does_not_re_extract_unchanged_articles(store: Store, tmp_path: Path) -> None:
    write_articles(tmp_path / "in")
    ingest_paths(store, [tmp_path / "in"], extract=FakeExtractor(), progress=False)
    (tmp_path / "in" / "b.txt").write_text("Alice Martin, Frank Olsen", encoding="utf-8")
    extractor = FakeExtractor()
    summary = ingest_paths(store, [tmp_path / "in"], extract=extractor, progress=False)
    assert [Path(c).name for c in extractor.calls] == ["b.txt"]
    assert (summary.unchanged, summary.changed) == (2, 1)
    assert "person:frank-olsen" in person_ids(store) and "person:carla-rossi" not in person_ids(store)


def test_rebuild_re_extracts_and_keeps_overrides(store: Store, tmp_path: Path) -> None:
    write_articles(tmp_path / "in")
    ingest_paths(store, [tmp_path / "in"], extract=FakeExtractor(), progress=False)
    ingest_extractions(store, [Extraction("imported.json", "en", None, meetings=[
        meeting("2024-05-01", ("Gil Moreau", "France"), ("Alice Martin", "Vietnam"))])])
    store.add_override("set_country", {"person": {"id": "person:bob-keller", "name": "Bob Keller"}, "country": "DEU"})
    newer = FakeExtractor(country="Laos")
    summary = rebuild(store, extract=newer, progress=False)
    assert len(newer.calls) == 3  # the imported extraction has no text to re-extract
    assert (summary.read, summary.changed, summary.unchanged) == (4, 3, 1)
    assert {row["country"] for row in store.participants() if row["source"].endswith(".txt")} == {"LAO"}
    assert [o.action for o in store.overrides()] == ["set_country"]


def test_two_processes_ingesting_at_once_both_finish(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    files = sorted(FIXTURES.glob("*.json"))
    script = (
        "import json, sys\n"
        "from graphbuild.records import Extraction\n"
        "from graphbuild.store import open_store, ingest_extractions\n"
        "extractions = [Extraction.from_dict(json.load(open(f, encoding='utf-8'))) for f in sys.argv[2:]]\n"
        "with open_store(sys.argv[1]) as store:\n"
        "    for _ in range(3):\n"
        "        ingest_extractions(store, extractions)\n"
    )
    # Both create the new file, then store the same articles in opposite orders.
    orders = [files, list(reversed(files))]
    processes = [subprocess.Popen([sys.executable, "-c", script, str(path), *map(str, order)],
                                  stderr=subprocess.PIPE, text=True) for order in orders]
    results = [(process.wait(), process.stderr.read()) for process in processes]
    for process in processes:
        process.stderr.close()
    assert results == [(0, ""), (0, "")]
    with open_store(path) as store:
        assert store.counts()["articles"] == len(files)
        stored = sorted(e.source for e in store.load_extractions())
    expected = sorted(json.loads(f.read_text(encoding="utf-8"))["source"] for f in files)
    assert stored == expected
