"""Problems opening or writing a diary, each with a message in plain words."""

from app.domain.errors import UserError
from app.domain.i18n import translate


class WrongPassphrase(UserError):
    def __init__(self) -> None:
        super().__init__(
            translate("Store", "Wrong passphrase for this diary. Nothing was changed; try again.")
        )


class NotADiary(UserError):
    def __init__(self, path: object, detail: str = "") -> None:
        if detail:
            msg = translate(
                "Store",
                "{path} is not a Dosebook diary, or it is damaged ({detail}). It was not "
                "changed. You can restore a backup instead.",
            )
        else:
            msg = translate(
                "Store",
                "{path} is not a Dosebook diary, or it is damaged. It was not changed. You can "
                "restore a backup instead.",
            )
        super().__init__(msg.format(path=path, detail=detail))


class DiaryNewerThanApp(UserError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            translate(
                "Store",
                "This diary was saved by a newer version of Dosebook (schema {revision}). "
                "Update Dosebook to open it; the file was not changed.",
            ).format(revision=revision)
        )


class DiaryMissing(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(translate("Store", "There is no diary at {path}.").format(path=path))


class DiaryExists(UserError):
    def __init__(self, path: object) -> None:
        super().__init__(
            translate(
                "Store", "{path} already exists; choose another name so nothing is overwritten."
            ).format(path=path)
        )


class WriteFailed(UserError):
    """A write that could not be completed; nothing of it was saved."""


class ReadFailed(UserError):
    """The file could not be read (moved away, or damaged); nothing was changed."""


class DiaryDamaged(ReadFailed):
    """A page of the file failed its check: the file is damaged, not the passphrase wrong."""

    def __init__(self, path: object, newest_backup: object | None = None) -> None:
        self.path = path
        if newest_backup:
            msg = translate(
                "Store",
                "{path} is damaged: part of it no longer reads back as it was written. The "
                "newest backup is {backup}; restore it (File → Restore from backup…, or dosebook "
                "restore). Nothing was changed.",
            )
        else:
            msg = translate(
                "Store",
                "{path} is damaged: part of it no longer reads back as it was written. Restore a "
                "backup if you have one (File → Restore from backup…). Nothing was changed.",
            )
        super().__init__(msg.format(path=path, backup=newest_backup))
