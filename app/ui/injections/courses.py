"""The Courses menu and the Vials window of the Injections tab: set up, change, pause, end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from app.domain.injection_overview import CourseState, course_state
from app.domain.records import Protocol
from app.ui.injections.protocol_dialog import ProtocolDialog
from app.ui.injections.texts import short_date
from app.ui.injections.vial_dialog import VialDialog

if TYPE_CHECKING:
    from app.ui.injections.tab import InjectionsTab
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def fill_courses_menu(tab: InjectionsTab) -> None:
    """One submenu per course (change, pause or resume, end), then 'New course…'."""
    menu = tab.header.courses_menu
    menu.clear()
    today = tab.now().date()
    for protocol in tab.snapshot.protocols:
        state = course_state(protocol, today)
        title = protocol.product
        if state is not CourseState.RUNNING:
            title += f" ({_state_word(state)})"
        sub = menu.addMenu(title)
        sub.addAction(translate("Injections", "Change…"), lambda p=protocol: open_protocol(tab, p))
        if state is CourseState.PAUSED:
            sub.addAction(
                translate("Injections", "Resume today"), lambda p=protocol: resume(tab, p)
            )
        elif state in (CourseState.RUNNING, CourseState.NOT_STARTED):
            sub.addAction(
                translate("Injections", "Pause from today"), lambda p=protocol: pause(tab, p)
            )
        if state not in (CourseState.ENDED, CourseState.COMPLETED):
            sub.addAction(
                translate("Injections", "End the course today…"), lambda p=protocol: end(tab, p)
            )
    if tab.snapshot.protocols:
        menu.addSeparator()
    menu.addAction(translate("Injections", "New course…"), lambda: open_protocol(tab, None))


def _state_word(state: CourseState) -> str:
    return {
        CourseState.NOT_STARTED: translate("Injections", "not started"),
        CourseState.PAUSED: translate("Injections", "paused"),
        CourseState.ENDED: translate("Injections", "ended"),
        CourseState.COMPLETED: translate("Injections", "completed"),
    }.get(state, "")


def open_protocol(tab: InjectionsTab, protocol: Protocol | None) -> ProtocolDialog:
    """Set up a new course (templates offered) or change one."""
    today = tab.now().date()
    dialog = ProtocolDialog(
        protocol,
        tab.diary.protocol_templates(today),
        today,
        save=lambda p: tab.diary.save_protocol(p),
        parent=tab,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    tab.protocol_dialog = dialog
    return dialog


def pause(tab: InjectionsTab, protocol: Protocol) -> None:
    """Pause from today: no dose is due until it is resumed."""
    today = tab.now().date()
    tab.run_write(lambda: tab.diary.pause_protocol(protocol.id, max(today, protocol.start)))
    tab.undo_bar.offer(
        translate("Injections", "{product} paused from {day}.").format(
            product=protocol.product, day=short_date(today)
        ),
        lambda: tab.run_write(lambda: tab.diary.save_protocol(protocol)),
    )


def resume(tab: InjectionsTab, protocol: Protocol) -> None:
    """Carry on from today; the paused days do not count as missed."""
    tab.run_write(lambda: tab.diary.resume_protocol(protocol.id, tab.now().date()))


def end(tab: InjectionsTab, protocol: Protocol) -> None:
    """End the course today, after asking."""
    today = tab.now().date()
    answer = QMessageBox.question(
        tab,
        translate("Injections", "End the course?"),
        translate("Injections", "{product} ends today. Its injections stay in the diary.").format(
            product=protocol.product
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    tab.run_write(lambda: tab.diary.end_protocol(protocol.id, max(protocol.start, today)))
    tab.undo_bar.offer(
        translate("Injections", "{product} ended.").format(product=protocol.product),
        lambda: tab.run_write(lambda: tab.diary.save_protocol(protocol)),
    )


def open_vials(tab: InjectionsTab) -> VialDialog:
    """The vials window, on the vial in use."""
    running = [p for p in tab.snapshot.protocols if p.ended_on is None]
    product = running[0].product if running else ""
    dialog = VialDialog(
        tab.snapshot.vials,
        product,
        tab.snapshot.tz,
        tab.now(),
        save=tab.diary.save_vial,
        parent=tab,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    tab.vial_dialog = dialog
    return dialog
