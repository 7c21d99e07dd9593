"""Guard against a PySide6 6.12 refcount bug on Python 3.11 that aborts the whole program.

Seen here (PySide6 6.12.0, CPython 3.11.7): every `Signal.emit()` and `Signal.disconnect()` made
from Python drops one reference to `True` without taking it, and pyqtgraph's item overrides drop
references to `None` (about 245 per PlotItem created, 25 per item added and removed). pyqtgraph
emits on every mouse move, so after a few thousand of them CPython frees the object and stops
with "Fatal Python error: bool_dealloc" (or "none_dealloc"), in the middle of a session. From
Python 3.12 on these singletons are immortal and the bug is harmless; here we give them the same
protection.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40  # more emits than a diary will ever make
_protected = False


def protect_bool_refcounts() -> bool:
    """Make True, False and None effectively immortal on CPython < 3.12; True if applied."""
    global _protected
    if _protected or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _protected
    for value in (True, False, None):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(value)).value += _EXTRA_REFERENCES
    _protected = True
    return True
