"""`dosebook import-labs` and `dosebook export --fhir` as a user runs them."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from tests.e2e.test_cli import dosebook

DATA = Path(__file__).resolve().parents[1] / "data" / "labs"
PASS = "labs-cli-passphrase\n"


@pytest.fixture
def diary(tmp_path: Path) -> Path:
    path = tmp_path / "d.db"
    result = dosebook("new", str(path), "--passphrase-stdin", stdin=PASS)
    assert result.returncode == 0, result.stderr
    return path


def panels(path: Path) -> int:
    result = dosebook("check", str(path), "--passphrase-stdin", stdin=PASS)
    counts = dict(line.split() for line in result.stdout.splitlines() if line.startswith("  "))
    return int(counts["lab_result"])


def test_a_portal_bundle_is_previewed_and_imported(diary: Path) -> None:
    bundle = str(DATA / "portal-bundle.json")
    dry = dosebook("import-labs", str(diary), bundle, "--dry-run", "--passphrase-stdin", stdin=PASS)
    assert dry.returncode == 0, dry.stderr
    assert "3 Mar 2026 · Labor Berlin Mitte: 9 results" in dry.stdout
    assert "✓    Bilirubin, total: 15 µmol/L (range 3-21)" in dry.stdout
    assert "Nothing was saved (--dry-run)." in dry.stdout
    assert panels(diary) == 0
    done = dosebook("import-labs", str(diary), bundle, "--passphrase-stdin", stdin=PASS)
    assert done.returncode == 0, done.stderr
    assert "Imported 11 results in 2 panels" in done.stdout
    again = dosebook("import-labs", str(diary), bundle, "--passphrase-stdin", stdin=PASS)
    assert "Already in the diary, skipped: 11 results" in again.stdout
    assert panels(diary) == 11


def test_a_broken_file_gives_one_line_and_saves_nothing(diary: Path, tmp_path: Path) -> None:
    doc = json.loads((DATA / "portal-bundle.json").read_text(encoding="utf-8"))
    doc["entry"][5]["resource"]["valueQuantity"]["code"] = "furlong/L"
    doc["entry"][5]["resource"]["valueQuantity"]["unit"] = "furlong/L"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc), encoding="utf-8")
    result = dosebook("import-labs", str(diary), str(broken), "--passphrase-stdin", stdin=PASS)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "dosebook: Observation 3 (obs-3) (Platelets): Dosebook does not know the unit "
        "'furlong/L' for Platelets, so the result could not be compared or charted."
    ]
    assert panels(diary) == 0


def test_a_50_mb_file_is_refused(diary: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(50_000_000)
    result = dosebook("import-labs", str(diary), str(huge), "--passphrase-stdin", stdin=PASS)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "dosebook: huge.csv is 50 MB; a lab file can be at most 20 MB. Nothing was imported."
    )


def test_a_csv_with_unknown_headers_takes_a_map(diary: Path, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text("Collected,Analyte,Val,Units\n2026-03-03,ALT,31,U/L\n", encoding="utf-8")
    plain = dosebook("import-labs", str(diary), str(csv), "--passphrase-stdin", stdin=PASS)
    assert plain.returncode == 1
    assert "--map date=Collected,test=Analyte" in plain.stderr
    mapped = dosebook(
        "import-labs", str(diary), str(csv), "--map", "date=Collected,test=Analyte,result=Val",
        "--passphrase-stdin", stdin=PASS,
    )  # fmt: skip
    assert mapped.returncode == 0, mapped.stderr
    assert "Imported 1 result in 1 panel" in mapped.stdout


def test_the_fhir_export_is_private_and_valid(diary: Path, tmp_path: Path) -> None:
    dosebook("import-labs", str(diary), str(DATA / "portal-bundle.json"), "--passphrase-stdin",
             stdin=PASS)  # fmt: skip
    out = tmp_path / "for-doctor.json"
    result = dosebook(
        "export", str(diary), "--fhir", "--out", str(out), "--share", "sex",
        "--passphrase-stdin", stdin=PASS,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    bundle = Bundle.model_validate_json(out.read_text(encoding="utf-8"))
    assert sum(e.resource.__resource_type__ == "Observation" for e in bundle.entry) == 11
    again = dosebook("export", str(diary), "--fhir", "--out", str(out), "--passphrase-stdin",
                     stdin=PASS)  # fmt: skip
    assert again.returncode == 1 and "already exists" in again.stderr
