"""The symptom diary's rules of the trade, in one place to import from.

Checks on an entry (diary_checks), sick episodes and their figures (sick_episodes), and trend
lines (diary_trends). See each module for the definitions it uses.
"""

from app.domain.checks.diary import (
    DEFAULT_SICKNESS_KIND,
    RATING_FIELDS,
    TEMPERATURE_MAX_C,
    TEMPERATURE_MIN_C,
    EntryProblem,
    can_save,
    fahrenheit_to_celsius,
    format_day,
    normalize_entry,
    normalize_tags,
    validate_entry,
)
from app.domain.diary_trends import (
    HIGHER_IS_WORSE,
    SERIES_FIELDS,
    Point,
    RecentChange,
    rolling_mean,
    series,
    sick_day_spans,
    worse_recently,
)
from app.domain.sick_episodes import (
    MAX_BRIDGED_DAYS,
    Comparison,
    Episode,
    EpisodeFigures,
    compare_before_since,
    episode_figures,
    last_90_days_figures,
    sick_episodes,
)

__all__ = [
    "DEFAULT_SICKNESS_KIND",
    "HIGHER_IS_WORSE",
    "MAX_BRIDGED_DAYS",
    "RATING_FIELDS",
    "SERIES_FIELDS",
    "TEMPERATURE_MAX_C",
    "TEMPERATURE_MIN_C",
    "Comparison",
    "EntryProblem",
    "Episode",
    "EpisodeFigures",
    "Point",
    "RecentChange",
    "can_save",
    "compare_before_since",
    "episode_figures",
    "fahrenheit_to_celsius",
    "format_day",
    "last_90_days_figures",
    "normalize_entry",
    "normalize_tags",
    "rolling_mean",
    "series",
    "sick_day_spans",
    "sick_episodes",
    "validate_entry",
    "worse_recently",
]
