from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.app import App
    from ..models.credential import Credential


T = TypeVar("T", bound="UserProfile")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "profileId",
        "profileType",
        "vendorId",
        "applicationId",
        "app",
        "credentials",
        "description",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_App
    global _F_Credential
    global App
    global Credential
    from ..models.app import App
    from ..models.credential import Credential

    _TABLE = _rt.table(
        (
            _rt.Field("profileId", "profile_id", True, _rt.STR),
            _rt.Field("profileType", "profile_type", True, _rt.STR),
            _rt.Field("vendorId", "vendor_id", True, _rt.STR),
            _rt.Field("applicationId", "application_id", True, _rt.STR),
            _rt.Field("app", "app", True, _rt.Model(App)),
            _rt.Field(
                "credentials", "credentials", True, _rt.List(_rt.Model(Credential))
            ),
            _rt.Field(
                "description",
                "description",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_App = App._from_dict_fast
    _F_Credential = Credential._from_dict_fast
    _BOUND = True


@_attrs_define
class UserProfile:
    """
    Attributes:
        profile_id (str):
        profile_type (str):
        vendor_id (str):
        application_id (str):
        app (App):
        credentials (list[Credential]):
        description (None | str | Unset):
    """

    profile_id: str
    profile_type: str
    vendor_id: str
    application_id: str
    app: App
    credentials: list[Credential]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.profile_id is not UNSET:
            field_dict["profileId"] = self.profile_id
        if self.profile_type is not UNSET:
            field_dict["profileType"] = self.profile_type
        if self.vendor_id is not UNSET:
            field_dict["vendorId"] = self.vendor_id
        if self.application_id is not UNSET:
            field_dict["applicationId"] = self.application_id
        if self.app is not UNSET:
            field_dict["app"] = _rt.dump(self.app)
        if self.credentials is not UNSET:
            field_dict["credentials"] = _rt.dump(self.credentials)
        if self.description is not UNSET:
            field_dict["description"] = self.description
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
        profile_id = d["profileId"]
        if type(profile_id) is not str:
            raise TypeError

        profile_type = d["profileType"]
        if type(profile_type) is not str:
            raise TypeError

        vendor_id = d["vendorId"]
        if type(vendor_id) is not str:
            raise TypeError

        application_id = d["applicationId"]
        if type(application_id) is not str:
            raise TypeError

        app = _F_App(d["app"])

        _credentials = d["credentials"]
        if type(_credentials) is not list:
            raise TypeError
        credentials = (
            [_F_Credential(_item) for _item in _credentials]
            if _credentials
            else _credentials
        )

        description = d.get("description", UNSET)
        if (
            type(description) is not str
            and description is not None
            and description is not UNSET
        ):
            raise TypeError

        if cls is UserProfile:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.profile_id = profile_id
            _obj.profile_type = profile_type
            _obj.vendor_id = vendor_id
            _obj.application_id = application_id
            _obj.app = app
            _obj.credentials = credentials
            _obj.description = description
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                profile_id,
                profile_type,
                vendor_id,
                application_id,
                app,
                credentials,
                description,
            )
        if d.keys() <= _KNOWN_KEYS:
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
