from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sex import Sex, check_sex
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.demographics_metadata_type_0 import DemographicsMetadataType0


T = TypeVar("T", bound="Demographics")
_new_instance = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sourcedId",
        "status",
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
        "dateLastModified",
        "metadata",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global DemographicsMetadataType0
    from ..models.demographics_metadata_type_0 import DemographicsMetadataType0

    _LAZY_BOUND = True


def _parse_sex(data: object) -> None | Sex:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        sex_type_0 = check_sex(data)

        return sex_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_metadata(data: object) -> DemographicsMetadataType0 | None | Unset:
    if data is None:
        return data
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = DemographicsMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Demographics:
    """Represents a student's demographics information.

    Attributes:
        sourced_id (str):
        status (StatusType):
        birth_date (None | str):
        sex (None | Sex):
        american_indian_or_alaska_native (None | str):
        asian (None | str):
        black_or_african_american (None | str):
        native_hawaiian_or_other_pacific_islander (None | str):
        white (None | str):
        demographic_race_two_or_more_races (None | str):
        hispanic_or_latino_ethnicity (None | str):
        country_of_birth_code (None | str):
        state_of_birth_abbreviation (None | str):
        city_of_birth (None | str):
        public_school_residence_status (None | str):
        date_last_modified (datetime.datetime | Unset):
        metadata (DemographicsMetadataType0 | None | Unset): Additional metadata for the object
    """

    sourced_id: str
    status: StatusType
    birth_date: None | str
    sex: None | Sex
    american_indian_or_alaska_native: None | str
    asian: None | str
    black_or_african_american: None | str
    native_hawaiian_or_other_pacific_islander: None | str
    white: None | str
    demographic_race_two_or_more_races: None | str
    hispanic_or_latino_ethnicity: None | str
    country_of_birth_code: None | str
    state_of_birth_abbreviation: None | str
    city_of_birth: None | str
    public_school_residence_status: None | str
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: DemographicsMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.demographics_metadata_type_0 import DemographicsMetadataType0

        sourced_id = self.sourced_id

        status: str = self.status

        birth_date: None | str
        birth_date = self.birth_date

        sex: None | str
        if isinstance(self.sex, str):
            sex = self.sex
        else:
            sex = self.sex

        american_indian_or_alaska_native: None | str
        american_indian_or_alaska_native = self.american_indian_or_alaska_native

        asian: None | str
        asian = self.asian

        black_or_african_american: None | str
        black_or_african_american = self.black_or_african_american

        native_hawaiian_or_other_pacific_islander: None | str
        native_hawaiian_or_other_pacific_islander = (
            self.native_hawaiian_or_other_pacific_islander
        )

        white: None | str
        white = self.white

        demographic_race_two_or_more_races: None | str
        demographic_race_two_or_more_races = self.demographic_race_two_or_more_races

        hispanic_or_latino_ethnicity: None | str
        hispanic_or_latino_ethnicity = self.hispanic_or_latino_ethnicity

        country_of_birth_code: None | str
        country_of_birth_code = self.country_of_birth_code

        state_of_birth_abbreviation: None | str
        state_of_birth_abbreviation = self.state_of_birth_abbreviation

        city_of_birth: None | str
        city_of_birth = self.city_of_birth

        public_school_residence_status: None | str
        public_school_residence_status = self.public_school_residence_status

        date_last_modified: str | Unset = UNSET
        if not isinstance(self.date_last_modified, Unset):
            date_last_modified = self.date_last_modified.isoformat()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DemographicsMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourcedId": sourced_id,
                "status": status,
                "birthDate": birth_date,
                "sex": sex,
                "americanIndianOrAlaskaNative": american_indian_or_alaska_native,
                "asian": asian,
                "blackOrAfricanAmerican": black_or_african_american,
                "nativeHawaiianOrOtherPacificIslander": native_hawaiian_or_other_pacific_islander,
                "white": white,
                "demographicRaceTwoOrMoreRaces": demographic_race_two_or_more_races,
                "hispanicOrLatinoEthnicity": hispanic_or_latino_ethnicity,
                "countryOfBirthCode": country_of_birth_code,
                "stateOfBirthAbbreviation": state_of_birth_abbreviation,
                "cityOfBirth": city_of_birth,
                "publicSchoolResidenceStatus": public_school_residence_status,
            }
        )
        if date_last_modified is not UNSET:
            field_dict["dateLastModified"] = date_last_modified
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sourced_id = d["sourcedId"]

        status = check_status_type(d["status"])

        birth_date = d["birthDate"]

        sex = _parse_sex(d["sex"])

        american_indian_or_alaska_native = d["americanIndianOrAlaskaNative"]

        asian = d["asian"]

        black_or_african_american = d["blackOrAfricanAmerican"]

        native_hawaiian_or_other_pacific_islander = d[
            "nativeHawaiianOrOtherPacificIslander"
        ]

        white = d["white"]

        demographic_race_two_or_more_races = d["demographicRaceTwoOrMoreRaces"]

        hispanic_or_latino_ethnicity = d["hispanicOrLatinoEthnicity"]

        country_of_birth_code = d["countryOfBirthCode"]

        state_of_birth_abbreviation = d["stateOfBirthAbbreviation"]

        city_of_birth = d["cityOfBirth"]

        public_school_residence_status = d["publicSchoolResidenceStatus"]

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else datetime.datetime.fromisoformat(_date_last_modified)
        )

        metadata = _parse_metadata(d.get("metadata", UNSET))

        if cls is Demographics:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.sourced_id = sourced_id
            _obj.status = status
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
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                sourced_id,
                status,
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
                date_last_modified,
                metadata,
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
