from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.enabled_user import EnabledUser, check_enabled_user
from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.user_id import UserId
    from ..models.user_role_input import UserRoleInput


T = TypeVar("T", bound="CreateUserBodyUser")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "enabledUser",
        "givenName",
        "familyName",
        "roles",
        "email",
        "sourcedId",
        "metadata",
        "status",
        "userMasterIdentifier",
        "username",
        "userIds",
        "middleName",
        "primaryOrg",
        "preferredFirstName",
        "preferredMiddleName",
        "preferredLastName",
        "pronouns",
        "grades",
        "password",
        "sms",
        "phone",
        "agents",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_UserRoleInput
    global _F_UserId
    global _F_SourcedIdRef
    global Metadata
    global SourcedIdRef
    global UserId
    global UserRoleInput
    global _D_enabled_user
    global _D_metadata
    from ..models.metadata import Metadata
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.user_id import UserId
    from ..models.user_role_input import UserRoleInput

    _TABLE = _rt.table(
        (
            _rt.Field(
                "enabledUser",
                "enabled_user",
                True,
                _rt.Union(
                    (
                        _rt.BOOL,
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                    )
                ),
            ),
            _rt.Field("givenName", "given_name", True, _rt.STR),
            _rt.Field("familyName", "family_name", True, _rt.STR),
            _rt.Field("roles", "roles", True, _rt.List(_rt.Model(UserRoleInput))),
            _rt.Field("email", "email", True, _rt.STR),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(Metadata),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "status",
                "status",
                False,
                _rt.Enum(check_line_item_status, "LineItemStatus"),
            ),
            _rt.Field(
                "userMasterIdentifier",
                "user_master_identifier",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "username",
                "username",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("userIds", "user_ids", False, _rt.List(_rt.Model(UserId))),
            _rt.Field(
                "middleName",
                "middle_name",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("primaryOrg", "primary_org", False, _rt.Model(SourcedIdRef)),
            _rt.Field(
                "preferredFirstName",
                "preferred_first_name",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "preferredMiddleName",
                "preferred_middle_name",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "preferredLastName",
                "preferred_last_name",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "pronouns",
                "pronouns",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "grades",
                "grades",
                False,
                _rt.List(_rt.Enum(check_grade_enum, "GradeEnum")),
            ),
            _rt.Field(
                "password",
                "password",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "sms",
                "sms",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "phone",
                "phone",
                False,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("agents", "agents", False, _rt.List(_rt.Model(SourcedIdRef))),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_UserRoleInput = UserRoleInput._from_dict_fast
    _F_UserId = UserId._from_dict_fast
    _F_SourcedIdRef = SourcedIdRef._from_dict_fast
    _D_enabled_user = _TABLE.fields[0].desc
    _D_metadata = _TABLE.fields[6].desc
    _BOUND = True


@_attrs_define
class CreateUserBodyUser:
    """
    Attributes:
        enabled_user (bool | EnabledUser):
        given_name (str):
        family_name (str):
        roles (list[UserRoleInput]):
        email (str): Must be unique across all users.
        sourced_id (str | Unset):
        metadata (Metadata | None | Unset):
        status (LineItemStatus | Unset):
        user_master_identifier (None | str | Unset):
        username (None | str | Unset):
        user_ids (list[UserId] | Unset):
        middle_name (None | str | Unset):
        primary_org (SourcedIdRef | Unset):
        preferred_first_name (None | str | Unset):
        preferred_middle_name (None | str | Unset):
        preferred_last_name (None | str | Unset):
        pronouns (None | str | Unset):
        grades (list[GradeEnum] | Unset):
        password (None | str | Unset):
        sms (None | str | Unset):
        phone (None | str | Unset):
        agents (list[SourcedIdRef] | Unset):
    """

    enabled_user: bool | EnabledUser
    given_name: str
    family_name: str
    roles: list[UserRoleInput]
    email: str
    sourced_id: str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    user_master_identifier: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    user_ids: list[UserId] | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    primary_org: SourcedIdRef | Unset = UNSET
    preferred_first_name: None | str | Unset = UNSET
    preferred_middle_name: None | str | Unset = UNSET
    preferred_last_name: None | str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    password: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    agents: list[SourcedIdRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.enabled_user is not UNSET:
            field_dict["enabledUser"] = _rt.dump(self.enabled_user)
        if self.given_name is not UNSET:
            field_dict["givenName"] = self.given_name
        if self.family_name is not UNSET:
            field_dict["familyName"] = self.family_name
        if self.roles is not UNSET:
            field_dict["roles"] = _rt.dump(self.roles)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.user_master_identifier is not UNSET:
            field_dict["userMasterIdentifier"] = self.user_master_identifier
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.user_ids is not UNSET:
            field_dict["userIds"] = _rt.dump(self.user_ids)
        if self.middle_name is not UNSET:
            field_dict["middleName"] = self.middle_name
        if self.primary_org is not UNSET:
            field_dict["primaryOrg"] = _rt.dump(self.primary_org)
        if self.preferred_first_name is not UNSET:
            field_dict["preferredFirstName"] = self.preferred_first_name
        if self.preferred_middle_name is not UNSET:
            field_dict["preferredMiddleName"] = self.preferred_middle_name
        if self.preferred_last_name is not UNSET:
            field_dict["preferredLastName"] = self.preferred_last_name
        if self.pronouns is not UNSET:
            field_dict["pronouns"] = self.pronouns
        if self.grades is not UNSET:
            field_dict["grades"] = _rt.dump(self.grades)
        if self.password is not UNSET:
            field_dict["password"] = self.password
        if self.sms is not UNSET:
            field_dict["sms"] = self.sms
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.agents is not UNSET:
            field_dict["agents"] = _rt.dump(self.agents)
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
        enabled_user = _D_enabled_user.strict(d["enabledUser"])

        given_name = d["givenName"]
        if type(given_name) is not str:
            raise TypeError

        family_name = d["familyName"]
        if type(family_name) is not str:
            raise TypeError

        _roles = d["roles"]
        if type(_roles) is not list:
            raise TypeError
        roles = [_F_UserRoleInput(_item) for _item in _roles] if _roles else _roles

        email = d["email"]
        if type(email) is not str:
            raise TypeError

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        user_master_identifier = d.get("userMasterIdentifier", UNSET)
        if (
            type(user_master_identifier) is not str
            and user_master_identifier is not None
            and user_master_identifier is not UNSET
        ):
            raise TypeError

        username = d.get("username", UNSET)
        if type(username) is not str and username is not None and username is not UNSET:
            raise TypeError

        _user_ids = d.get("userIds", UNSET)
        if _user_ids is UNSET:
            user_ids = UNSET
        else:
            if type(_user_ids) is not list:
                raise TypeError
            user_ids = (
                [_F_UserId(_item) for _item in _user_ids] if _user_ids else _user_ids
            )

        middle_name = d.get("middleName", UNSET)
        if (
            type(middle_name) is not str
            and middle_name is not None
            and middle_name is not UNSET
        ):
            raise TypeError

        _primary_org = d.get("primaryOrg", UNSET)
        primary_org = UNSET if _primary_org is UNSET else _F_SourcedIdRef(_primary_org)

        preferred_first_name = d.get("preferredFirstName", UNSET)
        if (
            type(preferred_first_name) is not str
            and preferred_first_name is not None
            and preferred_first_name is not UNSET
        ):
            raise TypeError

        preferred_middle_name = d.get("preferredMiddleName", UNSET)
        if (
            type(preferred_middle_name) is not str
            and preferred_middle_name is not None
            and preferred_middle_name is not UNSET
        ):
            raise TypeError

        preferred_last_name = d.get("preferredLastName", UNSET)
        if (
            type(preferred_last_name) is not str
            and preferred_last_name is not None
            and preferred_last_name is not UNSET
        ):
            raise TypeError

        pronouns = d.get("pronouns", UNSET)
        if type(pronouns) is not str and pronouns is not None and pronouns is not UNSET:
            raise TypeError

        _grades = d.get("grades", UNSET)
        if _grades is UNSET:
            grades = UNSET
        else:
            if type(_grades) is not list:
                raise TypeError
            grades = (
                [check_grade_enum(_item) for _item in _grades] if _grades else _grades
            )

        password = d.get("password", UNSET)
        if type(password) is not str and password is not None and password is not UNSET:
            raise TypeError

        sms = d.get("sms", UNSET)
        if type(sms) is not str and sms is not None and sms is not UNSET:
            raise TypeError

        phone = d.get("phone", UNSET)
        if type(phone) is not str and phone is not None and phone is not UNSET:
            raise TypeError

        _agents = d.get("agents", UNSET)
        if _agents is UNSET:
            agents = UNSET
        else:
            if type(_agents) is not list:
                raise TypeError
            agents = (
                [_F_SourcedIdRef(_item) for _item in _agents] if _agents else _agents
            )

        if cls is CreateUserBodyUser:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.enabled_user = enabled_user
            _obj.given_name = given_name
            _obj.family_name = family_name
            _obj.roles = roles
            _obj.email = email
            _obj.sourced_id = sourced_id
            _obj.metadata = metadata
            _obj.status = status
            _obj.user_master_identifier = user_master_identifier
            _obj.username = username
            _obj.user_ids = user_ids
            _obj.middle_name = middle_name
            _obj.primary_org = primary_org
            _obj.preferred_first_name = preferred_first_name
            _obj.preferred_middle_name = preferred_middle_name
            _obj.preferred_last_name = preferred_last_name
            _obj.pronouns = pronouns
            _obj.grades = grades
            _obj.password = password
            _obj.sms = sms
            _obj.phone = phone
            _obj.agents = agents
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                enabled_user,
                given_name,
                family_name,
                roles,
                email,
                sourced_id,
                metadata,
                status,
                user_master_identifier,
                username,
                user_ids,
                middle_name,
                primary_org,
                preferred_first_name,
                preferred_middle_name,
                preferred_last_name,
                pronouns,
                grades,
                password,
                sms,
                phone,
                agents,
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
