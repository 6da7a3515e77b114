from __future__ import annotations

import json

from graphbuild.ingest import iter_articles, parse_header
from graphbuild.records import Article, Failure


def test_header_gives_the_publication_date():
    assert parse_header(" date 2025-10-27 Titre") == ("2025-10-27", 17)
    assert parse_header(" date 2023-11 Hanoi (VNA)")[0] == "2023-11"
    assert parse_header("Titre sans date") == (None, 0)


def test_bad_files_fail_one_by_one_naming_the_file_and_the_reason(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2024-01-02 Le ministre A a reçu B.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("Le général a reçu le ministre à Hanoï, été, données.".encode("cp1252"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    results = list(iter_articles([tmp_path, tmp_path / "notes.pdf", tmp_path / "missing.txt"]))
    articles = {r.source.split("/")[-1]: r for r in results if isinstance(r, Article)}
    failures = {r.source.split("/")[-1]: r.reason for r in results if isinstance(r, Failure)}
    assert set(articles) == {"good.txt", "latin1.txt"}
    assert articles["good.txt"].published == "2024-01-02"
    assert "été" in articles["latin1.txt"].text  # decoded by the detector, not mangled
    assert failures["empty.txt"] == "empty file"
    assert "binary" in failures["binary.txt"]
    assert "unsupported file type '.pdf'" in failures["notes.pdf"]
    assert failures["missing.txt"] == "no such file or folder"


def test_jsonl_reads_each_line_and_reports_broken_ones(tmp_path):
    lines = [json.dumps({"text": "Le ministre A a reçu B.", "published": "2024-03-01T10:00:00", "url": "https://x/1"}),
             "{not json", json.dumps({"title": "no text"}), ""]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    results = list(iter_articles([tmp_path / "batch.jsonl"]))
    assert isinstance(results[0], Article) and results[0].published == "2024-03-01" and results[0].url == "https://x/1"
    assert [r.reason for r in results[1:]] == ['line 2 is not valid JSON (Expecting property name enclosed in double quotes)',
                                               'line 3 has no "text" string']


def test_html_page_gives_main_text_and_date(tmp_path):
    page = """<html><head><title>Coopération</title><meta property="article:published_time" content="2024-05-16"></head>
    <body><nav>Accueil | Monde</nav><article><h1>Coopération policière</h1>
    <p>Le vice-ministre Dao Minh Khoa a reçu le 16 mai à Hanoï le directeur général de la police nationale ivoirienne,
    Albert Yao Kouassi. Les deux parties ont évoqué la lutte contre la cybercriminalité et la formation des policiers.</p>
    <p>Il s'agit de la première visite au Vietnam d'une délégation de haut rang de la police ivoirienne.</p></article>
    <footer>Back to top</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    results = {r.source.split("/")[-1]: r for r in iter_articles([tmp_path])}
    article = results["page.html"]
    assert "Dao Minh Khoa" in article.text and "Accueil" not in article.text
    assert article.published == "2024-05-16"
    assert isinstance(results["empty.html"], Failure) and "no article text" in results["empty.html"].reason


def test_folder_walk_reports_a_link_loop_and_does_not_follow_it(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Texte.", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    results = list(iter_articles([tmp_path]))
    assert [r.source.split("/")[-1] for r in results] == ["x.txt", "loop"]
    assert isinstance(results[1], Failure) and results[1].reason.startswith("folder loop")
