"""Words about warning signs that several screens show: the emergency signs of an allergic
reaction, when to contact a doctor about an injection site, and what a CTCAE grade means.

Facts: shared/domain/sites.md (post-injection care sheets; CTCAE v5 injection site reaction),
NCI CTCAE v5.0 (anaphylaxis; the grade scale), and the Zadaxin label (contraindicated after a
hypersensitivity reaction to thymalfasin). Plain words; every screen that shows them cites them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def emergency_title() -> str:
    return translate("WarningGuidance", "Emergency: signs of an allergic reaction")


def emergency_text() -> str:
    """The emergency signs and what to do, in one short paragraph."""
    return translate(
        "WarningGuidance",
        "Hives (raised, itchy welts on the skin), swelling of the face or lips, or trouble "
        "breathing after an injection can be a serious allergic reaction. Call emergency services "
        "now (112 in Europe, 911 in North America). Do not wait for Dosebook or a warning.",
    )


def emergency_source() -> str:
    return translate(
        "WarningGuidance",
        "Sources: post-injection care sheets (hives or trouble breathing is an emergency); NCI "
        "CTCAE v5.0, anaphylaxis (hives, allergy-related swelling, trouble breathing); the "
        "Zadaxin label (not for anyone who has had an allergic reaction to thymalfasin).",
    )


def emergency_html() -> str:
    """The emergency box as rich text: title, text and source."""
    return (
        f"<b>{html.escape(emergency_title())}</b><br>{html.escape(emergency_text())}"
        f"<br><small>{html.escape(emergency_source())}</small>"
    )


def site_doctor_text() -> str:
    """When an injection site needs a doctor (not an emergency)."""
    return translate(
        "WarningGuidance",
        "Most reactions at an injection site settle in a day or two. Contact your doctor about "
        "an open sore or dark, dead-looking skin; a fever of 38\u00a0°C or more; pain that is "
        "severe or getting worse; blisters; redness or warmth that stays or spreads; swelling "
        "that spreads; or drainage that is discoloured or smells.",
    )


def site_doctor_source() -> str:
    return translate(
        "WarningGuidance",
        "Sources: post-injection care sheets; NCI CTCAE v5.0, injection site reaction (grade 3: "
        "an open sore or dead skin).",
    )


def ctcae_scale_text() -> str:
    """What 'grade 2 of 5 on the CTCAE scale' means, for the evidence dialog and the help page."""
    return translate(
        "WarningGuidance",
        "About the grades: the CTCAE (Common Terminology Criteria for Adverse Events, version "
        "5.0, from the US National Cancer Institute) is the scale doctors use in trials to say "
        "how far a side effect or a lab result has gone. It runs from 1 to 5: 1 mild, 2 moderate, "
        "3 severe, 4 life-threatening, and 5 death, which is never given to a lab value. Dosebook "
        "counts a lab grade only from how far your number is from the range printed on your "
        "report (or from your result before the course, when that was already outside its "
        "range). It describes the number, not how you are: only your doctor can say what it "
        "means for you. Some tests have no CTCAE grade; a result outside its range is then "
        "shown as a note.",
    )
