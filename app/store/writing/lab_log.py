"""Diary facade part: writes of the lab catalogue, panels and their results."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.checks import COMPARATORS, check_lab_test, check_panel
from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.labfiles.model import ImportPlan
from app.domain.records import LabPanel, LabResult, LabTest
from app.domain.settings import check_setting
from app.store.changes import Change
from app.store.reading import convert
from app.store.writing.tx import Tx

__all__ = ["COMPARATORS", "LabLog"]


def _test_codes(tx: Tx) -> set[str]:
    return {r.code for r in tx.rows("lab_test")}


def write_panel(tx: Tx, panel: LabPanel, today: date) -> LabPanel:
    """Add a panel (id None) or replace one, results and all, inside the caller's transaction."""
    check_panel(panel, _test_codes(tx), today)
    fields = {"collected_on": panel.collected_on, "lab": panel.lab, "notes": panel.notes}
    if panel.id is None:
        panel_id = tx.insert("lab_panel", fields)
    else:
        if not tx.update("lab_panel", panel.id, fields):
            raise ValidationError(translate("Store", "That panel no longer exists."))
        panel_id = panel.id
        tx.delete("lab_result", "panel_id = ?", (panel_id,))
    saved: list[LabResult] = []
    for pos, r in enumerate(panel.results):
        new_id = tx.insert("lab_result", {"panel_id": panel_id, **convert.result_fields(r, pos)})
        saved.append(replace(r, id=new_id))
    return replace(panel, id=panel_id, results=tuple(saved))


class LabLog:
    """Mixed into Diary; writes through its `_write(changes)` transactions."""

    def save_lab_test(self, t: LabTest) -> LabTest:
        """Add the user's own test, or save the user's change to one (seeds then leave it alone)."""
        check_lab_test(t)
        with self._write(Change.CATALOGUE) as tx:
            fields = convert.lab_test_fields(t)
            fields["user_edited"] = True
            if tx.get("lab_test", t.code) is None:
                fields.update(user_defined=True, sort_order=10_000)
                tx.insert("lab_test", fields)
            else:
                tx.update("lab_test", t.code, {k: v for k, v in fields.items() if k != "code"})
        return t

    def save_panel(self, panel: LabPanel, today: date | None = None) -> LabPanel:
        """Add a panel (id None) or replace one, results and all, in one transaction."""
        with self._write(Change.LABS) as tx:
            return write_panel(tx, panel, today or date.today())

    def import_lab_plan(
        self,
        plan: ImportPlan,
        today: date | None = None,
        remember: tuple[str, str] | None = None,
    ) -> int:
        """Save a lab file's new results (and its new tests) in one transaction, through the same
        checks as typed entry: all of them, or none. `remember` keeps a setting with it (the CSV
        column mapping). Returns how many results were saved."""
        if remember is not None:
            check_setting(*remember)
        for test in plan.new_tests:
            check_lab_test(test)
        if not plan.panels:
            return 0
        changes = Change.LABS | (Change.CATALOGUE if plan.new_tests else Change.NONE)
        with self._write(changes | (Change.SETTINGS if remember else Change.NONE)) as tx:
            codes = _test_codes(tx)
            for test in plan.new_tests:
                if test.code in codes:
                    continue  # added meanwhile (an earlier import of the same file)
                fields = convert.lab_test_fields(test)
                tx.insert("lab_test", {**fields, "user_defined": True, "sort_order": 10_000})
            for panel in plan.panels:
                write_panel(tx, panel, today or date.today())
            if remember is not None:
                tx.upsert("setting", {"key": remember[0], "value": remember[1]})
        return plan.result_count

    def delete_panel(self, panel_id: int) -> LabPanel:
        """Delete a panel with its results and return it so the caller can offer to undo."""
        with self._write(Change.LABS) as tx:
            row = tx.get("lab_panel", panel_id)
            if row is None:
                raise ValidationError(translate("Store", "That panel no longer exists."))
            gone = convert.panel(row, tx.rows("lab_result", "panel_id = ?", (panel_id,)))
            tx.delete("lab_result", "panel_id = ?", (panel_id,))
            tx.delete("lab_panel", "id = ?", (panel_id,))
        return gone

    def restore_panel(self, panel: LabPanel) -> LabPanel:
        """Undo a delete: put the panel back with its old id and results, in one transaction."""
        with self._write(Change.LABS) as tx:
            check_panel(panel, _test_codes(tx), max(panel.collected_on, date.today()))
            fields = {"collected_on": panel.collected_on, "lab": panel.lab, "notes": panel.notes}
            tx.insert("lab_panel", {"id": panel.id, **fields})
            for pos, r in enumerate(panel.results):
                tx.insert("lab_result", {"panel_id": panel.id, **convert.result_fields(r, pos)})
        return panel
