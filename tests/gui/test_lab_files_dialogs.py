"""Importing a lab file from the window: the mapping step, the preview with flags, one click to
save it all; and the export for a doctor."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest

from app.domain.labs import Flag
from app.domain.records import Profile, Sex
from app.store.diary import Diary
from app.ui.labs.doctor_export import DoctorExportDialog
from app.ui.labs.import_dialog import LabImportDialog
from app.ui.labs.look import flag_text

DATA = Path(__file__).resolve().parents[1] / "data" / "labs"
TODAY = date(2026, 11, 24)
LAB_CSV = (
    "Entnahme;Analyt;Wert;Einheit;Norm\n"
    "03.11.2026;Hb;118;g/L;135 - 175\n"
    "03.11.2026;TBIL;15;µmol/L;3 - 21\n"
)


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "d.db", fast_key)
    yield d
    d.close()


def open_import(qtbot, diary: Diary, name: str, text: str) -> LabImportDialog:
    dialog = LabImportDialog(diary, Path(name), text, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_csv_is_mapped_previewed_and_imported_and_its_layout_remembered(
    qtbot, diary: Diary
) -> None:
    dialog = open_import(qtbot, diary, "labor.csv", LAB_CSV)
    page = dialog.mapping_page
    assert page is not None and dialog.pages.currentWidget() is page
    assert page.mapping()["result"] == "Wert"  # recognised
    assert "date" not in page.mapping()  # "Entnahme" is not a name Dosebook knows
    dialog.show_preview()
    assert "Dosebook could not tell which column holds the date" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    page.boxes["date"].setCurrentIndex(page.boxes["date"].findData("Entnahme"))
    page.boxes["range"].setCurrentIndex(page.boxes["range"].findData("Norm"))
    assert "→ Date" in page.preview.horizontalHeaderItem(0).text()
    dialog.show_preview()
    assert dialog.summary.text().startswith("2 results to import in 1 panel")
    hb = dialog.tree.topLevelItem(0).child(0)
    low = flag_text(Flag.LOW, 1, short=True)  # as the results view says it
    assert [hb.text(i) for i in range(5)] == ["Hemoglobin", "118", "g/L", "135 - 175", low]
    assert dialog.import_button.text() == "&Import 2 results"
    dialog.import_now()
    assert dialog.saved == 2 and len(diary.panels()) == 1
    again = open_import(qtbot, diary, "labor-next.csv", LAB_CSV.replace("03.11", "05.11"))
    assert again.mapping_page.mapping()["date"] == "Entnahme"  # remembered for this layout


def test_a_fhir_bundle_goes_straight_to_the_preview(qtbot, diary: Diary) -> None:
    text = (DATA / "portal-bundle.json").read_text(encoding="utf-8")
    dialog = open_import(qtbot, diary, "portal-bundle.json", text)
    assert dialog.mapping_page is None and not dialog.back_button.isVisible()
    assert "11 results to import in 2 panels" in dialog.summary.text()
    assert "new tests: Ferritin" in dialog.summary.text()
    titles = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert titles == ["3 Mar 2026 · Labor Berlin Mitte", "2 Jun 2026 · City Hospital Lab",
                      "Left out"]  # fmt: skip
    dialog.import_now()
    assert dialog.saved == 11
    duplicate = open_import(qtbot, diary, "portal-bundle.json", text)
    assert "11 already in the diary (skipped)" in duplicate.summary.text()
    assert not duplicate.import_button.isEnabled()


def test_a_broken_file_shows_its_line_and_cannot_be_imported(qtbot, diary: Diary) -> None:
    doc = json.loads((DATA / "portal-bundle.json").read_text(encoding="utf-8"))
    doc["entry"][3]["resource"]["code"]["coding"][0]["code"] = "718-8"
    dialog = open_import(qtbot, diary, "broken.json", json.dumps(doc))
    assert "'718-8' is not a valid LOINC code" in dialog.message.text()
    assert "Nothing was saved." in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert diary.panels() == []


def test_the_export_for_a_doctor_shares_what_was_ticked(qtbot, diary, tmp_path) -> None:
    diary.save_profile(Profile(name="Anna Example", sex=Sex.FEMALE, birth_year=1980))
    dialog = DoctorExportDialog(diary)
    qtbot.addWidget(dialog)
    dialog.boxes["sex"].setChecked(True)
    target = tmp_path / "for-doctor.json"
    assert dialog.save_to(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    patient = json.loads(target.read_text(encoding="utf-8"))["entry"][0]["resource"]
    assert patient.get("gender") == "female" and "name" not in patient
    assert diary.setting("export.fhir_share") == "sex"
    next_time = DoctorExportDialog(diary)
    qtbot.addWidget(next_time)
    assert next_time.boxes["sex"].isChecked() and not next_time.boxes["name"].isChecked()
