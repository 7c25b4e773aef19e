from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS

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

_KNOWN_KEYS = frozenset(
    {
        "lineItems",
        "testOut",
    }
)
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global GetCourseProgressResponse200LineItem
    global GetCourseProgressResponse200TestOut
    global GetCourseProgressResponse200TestOut2
    global GetCourseProgressResponse200TestOut3
    global GetCourseProgressResponse200TestOut4
    global LineItem
    global TestOut
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

    _LAZY_BOUND = True


def _parse_test_out(
    data: object,
) -> (
    GetCourseProgressResponse200TestOut
    | GetCourseProgressResponse200TestOut2
    | GetCourseProgressResponse200TestOut3
    | GetCourseProgressResponse200TestOut4
    | TestOut
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        test_out_type_0 = TestOut.from_dict(data)

        return test_out_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        test_out_type_1 = GetCourseProgressResponse200TestOut.from_dict(data)

        return test_out_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        test_out_type_2 = GetCourseProgressResponse200TestOut2.from_dict(data)

        return test_out_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        test_out_type_3 = GetCourseProgressResponse200TestOut3.from_dict(data)

        return test_out_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    test_out_type_4 = GetCourseProgressResponse200TestOut4.from_dict(data)

    return test_out_type_4


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
        from ..models.get_course_progress_response_200_test_out import (
            GetCourseProgressResponse200TestOut,
        )
        from ..models.get_course_progress_response_200_test_out_2 import (
            GetCourseProgressResponse200TestOut2,
        )
        from ..models.get_course_progress_response_200_test_out_3 import (
            GetCourseProgressResponse200TestOut3,
        )
        from ..models.line_item import LineItem
        from ..models.test_out import TestOut

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item: dict[str, Any]
            if isinstance(line_items_item_data, LineItem):
                line_items_item = line_items_item_data.to_dict()
            else:
                line_items_item = line_items_item_data.to_dict()

            line_items.append(line_items_item)

        test_out: dict[str, Any]
        if (
            isinstance(self.test_out, TestOut)
            or isinstance(self.test_out, GetCourseProgressResponse200TestOut)
            or isinstance(self.test_out, GetCourseProgressResponse200TestOut2)
            or isinstance(self.test_out, GetCourseProgressResponse200TestOut3)
        ):
            test_out = self.test_out.to_dict()
        else:
            test_out = self.test_out.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineItems": line_items,
                "testOut": test_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        line_items = []
        _line_items = d["lineItems"]
        for line_items_item_data in _line_items:

            def _parse_line_items_item(
                data: object,
            ) -> GetCourseProgressResponse200LineItem | LineItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    line_items_item_type_0 = LineItem.from_dict(data)

                    return line_items_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                line_items_item_type_1 = GetCourseProgressResponse200LineItem.from_dict(
                    data
                )

                return line_items_item_type_1

            line_items_item = _parse_line_items_item(line_items_item_data)

            line_items.append(line_items_item)

        test_out = _parse_test_out(d["testOut"])

        if cls is GetCourseProgressResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.line_items = line_items
            _obj.test_out = test_out
            _obj.additional_properties = NO_EXTRAS
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                line_items,
                test_out,
            )
        if len(d) != 2:  # else keep NO_EXTRAS
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
