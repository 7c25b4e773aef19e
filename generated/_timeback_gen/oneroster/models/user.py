from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grade_enum import GradeEnum, check_grade_enum
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.demographics import Demographics
    from ..models.primary_org import PrimaryOrg
    from ..models.typed_guid_ref import TypedGUIDRef
    from ..models.user_id import UserId
    from ..models.user_metadata_type_0 import UserMetadataType0
    from ..models.user_profile import UserProfile
    from ..models.user_role import UserRole


T = TypeVar("T", bound="User")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "enabledUser",
        "givenName",
        "familyName",
        "roles",
        "dateLastModified",
        "metadata",
        "userMasterIdentifier",
        "username",
        "userIds",
        "middleName",
        "agents",
        "userProfiles",
        "primaryOrg",
        "identifier",
        "email",
        "preferredFirstName",
        "preferredMiddleName",
        "preferredLastName",
        "pronouns",
        "grades",
        "password",
        "sms",
        "phone",
        "demographics",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Demographics
    global PrimaryOrg
    global TypedGUIDRef
    global UserId
    global UserMetadataType0
    global UserProfile
    global UserRole
    from ..models.demographics import Demographics
    from ..models.primary_org import PrimaryOrg
    from ..models.typed_guid_ref import TypedGUIDRef
    from ..models.user_id import UserId
    from ..models.user_metadata_type_0 import UserMetadataType0
    from ..models.user_profile import UserProfile
    from ..models.user_role import UserRole

    _LAZY_BOUND = True


def _parse_metadata(data: object) -> None | Unset | UserMetadataType0:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = UserMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_demographics(data: object) -> Demographics | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        demographics_type_0 = Demographics.from_dict(data)

        return demographics_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class User:
    """Represents a user of the system. Can be a student, teacher, guide, parent etc.

    Attributes:
        sourced_id (str):
        status (StatusType):
        enabled_user (bool):
        given_name (str):
        family_name (str):
        roles (list[UserRole]):
        date_last_modified (datetime.datetime | Unset):
        metadata (None | Unset | UserMetadataType0): Additional metadata for the object
        user_master_identifier (None | str | Unset):
        username (None | str | Unset):
        user_ids (list[UserId] | Unset):
        middle_name (None | str | Unset):
        agents (list[TypedGUIDRef] | Unset):
        user_profiles (list[UserProfile] | Unset):
        primary_org (PrimaryOrg | Unset):
        identifier (None | str | Unset):
        email (None | str | Unset): Must be unique across all users.
        preferred_first_name (None | str | Unset):
        preferred_middle_name (None | str | Unset):
        preferred_last_name (None | str | Unset):
        pronouns (None | str | Unset):
        grades (list[GradeEnum] | Unset):
        password (None | str | Unset):
        sms (None | str | Unset):
        phone (None | str | Unset):
        demographics (Demographics | None | Unset):
    """

    sourced_id: str
    status: StatusType
    enabled_user: bool
    given_name: str
    family_name: str
    roles: list[UserRole]
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: None | Unset | UserMetadataType0 = UNSET
    user_master_identifier: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    user_ids: list[UserId] | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    agents: list[TypedGUIDRef] | Unset = UNSET
    user_profiles: list[UserProfile] | Unset = UNSET
    primary_org: PrimaryOrg | Unset = UNSET
    identifier: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    preferred_first_name: None | str | Unset = UNSET
    preferred_middle_name: None | str | Unset = UNSET
    preferred_last_name: None | str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    grades: list[GradeEnum] | Unset = UNSET
    password: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    demographics: Demographics | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.demographics import Demographics
        from ..models.user_metadata_type_0 import UserMetadataType0

        sourced_id = self.sourced_id

        status: str = self.status

        enabled_user = self.enabled_user

        given_name = self.given_name

        family_name = self.family_name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UserMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data.to_dict()
                agents.append(agents_item)

        user_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_profiles, Unset):
            user_profiles = []
            for user_profiles_item_data in self.user_profiles:
                user_profiles_item = user_profiles_item_data.to_dict()
                user_profiles.append(user_profiles_item)

        primary_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_org, Unset):
            primary_org = self.primary_org.to_dict()

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

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

        demographics: dict[str, Any] | None | Unset
        if isinstance(self.demographics, Unset):
            demographics = UNSET
        elif isinstance(self.demographics, Demographics):
            demographics = self.demographics.to_dict()
        else:
            demographics = self.demographics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "enabledUser": enabled_user,
                "givenName": given_name,
                "familyName": family_name,
                "roles": roles,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if user_master_identifier is not UNSET:
            field_dict["userMasterIdentifier"] = user_master_identifier
        if username is not UNSET:
            field_dict["username"] = username
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if agents is not UNSET:
            field_dict["agents"] = agents
        if user_profiles is not UNSET:
            field_dict["userProfiles"] = user_profiles
        if primary_org is not UNSET:
            field_dict["primaryOrg"] = primary_org
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if email is not UNSET:
            field_dict["email"] = email
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
        if demographics is not UNSET:
            field_dict["demographics"] = demographics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        enabled_user = d["enabledUser"]

        given_name = d["givenName"]

        family_name = d["familyName"]

        roles = [UserRole.from_dict(_item) for _item in d["roles"]]

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        user_master_identifier = d.get("userMasterIdentifier", UNSET)

        username = d.get("username", UNSET)

        _user_ids = d.get("userIds", UNSET)
        user_ids = (
            UNSET
            if _user_ids is UNSET
            else [UserId.from_dict(_item) for _item in _user_ids]
        )

        middle_name = d.get("middleName", UNSET)

        _agents = d.get("agents", UNSET)
        agents = (
            UNSET
            if _agents is UNSET
            else [TypedGUIDRef.from_dict(_item) for _item in _agents]
        )

        _user_profiles = d.get("userProfiles", UNSET)
        user_profiles = (
            UNSET
            if _user_profiles is UNSET
            else [UserProfile.from_dict(_item) for _item in _user_profiles]
        )

        _primary_org = d.get("primaryOrg", UNSET)
        primary_org = (
            UNSET if _primary_org is UNSET else PrimaryOrg.from_dict(_primary_org)
        )

        identifier = d.get("identifier", UNSET)

        email = d.get("email", UNSET)

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

        demographics = _parse_demographics(d.get("demographics", UNSET))

        if cls is User:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.enabled_user = enabled_user
            _obj.given_name = given_name
            _obj.family_name = family_name
            _obj.roles = roles
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.user_master_identifier = user_master_identifier
            _obj.username = username
            _obj.user_ids = user_ids
            _obj.middle_name = middle_name
            _obj.agents = agents
            _obj.user_profiles = user_profiles
            _obj.primary_org = primary_org
            _obj.identifier = identifier
            _obj.email = email
            _obj.preferred_first_name = preferred_first_name
            _obj.preferred_middle_name = preferred_middle_name
            _obj.preferred_last_name = preferred_last_name
            _obj.pronouns = pronouns
            _obj.grades = grades
            _obj.password = password
            _obj.sms = sms
            _obj.phone = phone
            _obj.demographics = demographics
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                enabled_user,
                given_name,
                family_name,
                roles,
                date_last_modified,
                metadata,
                user_master_identifier,
                username,
                user_ids,
                middle_name,
                agents,
                user_profiles,
                primary_org,
                identifier,
                email,
                preferred_first_name,
                preferred_middle_name,
                preferred_last_name,
                pronouns,
                grades,
                password,
                sms,
                phone,
                demographics,
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
