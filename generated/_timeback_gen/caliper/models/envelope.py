from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

if TYPE_CHECKING:
    from ..models.entity import Entity
    from ..models.event import Event


T = TypeVar("T", bound="Envelope")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sensor",
        "sendTime",
        "dataVersion",
        "data",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Entity
    global Event
    from ..models.entity import Entity
    from ..models.event import Event

    _LAZY_BOUND = True


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
        from ..models.event import Event

        sensor = self.sensor

        send_time = self.send_time.isoformat()

        data_version = self.data_version

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, Event):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sensor": sensor,
                "sendTime": send_time,
                "dataVersion": data_version,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sensor = d["sensor"]

        send_time = datetime.datetime.fromisoformat(d["sendTime"])

        data_version = cast(
            Literal["http://purl.imsglobal.org/ctx/caliper/v1p2"], d["dataVersion"]
        )
        if data_version != "http://purl.imsglobal.org/ctx/caliper/v1p2":
            raise ValueError(
                f"dataVersion must match const 'http://purl.imsglobal.org/ctx/caliper/v1p2', got '{data_version}'"
            )

        data = []
        _data = d["data"]
        for data_item_data in _data:

            def _parse_data_item(data: object) -> Entity | Event:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = Event.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_1 = Entity.from_dict(data)

                return data_item_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        if cls is Envelope:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sensor = sensor
            _obj.send_time = send_time
            _obj.data_version = data_version
            _obj.data = data
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sensor,
                send_time,
                data_version,
                data,
            )
        if len(d) != 4:  # else keep NO_EXTRAS
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
