"""A keyring backend that never answers in time, like one waiting on an unlock prompt."""

from __future__ import annotations

import time

from keyring.backend import KeyringBackend


class SlowKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(60)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("read-only")
