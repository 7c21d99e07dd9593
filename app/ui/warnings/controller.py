"""Keeps the warning banners in step with the diary: evaluate, show, snooze, dismiss."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.rules import Evaluation, WarningSign, evaluate_snapshot, rules_for
from app.ui.actions import run_action
from app.ui.banners import BannerView
from app.ui.warnings.banner_views import warning_views

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from app.store.diary import Diary

SNOOZE = timedelta(days=7)


class WarningBanners:
    """Owned by the main window; `views()` is called from its refresh_banners."""

    def __init__(self, diary: Diary | None, parent: QWidget, refresh: Callable[[], None]) -> None:
        self.diary = diary  # None while start-up is still opening it (see `preview`)
        self.parent = parent
        self._refresh = refresh
        self.as_of: date | None = None  # a fixed day (tests, screenshots); None means now
        self.expanded = False
        self.evaluation = Evaluation((), ())
        # start-up's first look, until the diary is open: its evaluation and rule settings
        self.preview: Evaluation | None = None
        self.preview_settings: Mapping[str, str] = {}

    def _now(self) -> datetime:
        tz = self.diary.timezone()
        if self.as_of is None:
            return datetime.now(tz)
        return datetime.combine(self.as_of, datetime.max.time(), tz)

    def views(self) -> list[BannerView]:
        """Evaluate the rules on the diary as it is now (or on start-up's preview) and build the
        banners."""
        if self.diary is not None:
            self.evaluation = evaluate_snapshot(self.diary.snapshot(now=self._now()))
        elif self.preview is not None:
            self.evaluation = self.preview
        else:
            self.evaluation = Evaluation((), ())
        return warning_views(
            self.evaluation.shown,
            self.expanded,
            on_show=self.show_data,
            on_snooze=self.snooze,
            on_dismiss=self.dismiss,
            on_toggle=self.toggle,
        )

    # ----- what the buttons do --------------------------------------------------------------

    def show_data(self, warning: WarningSign) -> None:
        from app.ui.warnings.evidence_dialog import EvidenceDialog  # not needed to show banners

        settings = self.diary.rule_settings() if self.diary else self.preview_settings
        rule = next((r for r in rules_for(settings) if r.id == warning.rule), None)
        EvidenceDialog(warning, rule, self.parent).exec()

    def snooze(self, warning: WarningSign) -> None:
        self._write(lambda: self.diary.snooze_rule(warning.rule, self._now() + SNOOZE))

    def dismiss(self, warning: WarningSign) -> None:
        self._write(lambda: self.diary.dismiss_rule(warning.rule, warning.keys))

    def toggle(self) -> None:
        self.expanded = not self.expanded
        self._refresh()

    def _write(self, action: Callable[[], None]) -> None:
        if self.diary is None:
            QMessageBox.information(
                self.parent,
                translate("WarningBanners", "Still opening"),
                translate("WarningBanners", "Your diary is still opening. Try again in a moment."),
            )
            return
        run_action(action, self.parent)  # the diary's change notice refreshes the banners
