"""The command line as a user runs it: exit codes, one-line errors, the round trip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def dosebook(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    run_env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    if env is not None:
        run_env = {**run_env, **env}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=run_env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "d.db"
    result = dosebook("demo", str(path))
    assert result.returncode == 0, result.stderr
    assert "passphrase: demo" in result.stdout
    return path


def test_check_prints_integrity_revision_and_counts(demo: Path) -> None:
    result = dosebook("check", str(demo), "--passphrase-stdin", stdin="demo\n")
    assert result.returncode == 0, result.stderr
    assert "Integrity: ok" in result.stdout
    from app.store.schema.migrate import head_revision

    assert f"Schema revision: {head_revision()}" in result.stdout
    counts = dict(line.split() for line in result.stdout.splitlines() if line.startswith("  "))
    assert int(counts["injection"]) > 70 and int(counts["diary_entry"]) > 250
    assert int(counts["lab_panel"]) == 4


def test_wrong_passphrase_exits_1_with_one_line(demo: Path) -> None:
    before = demo.read_bytes()
    result = dosebook("check", str(demo), "--passphrase-stdin", stdin="nope\n")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "dosebook: Wrong passphrase for this diary. Nothing was changed; try again."
    ]
    assert "Traceback" not in result.stderr
    assert demo.read_bytes() == before


def test_export_new_import_export_round_trips(demo: Path, tmp_path: Path) -> None:
    first, second, fresh = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "n.db"
    assert (
        dosebook(
            "export", str(demo), "--out", str(first), "--passphrase-stdin", stdin="demo\n"
        ).returncode
        == 0
    )
    assert (
        "NOT encrypted"
        in dosebook(
            "export",
            str(demo),
            "--out",
            str(tmp_path / "c.json"),
            "--passphrase-stdin",
            stdin="demo\n",
        ).stdout
    )
    assert (
        dosebook("new", str(fresh), "--passphrase-stdin", stdin="a long passphrase\n").returncode
        == 0
    )
    imported = dosebook(
        "import", str(fresh), str(first), "--passphrase-stdin", stdin="a long passphrase\n"
    )
    assert imported.returncode == 0, imported.stderr
    assert (
        dosebook(
            "export",
            str(fresh),
            "--out",
            str(second),
            "--passphrase-stdin",
            stdin="a long passphrase\n",
        ).returncode
        == 0
    )
    assert first.read_text() == second.read_text()
    assert oct(first.stat().st_mode & 0o777) == "0o600"
    doc = json.loads(first.read_text())
    assert doc["format"] == "dosebook-export" and doc["version"] == 2


def test_csv_export_writes_one_file_per_kind(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = dosebook(
        "export", str(demo), "--out", str(out), "--csv", "--passphrase-stdin", stdin="demo\n"
    )
    assert result.returncode == 0, result.stderr
    assert {"injections.csv", "diary.csv", "lab_results.csv"} <= {p.name for p in out.iterdir()}
    assert "zone_id" in (out / "injections.csv").read_text().splitlines()[0]


def test_new_refuses_a_short_passphrase(tmp_path: Path) -> None:
    result = dosebook("new", str(tmp_path / "x.db"), "--passphrase-stdin", stdin="short\n")
    assert result.returncode == 1
    assert "at least 8 characters" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_backup_is_encrypted_and_opens_with_the_passphrase(demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    assert (
        dosebook(
            "backup", str(demo), "--out", str(copy), "--passphrase-stdin", stdin="demo\n"
        ).returncode
        == 0
    )
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    assert (
        "Integrity: ok" in dosebook("check", str(copy), "--passphrase-stdin", stdin="demo\n").stdout
    )


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (("check",), 2, "required: PATH"),
        (("frobnicate",), 2, "invalid choice"),
        (("status", "x.db", "--as-of", "2026-13-40"), 2, "not a date"),
        (("check", "/nonexistent/d.db", "--passphrase-stdin"), 1, "There is no diary at"),
    ],
)
def test_usage_and_user_errors(args: tuple[str, ...], code: int, text: str) -> None:
    result = dosebook(*args)
    assert result.returncode == code
    assert text in result.stderr
    assert "Traceback" not in result.stderr


def test_no_passphrase_without_a_terminal_is_a_clear_error(demo: Path) -> None:
    result = dosebook("check", str(demo))
    assert result.returncode == 1
    assert "--passphrase-stdin" in result.stderr


def test_gui_without_a_display_says_so_in_one_line() -> None:
    env = {k: "" for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = dosebook(env=env)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "no display" in result.stderr


def test_report_writes_a_pdf_without_a_display(tmp_path: Path) -> None:
    from datetime import date

    from app.access import create_demo

    create_demo(tmp_path / "r.dosebook", date(2026, 11, 24)).close()
    out = tmp_path / "report.pdf"
    args = ["report", str(tmp_path / "r.dosebook"), "--out", str(out), "--passphrase-stdin"]
    dates = ["--from", "2026-07-01", "--to", "2026-11-24", "--paper", "letter"]
    # No display and no QT_QPA_PLATFORM: the subcommand goes offscreen by itself.
    env = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = dosebook(*args, *dates, stdin="demo\n", env=env)
    assert result.returncode == 0, result.stderr
    assert "pages, 1 Jul 2026 – 24 Nov 2026" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    again = dosebook(*args, stdin="demo\n", env=env)
    assert again.returncode == 1 and "already exists" in again.stderr
    backwards = dosebook(*args[:3], str(tmp_path / "b.pdf"), "--passphrase-stdin",
                         "--from", "2026-11-01", "--to", "2026-10-01", stdin="demo\n", env=env)  # fmt: skip
    assert backwards.returncode == 1 and "after its last day" in backwards.stderr


def test_import_reads_a_hand_edited_export_saved_with_a_byte_order_mark(
    demo: Path, tmp_path: Path
) -> None:
    """Windows Notepad saves UTF-8 with a BOM; the import reads it like any other export."""
    exported, edited, fresh = tmp_path / "a.json", tmp_path / "bom.json", tmp_path / "n.db"
    assert (
        dosebook(
            "export", str(demo), "--out", str(exported), "--passphrase-stdin", stdin="demo\n"
        ).returncode
        == 0
    )
    edited.write_bytes(b"\xef\xbb\xbf" + exported.read_bytes())
    assert (
        dosebook("new", str(fresh), "--passphrase-stdin", stdin="a long passphrase\n").returncode
        == 0
    )
    imported = dosebook(
        "import", str(fresh), str(edited), "--passphrase-stdin", stdin="a long passphrase\n"
    )
    assert imported.returncode == 0, imported.stderr
