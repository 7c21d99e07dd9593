"""Errors whose message is meant for the person using Dosebook."""


class UserError(Exception):
    """A problem the user can understand and act on; `str(err)` is one plain sentence."""


class ValidationError(UserError):
    """Input that cannot be saved as it stands."""
