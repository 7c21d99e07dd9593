"""Every import the checks accept reads back everywhere (status, warnings, the PDF report and
every tab); every import they refuse leaves the diary byte for byte as it was.

Hypothesis edits a small real export as a person with a text editor might: one to three fields
set to edge values of their kind, or to values of another kind.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from app.cli.status.command import status_report
from app.cli.warning_signs import diary_warnings
from app.domain.errors import ValidationError
from app.report import ReportOptions, default_range, write_pdf
from app.rules import check_rule_setting
from app.store.diary import Diary
from app.store.interchange.json_io import LISTS
from app.store.reading.reader import QuickReader
from app.store.schema.tables import TABLES
from app.ui.tabs import tab_factories
from tests.support.exports import new_key, small_export

EDGE = {
    "int": [0, -1, 1, 7, 365, 366, 2**31, None],
    "float": [0.0, -1.0, 1e-9, 72.0, 73.0, 1e12, -1e12, None],
    "bool": [True, False, None],
    "date": ["2026-01-01", "1900-01-01", "2200-12-31", "2099-01-01", "20270201", None],
    "datetime": [
        "2026-09-07T18:05:00+00:00",
        "2026-09-07T18:05:00+14:00",
        "1900-01-01T00:00:00+00:00",
        "2200-12-31T23:59:59-12:00",
        "2026-09-07T18:05:00",
    ],
    "text": [
        "",
        " ",
        "9,x",
        "0,3",
        "0,0",
        "25:99",
        "00:00",
        "Mars/Olympus_Mons",
        "Europe/Berlin",
        "UTC",
        "robot",
        "male",
        "autoimmune",
        "{}",
        '{"g/L": 10}',
        "=1+1",
        "abdomen-lower-left",
        "alt",
    ],
    # attached files, base64: empty, not base64, a PDF, a JPEG that still has EXIF, a non-picture
    "blob": [
        "",
        "not base64!",
        "JVBERi0xLjQKJSVFT0YK",
        "/9j/4QAIRXhpZgAA/9k=",
        "aGVsbG8=",
    ],
}
ANY = [v for values in EDGE.values() for v in values]


@st.composite
def edits(draw: st.DrawFn, doc: dict) -> list[tuple[str, int, str, object]]:
    out = []
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from([n for n in LISTS if doc.get(n)]))
        index = draw(st.integers(0, len(doc[name]) - 1))
        col = draw(st.sampled_from(TABLES[LISTS[name]].columns))
        # mostly an edge value of the field's own kind; now and then anything at all
        kind = draw(st.sampled_from(["own"] * 8 + ["any", "text"]))
        if kind == "own":
            value = draw(st.sampled_from(EDGE[col.kind]))
        elif kind == "any":
            value = draw(st.sampled_from(ANY))
        else:
            value = draw(st.text(max_size=12))
        out.append((name, index, col.name, value))
    return out


def read_back_everywhere(diary: Diary, app: QApplication, folder: Path) -> None:
    report = status_report(diary, None)
    json.dumps(report.as_json())
    report.as_text()
    diary_warnings(diary, None)
    with QuickReader.open(diary.path, diary.key_material) as quick:
        quick.snapshot()
    end = report.as_of
    start = default_range(end, diary.last_report_day())[0]
    pdf = folder / "report.pdf"
    write_pdf(diary, ReportOptions(start=min(start, end), end=end), pdf, [])
    assert pdf.read_bytes().startswith(b"%PDF")
    for _, build in tab_factories():
        tab = build(diary)
        tab.resize(1100, 760)
        tab.show()
        app.processEvents()
        tab.close()
        tab.deleteLater()
    app.processEvents()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_what_the_import_accepts_reads_back_and_what_it_refuses_changes_nothing(
    data: st.DataObject, tmp_path_factory, qapp: QApplication
) -> None:
    root = tmp_path_factory.getbasetemp()
    doc = small_export(root)
    for name, index, field, value in data.draw(edits(doc)):
        doc[name][index][field] = value
    folder = tmp_path_factory.mktemp("import")
    path, key = folder / "d.dosebook", new_key()
    Diary.create_with_key(path, key).close()
    before = path.read_bytes()
    with Diary.open_with_key(path, key) as diary:
        try:
            diary.import_json(json.dumps(doc), check_rule_setting=check_rule_setting)
        except ValidationError as err:
            assert "\n" not in str(err) and str(err)
            accepted = False
        else:
            accepted = True
            read_back_everywhere(diary, qapp, folder)
    event("accepted" if accepted else "refused")
    if not accepted:
        assert path.read_bytes() == before
