from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_status import AssignmentStatus, check_assignment_status
from ..models.nwea_status import NweaStatus, check_nwea_status
from ..types import NO_EXTRAS

T = TypeVar("T", bound="Assignment")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "assignedTestKey",
        "status",
        "nweaStatus",
    }
)


def _parse_status(data: object) -> AssignmentStatus | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_assignment_status(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_nwea_status(data: object) -> None | NweaStatus:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        nwea_status_type_0 = check_nwea_status(data)

        return nwea_status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Assignment:
    """
    Attributes:
        assigned_test_key (None | str):
        status (AssignmentStatus | None):
        nwea_status (None | NweaStatus):
    """

    assigned_test_key: None | str
    status: AssignmentStatus | None
    nwea_status: None | NweaStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_test_key: None | str
        assigned_test_key = self.assigned_test_key

        status: None | str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        nwea_status: None | str
        if isinstance(self.nwea_status, str):
            nwea_status = self.nwea_status
        else:
            nwea_status = self.nwea_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignedTestKey": assigned_test_key,
                "status": status,
                "nweaStatus": nwea_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        assigned_test_key = d["assignedTestKey"]

        status = _parse_status(d["status"])

        nwea_status = _parse_nwea_status(d["nweaStatus"])

        if cls is Assignment:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.assigned_test_key = assigned_test_key
            _obj.status = status
            _obj.nwea_status = nwea_status
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                assigned_test_key,
                status,
                nwea_status,
            )
        if len(d) != 3:  # else keep NO_EXTRAS
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
