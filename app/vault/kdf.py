"""Turn a passphrase into the diary's 32-byte key with scrypt (memory-hard, in the standard library)."""

from __future__ import annotations

import hashlib
import os

from app.domain.errors import ValidationError
from app.domain.i18n import translate
from app.domain.keys import KEY_BYTES, SALT_BYTES, KeyMaterial

# scrypt cost: n=2**16, r=8 uses 64 MiB and about 0.17 s here (issue 10: 0.1-0.5 s); high enough to
# slow guessing, low enough that unlocking feels instant. n=2**15 took 0.08 s here, too little.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
# Costs used before: a diary keyed at one of these still unlocks, and is then re-keyed at SCRYPT_N.
LEGACY_SCRYPT_N = (2**15,)
_MAXMEM = 128 * 1024 * 1024


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, n: int = SCRYPT_N) -> KeyMaterial:
    """Derive the key for `passphrase` with `salt` (scrypt; `n` only for older diaries)."""
    try:
        secret = passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            translate(
                "Passphrase",
                "The passphrase holds a character that is not text (a broken paste?); type it "
                "again.",
            )
        ) from None
    key = hashlib.scrypt(
        secret,
        salt=salt,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=_MAXMEM,
        dklen=KEY_BYTES,
    )
    return KeyMaterial(key=key, salt=salt)
