"""Remember a diary's key in the operating system's keyring, but only in a secure one.

The `fail` and `null` backends and anything from keyrings.alt (plaintext or weakly protected
files) are refused; then the passphrase is asked at every launch instead. A keyring that fails
in any way (any exception from any call) counts as no keyring: the passphrase is asked, and
`keyring_state.last_fault()` says in one line that the keyring did not answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.domain.keys import KEY_BYTES, SALT_BYTES, KeyMaterial
from app.vault import keyring_state

SERVICE = "Dosebook"

_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

T = TypeVar("T")
_FAILED = object()


def _ask(call: Callable[[], T]) -> T | object:
    """Run one keyring call; any exception is noted as a fault and gives `_FAILED`."""
    try:
        answer = call()
    except keyring.errors.PasswordDeleteError:  # nothing to delete: an answer
        keyring_state.note_answer()
        return None
    except Exception as err:  # noqa: BLE001 - D-Bus, a locked collection, a broken backend
        keyring_state.note_fault(type(err).__name__)
        return _FAILED
    keyring_state.note_answer()
    return answer


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)  # ChainerBackend
    if inner is None:
        return [backend]
    out: list[KeyringBackend] = []
    for b in inner:
        out.extend(_leaf_backends(b))
    return out


def _is_secure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that cannot tell its priority is not usable here
        return False
    return priority > 0


def _secure_members() -> list[KeyringBackend]:
    secure = [b for b in _leaf_backends(keyring.get_keyring()) if _is_secure(b)]
    return sorted(secure, key=lambda b: float(b.priority), reverse=True)


def secure_backend() -> KeyringBackend | None:
    """The secure keyring backend to use (the highest-priority one), or None when there is none
    (or the keyring fails even to say which it is).

    With a chain of backends, only its secure members count: the key is written to that member
    directly, so it can never fall through to a plaintext store further down the chain.
    """
    members = _ask(_secure_members)
    if members is _FAILED or not members:
        return None
    return members[0]  # type: ignore[index]


def why_not_secure() -> str:
    """One line naming the keyring backend found and why it is not used."""
    try:
        backend = keyring.get_keyring()
    except Exception as err:  # noqa: BLE001 - any failure means: ask for the passphrase
        return keyring_state.fault_text(type(err).__name__)
    names = ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in _leaf_backends(backend))
    return (
        f"No secure keyring is available on this computer (found: {names}); "
        "Dosebook will ask for the passphrase each time."
    )


def can_remember() -> bool:
    return secure_backend() is not None


def remember(material: KeyMaterial) -> bool:
    """Store the key for this diary. Returns False (storing nothing) without a secure keyring."""
    backend = secure_backend()
    if backend is None:
        return False
    answer = _ask(lambda: backend.set_password(SERVICE, material.diary_id, material.key.hex()))
    return answer is not _FAILED


def recall(diary_id: str) -> KeyMaterial | None:
    """The remembered key for the diary with this id, if any."""
    backend = secure_backend()
    if backend is None:
        return None
    stored = _ask(lambda: backend.get_password(SERVICE, diary_id))
    if stored is _FAILED or not isinstance(stored, str) or not stored:
        return None
    try:
        key = bytes.fromhex(stored)
        salt = bytes.fromhex(diary_id)
    except ValueError:
        return None
    if len(key) != KEY_BYTES or len(salt) != SALT_BYTES:
        return None
    return KeyMaterial(key=key, salt=salt)


def forget(diary_id: str) -> None:
    """Remove the remembered key for this diary; nothing happens if none was stored."""
    backend = secure_backend()
    if backend is None:
        return
    _ask(lambda: backend.delete_password(SERVICE, diary_id))
