from __future__ import annotations

from typing import Literal

AllProfiles = (
    Literal[
        "AnnotationProfile",
        "AssessmentProfile",
        "AssignableProfile",
        "FeedbackProfile",
        "ForumProfile",
        "GeneralProfile",
        "GradingProfile",
        "MediaProfile",
        "ReadingProfile",
        "ResourceManagementProfile",
        "SearchProfile",
        "SessionProfile",
        "SurveyProfile",
        "TimebackProfile",
        "ToolLaunchProfile",
        "ToolUseProfile",
    ]
    | str
)

ALL_PROFILES_VALUES: set[AllProfiles] = {
    "AnnotationProfile",
    "AssessmentProfile",
    "AssignableProfile",
    "FeedbackProfile",
    "ForumProfile",
    "GeneralProfile",
    "GradingProfile",
    "MediaProfile",
    "ReadingProfile",
    "ResourceManagementProfile",
    "SearchProfile",
    "SessionProfile",
    "SurveyProfile",
    "TimebackProfile",
    "ToolLaunchProfile",
    "ToolUseProfile",
}


def check_all_profiles(value: str) -> AllProfiles:
    """`value` if the document lists it; TypeError otherwise (the tolerant reader keeps it)."""
    if value in ALL_PROFILES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ALL_PROFILES_VALUES!r}"
    )
