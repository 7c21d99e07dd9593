"""GUI tests run offscreen; the platform must be chosen before Qt is imported."""

import ctypes
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12.0 on CPython 3.11 drops one reference to None on every call of a Qt method that
# returns void (10,000 calls of QPointF.setX lower sys.getrefcount(None) by 10,000). After a few
# thousand painter calls None's count reaches zero and Python aborts with "none_dealloc", often at
# exit after every test passed. CPython 3.12+ makes None immortal, so only 3.11 needs this: give
# None a reserve of references so the test run survives. The app needs its own answer (see report).
if sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
