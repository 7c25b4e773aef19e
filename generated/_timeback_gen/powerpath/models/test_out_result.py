from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="TestOutResult")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "lessonType",
        "lessonId",
        "finalized",
        "toolProvider",
        "attempt",
        "credentials",
        "assignmentId",
        "classId",
        "testUrl",
        "testId",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_Credentials
    global Credentials
    global _D_lesson_type
    from ..models.credentials import Credentials

    _TABLE = _rt.table(
        (
            _rt.Field("lessonType", "lesson_type", True, _rt.Const("test-out")),
            _rt.Field(
                "lessonId",
                "lesson_id",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("finalized", "finalized", True, _rt.BOOL),
            _rt.Field(
                "toolProvider",
                "tool_provider",
                True,
                _rt.Union(
                    (
                        _rt.STR,
                        _rt.NONE,
                    )
                ),
            ),
            _rt.Field("attempt", "attempt", False, _rt.FLOAT),
            _rt.Field("credentials", "credentials", False, _rt.Model(Credentials)),
            _rt.Field("assignmentId", "assignment_id", False, _rt.STR),
            _rt.Field("classId", "class_id", False, _rt.STR),
            _rt.Field("testUrl", "test_url", False, _rt.STR),
            _rt.Field("testId", "test_id", False, _rt.STR),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_Credentials = Credentials._from_dict_fast
    _D_lesson_type = _TABLE.fields[0].desc
    _BOUND = True


@_attrs_define
class TestOutResult:
    """Holds the id of the TestOut lesson (ComponentResource), or its results in case it was previously attempted

    Attributes:
        lesson_type (Literal['test-out']):
        lesson_id (None | str): The id of the testOut lesson
        finalized (bool): Whether the Test Out has been finalized in the current attempt
        tool_provider (None | str): The tool provider for the testOut lesson
        attempt (float | Unset): The attempt number
        credentials (Credentials | Unset): The credentials for accessing the assigned test on external tool
        assignment_id (str | Unset): The id of the assignment on external tool for results retrieval
        class_id (str | Unset): The id of the class on external tool for results retrieval (may be empty for some tools)
        test_url (str | Unset): The URL of the test on external tool
        test_id (str | Unset): The id of the test on external tool (may be assignment ID for some tools)
    """

    lesson_type: Literal["test-out"]
    lesson_id: None | str
    finalized: bool
    tool_provider: None | str
    attempt: float | Unset = UNSET
    credentials: Credentials | Unset = UNSET
    assignment_id: str | Unset = UNSET
    class_id: str | Unset = UNSET
    test_url: str | Unset = UNSET
    test_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.lesson_type is not UNSET:
            field_dict["lessonType"] = _rt.dump(self.lesson_type)
        if self.lesson_id is not UNSET:
            field_dict["lessonId"] = self.lesson_id
        if self.finalized is not UNSET:
            field_dict["finalized"] = self.finalized
        if self.tool_provider is not UNSET:
            field_dict["toolProvider"] = self.tool_provider
        if self.attempt is not UNSET:
            field_dict["attempt"] = self.attempt
        if self.credentials is not UNSET:
            field_dict["credentials"] = _rt.dump(self.credentials)
        if self.assignment_id is not UNSET:
            field_dict["assignmentId"] = self.assignment_id
        if self.class_id is not UNSET:
            field_dict["classId"] = self.class_id
        if self.test_url is not UNSET:
            field_dict["testUrl"] = self.test_url
        if self.test_id is not UNSET:
            field_dict["testId"] = self.test_id
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
        lesson_type = _D_lesson_type.strict(d["lessonType"])

        lesson_id = d["lessonId"]
        if type(lesson_id) is not str and lesson_id is not None:
            raise TypeError

        finalized = d["finalized"]
        if type(finalized) is not bool:
            raise TypeError

        tool_provider = d["toolProvider"]
        if type(tool_provider) is not str and tool_provider is not None:
            raise TypeError

        attempt = d.get("attempt", UNSET)
        if (
            type(attempt) is not float
            and type(attempt) is not int
            and attempt is not UNSET
        ):
            raise TypeError

        _credentials = d.get("credentials", UNSET)
        credentials = UNSET if _credentials is UNSET else _F_Credentials(_credentials)

        assignment_id = d.get("assignmentId", UNSET)
        if type(assignment_id) is not str and assignment_id is not UNSET:
            raise TypeError

        class_id = d.get("classId", UNSET)
        if type(class_id) is not str and class_id is not UNSET:
            raise TypeError

        test_url = d.get("testUrl", UNSET)
        if type(test_url) is not str and test_url is not UNSET:
            raise TypeError

        test_id = d.get("testId", UNSET)
        if type(test_id) is not str and test_id is not UNSET:
            raise TypeError

        if cls is TestOutResult:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.lesson_type = lesson_type
            _obj.lesson_id = lesson_id
            _obj.finalized = finalized
            _obj.tool_provider = tool_provider
            _obj.attempt = attempt
            _obj.credentials = credentials
            _obj.assignment_id = assignment_id
            _obj.class_id = class_id
            _obj.test_url = test_url
            _obj.test_id = test_id
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                lesson_type,
                lesson_id,
                finalized,
                tool_provider,
                attempt,
                credentials,
                assignment_id,
                class_id,
                test_url,
                test_id,
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
