"""The paper report and reaction photos kept in the diary: pictures re-encoded without EXIF (no
place), upright; a size limit; shown in the app; carried by the JSON export and by backups;
printed as the report's appendix."""

from __future__ import annotations

import base64
import json
import stat
import struct
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from app.domain.checks.attachments import has_exif
from app.domain.errors import ValidationError
from app.domain.records import Attachment, LabPanel, LabResult
from app.report import ReportOptions, write_pdf
from app.store.diary import Diary
from app.ui.dialogs.attachments import AttachmentsDialog
from app.ui.labs import LabsTab

TODAY = date(2026, 11, 24)


def _ifd(entries: list[tuple[int, int, int, bytes]], next_offset: int = 0) -> bytes:
    out = struct.pack(">H", len(entries))
    for tag, kind, count, value in entries:
        out += struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\0")
    return out + struct.pack(">I", next_offset)


def photo_with_gps(width: int = 40, height: int = 20) -> bytes:
    """A JPEG as a phone writes it: EXIF with "rotate 90°" and where it was taken."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    plain = bytes(array.data())
    # TIFF header, IFD0 (orientation 6, GPS IFD pointer), then the GPS IFD: latitude 52° N.
    ifd0_size = 2 + 2 * 12 + 4
    gps_offset = 8 + ifd0_size
    ifd0 = _ifd(
        [(0x0112, 3, 1, struct.pack(">H", 6)), (0x8825, 4, 1, struct.pack(">I", gps_offset))]
    )
    gps = _ifd([(0x0001, 2, 2, b"N\0"), (0x0002, 5, 3, struct.pack(">I", gps_offset + 18))])
    gps += struct.pack(">IIIIII", 52, 1, 31, 1, 0, 1)
    tiff = b"MM\0*" + struct.pack(">I", 8) + ifd0 + gps
    app1 = b"Exif\0\0" + tiff
    segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    return plain[:2] + segment + plain[2:]


@pytest.fixture
def diary(tmp_path: Path, fast_key):
    d = Diary.create_with_key(tmp_path / "d.db", fast_key)
    d.save_panel(
        LabPanel(None, date(2026, 11, 2), "City Lab", results=(
            LabResult(None, "alt", 31.0, "U/L", text="31", range_low=7, range_high=55,
                      range_text="7–55"),
        )),
        today=TODAY,
    )  # fmt: skip
    yield d
    d.close()


def panel_id(diary: Diary) -> int:
    return diary.panels()[0].id


def open_dialog(qtbot, diary: Diary, **owner) -> AttachmentsDialog:
    dialog = AttachmentsDialog(diary, **owner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_photo_is_kept_upright_without_its_exif_and_shown(qtbot, diary, tmp_path) -> None:
    source = tmp_path / "IMG_2041.jpg"
    source.write_bytes(photo_with_gps())
    assert has_exif("image/jpeg", source.read_bytes())
    dialog = open_dialog(qtbot, diary, panel_id=panel_id(diary))
    kept = dialog.add_file(source)
    assert kept is not None and kept.media_type == "image/jpeg" and kept.name == "IMG_2041.jpg"
    data = diary.attachment_data(kept.id)
    assert not has_exif("image/jpeg", data) and b"Exif" not in data
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (20, 40)  # the phone's rotation, applied
    assert not dialog.view.pixmap().isNull()  # shown in the app
    tab = LabsTab(diary, today=TODAY)
    qtbot.addWidget(tab)
    assert tab.results.topLevelItem(0).text(0).endswith("· 1 attachment")


def test_a_pdf_is_kept_as_it_is_and_a_copy_can_be_saved(qtbot, diary, tmp_path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a lab report\n%%EOF\n")
    dialog = open_dialog(qtbot, diary, panel_id=panel_id(diary))
    dialog.add_file(pdf)
    assert "cannot show PDF pages" in dialog.view.text()
    copy = dialog.save_copy(tmp_path / "copy.pdf")
    assert copy is not None and copy.read_bytes() == pdf.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert dialog.remove_current(ask=False) and diary.attachments() == []


def test_too_large_or_unreadable_files_are_refused_with_a_line(qtbot, diary, tmp_path) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(25_000_000)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture", encoding="utf-8")
    dialog = open_dialog(qtbot, diary, panel_id=panel_id(diary))
    assert dialog.add_file(big) is None
    assert dialog.message.text() == "⚠ scan.pdf is 25 MB; an attachment can be at most 20 MB."
    assert dialog.add_file(notes) is None
    assert "not a photo or PDF Dosebook can read" in dialog.message.text()
    assert diary.attachments() == []


def test_the_domain_check_refuses_a_photo_that_still_has_exif(diary: Diary) -> None:
    data = photo_with_gps()
    record = Attachment(None, "image/jpeg", "raw.jpg", len(data), panel_id=panel_id(diary))
    with pytest.raises(ValidationError, match="still holds EXIF data"):
        diary.add_attachment(record, data)


def test_attachments_travel_in_the_json_export_and_in_backups(
    qtbot, diary, tmp_path, fast_key
) -> None:
    source = tmp_path / "photo.jpg"
    source.write_bytes(photo_with_gps())
    kept = open_dialog(qtbot, diary, panel_id=panel_id(diary)).add_file(source)
    data = diary.attachment_data(kept.id)
    doc = json.loads(diary.export_json())
    assert doc["attachments"][0]["media_type"] == "image/jpeg"
    with Diary.create_with_key(tmp_path / "copy.db", fast_key) as copy:
        copy.import_json(diary.export_json())
        assert copy.attachments() == diary.attachments()
        assert copy.attachment_data(kept.id) == data
    diary.backup_to(tmp_path / "backup.dosebook")
    with Diary.open_with_key(tmp_path / "backup.dosebook", diary.key_material) as restored:
        assert restored.attachment_data(kept.id) == data
    # A file edited to carry EXIF again is refused by the import, as by every other way in.
    doc["attachment_files"][0]["data"] = base64.b64encode(photo_with_gps()).decode()
    doc["attachments"][0]["size"] = len(photo_with_gps())
    third = Diary.create_with_key(tmp_path / "third.db", fast_key)
    with third, pytest.raises(ValidationError, match=r"attachments\[0\].data: The photo still"):
        third.import_json(json.dumps(doc))


def test_the_report_can_carry_the_paper_report_as_an_appendix(qtbot, diary, tmp_path) -> None:
    source = tmp_path / "report-photo.jpg"
    source.write_bytes(photo_with_gps(400, 300))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialog = open_dialog(qtbot, diary, panel_id=panel_id(diary))
    dialog.add_file(source)
    dialog.add_file(pdf)
    options = ReportOptions(date(2026, 11, 1), TODAY, attachments=True)
    out = tmp_path / "report.pdf.out.pdf"
    write_pdf(diary, options, out, now=datetime(2026, 11, 24, 12, tzinfo=UTC))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Appendix: reports and photos" in text
    assert "Lab report of 2 Nov 2026 (City Lab): report-photo.jpg" in text
    assert "Dosebook cannot print PDF pages" in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.strip().splitlines()) == 3  # two header lines and the photo
    without = tmp_path / "plain.pdf"
    write_pdf(diary, ReportOptions(date(2026, 11, 1), TODAY), without)
    plain = subprocess.run(["pdftotext", str(without), "-"], capture_output=True, text=True)
    assert "Appendix" not in plain.stdout
