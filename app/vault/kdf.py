"""Turn a passphrase into the diary's 32-byte key with scrypt (memory-hard, in the standard library)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

SALT_BYTES = 16
KEY_BYTES = 32
# scrypt cost: n=2**15, r=8 uses 32 MiB and about 0.1-0.2 s here; high enough to slow guessing,
# low enough that unlocking feels instant.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 128 * 1024 * 1024


@dataclass(frozen=True, repr=False)
class KeyMaterial:
    """The derived key and the salt it was derived with. Never printed, logged or stored in a file."""

    key: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("key must be 32 bytes and salt 16 bytes")

    def __repr__(self) -> str:  # keep keys out of tracebacks and logs
        return "KeyMaterial(<hidden>)"

    @property
    def diary_id(self) -> str:
        """The diary's id: its salt, which SQLCipher keeps unencrypted at the start of the file."""
        return self.salt.hex()

    def pragma_value(self) -> str:
        """The value for `PRAGMA key`: raw key plus explicit salt, so the file keeps this salt."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes) -> KeyMaterial:
    """Derive the key for `passphrase` with `salt` (scrypt)."""
    key = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=_MAXMEM,
        dklen=KEY_BYTES,
    )
    return KeyMaterial(key=key, salt=salt)
