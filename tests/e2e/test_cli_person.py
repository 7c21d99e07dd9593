"""The person on the command line: `dosebook profile`, the status fields for medicines and the
next appointment, and the demo's person in the export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import dosebook


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-person") / "d.dosebook"
    assert dosebook("demo", str(path)).returncode == 0
    return path


def test_profile_prints_the_person_conditions_and_medicines(demo: Path) -> None:
    result = dosebook("profile", str(demo), "--passphrase-stdin", stdin="demo\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Name: Sam Demo" in lines
    assert "What the protocol is for: Hepatitis B — chronic, HBeAg positive" in lines
    assert "Allergies: Penicillin (rash)" in lines
    assert "Standing cautions: none" in lines
    assert "  - Tenofovir disoproxil 245 mg, once a day" in lines


def test_profile_json_gives_cautions_with_their_reasons(demo: Path, tmp_path: Path) -> None:
    # A copy of the demo with two cautions and an immune-active medicine, through the import.
    export, copy = tmp_path / "e.json", tmp_path / "c.dosebook"
    dosebook("export", str(demo), "--out", str(export), "--passphrase-stdin", stdin="demo\n")
    doc = json.loads(export.read_text())
    doc["profile"][0]["cautions"] = "autoimmune,pregnant_or_breastfeeding"
    doc["medications"][0]["acts_on_immune_system"] = True
    export.write_text(json.dumps(doc))
    assert dosebook("new", str(copy), "--passphrase-stdin", stdin="long enough\n").returncode == 0
    imported = dosebook(
        "import", str(copy), str(export), "--passphrase-stdin", stdin="long enough\n"
    )
    assert imported.returncode == 0, imported.stderr

    result = dosebook("profile", str(copy), "--json", "--passphrase-stdin", stdin="long enough\n")
    assert result.returncode == 0, result.stderr
    profile = json.loads(result.stdout)
    assert profile["conditions"] == ["hepatitis_b"] and profile["sex"] == "male"
    cautions = {c["caution"]: c for c in profile["cautions"]}
    assert list(cautions) == ["autoimmune", "pregnant_or_breastfeeding", "immune_active_drugs"]
    assert cautions["autoimmune"]["from"] == "profile"
    assert "either way" in cautions["autoimmune"]["why"]
    assert cautions["immune_active_drugs"]["medicines"] == ["Tenofovir disoproxil"]
    assert all(c["source"] for c in profile["cautions"])


def test_status_json_has_medicines_and_the_next_appointment(demo: Path) -> None:
    result = dosebook("status", str(demo), "--json", "--passphrase-stdin", stdin="demo\n")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert [m["name"] for m in status["medications"]] == ["Tenofovir disoproxil", "Vitamin D3"]
    coming = status["next_appointment"]
    assert coming["with_whom"] == "Liver clinic"
    assert "T10:30:00+0" in coming["at"] and len(coming["questions"]) == 2
    text = dosebook("status", str(demo), "--passphrase-stdin", stdin="demo\n").stdout
    assert "Next appointment: Liver clinic, Tue " in text


def test_the_demo_exports_its_medicines_and_appointments(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    dosebook("export", str(demo), "--out", str(out), "--passphrase-stdin", stdin="demo\n")
    doc = json.loads(out.read_text())
    assert len(doc["medications"]) == 2
    assert len(doc["appointments"]) == 2  # one past, one to come
    assert doc["profile"][0]["conditions"] == "hepatitis_b"
