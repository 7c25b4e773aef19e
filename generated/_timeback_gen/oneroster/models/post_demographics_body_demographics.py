from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.demographic_sex import DemographicSex, check_demographic_sex
from ..models.enabled_user import EnabledUser, check_enabled_user
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_demographics_body_demographics_metadata_type_0 import (
        PostDemographicsBodyDemographicsMetadataType0,
    )


T = TypeVar("T", bound="PostDemographicsBodyDemographics")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
        "metadata",
        "birthDate",
        "sex",
        "americanIndianOrAlaskaNative",
        "asian",
        "blackOrAfricanAmerican",
        "nativeHawaiianOrOtherPacificIslander",
        "white",
        "demographicRaceTwoOrMoreRaces",
        "hispanicOrLatinoEthnicity",
        "countryOfBirthCode",
        "stateOfBirthAbbreviation",
        "cityOfBirth",
        "publicSchoolResidenceStatus",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global PostDemographicsBodyDemographicsMetadataType0
    from ..models.post_demographics_body_demographics_metadata_type_0 import (
        PostDemographicsBodyDemographicsMetadataType0,
    )

    _LAZY_BOUND = True


def _parse_metadata(
    data: object,
) -> None | PostDemographicsBodyDemographicsMetadataType0 | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = PostDemographicsBodyDemographicsMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_sex(data: object) -> DemographicSex | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        sex_type_0 = check_demographic_sex(data)

        return sex_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_american_indian_or_alaska_native(data: object) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        american_indian_or_alaska_native_type_0 = check_enabled_user(data)

        return american_indian_or_alaska_native_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_asian(data: object) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        asian_type_0 = check_enabled_user(data)

        return asian_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_black_or_african_american(data: object) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        black_or_african_american_type_0 = check_enabled_user(data)

        return black_or_african_american_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_native_hawaiian_or_other_pacific_islander(
    data: object,
) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        native_hawaiian_or_other_pacific_islander_type_0 = check_enabled_user(data)

        return native_hawaiian_or_other_pacific_islander_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_white(data: object) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        white_type_0 = check_enabled_user(data)

        return white_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_demographic_race_two_or_more_races(
    data: object,
) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        demographic_race_two_or_more_races_type_0 = check_enabled_user(data)

        return demographic_race_two_or_more_races_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_hispanic_or_latino_ethnicity(data: object) -> EnabledUser | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, str):
            raise TypeError()
        hispanic_or_latino_ethnicity_type_0 = check_enabled_user(data)

        return hispanic_or_latino_ethnicity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class PostDemographicsBodyDemographics:
    """
    Attributes:
        sourced_id (str):
        status (LineItemStatus | Unset):
        metadata (None | PostDemographicsBodyDemographicsMetadataType0 | Unset):
        birth_date (None | str | Unset):
        sex (DemographicSex | None | Unset):
        american_indian_or_alaska_native (EnabledUser | None | Unset):
        asian (EnabledUser | None | Unset):
        black_or_african_american (EnabledUser | None | Unset):
        native_hawaiian_or_other_pacific_islander (EnabledUser | None | Unset):
        white (EnabledUser | None | Unset):
        demographic_race_two_or_more_races (EnabledUser | None | Unset):
        hispanic_or_latino_ethnicity (EnabledUser | None | Unset):
        country_of_birth_code (None | str | Unset):
        state_of_birth_abbreviation (None | str | Unset):
        city_of_birth (None | str | Unset):
        public_school_residence_status (None | str | Unset):
    """

    sourced_id: str
    status: LineItemStatus | Unset = UNSET
    metadata: None | PostDemographicsBodyDemographicsMetadataType0 | Unset = UNSET
    birth_date: None | str | Unset = UNSET
    sex: DemographicSex | None | Unset = UNSET
    american_indian_or_alaska_native: EnabledUser | None | Unset = UNSET
    asian: EnabledUser | None | Unset = UNSET
    black_or_african_american: EnabledUser | None | Unset = UNSET
    native_hawaiian_or_other_pacific_islander: EnabledUser | None | Unset = UNSET
    white: EnabledUser | None | Unset = UNSET
    demographic_race_two_or_more_races: EnabledUser | None | Unset = UNSET
    hispanic_or_latino_ethnicity: EnabledUser | None | Unset = UNSET
    country_of_birth_code: None | str | Unset = UNSET
    state_of_birth_abbreviation: None | str | Unset = UNSET
    city_of_birth: None | str | Unset = UNSET
    public_school_residence_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.post_demographics_body_demographics_metadata_type_0 import (
            PostDemographicsBodyDemographicsMetadataType0,
        )

        sourced_id = self.sourced_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PostDemographicsBodyDemographicsMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = self.birth_date

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, str):
            sex = self.sex
        else:
            sex = self.sex

        american_indian_or_alaska_native: None | str | Unset
        if isinstance(self.american_indian_or_alaska_native, Unset):
            american_indian_or_alaska_native = UNSET
        elif isinstance(self.american_indian_or_alaska_native, str):
            american_indian_or_alaska_native = self.american_indian_or_alaska_native
        else:
            american_indian_or_alaska_native = self.american_indian_or_alaska_native

        asian: None | str | Unset
        if isinstance(self.asian, Unset):
            asian = UNSET
        elif isinstance(self.asian, str):
            asian = self.asian
        else:
            asian = self.asian

        black_or_african_american: None | str | Unset
        if isinstance(self.black_or_african_american, Unset):
            black_or_african_american = UNSET
        elif isinstance(self.black_or_african_american, str):
            black_or_african_american = self.black_or_african_american
        else:
            black_or_african_american = self.black_or_african_american

        native_hawaiian_or_other_pacific_islander: None | str | Unset
        if isinstance(self.native_hawaiian_or_other_pacific_islander, Unset):
            native_hawaiian_or_other_pacific_islander = UNSET
        elif isinstance(self.native_hawaiian_or_other_pacific_islander, str):
            native_hawaiian_or_other_pacific_islander = (
                self.native_hawaiian_or_other_pacific_islander
            )
        else:
            native_hawaiian_or_other_pacific_islander = (
                self.native_hawaiian_or_other_pacific_islander
            )

        white: None | str | Unset
        if isinstance(self.white, Unset):
            white = UNSET
        elif isinstance(self.white, str):
            white = self.white
        else:
            white = self.white

        demographic_race_two_or_more_races: None | str | Unset
        if isinstance(self.demographic_race_two_or_more_races, Unset):
            demographic_race_two_or_more_races = UNSET
        elif isinstance(self.demographic_race_two_or_more_races, str):
            demographic_race_two_or_more_races = self.demographic_race_two_or_more_races
        else:
            demographic_race_two_or_more_races = self.demographic_race_two_or_more_races

        hispanic_or_latino_ethnicity: None | str | Unset
        if isinstance(self.hispanic_or_latino_ethnicity, Unset):
            hispanic_or_latino_ethnicity = UNSET
        elif isinstance(self.hispanic_or_latino_ethnicity, str):
            hispanic_or_latino_ethnicity = self.hispanic_or_latino_ethnicity
        else:
            hispanic_or_latino_ethnicity = self.hispanic_or_latino_ethnicity

        country_of_birth_code: None | str | Unset
        if isinstance(self.country_of_birth_code, Unset):
            country_of_birth_code = UNSET
        else:
            country_of_birth_code = self.country_of_birth_code

        state_of_birth_abbreviation: None | str | Unset
        if isinstance(self.state_of_birth_abbreviation, Unset):
            state_of_birth_abbreviation = UNSET
        else:
            state_of_birth_abbreviation = self.state_of_birth_abbreviation

        city_of_birth: None | str | Unset
        if isinstance(self.city_of_birth, Unset):
            city_of_birth = UNSET
        else:
            city_of_birth = self.city_of_birth

        public_school_residence_status: None | str | Unset
        if isinstance(self.public_school_residence_status, Unset):
            public_school_residence_status = UNSET
        else:
            public_school_residence_status = self.public_school_residence_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if sex is not UNSET:
            field_dict["sex"] = sex
        if american_indian_or_alaska_native is not UNSET:
            field_dict["americanIndianOrAlaskaNative"] = (
                american_indian_or_alaska_native
            )
        if asian is not UNSET:
            field_dict["asian"] = asian
        if black_or_african_american is not UNSET:
            field_dict["blackOrAfricanAmerican"] = black_or_african_american
        if native_hawaiian_or_other_pacific_islander is not UNSET:
            field_dict["nativeHawaiianOrOtherPacificIslander"] = (
                native_hawaiian_or_other_pacific_islander
            )
        if white is not UNSET:
            field_dict["white"] = white
        if demographic_race_two_or_more_races is not UNSET:
            field_dict["demographicRaceTwoOrMoreRaces"] = (
                demographic_race_two_or_more_races
            )
        if hispanic_or_latino_ethnicity is not UNSET:
            field_dict["hispanicOrLatinoEthnicity"] = hispanic_or_latino_ethnicity
        if country_of_birth_code is not UNSET:
            field_dict["countryOfBirthCode"] = country_of_birth_code
        if state_of_birth_abbreviation is not UNSET:
            field_dict["stateOfBirthAbbreviation"] = state_of_birth_abbreviation
        if city_of_birth is not UNSET:
            field_dict["cityOfBirth"] = city_of_birth
        if public_school_residence_status is not UNSET:
            field_dict["publicSchoolResidenceStatus"] = public_school_residence_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        metadata = _parse_metadata(d.get("metadata", UNSET))

        birth_date = d.get("birthDate", UNSET)

        sex = _parse_sex(d.get("sex", UNSET))

        american_indian_or_alaska_native = _parse_american_indian_or_alaska_native(
            d.get("americanIndianOrAlaskaNative", UNSET)
        )

        asian = _parse_asian(d.get("asian", UNSET))

        black_or_african_american = _parse_black_or_african_american(
            d.get("blackOrAfricanAmerican", UNSET)
        )

        native_hawaiian_or_other_pacific_islander = (
            _parse_native_hawaiian_or_other_pacific_islander(
                d.get("nativeHawaiianOrOtherPacificIslander", UNSET)
            )
        )

        white = _parse_white(d.get("white", UNSET))

        demographic_race_two_or_more_races = _parse_demographic_race_two_or_more_races(
            d.get("demographicRaceTwoOrMoreRaces", UNSET)
        )

        hispanic_or_latino_ethnicity = _parse_hispanic_or_latino_ethnicity(
            d.get("hispanicOrLatinoEthnicity", UNSET)
        )

        country_of_birth_code = d.get("countryOfBirthCode", UNSET)

        state_of_birth_abbreviation = d.get("stateOfBirthAbbreviation", UNSET)

        city_of_birth = d.get("cityOfBirth", UNSET)

        public_school_residence_status = d.get("publicSchoolResidenceStatus", UNSET)

        if cls is PostDemographicsBodyDemographics:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.metadata = metadata
            _obj.birth_date = birth_date
            _obj.sex = sex
            _obj.american_indian_or_alaska_native = american_indian_or_alaska_native
            _obj.asian = asian
            _obj.black_or_african_american = black_or_african_american
            _obj.native_hawaiian_or_other_pacific_islander = (
                native_hawaiian_or_other_pacific_islander
            )
            _obj.white = white
            _obj.demographic_race_two_or_more_races = demographic_race_two_or_more_races
            _obj.hispanic_or_latino_ethnicity = hispanic_or_latino_ethnicity
            _obj.country_of_birth_code = country_of_birth_code
            _obj.state_of_birth_abbreviation = state_of_birth_abbreviation
            _obj.city_of_birth = city_of_birth
            _obj.public_school_residence_status = public_school_residence_status
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
                metadata,
                birth_date,
                sex,
                american_indian_or_alaska_native,
                asian,
                black_or_african_american,
                native_hawaiian_or_other_pacific_islander,
                white,
                demographic_race_two_or_more_races,
                hispanic_or_latino_ethnicity,
                country_of_birth_code,
                state_of_birth_abbreviation,
                city_of_birth,
                public_school_residence_status,
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
