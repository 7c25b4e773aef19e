from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sex import Sex, check_sex
from ..models.status_type import StatusType, check_status_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.demographics_metadata_type_0 import DemographicsMetadataType0


T = TypeVar("T", bound="Demographics")


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
        from ..models.demographics_metadata_type_0 import DemographicsMetadataType0

        d = dict(src_dict)
        sourced_id = d.pop("sourcedId")

        status = check_status_type(d.pop("status"))

        def _parse_birth_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        birth_date = _parse_birth_date(d.pop("birthDate"))

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
            return cast(None | Sex, data)

        sex = _parse_sex(d.pop("sex"))

        def _parse_american_indian_or_alaska_native(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        american_indian_or_alaska_native = _parse_american_indian_or_alaska_native(
            d.pop("americanIndianOrAlaskaNative")
        )

        def _parse_asian(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        asian = _parse_asian(d.pop("asian"))

        def _parse_black_or_african_american(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        black_or_african_american = _parse_black_or_african_american(
            d.pop("blackOrAfricanAmerican")
        )

        def _parse_native_hawaiian_or_other_pacific_islander(
            data: object,
        ) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        native_hawaiian_or_other_pacific_islander = (
            _parse_native_hawaiian_or_other_pacific_islander(
                d.pop("nativeHawaiianOrOtherPacificIslander")
            )
        )

        def _parse_white(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        white = _parse_white(d.pop("white"))

        def _parse_demographic_race_two_or_more_races(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        demographic_race_two_or_more_races = _parse_demographic_race_two_or_more_races(
            d.pop("demographicRaceTwoOrMoreRaces")
        )

        def _parse_hispanic_or_latino_ethnicity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hispanic_or_latino_ethnicity = _parse_hispanic_or_latino_ethnicity(
            d.pop("hispanicOrLatinoEthnicity")
        )

        def _parse_country_of_birth_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country_of_birth_code = _parse_country_of_birth_code(
            d.pop("countryOfBirthCode")
        )

        def _parse_state_of_birth_abbreviation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        state_of_birth_abbreviation = _parse_state_of_birth_abbreviation(
            d.pop("stateOfBirthAbbreviation")
        )

        def _parse_city_of_birth(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city_of_birth = _parse_city_of_birth(d.pop("cityOfBirth"))

        def _parse_public_school_residence_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_school_residence_status = _parse_public_school_residence_status(
            d.pop("publicSchoolResidenceStatus")
        )

        _date_last_modified = d.pop("dateLastModified", UNSET)
        date_last_modified: datetime.datetime | Unset
        if isinstance(_date_last_modified, Unset):
            date_last_modified = UNSET
        else:
            date_last_modified = datetime.datetime.fromisoformat(_date_last_modified)

        def _parse_metadata(data: object) -> DemographicsMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = DemographicsMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DemographicsMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        demographics = cls(
            sourced_id=sourced_id,
            status=status,
            birth_date=birth_date,
            sex=sex,
            american_indian_or_alaska_native=american_indian_or_alaska_native,
            asian=asian,
            black_or_african_american=black_or_african_american,
            native_hawaiian_or_other_pacific_islander=native_hawaiian_or_other_pacific_islander,
            white=white,
            demographic_race_two_or_more_races=demographic_race_two_or_more_races,
            hispanic_or_latino_ethnicity=hispanic_or_latino_ethnicity,
            country_of_birth_code=country_of_birth_code,
            state_of_birth_abbreviation=state_of_birth_abbreviation,
            city_of_birth=city_of_birth,
            public_school_residence_status=public_school_residence_status,
            date_last_modified=date_last_modified,
            metadata=metadata,
        )

        demographics.additional_properties = d
        return demographics

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
