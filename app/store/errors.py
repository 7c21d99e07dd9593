"""Problems opening or writing a diary, each with a message in plain words."""

from app.domain.errors import UserError


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__("Wrong passphrase for this diary. Nothing was changed; try again.")


class NotADiary(UserError):
    def __init__(self, path: object, detail: str = "") -> None:
        msg = f"{path} is not a Dosebook diary, or it is damaged."
        if detail:
            msg += f" ({detail})"
        super().__init__(msg + " It was not changed. You can restore a backup instead.")


class DiaryNewerThanApp(UserError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            "This diary was saved by a newer version of Dosebook "
            f"(schema {revision}). Update Dosebook to open it; the file was not changed."
        )


class DiaryMissing(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(f"There is no diary at {path}.")


class DiaryExists(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(f"{path} already exists; choose another name so nothing is overwritten.")


class WriteFailed(UserError):
    """A write that could not be completed; nothing of it was saved."""


class ReadFailed(UserError):
    """The file could not be read (moved away, or damaged); nothing was changed."""


class DiaryDamaged(ReadFailed):
    """A page of the file failed its check: the file is damaged, not the passphrase wrong."""

    def __init__(self, path: object, newest_backup: object | None = None) -> None:
        self.path = path
        msg = f"{path} is damaged: part of it no longer reads back as it was written."
        if newest_backup:
            msg += (
                f" The newest backup is {newest_backup}; restore it (File → Restore from backup…,"
                " or dosebook restore)."
            )
        else:
            msg += " Restore a backup if you have one (File → Restore from backup…)."
        super().__init__(msg + " Nothing was changed.")
