"""Plain, sortable tables of the diary's records, shown until each area has its own screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from app.domain.records import DiaryEntry, Injection, LabPanel, LabResult
from app.store.diary import Diary
from app.ui.record_table import Column, RecordTableModel, RecordTableView


def tr(text: str) -> str:
    return QCoreApplication.translate("PlainTabs", text)


def _num(value: float | int | None) -> str:
    return "" if value is None else f"{value:g}"


def injections_table(diary: Diary) -> RecordTableView:
    zones = {z.id: z.label for z in diary.zones()}
    vials = {v.id: v.lot for v in diary.vials()}
    products = {p.id: p.product for p in diary.protocols()}
    columns: list[Column[Injection]] = [
        Column(tr("Taken"), lambda i: f"{i.taken_at:%a %d %b %Y %H:%M}", lambda i: i.taken_at),
        Column(tr("Product"), lambda i: products.get(i.protocol_id, "")),
        Column(tr("Dose"), lambda i: f"{i.dose:g} {i.dose_unit}", lambda i: i.dose, True),
        Column(tr("Site"), lambda i: zones.get(i.zone_id, i.zone_id)),
        Column(tr("Volume"), lambda i: f"{i.volume_ml:.2f} mL" if i.volume_ml else "", None, True),
        Column(tr("Vial lot"), lambda i: vials.get(i.vial_id, "") or ""),
        Column(tr("Notes"), lambda i: i.notes),
    ]
    model = RecordTableModel(columns)
    model.set_rows(diary.injections())
    view = RecordTableView(model)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    return view


def diary_table(diary: Diary) -> RecordTableView:
    columns: list[Column[DiaryEntry]] = [
        Column(tr("Day"), lambda e: f"{e.day:%a %d %b %Y}", lambda e: e.day),
        Column(tr("Energy"), lambda e: _num(e.energy), lambda e: e.energy, True),
        Column(tr("Fatigue"), lambda e: _num(e.fatigue), lambda e: e.fatigue, True),
        Column(tr("Well-being"), lambda e: _num(e.wellbeing), lambda e: e.wellbeing, True),
        Column(tr("Sick"), lambda e: e.sickness_kind or (tr("yes") if e.sick else "")),
        Column(tr("Temp."), lambda e: f"{e.temperature_c:.1f} °C" if e.temperature_c else ""),
        Column(tr("Tags"), lambda e: ", ".join(e.tags)),
        Column(tr("Notes"), lambda e: e.notes),
    ]
    model = RecordTableModel(columns)
    model.set_rows(diary.entries())
    view = RecordTableView(model)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    return view


def labs_table(diary: Diary) -> RecordTableView:
    tests = {t.code: t for t in diary.lab_tests()}
    rows: list[tuple[LabPanel, LabResult]] = [(p, r) for p in diary.panels() for r in p.results]

    def name(row: tuple[LabPanel, LabResult]) -> str:
        t = tests.get(row[1].test_code)
        return t.name if t else row[1].test_code

    columns: list[Column[tuple[LabPanel, LabResult]]] = [
        Column(
            tr("Collected"), lambda r: f"{r[0].collected_on:%d %b %Y}", lambda r: r[0].collected_on
        ),
        Column(tr("Lab"), lambda r: r[0].lab),
        Column(tr("Test"), name),
        Column(tr("Result"), lambda r: r[1].text or _num(r[1].value), lambda r: r[1].value, True),
        Column(tr("Unit"), lambda r: r[1].unit),
        Column(tr("Range"), lambda r: r[1].range_text),
    ]
    model = RecordTableModel(columns)
    model.set_rows(rows)
    view = RecordTableView(model)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    return view
