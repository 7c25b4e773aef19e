from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.academic_session import AcademicSession


T = TypeVar("T", bound="GetAllAcademicSessionsResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "academicSessions",
        "totalCount",
        "pageCount",
        "pageNumber",
        "offset",
        "limit",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_AcademicSession
    global AcademicSession
    from ..models.academic_session import AcademicSession

    _TABLE = _rt.table(
        (
            _rt.Field(
                "academicSessions",
                "academic_sessions",
                True,
                _rt.List(_rt.Model(AcademicSession)),
            ),
            _rt.Field("totalCount", "total_count", True, _rt.FLOAT),
            _rt.Field("pageCount", "page_count", True, _rt.FLOAT),
            _rt.Field("pageNumber", "page_number", True, _rt.FLOAT),
            _rt.Field("offset", "offset", True, _rt.FLOAT),
            _rt.Field("limit", "limit", True, _rt.FLOAT),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_AcademicSession = AcademicSession._from_dict_fast
    _BOUND = True


@_attrs_define
class GetAllAcademicSessionsResponse200:
    """
    Attributes:
        academic_sessions (list[AcademicSession]):
        total_count (float):
        page_count (float):
        page_number (float):
        offset (float):
        limit (float):
    """

    academic_sessions: list[AcademicSession]
    total_count: float
    page_count: float
    page_number: float
    offset: float
    limit: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.academic_sessions is not UNSET:
            field_dict["academicSessions"] = _rt.dump(self.academic_sessions)
        if self.total_count is not UNSET:
            field_dict["totalCount"] = self.total_count
        if self.page_count is not UNSET:
            field_dict["pageCount"] = self.page_count
        if self.page_number is not UNSET:
            field_dict["pageNumber"] = self.page_number
        if self.offset is not UNSET:
            field_dict["offset"] = self.offset
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object as the platform sent it: what fits the document is converted, what
        does not is kept as it came (see `_timeback_gen._runtime`); never raises for an object."""
        return _rt.read(cls, src_dict)  # type: ignore[no-any-return]

    @classmethod
    def _tb_table(cls) -> _rt.Table:
        if not _BOUND:
            _bind()
        return _TABLE

    @classmethod
    def _from_dict_fast(cls, src_dict: Mapping[str, Any]) -> Self:
        """The document's shape exactly; raises on the first deviation (`_runtime.read` then
        falls back to the tolerant reader)."""
        if not _BOUND:
            _bind()
        d = src_dict if type(src_dict) is dict else _rt.as_dict(src_dict)
        _academic_sessions = d["academicSessions"]
        if type(_academic_sessions) is not list:
            raise TypeError
        academic_sessions = (
            [_F_AcademicSession(_item) for _item in _academic_sessions]
            if _academic_sessions
            else _academic_sessions
        )

        total_count = d["totalCount"]
        if type(total_count) is not float and type(total_count) is not int:
            raise TypeError

        page_count = d["pageCount"]
        if type(page_count) is not float and type(page_count) is not int:
            raise TypeError

        page_number = d["pageNumber"]
        if type(page_number) is not float and type(page_number) is not int:
            raise TypeError

        offset = d["offset"]
        if type(offset) is not float and type(offset) is not int:
            raise TypeError

        limit = d["limit"]
        if type(limit) is not float and type(limit) is not int:
            raise TypeError

        if cls is GetAllAcademicSessionsResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.academic_sessions = academic_sessions
            _obj.total_count = total_count
            _obj.page_count = page_count
            _obj.page_number = page_number
            _obj.offset = offset
            _obj.limit = limit
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                academic_sessions,
                total_count,
                page_count,
                page_number,
                offset,
                limit,
            )
        if len(d) == 6:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    def _tb_page(
        self,
    ) -> tuple[GetAllAcademicSessionsResponse200, list[AcademicSession]]:
        """This page and its records (`academicSessions`): what `tb.paginate(...)` hands out; the
        annotation tells a type checker the page and record models of a walk."""
        return self, self.academic_sessions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_EXTRAS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
