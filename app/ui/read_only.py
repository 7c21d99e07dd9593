"""What the window says about a diary it can only read (its file or folder cannot be written)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.banners import BannerView

translate = QCoreApplication.translate


def read_only_title(name: str) -> str:
    return translate("ReadOnly", "Dosebook — {name} (read-only)").format(name=name)


def read_only_banner() -> BannerView:
    return BannerView(
        key="read-only",
        severity="info",
        title=translate("ReadOnly", "This diary is read-only: you can look, but not change it."),
        body=translate(
            "ReadOnly",
            "Its file or its folder cannot be written. To change it, make it writable, or copy "
            "it to a folder you can write to, and open it again.",
        ),
    )
