"""The body map on the Injections tab: front and back views with clickable injection zones."""

from app.ui.bodymap.usage import ZoneUsageView
from app.ui.bodymap.widget import BodyMapWidget

__all__ = ["BodyMapWidget", "ZoneUsageView"]
