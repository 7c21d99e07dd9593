"""The key that unlocks a diary: 32 bytes derived from the passphrase, and the file's 16-byte salt.

Plain data shared by the store (which keys the file) and the vault (which derives and remembers
it). Never printed, logged or written to a file.
"""

from __future__ import annotations

from dataclasses import dataclass

SALT_BYTES = 16
KEY_BYTES = 32


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
