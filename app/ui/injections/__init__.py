"""The Injections tab: next dose, month calendar, the chosen day, body map, courses and vials."""

from app.ui.injections.tab import InjectionsTab

__all__ = ["InjectionsTab"]
