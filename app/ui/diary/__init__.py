"""The Diary tab: a daily entry in seconds, the history, trends and sick episodes."""

from app.ui.diary.tab import DiaryTab, diary_tab

__all__ = ["DiaryTab", "diary_tab"]
