from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enabled_user import EnabledUser, check_enabled_user
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.score_scale_class import ScoreScaleClass
    from ..models.user_id import UserId
    from ..models.user_role_input import UserRoleInput


T = TypeVar("T", bound="CreateUserBodyUser")


@_attrs_define
class CreateUserBodyUser:
    """
    Attributes:
        enabled_user (bool | EnabledUser):
        given_name (str):
        family_name (str):
        roles (list[UserRoleInput]):
        sourced_id (str | Unset):
        metadata (Metadata | None | Unset):
        status (LineItemStatus | Unset):
        user_master_identifier (None | str | Unset):
        username (None | str | Unset):
        user_ids (list[UserId] | Unset):
        middle_name (None | str | Unset):
        primary_org (ScoreScaleClass | Unset):
        email (None | str | Unset):
        preferred_first_name (None | str | Unset):
        preferred_middle_name (None | str | Unset):
        preferred_last_name (None | str | Unset):
        pronouns (None | str | Unset):
        grades (list[str] | Unset):
        password (None | str | Unset):
        sms (None | str | Unset):
        phone (None | str | Unset):
        agents (list[ScoreScaleClass] | Unset):
    """

    enabled_user: bool | EnabledUser
    given_name: str
    family_name: str
    roles: list[UserRoleInput]
    sourced_id: str | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    user_master_identifier: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    user_ids: list[UserId] | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    primary_org: ScoreScaleClass | Unset = UNSET
    email: None | str | Unset = UNSET
    preferred_first_name: None | str | Unset = UNSET
    preferred_middle_name: None | str | Unset = UNSET
    preferred_last_name: None | str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    grades: list[str] | Unset = UNSET
    password: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    agents: list[ScoreScaleClass] | Unset = UNSET
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
            grades = self.grades

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
        if agents is not UNSET:
            field_dict["agents"] = agents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.score_scale_class import ScoreScaleClass
        from ..models.user_id import UserId
        from ..models.user_role_input import UserRoleInput

        d = dict(src_dict)

        def _parse_enabled_user(data: object) -> bool | EnabledUser:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enabled_user_type_1 = check_enabled_user(data)

                return enabled_user_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | EnabledUser, data)

        enabled_user = _parse_enabled_user(d.pop("enabledUser"))

        given_name = d.pop("givenName")

        family_name = d.pop("familyName")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = UserRoleInput.from_dict(roles_item_data)

            roles.append(roles_item)

        sourced_id = d.pop("sourcedId", UNSET)

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _status = d.pop("status", UNSET)
        status: LineItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_line_item_status(_status)

        def _parse_user_master_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_master_identifier = _parse_user_master_identifier(
            d.pop("userMasterIdentifier", UNSET)
        )

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UserId] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UserId.from_dict(user_ids_item_data)

                user_ids.append(user_ids_item)

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middleName", UNSET))

        _primary_org = d.pop("primaryOrg", UNSET)
        primary_org: ScoreScaleClass | Unset
        if isinstance(_primary_org, Unset):
            primary_org = UNSET
        else:
            primary_org = ScoreScaleClass.from_dict(_primary_org)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_preferred_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_first_name = _parse_preferred_first_name(
            d.pop("preferredFirstName", UNSET)
        )

        def _parse_preferred_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_middle_name = _parse_preferred_middle_name(
            d.pop("preferredMiddleName", UNSET)
        )

        def _parse_preferred_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_last_name = _parse_preferred_last_name(
            d.pop("preferredLastName", UNSET)
        )

        def _parse_pronouns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronouns = _parse_pronouns(d.pop("pronouns", UNSET))

        grades = cast(list[str], d.pop("grades", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        _agents = d.pop("agents", UNSET)
        agents: list[ScoreScaleClass] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = ScoreScaleClass.from_dict(agents_item_data)

                agents.append(agents_item)

        create_user_body_user = cls(
            enabled_user=enabled_user,
            given_name=given_name,
            family_name=family_name,
            roles=roles,
            sourced_id=sourced_id,
            metadata=metadata,
            status=status,
            user_master_identifier=user_master_identifier,
            username=username,
            user_ids=user_ids,
            middle_name=middle_name,
            primary_org=primary_org,
            email=email,
            preferred_first_name=preferred_first_name,
            preferred_middle_name=preferred_middle_name,
            preferred_last_name=preferred_last_name,
            pronouns=pronouns,
            grades=grades,
            password=password,
            sms=sms,
            phone=phone,
            agents=agents,
        )

        create_user_body_user.additional_properties = d
        return create_user_body_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
