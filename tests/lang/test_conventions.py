"""``conventions.yaml``: the multilateral instruments known by name, loaded and checked in one place."""
from __future__ import annotations

import shutil

import pytest

from graphbuild import lang
from graphbuild.lang import LanguageDataError, load_conventions
from graphbuild.store.identity import known_instrument


def test_each_convention_is_known_by_its_french_and_english_names() -> None:
    written = {
        "un-convention-against-cybercrime": ["Convention des Nations unies contre la cybercriminalité",
                                             "Convention des Nations Unies sur la lutte contre la cybercriminalité",
                                             "United Nations Convention against Cybercrime", "la Convention de Hanoï"],
        "un-convention-against-transnational-organized-crime": [
            "Convention des Nations unies contre la criminalité transnationale organisée",
            "UN Convention against Transnational Organised Crime", "Palermo Convention"],
        "un-convention-against-corruption": ["Convention des Nations unies contre la corruption (CNUCC)",
                                             "United Nations Convention against Corruption"],
    }
    for identifier, names in written.items():
        for name in names:
            found = known_instrument(name, "convention")
            assert found is not None and found.id == identifier, name


def test_a_protocol_or_another_convention_is_not_the_convention_it_quotes() -> None:
    assert known_instrument("Protocole additionnel à la Convention des Nations unies contre la criminalité "
                            "transnationale organisée", "protocol") is None
    assert known_instrument("Convention sur la cybercriminalité du Conseil de l'Europe", "convention") is None
    assert known_instrument("convention against corruption of public officials", "convention") is None


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    copy = tmp_path / "lang"
    shutil.copytree(lang.DATA_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    monkeypatch.setattr(lang, "DATA_DIR", copy)
    load_conventions.cache_clear()
    yield copy
    load_conventions.cache_clear()


@pytest.mark.parametrize("content, message", [
    ("hanoi:\n  label: X\n  kind: convention\n  names: []\n", "'names' must be a non-empty list"),
    ("hanoi:\n  label: X\n  kind: pact\n  names: [Hanoi]\n", "'kind' must be one of"),
    ("Hanoi Convention:\n  label: X\n  kind: convention\n  names: [Hanoi]\n", "lower-case words"),
    ("hanoi: [a, b]\n", "needs a 'label'"),
    ("hanoi:\n  label: X\n  kind: convention\n  names: ['...']\n", "has no letters"),
])
def test_a_malformed_file_is_refused_naming_it(data_copy, content: str, message: str) -> None:
    (data_copy / "conventions.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(LanguageDataError, match=message) as error:
        load_conventions()
    assert "conventions.yaml" in str(error.value)
