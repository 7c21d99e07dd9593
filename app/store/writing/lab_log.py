"""Diary facade part: the lab catalogue, monitoring groups, panels and their results."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlmodel import select

from app.domain import labs as lab_rules
from app.domain.errors import ValidationError
from app.domain.records import LabPanel, LabResult, LabTest, MonitoringGroup
from app.store.reading import convert
from app.store.schema.models import LabPanelRow, LabResultRow, LabTestRow, MonitoringRow, utcnow

COMPARATORS = ("", "<", ">", "<=", ">=")


def _check_panel(panel: LabPanel, codes: set[str], today: date) -> None:
    if panel.collected_on > today:
        raise ValidationError("The collection date is in the future.")
    if not panel.results:
        raise ValidationError("Add at least one result to the panel.")
    for r in panel.results:
        if r.test_code not in codes:
            raise ValidationError(f"'{r.test_code}' is not a test in the catalogue.")
        if r.comparator not in COMPARATORS:
            raise ValidationError(f"'{r.comparator}' is not a comparison Dosebook understands.")
        if r.value is None and not r.text.strip():
            raise ValidationError("Each result needs a value, or a word such as 'negative'.")
        for v in (r.value, r.range_low, r.range_high):
            if v is not None and not math.isfinite(v):
                raise ValidationError("Numbers must be ordinary finite numbers.")
        if r.range_low is not None and r.range_high is not None and r.range_low > r.range_high:
            raise ValidationError("The range's low end is above its high end.")


class LabLog:
    """Mixed into Diary; uses its `_read()` and `_write(changes)` sessions."""

    def lab_tests(self) -> list[LabTest]:
        with self._read() as s:
            rows = s.exec(select(LabTestRow).order_by(LabTestRow.sort_order, LabTestRow.code)).all()
            return [convert.lab_test(r) for r in rows]

    def save_lab_test(self, t: LabTest) -> LabTest:
        """Add the user's own test, or save the user's change to one (seeds then leave it alone)."""
        if not t.code.strip() or not t.name.strip():
            raise ValidationError("A test needs a name.")
        with self._write(frozenset({"catalogue"})) as s:
            row = s.get(LabTestRow, t.code)
            fields = convert.lab_test_fields(t)
            if row is None:
                fields["user_defined"] = True
                fields["sort_order"] = 10_000
                row = LabTestRow(**fields)
            else:
                for k, v in fields.items():
                    setattr(row, k, v)
                row.updated_at = utcnow()
            row.user_edited = True
            s.add(row)
        return t

    def monitoring_groups(self) -> list[MonitoringGroup]:
        with self._read() as s:
            return [convert.monitoring(r) for r in s.exec(select(MonitoringRow)).all()]

    def labs_due(self, today: date) -> list[lab_rules.DueItem]:
        """Each monitoring group's last date done and next window as of `today` (CBC first)."""
        groups = sorted(
            self.monitoring_groups(), key=lambda g: (g.min_months, g.max_months, g.group)
        )
        last = lab_rules.last_done_by_group(self.panels(end=today), self.lab_tests())
        return lab_rules.labs_due(groups, last, today)

    def panels(self, start: date | None = None, end: date | None = None) -> list[LabPanel]:
        """Panels with their results, oldest first (two queries, not one per panel)."""
        stmt = select(LabPanelRow).order_by(LabPanelRow.collected_on, LabPanelRow.id)
        if start is not None:
            stmt = stmt.where(LabPanelRow.collected_on >= start)
        if end is not None:
            stmt = stmt.where(LabPanelRow.collected_on <= end)
        with self._read() as s:
            panels = s.exec(stmt).all()
            ids = [p.id for p in panels]
            by_panel: dict[int, list[LabResultRow]] = defaultdict(list)
            if ids:
                for r in s.exec(select(LabResultRow).where(LabResultRow.panel_id.in_(ids))).all():
                    by_panel[r.panel_id].append(r)
            return [convert.panel(p, by_panel[p.id]) for p in panels]

    def save_panel(self, panel: LabPanel, today: date | None = None) -> LabPanel:
        """Add a panel (id None) or replace one, results and all, in one transaction."""
        codes = {t.code for t in self.lab_tests()}
        _check_panel(panel, codes, today or date.today())
        with self._write(frozenset({"labs"})) as s:
            if panel.id is None:
                row = LabPanelRow(collected_on=panel.collected_on, lab=panel.lab, notes=panel.notes)
            else:
                row = s.get(LabPanelRow, panel.id)
                if row is None:
                    raise ValidationError("That panel no longer exists.")
                row.collected_on, row.lab, row.notes = panel.collected_on, panel.lab, panel.notes
                row.updated_at = utcnow()
                for old in s.exec(select(LabResultRow).where(LabResultRow.panel_id == panel.id)):
                    s.delete(old)
                s.flush()
            s.add(row)
            s.flush()
            saved: list[LabResult] = []
            for pos, r in enumerate(panel.results):
                rrow = LabResultRow(panel_id=row.id, **convert.result_fields(r, pos))
                s.add(rrow)
                s.flush()
                saved.append(replace(r, id=rrow.id))
            new_id = row.id
        return replace(panel, id=new_id, results=tuple(saved))

    def delete_panel(self, panel_id: int) -> LabPanel:
        """Delete a panel with its results and return it so the caller can offer to undo."""
        gone = next((p for p in self.panels() if p.id == panel_id), None)
        if gone is None:
            raise ValidationError("That panel no longer exists.")
        with self._write(frozenset({"labs"})) as s:
            for old in s.exec(select(LabResultRow).where(LabResultRow.panel_id == panel_id)):
                s.delete(old)
            s.delete(s.get(LabPanelRow, panel_id))
        return gone
