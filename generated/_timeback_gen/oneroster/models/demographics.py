from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.sex import Sex, check_sex
from ..models.status_type import StatusType, check_status_type
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.demographics_metadata_type_0 import DemographicsMetadataType0


T = TypeVar("T", bound="Demographics")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global DemographicsMetadataType0
    global _D_sex
    global _D_metadata
    from ..models.demographics_metadata_type_0 import DemographicsMetadataType0

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status", "status", True, _rt.Enum(check_status_type, "StatusType")
            ),
            _rt.Field(
                "birthDate",
                "birth_date",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "sex",
                "sex",
                True,
                _rt.Union(
                    (
                        _rt.Enum(check_sex, "Sex"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "americanIndianOrAlaskaNative",
                "american_indian_or_alaska_native",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "asian",
                "asian",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "blackOrAfricanAmerican",
                "black_or_african_american",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "nativeHawaiianOrOtherPacificIslander",
                "native_hawaiian_or_other_pacific_islander",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "white",
                "white",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "demographicRaceTwoOrMoreRaces",
                "demographic_race_two_or_more_races",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "hispanicOrLatinoEthnicity",
                "hispanic_or_latino_ethnicity",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "countryOfBirthCode",
                "country_of_birth_code",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "stateOfBirthAbbreviation",
                "state_of_birth_abbreviation",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "cityOfBirth",
                "city_of_birth",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "publicSchoolResidenceStatus",
                "public_school_residence_status",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(DemographicsMetadataType0),
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
    _D_sex = _TABLE.fields[3].desc
    _D_metadata = _TABLE.fields[16].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.birth_date is not UNSET:
            field_dict["birthDate"] = self.birth_date
        if self.sex is not UNSET:
            field_dict["sex"] = _rt.dump(self.sex)
        if self.american_indian_or_alaska_native is not UNSET:
            field_dict["americanIndianOrAlaskaNative"] = (
                self.american_indian_or_alaska_native
            )
        if self.asian is not UNSET:
            field_dict["asian"] = self.asian
        if self.black_or_african_american is not UNSET:
            field_dict["blackOrAfricanAmerican"] = self.black_or_african_american
        if self.native_hawaiian_or_other_pacific_islander is not UNSET:
            field_dict["nativeHawaiianOrOtherPacificIslander"] = (
                self.native_hawaiian_or_other_pacific_islander
            )
        if self.white is not UNSET:
            field_dict["white"] = self.white
        if self.demographic_race_two_or_more_races is not UNSET:
            field_dict["demographicRaceTwoOrMoreRaces"] = (
                self.demographic_race_two_or_more_races
            )
        if self.hispanic_or_latino_ethnicity is not UNSET:
            field_dict["hispanicOrLatinoEthnicity"] = self.hispanic_or_latino_ethnicity
        if self.country_of_birth_code is not UNSET:
            field_dict["countryOfBirthCode"] = self.country_of_birth_code
        if self.state_of_birth_abbreviation is not UNSET:
            field_dict["stateOfBirthAbbreviation"] = self.state_of_birth_abbreviation
        if self.city_of_birth is not UNSET:
            field_dict["cityOfBirth"] = self.city_of_birth
        if self.public_school_residence_status is not UNSET:
            field_dict["publicSchoolResidenceStatus"] = (
                self.public_school_residence_status
            )
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
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
        sourced_id = d["sourcedId"]
        if type(sourced_id) is not str:
            raise TypeError

        status = check_status_type(d["status"])

        birth_date = d["birthDate"]
        if type(birth_date) is not str and birth_date is not None:
            raise TypeError

        sex = _D_sex.strict(d["sex"])

        american_indian_or_alaska_native = d["americanIndianOrAlaskaNative"]
        if (
            type(american_indian_or_alaska_native) is not str
            and american_indian_or_alaska_native is not None
        ):
            raise TypeError

        asian = d["asian"]
        if type(asian) is not str and asian is not None:
            raise TypeError

        black_or_african_american = d["blackOrAfricanAmerican"]
        if (
            type(black_or_african_american) is not str
            and black_or_african_american is not None
        ):
            raise TypeError

        native_hawaiian_or_other_pacific_islander = d[
            "nativeHawaiianOrOtherPacificIslander"
        ]
        if (
            type(native_hawaiian_or_other_pacific_islander) is not str
            and native_hawaiian_or_other_pacific_islander is not None
        ):
            raise TypeError

        white = d["white"]
        if type(white) is not str and white is not None:
            raise TypeError

        demographic_race_two_or_more_races = d["demographicRaceTwoOrMoreRaces"]
        if (
            type(demographic_race_two_or_more_races) is not str
            and demographic_race_two_or_more_races is not None
        ):
            raise TypeError

        hispanic_or_latino_ethnicity = d["hispanicOrLatinoEthnicity"]
        if (
            type(hispanic_or_latino_ethnicity) is not str
            and hispanic_or_latino_ethnicity is not None
        ):
            raise TypeError

        country_of_birth_code = d["countryOfBirthCode"]
        if type(country_of_birth_code) is not str and country_of_birth_code is not None:
            raise TypeError

        state_of_birth_abbreviation = d["stateOfBirthAbbreviation"]
        if (
            type(state_of_birth_abbreviation) is not str
            and state_of_birth_abbreviation is not None
        ):
            raise TypeError

        city_of_birth = d["cityOfBirth"]
        if type(city_of_birth) is not str and city_of_birth is not None:
            raise TypeError

        public_school_residence_status = d["publicSchoolResidenceStatus"]
        if (
            type(public_school_residence_status) is not str
            and public_school_residence_status is not None
        ):
            raise TypeError

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

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
