"""Names labs print for the catalogue's tests besides its own (English and German reports):
the older transaminase names, German abbreviations, "gesamt" and "absolut" forms. A lab file or a
typed name is matched against these after the catalogue's name and abbreviation (domain/labs/entry.py).
Only unambiguous names: "Lymphozyten" alone may be a percentage, so only the absolute forms.
Synonyms as in LOINC's German linguistic variants and common German lab reports (GPT = ALAT = ALT,
GOT = ASAT = AST, AP = alkaline phosphatase, γ-GT = GGT)."""

from __future__ import annotations

PRINTED_NAMES: dict[str, tuple[str, ...]] = {
    "alt": ("GPT", "GPT (ALT)", "ALT (GPT)", "ALAT", "ALAT (GPT)", "SGPT"),
    "ast": ("GOT", "GOT (AST)", "AST (GOT)", "ASAT", "ASAT (GOT)", "SGOT"),
    "alp": ("AP", "Alkalische Phosphatase", "Alk. Phosphatase", "Alk Phos"),
    "ggt": ("Gamma-GT", "γ-GT", "y-GT", "Gamma GT", "GGTP"),
    "bili": (
        "Bilirubin gesamt",
        "Bilirubin ges.",
        "Bilirubin, ges.",
        "Gesamt-Bilirubin",
        "Gesamtbilirubin",
        "Total bilirubin",
        "Bilirubin total",
        "T-Bili",
    ),
    "lymph": ("Lymphozyten absolut", "Lymphozyten abs.", "Lymphocytes absolute", "Lymphs abs"),
    "neut": (
        "Neutrophile absolut",
        "Neutrophile abs.",
        "Neutrophile Granulozyten absolut",
        "Neutrophils absolute",
        "Neutrophils abs",
    ),
    "wbc": ("Leukozyten", "Leukocytes", "WBC count"),
    "rbc": ("Erythrozyten", "Erythrocytes", "RBC count"),
    "hgb": ("Hämoglobin", "Haemoglobin", "HGB"),
    "hct": ("Hämatokrit", "Haematocrit", "HCT"),
    "plt": ("Thrombozyten", "Platelet count", "Thrombocytes"),
    "hbvdna": ("HBV-DNA", "HBV DNA quantitativ", "HBV DNA quantitative"),
}


def _fold(text: str) -> str:
    return " ".join(text.replace(",", " ").split()).casefold()


_BY_NAME = {_fold(name): code for code, names in PRINTED_NAMES.items() for name in names}


def printed_code(typed: str) -> str | None:
    """The catalogue code of a name as labs print it ('GPT' -> 'alt'), or None."""
    return _BY_NAME.get(_fold(typed))
