"""Change some fields of a record whose PUT replaces the whole thing.

OneRoster `PUT` replaces the record: sending only the changed fields would erase the rest.
`safe_update` reads the record, deep-merges the changes into it and puts the whole record back.

>>> safe_update(tb.oneroster.rostering.get_user, tb.oneroster.rostering.update_user,
...             "user-1", {"email": "new@example.com", "metadata": {"xp": 10}})
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from _timeback_gen import _runtime as rt

__all__ = ["DELETE", "asafe_update", "deep_merge", "safe_update", "to_plain"]


class _Delete:
    def __repr__(self) -> str:
        return "DELETE"


DELETE: Any = _Delete()
"""Use as a value in `changes` to remove that key from the record."""

_READ_ONLY = ("dateLastModified",)


def to_plain(value: Any) -> Any:
    """`value` as plain JSON data, a new copy: generated models by their `to_dict()`, pydantic
    models (the Caliper events) by `model_dump(mode="json", by_alias=True, exclude_none=True)`,
    mappings and lists item by item (models inside them too), dates and UUIDs as text
    (`_runtime.dump`); anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if isinstance(value, Mapping):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(item) for item in value]
    return rt.dump(value)


def deep_merge(base: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with `changes` applied: nested mappings merge, anything else (lists too) replaces,
    `DELETE` removes the key. Neither input is modified."""
    merged = copy.deepcopy(dict(base))
    for key, value in changes.items():
        if value is DELETE:
            merged.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _unwrap(record: Any, wrapper: str | None) -> tuple[str | None, dict[str, Any]]:
    data = to_plain(record)
    if not isinstance(data, Mapping):
        raise TypeError(f"get returned {type(record).__name__}, not a record")
    if wrapper is None and len(data) == 1:
        ((key, inner),) = data.items()
        if isinstance(inner, Mapping):
            return key, dict(inner)
    if wrapper is not None:
        return wrapper, dict(data[wrapper])
    return None, dict(data)


def _merged_body(record: Any, changes: Mapping[str, Any], wrapper: str | None) -> dict[str, Any]:
    key, current = _unwrap(record, wrapper)
    merged = deep_merge(current, changes)
    for name in _READ_ONLY:
        merged.pop(name, None)
    return {key: merged} if key else merged


def safe_update(
    get: Callable[[str], Any],
    put: Callable[..., Any],
    sourced_id: str,
    changes: Mapping[str, Any],
    *,
    wrapper: str | None = None,
) -> Any:
    """GET the record, deep-merge `changes` into it, PUT the whole record; return PUT's answer.

    `get(sourced_id)` may answer `{"user": {...}}` (the wrapper key is found by itself, or
    give `wrapper=`) or the bare record; `put(sourced_id, body=...)` gets the same shape back.
    """
    return put(sourced_id, body=_merged_body(get(sourced_id), changes, wrapper))


async def asafe_update(
    get: Callable[[str], Awaitable[Any]],
    put: Callable[..., Awaitable[Any]],
    sourced_id: str,
    changes: Mapping[str, Any],
    *,
    wrapper: str | None = None,
) -> Any:
    """`safe_update` for `AsyncTimeback` methods."""
    record = await get(sourced_id)
    return await put(sourced_id, body=_merged_body(record, changes, wrapper))
