"""Turn warnings from the rules into banner views, folding more than three into one line."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.rules import WarningSign
from app.ui.banners import BannerAction, BannerView

translate = QCoreApplication.translate

FOLD_ABOVE = 3  # more warnings than this fold into one summary line
EVIDENCE_SHOWN = 2  # evidence lines written in a banner; the rest are behind "Show the data"


def banner_body(warning: WarningSign) -> str:
    """Rich text: what was seen, the first pieces of evidence, and the source."""
    items = "".join(f"<li>{html.escape(e)}</li>" for e in warning.evidence[:EVIDENCE_SHOWN])
    more = len(warning.evidence) - EVIDENCE_SHOWN
    if more > 0:
        items += (
            "<li>"
            + translate("WarningBanners", "and {n} more (Show the data)").format(n=more)
            + "</li>"
        )
    source = translate("WarningBanners", "Source: {source}").format(
        source=html.escape(warning.source)
    )
    return (
        f"{html.escape(warning.message)}"
        f"<ul style='margin-top:2px; margin-bottom:2px; margin-left:-20px'>{items}</ul>"
        f"<small>{source}</small>"
    )


def summary_title(warnings: Sequence[WarningSign]) -> str:
    """'5 warning signs: 1 urgent, 3 warnings, 1 note'."""
    counts = Counter(w.severity for w in warnings)
    parts = []
    for severity, one, many in (
        (
            "urgent",
            translate("WarningBanners", "{n} urgent"),
            translate("WarningBanners", "{n} urgent"),
        ),
        (
            "warning",
            translate("WarningBanners", "{n} warning"),
            translate("WarningBanners", "{n} warnings"),
        ),
        ("info", translate("WarningBanners", "{n} note"), translate("WarningBanners", "{n} notes")),
    ):
        n = counts.get(severity, 0)
        if n:
            parts.append((one if n == 1 else many).format(n=n))
    return translate("WarningBanners", "{n} warning signs: {parts}").format(
        n=len(warnings), parts=", ".join(parts)
    )


def _for(action: Callable[[WarningSign], None], warning: WarningSign) -> Callable[..., None]:
    # A button's clicked signal passes `checked`; the warning must not be swapped for it.
    return lambda *_: action(warning)


def warning_views(
    warnings: Sequence[WarningSign],
    expanded: bool,
    on_show: Callable[[WarningSign], None],
    on_snooze: Callable[[WarningSign], None],
    on_dismiss: Callable[[WarningSign], None],
    on_toggle: Callable[[], None],
) -> list[BannerView]:
    """One banner per warning (most severe first), or one summary line when there are many."""
    views: list[BannerView] = []
    if len(warnings) > FOLD_ABOVE:
        titles = ", ".join(html.escape(w.title) for w in warnings)
        views.append(
            BannerView(
                key="warnings-summary",
                severity=warnings[0].severity,
                title=summary_title(warnings),
                body=translate(
                    "WarningBanners", "Talk to your doctor about these. Seen: {titles}"
                ).format(titles=titles)
                if not expanded
                else translate("WarningBanners", "Talk to your doctor about these."),
                actions=(
                    BannerAction(
                        translate("WarningBanners", "Fold")
                        if expanded
                        else translate("WarningBanners", "Show all"),
                        lambda *_: on_toggle(),
                    ),
                ),
            )
        )
        if not expanded:
            return views
    for warning in warnings:
        views.append(
            BannerView(
                key=f"rule:{warning.rule}",
                severity=warning.severity,
                title=html.escape(warning.title),
                body=banner_body(warning),
                actions=(
                    BannerAction(
                        translate("WarningBanners", "Show the data"), _for(on_show, warning)
                    ),
                    BannerAction(
                        translate("WarningBanners", "Snooze 7 days"), _for(on_snooze, warning)
                    ),
                    BannerAction(translate("WarningBanners", "Dismiss"), _for(on_dismiss, warning)),
                ),
            )
        )
    return views
