"""One window per diary: the window claims its diary, and a second launch hands over to it.

A claim is the diary's lock (`app/store/files/lock.py`), taken as soon as a window is given a
diary (before the passphrase is asked), and a local socket named after the diary's path, on
which the window listens. A second launch on the same diary finds the lock taken, asks the
window through the socket to come to the front, and exits. The socket lives in a folder only
this account can enter (0700); on Windows it is a named pipe limited to this user. This is local
IPC between two processes of the same person: nothing goes over a network.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.errors import UserError
from app.store.files.lock import DiaryInUse, DiaryLock
from app.store.files.private import FOLDER_MODE, make_private_folder

translate = QCoreApplication.translate

_ASK = b"raise\n"
_DONE = b"ok\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS
HANDOVER_WAIT_S = 8.0  # a window still starting answers once its event loop runs


def _runtime_folder() -> Path | None:
    """Where the sockets go: a folder of this account's only, or None if none can be had."""
    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        candidates.append(Path(runtime) / "dosebook")
    candidates.append(Path(tempfile.gettempdir()) / f"dosebook-{os.getuid()}")
    for folder in candidates:
        if len(str(folder)) > _MAX_SOCKET_PATH - 30:
            continue
        with contextlib.suppress(OSError):
            make_private_folder(folder)
            st = os.lstat(folder)
            # a folder someone else made (or a link) in a shared place is never used
            if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid():
                if stat.S_IMODE(st.st_mode) != FOLDER_MODE:
                    os.chmod(folder, FOLDER_MODE)
                return folder
    return None


def server_name(diary_path: Path) -> str | None:
    """The socket a window holding this diary listens on (None: no private place for it)."""
    digest = hashlib.sha256(str(Path(diary_path).resolve()).encode("utf-8")).hexdigest()[:24]
    if os.name == "nt":
        return f"dosebook-{digest}"
    folder = _runtime_folder()
    return None if folder is None else str(folder / f"{digest}.sock")


class DiaryClaim(QObject):
    """This window's hold on a diary: its lock, and the socket later launches call."""

    raise_requested = Signal()

    def __init__(self, lock: DiaryLock) -> None:
        super().__init__()
        self.lock = lock
        self.path = lock.diary_path
        self._server = None

    @classmethod
    def take(cls, diary_path: Path) -> DiaryClaim:
        """Lock the diary for this window now; raises DiaryInUse if another process has it."""
        make_private_folder(Path(diary_path).absolute().parent)
        return cls(DiaryLock.acquire(diary_path, kind="window"))

    def listen(self) -> None:
        """Answer later launches on this diary (after the first paint: QtNetwork loads here)."""
        if self._server is not None or not self.lock.held:
            return
        name = server_name(self.path)
        if name is None:
            return
        try:
            from PySide6.QtNetwork import QLocalServer
        except ImportError:  # a build without QtNetwork: no hand-over, the lock still holds
            return

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the diary's lock, so a socket left under this name is a crashed window's.
        QLocalServer.removeServer(name)
        if server.listen(name):
            server.newConnection.connect(self._accept)
            self._server = server

    def _accept(self) -> None:
        while self._server is not None and (socket := self._server.nextPendingConnection()):
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket) -> None:  # noqa: ANN001 - a QLocalSocket
        if bytes(socket.read(len(_ASK))) == _ASK:
            self.raise_requested.emit()
            socket.write(_DONE)
            socket.flush()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.release()


def ask_window_to_come_forward(diary_path: Path, wait_s: float = HANDOVER_WAIT_S) -> bool:
    """Ask the window holding this diary to come to the front; True once it said it did."""
    try:
        from PySide6.QtNetwork import QLocalSocket
    except ImportError:  # a build without QtNetwork: say the diary is open elsewhere
        return False

    name = server_name(diary_path)
    if name is None:
        return False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(_ASK)
            socket.waitForBytesWritten(1000)
            left_ms = max(100, int((deadline - time.monotonic()) * 1000))
            answered = socket.waitForReadyRead(left_ms) and bytes(socket.readAll()) == _DONE
            socket.abort()
            return answered
        time.sleep(0.1)  # the window has the lock but does not listen yet
    return False


def in_use_text(err: DiaryInUse) -> str:
    """Why a diary cannot be opened here: a window has it, or a command is changing it."""
    if err.holder is not None and err.holder.kind == "command":
        return translate(
            "Handover",
            "{name} is being changed by a Dosebook command (an import or a restore). "
            "Open it again when that has finished.",
        ).format(name=err.path.name)
    return translate("Handover", "{name} is open in another Dosebook window.").format(
        name=err.path.name
    )


def claim_or_hand_over(
    path: Path, parent: QWidget | None, quietly: bool = False
) -> tuple[DiaryClaim | None, bool]:
    """(the claim on `path`, False), or (None, True) when another window had the diary and
    came forward (`quietly`: was left alone), or (None, False) when the person was told why
    it cannot be opened."""
    try:
        return DiaryClaim.take(path), False
    except DiaryInUse as err:
        if err.by_window and (quietly or ask_window_to_come_forward(path)):
            return None, True
        QMessageBox.information(parent, translate("Handover", "Dosebook"), in_use_text(err))
    except (UserError, OSError) as err:
        QMessageBox.warning(parent, translate("Handover", "Diary not opened"), str(err))
    return None, False


def bring_forward(window: QWidget | None) -> None:
    """Another launch asked for this diary: bring the window (and any open dialog) up."""
    if window is None:
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.raise_()
        modal.activateWindow()


def same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        return Path(a).resolve() == Path(b).resolve()
    return False


__all__ = [
    "DiaryClaim",
    "DiaryInUse",
    "ask_window_to_come_forward",
    "bring_forward",
    "claim_or_hand_over",
    "same_file",
    "server_name",
]
