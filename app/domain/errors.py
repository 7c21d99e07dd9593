"""Errors whose message is meant for the person using Dosebook."""


class UserError(Exception):
    """A problem the user can understand and act on; `str(err)` is one plain sentence."""


class ValidationError(UserError):
    """Input that cannot be saved as it stands.

    `field` names the record's field at fault when there is one, so a form can point at it and
    an import can say where in the file ("protocols[0].weekdays: ...").
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
