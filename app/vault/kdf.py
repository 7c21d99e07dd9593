"""Turn a passphrase into the diary's 32-byte key with scrypt (memory-hard, in the standard library)."""

from __future__ import annotations

import hashlib
import os

from app.domain.keys import KEY_BYTES, SALT_BYTES, KeyMaterial

# scrypt cost: n=2**15, r=8 uses 32 MiB and about 0.1-0.2 s here; high enough to slow guessing,
# low enough that unlocking feels instant.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 128 * 1024 * 1024


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
