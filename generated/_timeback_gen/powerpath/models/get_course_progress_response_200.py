from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.get_course_progress_response_200_line_item import (
        GetCourseProgressResponse200LineItem,
    )
    from ..models.get_course_progress_response_200_test_out import (
        GetCourseProgressResponse200TestOut,
    )
    from ..models.get_course_progress_response_200_test_out_2 import (
        GetCourseProgressResponse200TestOut2,
    )
    from ..models.get_course_progress_response_200_test_out_3 import (
        GetCourseProgressResponse200TestOut3,
    )
    from ..models.get_course_progress_response_200_test_out_4 import (
        GetCourseProgressResponse200TestOut4,
    )
    from ..models.line_item import LineItem
    from ..models.test_out import TestOut


T = TypeVar("T", bound="GetCourseProgressResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "lineItems",
        "testOut",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global GetCourseProgressResponse200LineItem
    global GetCourseProgressResponse200TestOut
    global GetCourseProgressResponse200TestOut2
    global GetCourseProgressResponse200TestOut3
    global GetCourseProgressResponse200TestOut4
    global LineItem
    global TestOut
    global _D_line_items
    global _D_test_out
    from ..models.get_course_progress_response_200_line_item import (
        GetCourseProgressResponse200LineItem,
    )
    from ..models.get_course_progress_response_200_test_out import (
        GetCourseProgressResponse200TestOut,
    )
    from ..models.get_course_progress_response_200_test_out_2 import (
        GetCourseProgressResponse200TestOut2,
    )
    from ..models.get_course_progress_response_200_test_out_3 import (
        GetCourseProgressResponse200TestOut3,
    )
    from ..models.get_course_progress_response_200_test_out_4 import (
        GetCourseProgressResponse200TestOut4,
    )
    from ..models.line_item import LineItem
    from ..models.test_out import TestOut

    _TABLE = _rt.table(
        (
            _rt.Field(
                "lineItems",
                "line_items",
                True,
                _rt.List(
                    _rt.Union(
                        (
                            _rt.Model(LineItem),
                            _rt.Model(GetCourseProgressResponse200LineItem),
                        )
                    )
                ),
            ),
            _rt.Field(
                "testOut",
                "test_out",
                True,
                _rt.Union(
                    (
                        _rt.Model(TestOut),
                        _rt.Model(GetCourseProgressResponse200TestOut),
                        _rt.Model(GetCourseProgressResponse200TestOut2),
                        _rt.Model(GetCourseProgressResponse200TestOut3),
                        _rt.Model(GetCourseProgressResponse200TestOut4),
                    )
                ),
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _D_line_items = _TABLE.fields[0].desc
    _D_test_out = _TABLE.fields[1].desc
    _BOUND = True


@_attrs_define
class GetCourseProgressResponse200:
    """
    Attributes:
        line_items (list[GetCourseProgressResponse200LineItem | LineItem]): Assessment line items for the course and
            student
        test_out (GetCourseProgressResponse200TestOut | GetCourseProgressResponse200TestOut2 |
            GetCourseProgressResponse200TestOut3 | GetCourseProgressResponse200TestOut4 | TestOut): Test-out status for the
            student in this course. Indicates whether the student can take a test-out, has one in progress, or has
            completed/failed one.
    """

    line_items: list[GetCourseProgressResponse200LineItem | LineItem]
    test_out: (
        GetCourseProgressResponse200TestOut
        | GetCourseProgressResponse200TestOut2
        | GetCourseProgressResponse200TestOut3
        | GetCourseProgressResponse200TestOut4
        | TestOut
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.line_items is not UNSET:
            field_dict["lineItems"] = _rt.dump(self.line_items)
        if self.test_out is not UNSET:
            field_dict["testOut"] = _rt.dump(self.test_out)
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
        _line_items = d["lineItems"]
        if type(_line_items) is not list:
            raise TypeError
        line_items = _D_line_items.strict(_line_items)

        test_out = _D_test_out.strict(d["testOut"])

        if cls is GetCourseProgressResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.line_items = line_items
            _obj.test_out = test_out
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                line_items,
                test_out,
            )
        if len(d) == 2:
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
