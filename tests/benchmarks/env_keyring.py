"""A keyring backend for the start-up benchmark: hands out the key from an environment variable,
so the app opens the benchmark diary "from the keyring" without a desktop keyring daemon."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("DOSEBOOK_BENCH_KEY")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the benchmark keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("the benchmark keyring is read-only")
