"""Remembering the key: only in a secure keyring; forget removes it."""

from __future__ import annotations

import os

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backends.chainer import ChainerBackend

from app.domain.keys import KeyMaterial
from app.vault import keychain
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
