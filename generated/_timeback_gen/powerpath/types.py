"""Contains some shared types for properties"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Copies and pickles give back the module's UNSET itself: models test `is UNSET`.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


class NoExtras(dict[str, Any]):
    """The `additional_properties` of a model parsed from a body with no unknown keys.

    One shared, empty, read-only dict instead of a new `{}` per parsed model (a page of 3,000
    users made about 21,000 of them, which the cyclic collector had to count and scan).
    `model[key] = value` gives the model its own dict first; adding to this one directly raises
    a TypeError that says so. Copies, deep copies and pickles are plain dicts.
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(
            "this model was parsed without additional properties and shares one empty, read-only "
            "dict: set them with model[key] = value, or assign model.additional_properties = {...}"
        )

    __setitem__ = _refuse
    setdefault = _refuse
    __ior__ = _refuse

    def update(self, *args: Any, **kwargs: Any) -> None:
        if dict(*args, **kwargs):
            self._refuse()

    def copy(self) -> dict[str, Any]:
        return {}

    def __copy__(self) -> dict[str, Any]:
        return {}

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {}

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[()]]:
        return (dict, ())


NO_EXTRAS = NoExtras()


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "NO_EXTRAS",
    "UNSET",
    "File",
    "FileTypes",
    "NoExtras",
    "RequestFiles",
    "Response",
    "Unset",
]
