"""Remembering the key: only in a secure keyring; forget removes it."""

from __future__ import annotations

import os

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backends.chainer import ChainerBackend

from app.domain.keys import KeyMaterial
from app.vault import keychain, keyring_state
from tests.support.memory_keyring import MemoryKeyring


def material() -> KeyMaterial:
    return KeyMaterial(key=os.urandom(32), salt=os.urandom(16))


def test_remember_recall_forget_with_a_secure_backend(memory_keyring: MemoryKeyring) -> None:
    m = material()
    assert keychain.remember(m) is True
    assert memory_keyring.store[("Dosebook", m.diary_id)] == m.key.hex()
    assert keychain.recall(m.diary_id) == m
    keychain.forget(m.diary_id)
    assert keychain.recall(m.diary_id) is None
    keychain.forget(m.diary_id)  # forgetting twice is fine


class PlaintextFileKeyring(MemoryKeyring):
    """Stands for keyrings.alt's file backends, which keep secrets in readable files."""


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    "backend",
    [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextFileKeyring()],
    ids=["fail", "null", "keyrings.alt"],
)
def test_insecure_backends_are_refused(backend) -> None:
    keyring.set_keyring(backend)
    m = material()
    assert keychain.can_remember() is False
    assert keychain.remember(m) is False
    assert keychain.recall(m.diary_id) is None
    if isinstance(backend, PlaintextFileKeyring):
        assert backend.store == {}  # nothing was written to the plaintext store
    assert "No secure keyring" in keychain.why_not_secure()


def test_a_chain_only_uses_its_secure_member() -> None:
    secure, plain = MemoryKeyring(), PlaintextFileKeyring()
    plain.priority = 10  # even when the plaintext store ranks higher
    chain = type("TwoChain", (ChainerBackend,), {"backends": [plain, secure]})()
    keyring.set_keyring(chain)
    m = material()
    assert keychain.remember(m) is True
    assert plain.store == {}
    assert ("Dosebook", m.diary_id) in secure.store


def test_key_material_never_shows_its_key() -> None:
    m = material()
    assert m.key.hex() not in repr(m)
    assert m.key.hex() not in str(m)


class AnswersWithErrors(MemoryKeyring):
    """A backend failing the way D-Bus does: not a KeyringError, on every call."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.DBus.Error.NoReply")

    set_password = delete_password = get_password  # type: ignore[assignment]


class CannotSayItsPriority(MemoryKeyring):
    @property
    def priority(self) -> float:  # type: ignore[override]
        raise RuntimeError("no D-Bus session")


def test_a_keyring_raising_anything_counts_as_none_and_says_so_in_one_line() -> None:
    keyring.set_keyring(AnswersWithErrors())
    m = material()
    assert keychain.recall(m.diary_id) is None
    assert keyring_state.last_fault() == (
        "The system keyring did not answer (RuntimeError); type the passphrase instead."
    )
    assert keychain.remember(m) is False
    keychain.forget(m.diary_id)  # no exception either
    keyring.set_keyring(MemoryKeyring())
    assert keychain.recall(m.diary_id) is None and keyring_state.last_fault() is None


def test_a_backend_that_cannot_say_its_priority_is_not_used() -> None:
    keyring.set_keyring(CannotSayItsPriority())
    assert keychain.can_remember() is False
    assert keychain.remember(material()) is False


def test_opening_and_changing_a_diary_work_with_a_broken_keyring(tmp_path) -> None:  # noqa: ANN001
    from app.access import change_passphrase, create_diary, open_remembered, unlock_diary

    keyring.set_keyring(AnswersWithErrors())
    path = create_diary(tmp_path / "d.dosebook", "correct horse battery").path
    assert open_remembered(path) is None
    with unlock_diary(path, "correct horse battery") as diary:
        change_passphrase(diary, "another good passphrase")
    unlock_diary(path, "another good passphrase").close()
