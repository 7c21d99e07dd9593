"""Errors whose message is meant for the person using Dosebook."""

import unicodedata


def one_line(text: str) -> str:
    """`text` with control characters (a newline in a quoted value, say) shown as escapes, so a
    message is always one line."""
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch.isprintable() or unicodedata.category(ch) not in ("Cc", "Zl", "Zp")
        else ch.encode("unicode_escape").decode()
        for ch in text
    )


class UserError(Exception):
    """A problem the user can understand and act on; `str(err)` is one plain sentence."""


class ValidationError(UserError):
    """Input that cannot be saved as it stands.

    `field` names the record's field at fault when there is one, so a form can point at it and
    an import can say where in the file ("protocols[0].weekdays: ..."). The message is kept on
    one line whatever value it quotes.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(one_line(message))
        self.field = field
