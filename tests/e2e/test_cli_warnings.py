"""`dosebook warnings` and the warnings count in `dosebook status`, run in-process on the demo."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from app.access import create_demo
from app.cli.main import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cliw") / "demo.dosebook"
    create_demo(path, date(2026, 11, 24)).close()
    return path


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
    code = main([*args, "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_warnings_text_names_the_alt_and_the_doctor(demo: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "warnings", str(demo), "--as-of", "2026-11-24")
    assert code == 0
    assert out.startswith("Warnings as of Tue 24 Nov 2026: 1")
    assert "ℹ INFO: A lab result outside its range" in out
    assert (
        "  - ALT 118 U/L on 27 Jul, above its range (7–55), 2.1× the upper limit, grade 1 of 5 on "
        "the CTCAE scale; it was 38 on 27 Apr, within range; back in range since 26 Oct (44 U/L)"
    ) in out
    assert "Talk to your doctor" in out


def test_warnings_json_during_the_demo_flu(demo: Path, monkeypatch, capsys) -> None:
    # The demo's flu starts on 29 Jun with a fever: new, and the fatigue ratings rise with it.
    code, out, _ = run(
        monkeypatch, capsys, "warnings", str(demo), "--as-of", "2026-07-01", "--json"
    )
    assert code == 0
    printed = json.loads(out)
    assert [w["rule"] for w in printed] == ["fever", "symptoms_worse", "sickness_new"]
    assert printed[0]["severity"] == "warning"
    assert printed[0]["evidence"][0].startswith("Temperature 38.9\u00a0°C on Mon 29 Jun")
    assert printed[2]["evidence"] == [
        "Marked sick (flu) on 29 Jun, a kind of sickness not in your diary before"
    ]
    assert printed[2]["severity"] == "info"


def test_status_counts_the_warnings(demo: Path, monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "status", str(demo), "--as-of", "2026-11-24", "--json")
    assert code == 0
    assert json.loads(out)["warnings"] == 1


def test_a_bad_as_of_date_is_bad_usage(demo: Path, monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        run(monkeypatch, capsys, "warnings", str(demo), "--as-of", "24/11/2026")
    assert stop.value.code == 2


def test_piped_into_a_reader_that_has_gone_it_ends_quietly(demo: Path) -> None:
    """`dosebook warnings … | head -1`: no "unexpected problem" when the reader has stopped."""
    import subprocess
    import sys

    code = (
        "import sys; from app.cli.main import main; "
        f"sys.exit(main(['warnings', {str(demo)!r}, '--passphrase-stdin']))"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    writer.stdout.close()  # the reader end: nobody reads what is written now
    writer.stdin.write(b"demo\n")
    writer.stdin.close()
    err = writer.stderr.read()
    writer.wait(timeout=60)
    assert writer.returncode == 0 and b"unexpected problem" not in err, err
