from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..models.line_item_status import LineItemStatus, check_line_item_status
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.line_item_metadata_type_0 import LineItemMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef


T = TypeVar("T", bound="LineItem")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "title",
        "assignDate",
        "dueDate",
        "class",
        "school",
        "category",
        "sourcedId",
        "status",
        "dateLastModified",
        "metadata",
        "description",
        "gradingPeriod",
        "academicSession",
        "scoreScale",
        "resultValueMin",
        "resultValueMax",
        "learningObjectiveSet",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_SourcedIdRef
    global LineItemLearningObjectiveSet
    global LineItemMetadataType0
    global SourcedIdRef
    global _D_metadata
    global _D_grading_period
    global _D_academic_session
    global _D_score_scale
    global _D_learning_objective_set
    from ..models.line_item_learning_objective_set import LineItemLearningObjectiveSet
    from ..models.line_item_metadata_type_0 import LineItemMetadataType0
    from ..models.sourced_id_ref import SourcedIdRef

    _TABLE = _rt.table(
        (
            _rt.Field("title", "title", True, _rt.STR),
            _rt.Field("assignDate", "assign_date", True, _rt.DATETIME),
            _rt.Field("dueDate", "due_date", True, _rt.DATETIME),
            _rt.Field("class", "class_", True, _rt.Model(SourcedIdRef)),
            _rt.Field("school", "school", True, _rt.Model(SourcedIdRef)),
            _rt.Field("category", "category", True, _rt.Model(SourcedIdRef)),
            _rt.Field("sourcedId", "sourced_id", False, _rt.STR),
            _rt.Field(
                "status",
                "status",
                False,
                _rt.Enum(check_line_item_status, "LineItemStatus"),
            ),
            _rt.Field("dateLastModified", "date_last_modified", False, _rt.DATETIME),
            _rt.Field(
                "metadata",
                "metadata",
                False,
                _rt.Union(
                    (
                        _rt.Model(LineItemMetadataType0),
                        _rt.NONE,
                    )
                ),
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
            _rt.Field(
                "gradingPeriod",
                "grading_period",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "academicSession",
                "academic_session",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "scoreScale",
                "score_scale",
                False,
                _rt.Union(
                    (
                        _rt.Model(SourcedIdRef),
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "resultValueMin",
                "result_value_min",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "resultValueMax",
                "result_value_max",
                False,
                _rt.Union(
                    (
                        _rt.FLOAT,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field(
                "learningObjectiveSet",
                "learning_objective_set",
                False,
                _rt.Union(
                    (
                        _rt.List(_rt.Model(LineItemLearningObjectiveSet)),
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
    _F_SourcedIdRef = SourcedIdRef._from_dict_fast
    _D_metadata = _TABLE.fields[9].desc
    _D_grading_period = _TABLE.fields[11].desc
    _D_academic_session = _TABLE.fields[12].desc
    _D_score_scale = _TABLE.fields[13].desc
    _D_learning_objective_set = _TABLE.fields[16].desc
    _BOUND = True


@_attrs_define
class LineItem:
    """Represents a line item.

    Attributes:
        title (str):
        assign_date (datetime.datetime):
        due_date (datetime.datetime):
        class_ (SourcedIdRef):
        school (SourcedIdRef):
        category (SourcedIdRef):
        sourced_id (str | Unset):
        status (LineItemStatus | Unset):
        date_last_modified (datetime.datetime | Unset):
        metadata (LineItemMetadataType0 | None | Unset): Additional metadata for the object
        description (None | str | Unset):
        grading_period (None | SourcedIdRef | Unset):
        academic_session (None | SourcedIdRef | Unset):
        score_scale (None | SourcedIdRef | Unset):
        result_value_min (float | None | Unset):
        result_value_max (float | None | Unset):
        learning_objective_set (list[LineItemLearningObjectiveSet] | None | Unset):
    """

    title: str
    assign_date: datetime.datetime
    due_date: datetime.datetime
    class_: SourcedIdRef
    school: SourcedIdRef
    category: SourcedIdRef
    sourced_id: str | Unset = UNSET
    status: LineItemStatus | Unset = UNSET
    date_last_modified: datetime.datetime | Unset = UNSET
    metadata: LineItemMetadataType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    grading_period: None | SourcedIdRef | Unset = UNSET
    academic_session: None | SourcedIdRef | Unset = UNSET
    score_scale: None | SourcedIdRef | Unset = UNSET
    result_value_min: float | None | Unset = UNSET
    result_value_max: float | None | Unset = UNSET
    learning_objective_set: list[LineItemLearningObjectiveSet] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.title is not UNSET:
            field_dict["title"] = self.title
        if self.assign_date is not UNSET:
            field_dict["assignDate"] = _rt.dump(self.assign_date)
        if self.due_date is not UNSET:
            field_dict["dueDate"] = _rt.dump(self.due_date)
        if self.class_ is not UNSET:
            field_dict["class"] = _rt.dump(self.class_)
        if self.school is not UNSET:
            field_dict["school"] = _rt.dump(self.school)
        if self.category is not UNSET:
            field_dict["category"] = _rt.dump(self.category)
        if self.sourced_id is not UNSET:
            field_dict["sourcedId"] = self.sourced_id
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.date_last_modified is not UNSET:
            field_dict["dateLastModified"] = _rt.dump(self.date_last_modified)
        if self.metadata is not UNSET:
            field_dict["metadata"] = _rt.dump(self.metadata)
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.grading_period is not UNSET:
            field_dict["gradingPeriod"] = _rt.dump(self.grading_period)
        if self.academic_session is not UNSET:
            field_dict["academicSession"] = _rt.dump(self.academic_session)
        if self.score_scale is not UNSET:
            field_dict["scoreScale"] = _rt.dump(self.score_scale)
        if self.result_value_min is not UNSET:
            field_dict["resultValueMin"] = self.result_value_min
        if self.result_value_max is not UNSET:
            field_dict["resultValueMax"] = self.result_value_max
        if self.learning_objective_set is not UNSET:
            field_dict["learningObjectiveSet"] = _rt.dump(self.learning_objective_set)
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
        title = d["title"]
        if type(title) is not str:
            raise TypeError

        assign_date = _parse_datetime(d["assignDate"])

        due_date = _parse_datetime(d["dueDate"])

        class_ = _F_SourcedIdRef(d["class"])

        school = _F_SourcedIdRef(d["school"])

        category = _F_SourcedIdRef(d["category"])

        sourced_id = d.get("sourcedId", UNSET)
        if type(sourced_id) is not str and sourced_id is not UNSET:
            raise TypeError

        _status = d.get("status", UNSET)
        status = UNSET if _status is UNSET else check_line_item_status(_status)

        _date_last_modified = d.get("dateLastModified", UNSET)
        date_last_modified = (
            UNSET
            if _date_last_modified is UNSET
            else _parse_datetime(_date_last_modified)
        )

        _metadata = d.get("metadata", UNSET)
        metadata = UNSET if _metadata is UNSET else _D_metadata.strict(_metadata)

        description = d.get("description", UNSET)
        if (
            type(description) is not str
            and description is not None
            and description is not UNSET
        ):
            raise TypeError

        _grading_period = d.get("gradingPeriod", UNSET)
        grading_period = (
            UNSET
            if _grading_period is UNSET
            else _D_grading_period.strict(_grading_period)
        )

        _academic_session = d.get("academicSession", UNSET)
        academic_session = (
            UNSET
            if _academic_session is UNSET
            else _D_academic_session.strict(_academic_session)
        )

        _score_scale = d.get("scoreScale", UNSET)
        score_scale = (
            UNSET if _score_scale is UNSET else _D_score_scale.strict(_score_scale)
        )

        result_value_min = d.get("resultValueMin", UNSET)
        if (
            type(result_value_min) is not float
            and type(result_value_min) is not int
            and result_value_min is not None
            and result_value_min is not UNSET
        ):
            raise TypeError

        result_value_max = d.get("resultValueMax", UNSET)
        if (
            type(result_value_max) is not float
            and type(result_value_max) is not int
            and result_value_max is not None
            and result_value_max is not UNSET
        ):
            raise TypeError

        _learning_objective_set = d.get("learningObjectiveSet", UNSET)
        learning_objective_set = (
            UNSET
            if _learning_objective_set is UNSET
            else _D_learning_objective_set.strict(_learning_objective_set)
        )

        if cls is LineItem:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.title = title
            _obj.assign_date = assign_date
            _obj.due_date = due_date
            _obj.class_ = class_
            _obj.school = school
            _obj.category = category
            _obj.sourced_id = sourced_id
            _obj.status = status
            _obj.date_last_modified = date_last_modified
            _obj.metadata = metadata
            _obj.description = description
            _obj.grading_period = grading_period
            _obj.academic_session = academic_session
            _obj.score_scale = score_scale
            _obj.result_value_min = result_value_min
            _obj.result_value_max = result_value_max
            _obj.learning_objective_set = learning_objective_set
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                title,
                assign_date,
                due_date,
                class_,
                school,
                category,
                sourced_id,
                status,
                date_last_modified,
                metadata,
                description,
                grading_period,
                academic_session,
                score_scale,
                result_value_min,
                result_value_max,
                learning_objective_set,
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
