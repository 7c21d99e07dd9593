"""The Labs tab: panel entry from paper reports, flags, charts against printed bands, due dates."""

from app.ui.labs.tab import LabsTab

__all__ = ["LabsTab"]
