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
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.entity import Entity
    from ..models.event import Event


T = TypeVar("T", bound="Envelope")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "sensor",
        "sendTime",
        "dataVersion",
        "data",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global Entity
    global Event
    global _D_data_version
    global _D_data
    from ..models.entity import Entity
    from ..models.event import Event

    _TABLE = _rt.table(
        (
            _rt.Field("sensor", "sensor", True, _rt.STR),
            _rt.Field("sendTime", "send_time", True, _rt.DATETIME),
            _rt.Field(
                "dataVersion",
                "data_version",
                True,
                _rt.Const("http://purl.imsglobal.org/ctx/caliper/v1p2"),
            ),
            _rt.Field(
                "data",
                "data",
                True,
                _rt.List(
                    _rt.Union(
                        (
                            _rt.Model(Event),
                            _rt.Model(Entity),
                        )
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_data_version = _TABLE.fields[2].desc
    _D_data = _TABLE.fields[3].desc
    _BOUND = True


@_attrs_define
class Envelope:
    """# Envelope

    Represents a package containing events and entity data for ingestion

        Attributes:
            sensor (str): The sensor.id that uniquely identifies the Caliper Sensor. Should be in the form of an IRI
                Example: https://example.edu/sensors/1.
            send_time (datetime.datetime): The time the data was sent, formatted as an ISO 8601 date and time in UTC
                Example: 2023-08-15T14:12:00.000Z.
            data_version (Literal['http://purl.imsglobal.org/ctx/caliper/v1p2']): The data format version. Indicates which
                version of the Caliper specification governs the form of the entities and events
            data (list[Entity | Event]): The data payload, consisting of an array where items are Caliper Events or Entities
                Example: [{'id': 'urn:uuid:c51570e4-f8ed-4c18-bb3a-dfe51b2cc594', 'type': 'Event', 'actor':
                'https://example.edu/users/554433', 'action': 'Created', 'object':
                'https://example.edu/terms/201801/courses/7/sections/1/assignments/1', 'eventTime':
                '2023-08-15T14:12:00.000Z'}].
    """

    sensor: str
    send_time: datetime.datetime
    data_version: Literal["http://purl.imsglobal.org/ctx/caliper/v1p2"]
    data: list[Entity | Event]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sensor is not UNSET:
            field_dict["sensor"] = self.sensor
        if self.send_time is not UNSET:
            field_dict["sendTime"] = _rt.dump(self.send_time)
        if self.data_version is not UNSET:
            field_dict["dataVersion"] = _rt.dump(self.data_version)
        if self.data is not UNSET:
            field_dict["data"] = _rt.dump(self.data)
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
        sensor = d["sensor"]
        if type(sensor) is not str:
            raise TypeError

        send_time = _parse_datetime(d["sendTime"])

        data_version = _D_data_version.strict(d["dataVersion"])

        _data = d["data"]
        if type(_data) is not list:
            raise TypeError
        data = _D_data.strict(_data)

        if cls is Envelope:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sensor = sensor
            _obj.send_time = send_time
            _obj.data_version = data_version
            _obj.data = data
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sensor,
                send_time,
                data_version,
                data,
            )
        if len(d) == 4:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

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
