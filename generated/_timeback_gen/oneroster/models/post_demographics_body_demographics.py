from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
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
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

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
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global PostDemographicsBodyDemographicsMetadataType0
    global _D_metadata
    global _D_sex
    global _D_american_indian_or_alaska_native
    global _D_asian
    global _D_black_or_african_american
    global _D_native_hawaiian_or_other_pacific_islander
    global _D_white
    global _D_demographic_race_two_or_more_races
    global _D_hispanic_or_latino_ethnicity
    from ..models.post_demographics_body_demographics_metadata_type_0 import (
        PostDemographicsBodyDemographicsMetadataType0,
    )

    _TABLE = _rt.table(
        (
            _rt.Field("sourcedId", "sourced_id", True, _rt.STR),
            _rt.Field(
                "status",
                "status",
                False,
                _rt.Enum(check_line_item_status, "LineItemStatus"),
            ),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(PostDemographicsBodyDemographicsMetadataType0),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "birthDate",
                "birth_date",
                False,
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
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_demographic_sex, "DemographicSex"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "americanIndianOrAlaskaNative",
                "american_indian_or_alaska_native",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "asian",
                "asian",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "blackOrAfricanAmerican",
                "black_or_african_american",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "nativeHawaiianOrOtherPacificIslander",
                "native_hawaiian_or_other_pacific_islander",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "white",
                "white",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "demographicRaceTwoOrMoreRaces",
                "demographic_race_two_or_more_races",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "hispanicOrLatinoEthnicity",
                "hispanic_or_latino_ethnicity",
                False,
                _rt.Union(
                    (
                        _rt.Enum(check_enabled_user, "EnabledUser"),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "countryOfBirthCode",
                "country_of_birth_code",
                False,
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
                False,
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
                False,
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
    _D_metadata = _TABLE.fields[2].desc
    _D_sex = _TABLE.fields[4].desc
    _D_american_indian_or_alaska_native = _TABLE.fields[5].desc
    _D_asian = _TABLE.fields[6].desc
    _D_black_or_african_american = _TABLE.fields[7].desc
    _D_native_hawaiian_or_other_pacific_islander = _TABLE.fields[8].desc
    _D_white = _TABLE.fields[9].desc
    _D_demographic_race_two_or_more_races = _TABLE.fields[10].desc
    _D_hispanic_or_latino_ethnicity = _TABLE.fields[11].desc
    _BOUND = True


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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.birth_date is not UNSET:
            field_dict["birthDate"] = self.birth_date
        if self.sex is not UNSET:
            field_dict["sex"] = _rt.dump(self.sex)
        if self.american_indian_or_alaska_native is not UNSET:
            field_dict["americanIndianOrAlaskaNative"] = _rt.dump(
                self.american_indian_or_alaska_native
            )
        if self.asian is not UNSET:
            field_dict["asian"] = _rt.dump(self.asian)
        if self.black_or_african_american is not UNSET:
            field_dict["blackOrAfricanAmerican"] = _rt.dump(
                self.black_or_african_american
            )
        if self.native_hawaiian_or_other_pacific_islander is not UNSET:
            field_dict["nativeHawaiianOrOtherPacificIslander"] = _rt.dump(
                self.native_hawaiian_or_other_pacific_islander
            )
        if self.white is not UNSET:
            field_dict["white"] = _rt.dump(self.white)
        if self.demographic_race_two_or_more_races is not UNSET:
            field_dict["demographicRaceTwoOrMoreRaces"] = _rt.dump(
                self.demographic_race_two_or_more_races
            )
        if self.hispanic_or_latino_ethnicity is not UNSET:
            field_dict["hispanicOrLatinoEthnicity"] = _rt.dump(
                self.hispanic_or_latino_ethnicity
            )
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

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        birth_date = d.get("birthDate", UNSET)
        if (
            type(birth_date) is not str
            and birth_date is not None
            and birth_date is not UNSET
        ):
            raise TypeError

        _sex = d.get("sex", UNSET)
        sex = UNSET if _sex is UNSET else _D_sex.strict(_sex)

        _american_indian_or_alaska_native = d.get("americanIndianOrAlaskaNative", UNSET)
        american_indian_or_alaska_native = (
            UNSET
            if _american_indian_or_alaska_native is UNSET
            else _D_american_indian_or_alaska_native.strict(
                _american_indian_or_alaska_native
            )
        )

        _asian = d.get("asian", UNSET)
        asian = UNSET if _asian is UNSET else _D_asian.strict(_asian)

        _black_or_african_american = d.get("blackOrAfricanAmerican", UNSET)
        black_or_african_american = (
            UNSET
            if _black_or_african_american is UNSET
            else _D_black_or_african_american.strict(_black_or_african_american)
        )

        _native_hawaiian_or_other_pacific_islander = d.get(
            "nativeHawaiianOrOtherPacificIslander", UNSET
        )
        native_hawaiian_or_other_pacific_islander = (
            UNSET
            if _native_hawaiian_or_other_pacific_islander is UNSET
            else _D_native_hawaiian_or_other_pacific_islander.strict(
                _native_hawaiian_or_other_pacific_islander
            )
        )

        _white = d.get("white", UNSET)
        white = UNSET if _white is UNSET else _D_white.strict(_white)

        _demographic_race_two_or_more_races = d.get(
            "demographicRaceTwoOrMoreRaces", UNSET
        )
        demographic_race_two_or_more_races = (
            UNSET
            if _demographic_race_two_or_more_races is UNSET
            else _D_demographic_race_two_or_more_races.strict(
                _demographic_race_two_or_more_races
            )
        )

        _hispanic_or_latino_ethnicity = d.get("hispanicOrLatinoEthnicity", UNSET)
        hispanic_or_latino_ethnicity = (
            UNSET
            if _hispanic_or_latino_ethnicity is UNSET
            else _D_hispanic_or_latino_ethnicity.strict(_hispanic_or_latino_ethnicity)
        )

        country_of_birth_code = d.get("countryOfBirthCode", UNSET)
        if (
            type(country_of_birth_code) is not str
            and country_of_birth_code is not None
            and country_of_birth_code is not UNSET
        ):
            raise TypeError

        state_of_birth_abbreviation = d.get("stateOfBirthAbbreviation", UNSET)
        if (
            type(state_of_birth_abbreviation) is not str
            and state_of_birth_abbreviation is not None
            and state_of_birth_abbreviation is not UNSET
        ):
            raise TypeError

        city_of_birth = d.get("cityOfBirth", UNSET)
        if (
            type(city_of_birth) is not str
            and city_of_birth is not None
            and city_of_birth is not UNSET
        ):
            raise TypeError

        public_school_residence_status = d.get("publicSchoolResidenceStatus", UNSET)
        if (
            type(public_school_residence_status) is not str
            and public_school_residence_status is not None
            and public_school_residence_status is not UNSET
        ):
            raise TypeError

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
