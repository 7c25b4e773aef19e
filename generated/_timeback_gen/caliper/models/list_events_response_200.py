from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.events_pagination import EventsPagination


T = TypeVar("T", bound="ListEventsResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "status",
        "message",
        "events",
        "pagination",
        "errors",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Event
    global _F_EventsPagination
    global Event
    global EventsPagination
    global _D_status
    from ..models.event import Event
    from ..models.events_pagination import EventsPagination

    _TABLE = _rt.table(
        (
            _rt.Field("status", "status", True, _rt.Const("success")),
            _rt.Field("message", "message", True, _rt.STR),
            _rt.Field("events", "events", True, _rt.List(_rt.Model(Event))),
            _rt.Field("pagination", "pagination", True, _rt.Model(EventsPagination)),
            _rt.Field("errors", "errors", False, _rt.ANY),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Event = Event._from_dict_fast
    _F_EventsPagination = EventsPagination._from_dict_fast
    _D_status = _TABLE.fields[0].desc
    _BOUND = True


@_attrs_define
class ListEventsResponse200:
    """
    Attributes:
        status (Literal['success']):
        message (str):
        events (list[Event]): The events of this page, in the order the platform keeps them
        pagination (EventsPagination): Where this page lies in the whole list
        errors (Any | Unset):
    """

    status: Literal["success"]
    message: str
    events: list[Event]
    pagination: EventsPagination
    errors: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.status is not UNSET:
            field_dict["status"] = _rt.dump(self.status)
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.events is not UNSET:
            field_dict["events"] = _rt.dump(self.events)
        if self.pagination is not UNSET:
            field_dict["pagination"] = _rt.dump(self.pagination)
        if self.errors is not UNSET:
            field_dict["errors"] = self.errors
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
        status = _D_status.strict(d["status"])

        message = d["message"]
        if type(message) is not str:
            raise TypeError

        _events = d["events"]
        if type(_events) is not list:
            raise TypeError
        events = [_F_Event(_item) for _item in _events] if _events else _events

        pagination = _F_EventsPagination(d["pagination"])

        errors = d.get("errors", UNSET)

        if cls is ListEventsResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.status = status
            _obj.message = message
            _obj.events = events
            _obj.pagination = pagination
            _obj.errors = errors
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                status,
                message,
                events,
                pagination,
                errors,
            )
        if d.keys() <= _KNOWN_KEYS:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    def _tb_page(self) -> tuple[ListEventsResponse200, list[Event]]:
        """This page and its records (`events`): what `tb.paginate(...)` hands out; the
        annotation tells a type checker the page and record models of a walk."""
        return self, self.events

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
