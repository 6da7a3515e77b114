"""``graphbuild export``: every format, the filters, their record in the snapshot."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.cli import build_parser, main
from graphbuild.cli.export import STATUSES
from graphbuild.export import FORMATS
from graphbuild.graph import NODE_KINDS

FIXTURES = Path(__file__).parents[1] / "data" / "extractions"
GEXF_SCHEMA = Path(__file__).parents[2] / ".." / "shared" / "schemas" / "gexf" / "1.3" / "gexf.xsd"


def export_choices() -> dict[str, list[str]]:
    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]  # noqa: SLF001 - argparse has no public way
    return {action.dest: list(action.choices or []) for action in export._actions}  # noqa: SLF001


def test_the_cli_offers_exactly_the_registered_formats() -> None:
    assert export_choices()["format"] == list(FORMATS)


def test_the_cli_documents_every_kind_and_status() -> None:
    from graphbuild.cli import export as export_cli

    assert export_cli._KINDS == NODE_KINDS  # noqa: SLF001
    assert set(STATUSES) == {"signed", "to_be_signed", "proposed", "under_negotiation", "in_force", "other"}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_is_written(db: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / f"snapshot{FORMATS[fmt].extension}"
    assert main(["export", "--db", str(db), "--format", fmt, "--out", str(out)]) == 0
    assert out.stat().st_size > 1000
    assert f"wrote {out}: {fmt}" in capsys.readouterr().err


def test_filters_make_the_view_and_are_recorded(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "view.json"
    code = main(["export", "--db", str(db), "-f", "json", "-o", str(out), "--from", "2023", "--to", "2023-12",
                 "--country", "VNM,KOR", "--status", "signed", "--focus", "Tô Lâm", "--radius", "2",
                 "--network", "full", "--no-undated"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, edges="edges")
    assert data["graph"]["view"] == {
        "date_from": "2023", "date_to": "2023-12", "countries": ["VNM", "KOR"], "kinds": [], "topics": [],
        "statuses": ["signed"], "search": None, "focus": "person:to-lam", "radius": 2, "network": "full",
        "undated": False, "between": False,
    }
    meeting_dates = {d["date"] for _, d in graph.nodes(data=True) if d["kind"] == "meeting"}
    assert meeting_dates == {"2023-05-16", "2023-05-17", "2023-05-19", "2023-11-16"}
    statuses = {d["status"] for _, d in graph.nodes(data=True) if d["kind"] == "agreement"}
    assert statuses == {"signed"}


def test_gexf_from_the_cli_validates(db: Path, tmp_path: Path) -> None:
    if not GEXF_SCHEMA.is_file():
        pytest.skip(f"GEXF 1.3 schema not found at {GEXF_SCHEMA.resolve()} (shared/ must sit beside the repo)")
    import xmlschema

    out = tmp_path / "view.gexf"
    assert main(["export", "--db", str(db), "-f", "gexf", "-o", str(out), "--kind", "person", "--kind",
                 "country"]) == 0
    assert list(xmlschema.XMLSchema(str(GEXF_SCHEMA)).iter_errors(str(out))) == []


def test_out_dash_writes_to_stdout(db: Path, capsysbinary: pytest.CaptureFixture) -> None:
    assert main(["export", "--db", str(db), "-f", "meetings-json", "-o", "-", "--country", "China"]) == 0
    document = json.loads(capsysbinary.readouterr().out)
    assert {a["source"] for a in document["articles"]} == {"seeds/004_71031d16c6ae1aff.txt",
                                                           "dev/12_fr_chine-conference-ministerielle.txt"}


@pytest.mark.parametrize(("options", "message"), [
    (["--focus", "Nobody Atall"], "no node named"),
    (["--focus", "Ministry of Public Security"], "several nodes"),
    (["--status", "ratified"], "unknown status"),
    (["--from", "2023-13"], "2023-13"),
    (["--country", "Atlantis"], "Atlantis"),
    (["--kind", "planet"], "unknown node kind"),
])
def test_bad_filters_are_one_clear_error(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
                                         options: list[str], message: str) -> None:
    out = tmp_path / "never.json"
    code = main(["export", "--db", str(db), "-f", "json", "-o", str(out), *options])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: ") and message in err
    assert not out.exists()
