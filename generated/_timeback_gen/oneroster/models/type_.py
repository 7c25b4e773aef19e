from typing import Literal

Type = Literal[
    "academicSession",
    "assessmentLineItem",
    "category",
    "class",
    "componentResource",
    "course",
    "courseComponent",
    "demographics",
    "enrollment",
    "gradingPeriod",
    "lineItem",
    "org",
    "resource",
    "result",
    "scoreScale",
    "student",
    "teacher",
    "term",
    "user",
]

TYPE_VALUES: set[Type] = {
    "academicSession",
    "assessmentLineItem",
    "category",
    "class",
    "componentResource",
    "course",
    "courseComponent",
    "demographics",
    "enrollment",
    "gradingPeriod",
    "lineItem",
    "org",
    "resource",
    "result",
    "scoreScale",
    "student",
    "teacher",
    "term",
    "user",
}


def check_type(value: str) -> Type:
    if value in TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TYPE_VALUES!r}")
