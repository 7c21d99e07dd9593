"""Remember a diary's key in the operating system's keyring, but only in a secure one.

The `fail` and `null` backends and anything from keyrings.alt (plaintext or weakly protected
files) are refused; then the passphrase is asked at every launch instead.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.domain.keys import KEY_BYTES, SALT_BYTES, KeyMaterial

SERVICE = "Dosebook"

_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


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


def secure_backend() -> KeyringBackend | None:
    """The secure keyring backend to use (the highest-priority one), or None when there is none.

    With a chain of backends, only its secure members count: the key is written to that member
    directly, so it can never fall through to a plaintext store further down the chain.
    """
    secure = [b for b in _leaf_backends(keyring.get_keyring()) if _is_secure(b)]
    if not secure:
        return None
    return max(secure, key=lambda b: float(b.priority))


def why_not_secure() -> str:
    """One line naming the keyring backend found and why it is not used."""
    backend = keyring.get_keyring()
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
    try:
        backend.set_password(SERVICE, material.diary_id, material.key.hex())
    except keyring.errors.KeyringError:
        return False
    return True


def recall(diary_id: str) -> KeyMaterial | None:
    """The remembered key for the diary with this id, if any."""
    backend = secure_backend()
    if backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, diary_id)
    except keyring.errors.KeyringError:
        return None
    if not stored:
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
    try:
        backend.delete_password(SERVICE, diary_id)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError:
        pass
