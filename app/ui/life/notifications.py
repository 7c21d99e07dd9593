"""Desktop notifications through the system's notification service.

On Linux that is org.freedesktop.Notifications on the session bus, spoken with `jeepney` (pure
Python; PySide6's QtDBus cannot send the unsigned integer `Notify` takes). The bus socket is
watched by a QSocketNotifier, so replies and the server's signals ("Log now" clicked, the
notification closed) arrive on the main thread with no thread of our own. Elsewhere, or with no
notification service, the tray icon's balloon message stands in (it has no buttons: a click on
it means "Log now").
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

translate = QCoreApplication.translate


SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DESKTOP_ENTRY = "org.dosebook.Dosebook"
LOG_NOW = "log"
SNOOZE = "snooze"


class DesktopNotifier(QObject):
    """Shows notifications with "Log now" and "Remind me in 30 min"; says which was chosen."""

    action_chosen = Signal(str, str)  # reminder key, LOG_NOW or SNOOZE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn: Any = None
        self._watch: QSocketNotifier | None = None
        self._pending: dict[int, str] = {}  # call serial -> reminder key
        self._ids: dict[int, str] = {}  # notification id -> reminder key
        self._by_key: dict[str, int] = {}  # reminder key -> notification id (to replace it)
        self.fallback: Callable[[str, str, str], None] | None = None  # (key, title, body)

    @property
    def on_bus(self) -> bool:
        """True when notifications go to the session's notification service."""
        return self._conn is not None

    def start(self) -> bool:
        """Connect to the session bus; False (balloon messages instead) when there is none."""
        try:
            from jeepney import MatchRule
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:  # not on Linux
            return False
        try:
            conn = open_dbus_connection(bus="SESSION")
        except (OSError, KeyError, ValueError, TimeoutError, RuntimeError):
            return False
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=INTERFACE, member=member, path=PATH)
            conn.send(message_bus.AddMatch(rule))
        self._conn = conn
        self._watch = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._read)
        return True

    def stop(self) -> None:
        if self._watch is not None:
            self._watch.setEnabled(False)
            self._watch = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None

    def notify(self, key: str, title: str, body: str) -> None:
        """Show (or replace) the notification for reminder `key`."""
        if self._conn is None:
            if self.fallback is not None:
                self.fallback(key, title, body)
            return
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        actions = [
            "default",
            translate("Tray", "Log now"),
            LOG_NOW,
            translate("Tray", "Log now"),
            SNOOZE,
        ]
        actions.append(translate("Tray", "Remind me in 30 min"))
        hints = {
            "category": ("s", "x-dosebook.reminder"),
            "desktop-entry": ("s", DESKTOP_ENTRY),
            "urgency": ("y", 1),
        }
        replaces = self._by_key.get(key, 0)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            ("Dosebook", replaces, "dosebook", title, body, actions, hints, -1),
        )
        serial = next(self._conn.outgoing_serial)
        try:
            self._conn.send(message, serial=serial)
        except OSError:
            self.stop()
            if self.fallback is not None:
                self.fallback(key, title, body)
            return
        self._pending[serial] = key

    def _read(self) -> None:
        from jeepney import HeaderFields, MessageType

        conn = self._conn
        while conn is not None:
            try:
                message = conn.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, ValueError):
                self.stop()
                return
            fields = message.header.fields
            if message.header.message_type is MessageType.method_return:
                key = self._pending.pop(fields.get(HeaderFields.reply_serial, -1), None)
                if key is not None and message.body:
                    self._ids[message.body[0]] = key
                    self._by_key[key] = message.body[0]
            elif message.header.message_type is MessageType.signal:
                self._signal(fields.get(HeaderFields.member), message.body)

    def _signal(self, member: str | None, body: tuple) -> None:
        if member == "ActionInvoked" and len(body) == 2:
            key = self._ids.get(body[0])  # only our own notifications
            if key is not None:
                chosen = SNOOZE if body[1] == SNOOZE else LOG_NOW
                self.action_chosen.emit(key, chosen)
        elif member == "NotificationClosed" and body:
            key = self._ids.pop(body[0], None)
            if key is not None and self._by_key.get(key) == body[0]:
                del self._by_key[key]
