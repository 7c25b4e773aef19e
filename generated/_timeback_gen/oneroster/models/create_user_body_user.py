from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Metadata
    global SourcedIdRef
    global UserId
    global UserRoleInput
    from ..models.metadata import Metadata
    from ..models.sourced_id_ref import SourcedIdRef
    from ..models.user_id import UserId
    from ..models.user_role_input import UserRoleInput

    _LAZY_BOUND = True


def _parse_enabled_user(data: object) -> bool | EnabledUser:
    try:
        if not isinstance(data, str):
            raise TypeError()
        enabled_user_type_1 = check_enabled_user(data)

        return enabled_user_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_metadata(data: object) -> Metadata | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = Metadata.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


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
        from ..models.metadata import Metadata

        enabled_user: bool | str
        if isinstance(self.enabled_user, str):
            enabled_user = self.enabled_user
        else:
            enabled_user = self.enabled_user

        given_name = self.given_name

        family_name = self.family_name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        email = self.email

        sourced_id = self.sourced_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        user_master_identifier: None | str | Unset
        if isinstance(self.user_master_identifier, Unset):
            user_master_identifier = UNSET
        else:
            user_master_identifier = self.user_master_identifier

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        user_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = user_ids_item_data.to_dict()
                user_ids.append(user_ids_item)

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        primary_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_org, Unset):
            primary_org = self.primary_org.to_dict()

        preferred_first_name: None | str | Unset
        if isinstance(self.preferred_first_name, Unset):
            preferred_first_name = UNSET
        else:
            preferred_first_name = self.preferred_first_name

        preferred_middle_name: None | str | Unset
        if isinstance(self.preferred_middle_name, Unset):
            preferred_middle_name = UNSET
        else:
            preferred_middle_name = self.preferred_middle_name

        preferred_last_name: None | str | Unset
        if isinstance(self.preferred_last_name, Unset):
            preferred_last_name = UNSET
        else:
            preferred_last_name = self.preferred_last_name

        pronouns: None | str | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        else:
            pronouns = self.pronouns

        grades: list[str] | Unset = UNSET
        if not isinstance(self.grades, Unset):
            grades = []
            for grades_item_data in self.grades:
                grades_item: str = grades_item_data
                grades.append(grades_item)

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabledUser": enabled_user,
                "givenName": given_name,
                "familyName": family_name,
                "roles": roles,
                "email": email,
            }
        )
        if sourced_id is not UNSET:
            field_dict["sourcedId"] = sourced_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if user_master_identifier is not UNSET:
            field_dict["userMasterIdentifier"] = user_master_identifier
        if username is not UNSET:
            field_dict["username"] = username
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if primary_org is not UNSET:
            field_dict["primaryOrg"] = primary_org
        if preferred_first_name is not UNSET:
            field_dict["preferredFirstName"] = preferred_first_name
        if preferred_middle_name is not UNSET:
            field_dict["preferredMiddleName"] = preferred_middle_name
        if preferred_last_name is not UNSET:
            field_dict["preferredLastName"] = preferred_last_name
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns
        if grades is not UNSET:
            field_dict["grades"] = grades
        if password is not UNSET:
            field_dict["password"] = password
        if sms is not UNSET:
            field_dict["sms"] = sms
        if phone is not UNSET:
            field_dict["phone"] = phone
        if agents is not UNSET:
            field_dict["agents"] = agents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enabled_user = _parse_enabled_user(d["enabledUser"])

        given_name = d["givenName"]

        family_name = d["familyName"]

        roles = [UserRoleInput.from_dict(_item) for _item in d["roles"]]

        email = d["email"]

        sourced_id = d.get("sourcedId", UNSET)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        user_master_identifier = d.get("userMasterIdentifier", UNSET)

        username = d.get("username", UNSET)

        _user_ids = d.get("userIds", UNSET)
        user_ids = (
            UNSET
            if _user_ids is UNSET
            else [UserId.from_dict(_item) for _item in _user_ids]
        )

        middle_name = d.get("middleName", UNSET)

        _primary_org = d.get("primaryOrg", UNSET)
        primary_org = (
            UNSET if _primary_org is UNSET else SourcedIdRef.from_dict(_primary_org)
        )

        preferred_first_name = d.get("preferredFirstName", UNSET)

        preferred_middle_name = d.get("preferredMiddleName", UNSET)

        preferred_last_name = d.get("preferredLastName", UNSET)

        pronouns = d.get("pronouns", UNSET)

        _grades = d.get("grades", UNSET)
        grades = (
            UNSET
            if _grades is UNSET
            else [check_grade_enum(_item) for _item in _grades]
        )

        password = d.get("password", UNSET)

        sms = d.get("sms", UNSET)

        phone = d.get("phone", UNSET)

        _agents = d.get("agents", UNSET)
        agents = (
            UNSET
            if _agents is UNSET
            else [SourcedIdRef.from_dict(_item) for _item in _agents]
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
            _obj.additional_properties = NO_EXTRAS
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
        if not d.keys() <= _KNOWN_KEYS:  # else keep NO_EXTRAS
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
