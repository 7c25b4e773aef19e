from typing import Literal

Primary = Literal["false", "true"]

PRIMARY_VALUES: set[Primary] = {
    "false",
    "true",
}


def check_primary(value: str) -> Primary:
    if value in PRIMARY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIMARY_VALUES!r}")
