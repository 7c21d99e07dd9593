"""The command line speaks the locale's language (LANG, LANGUAGE) or the diary's setting; JSON keys
and rule ids stay English. The report PDF in German and Chinese, with the Chinese face embedded."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.access import create_demo
from app.cli.main import main
from app.domain import i18n

AS_OF = "2026-11-24"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clilang") / "demo.dosebook"
    create_demo(path, date(2026, 11, 24)).close()
    return path


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)


def run(monkeypatch, capsys, lang: str, *args: str) -> str:
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
    assert main([*args, "--passphrase-stdin"]) == 0
    return capsys.readouterr().out


def test_german_warnings_name_the_liver_test(demo: Path, monkeypatch, capsys) -> None:
    out = run(monkeypatch, capsys, "de_DE.UTF-8", "warnings", str(demo), "--as-of", AS_OF)
    assert out.startswith("Warnungen am Di., 24. Nov. 2026: 1")
    assert "ℹ HINWEIS: Ein Laborwert außerhalb seines Bereichs" in out
    assert "ALT (GPT) 118 U/L am 27. Juli, über dem Referenzbereich (7–55)" in out
    assert "Sprechen Sie mit Ihrem Arzt" in out


def test_chinese_warnings_name_the_liver_test(demo: Path, monkeypatch, capsys) -> None:
    out = run(monkeypatch, capsys, "zh_CN.UTF-8", "warnings", str(demo), "--as-of", AS_OF)
    assert out.startswith("截至 2026年11月24日 周二 的警告：1 条")
    assert "ℹ 提示：化验结果超出参考区间" in out
    assert "7月27日 ALT 118 U/L，高于参考区间 (7–55)" in out
    assert "请就这里看到的内容与您的医生沟通" in out


def test_status_speaks_the_language_to_its_last_line(demo: Path, monkeypatch, capsys) -> None:
    """The heading, the other medicines and the next appointment too (not only the dose part)."""
    german = run(monkeypatch, capsys, "de_DE.UTF-8", "status", str(demo), "--as-of", AS_OF)
    assert german.startswith("Stand am Di., 24. Nov. 2026")
    assert "Andere Arzneimittel:" in german and "einmal täglich" in german
    assert "Nächster Termin:" in german
    chinese = run(monkeypatch, capsys, "zh_CN.UTF-8", "status", str(demo), "--as-of", AS_OF)
    assert chinese.startswith("截至 2026年11月24日 周二 的状态")
    assert "每天一次" in chinese and "下次预约：" in chinese
    for out in (german, chinese):
        assert "Other medicines" not in out and "once a day" not in out
        assert "Next appointment" not in out


def test_json_keys_and_rule_ids_stay_english(demo: Path, monkeypatch, capsys) -> None:
    args = ("warnings", str(demo), "--as-of", AS_OF, "--json")
    german = json.loads(run(monkeypatch, capsys, "de_DE.UTF-8", *args))
    english = json.loads(run(monkeypatch, capsys, "C.UTF-8", *args))
    assert [sorted(w) for w in german] == [sorted(w) for w in english]
    assert [(w["rule"], w["severity"]) for w in german] == [
        (w["rule"], w["severity"]) for w in english
    ]
    assert german[0]["title"] == "Ein Laborwert außerhalb seines Bereichs"


def test_the_diarys_setting_wins_over_the_locale(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "zh.dosebook"
    with create_demo(path, date(2026, 11, 24)) as diary:
        diary.set_setting("appearance.language", "zh_CN")
    out = run(monkeypatch, capsys, "de_DE.UTF-8", "warnings", str(path), "--as-of", AS_OF)
    assert "化验结果超出参考区间" in out


def _chinese_face_installed() -> bool:
    out = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True)
    return bool(out.stdout.strip())


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils (.ci/run installs it)")
@pytest.mark.parametrize(
    ("lang", "title", "face", "outside"),
    [("de_DE.UTF-8", "Ein Laborwert außerhalb seines Bereichs", None, "Alanin-Aminotransferase: 118"),
     ("zh_CN.UTF-8", "化验结果超出参考区间", "CJKsc", "丙氨酸氨基转移酶: 118")],
)  # fmt: skip
def test_the_report_in_each_language(
    demo: Path, tmp_path: Path, lang: str, title: str, face: str | None, outside: str
) -> None:
    if face and not _chinese_face_installed():
        if os.environ.get("CI"):
            pytest.fail("no Simplified Chinese font: .ci/run installs fonts-noto-cjk")
        pytest.skip("no Simplified Chinese font installed (fonts-noto-cjk)")
    out = tmp_path / "report.pdf"
    env = {**os.environ, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "app", "report", str(demo), "--out", str(out)]
    cmd.append("--passphrase-stdin")
    cmd += ["--from", "2026-07-01", "--to", AS_OF]
    done = subprocess.run(cmd, input="demo\n", env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    # Noto CJK draws 月 and the radical ⽉ with one glyph, and Qt's PDF maps such a glyph back
    # to the lower code point: what is drawn is right, what is copied is its compatibility form.
    assert title in unicodedata.normalize("NFKC", " ".join(text.split()))
    # The summary's results outside their range name the test in the language too.
    assert outside in unicodedata.normalize("NFKC", " ".join(text.split()))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    embedded = [line for line in fonts.splitlines()[2:] if line.split()[-5] == "yes"]
    assert embedded, fonts
    if face:
        assert any(face in line for line in embedded), fonts


@pytest.fixture(scope="module")
def flare(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo (its person is treated for hepatitis B) with a new ALT of 200 U/L: 3.6× the top
    of its printed range, grade 2, so the liver warning is live rather than settled."""
    from app.access import unlock_diary
    from app.domain.records import LabPanel, LabResult

    path = tmp_path_factory.mktemp("clilang-flare") / "demo.dosebook"
    create_demo(path, date(2026, 11, 24)).close()
    with unlock_diary(path, "demo") as diary:
        alt = LabResult(None, "alt", 200.0, "U/L", "", range_low=7.0, range_high=55.0)
        diary.save_panel(LabPanel(None, date(2026, 11, 20), "City Lab", results=(alt,)))
    return path


@pytest.mark.parametrize(
    ("lang", "title", "hepatitis_b"),
    [
        ("de_DE.UTF-8", "⚠ WARNUNG: Leberwert außerhalb seines Bereichs", "Hepatitis B"),
        ("zh_CN.UTF-8", "⚠ 警告：肝功能指标超出参考区间", "乙型肝炎"),
    ],
    ids=["de", "zh_CN"],
)
def test_a_live_liver_warning_in_each_language(
    flare: Path, monkeypatch, capsys, lang: str, title: str, hepatitis_b: str
) -> None:
    out = run(monkeypatch, capsys, lang, "warnings", str(flare), "--as-of", AS_OF)
    assert title in out
    assert "200 U/L" in out
    assert hepatitis_b in out  # the sentence for the person's condition, translated too
    assert "ALT flare" not in out and "treatment working" not in out  # no English left in it
    if lang.startswith("zh"):  # Chinese sentences and sources run on without ASCII gaps
        assert "。用胸腺法新治疗乙型肝炎" in out and "（2017）；日达仙" in out


def test_a_refused_lab_file_is_explained_in_german(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "demo.dosebook"
    create_demo(path, date(2026, 11, 24)).close()
    lab_file = tmp_path / "befund.csv"
    lab_file.write_text("Datum;Test;Ergebnis;Einheit\n20.11.2026;Ferritin;80;ng/ml\n")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setattr("sys.stdin", io.StringIO("demo\n"))
    assert main(["import-labs", str(path), str(lab_file), "--passphrase-stdin"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dosebook: Zeile 2: 'Ferritin' ist kein Test im Tagebuch")
    assert "„Neuer Test…“" in err  # the button as the German window names it
