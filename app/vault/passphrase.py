"""Rules for a new passphrase, and the plain words shown when a diary is created."""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.domain.i18n import translate

MIN_LENGTH = 8


def lost_passphrase_warning() -> str:
    """Said plainly when a diary is created: a forgotten passphrase cannot be recovered."""
    return translate(
        "Passphrase",
        "Your diary is encrypted with this passphrase. Nobody, including the makers of Dosebook, "
        "can open it without the passphrase: if you forget it, the diary and its backups are "
        "lost for good. Write it down and keep it somewhere safe.",
    )


def check_new_passphrase(passphrase: str, repeated: str) -> None:
    """Raise ValidationError with a plain message if the new passphrase cannot be used."""
    if passphrase != repeated:
        raise ValidationError(
            translate("Passphrase", "The two passphrases are not the same. Type them again.")
        )
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            translate(
                "Passphrase", "The passphrase is too short: use at least {n} characters."
            ).format(n=MIN_LENGTH)
        )
    if passphrase.strip() == "":
        raise ValidationError(translate("Passphrase", "The passphrase cannot be only spaces."))
