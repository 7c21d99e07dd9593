"""Whether the system keyring answered the last time it was asked.

A keyring can fail in any way (a D-Bus error, a locked collection, a broken backend): Dosebook
then asks for the passphrase, and says in one line that the keyring did not answer. The last
answer is kept here (standard library only), so that the start-up's forked lookup
(`app.vault.prefetch`) and the command line can both report it; each keyring call that answers
clears it.
"""

from __future__ import annotations

_kind: str | None = None  # the kind of error the keyring raised last, if it did


def fault_text(kind: str) -> str:
    return f"The system keyring did not answer ({kind}); type the passphrase instead."


def note_fault(kind: str) -> None:
    global _kind
    _kind = kind or "error"


def note_answer() -> None:
    global _kind
    _kind = None


def fault_kind() -> str | None:
    return _kind


def last_fault() -> str | None:
    """One line for the person, or None when the keyring answered (or was never asked)."""
    return None if _kind is None else fault_text(_kind)
