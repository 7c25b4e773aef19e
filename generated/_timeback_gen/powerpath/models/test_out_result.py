from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_EXTRAS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.credentials import Credentials


T = TypeVar("T", bound="TestOutResult")
_new_instance = object.__new__

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
_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global Credentials
    from ..models.credentials import Credentials

    _LAZY_BOUND = True


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
        lesson_type = self.lesson_type

        lesson_id: None | str
        lesson_id = self.lesson_id

        finalized = self.finalized

        tool_provider: None | str
        tool_provider = self.tool_provider

        attempt = self.attempt

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials.to_dict()

        assignment_id = self.assignment_id

        class_id = self.class_id

        test_url = self.test_url

        test_id = self.test_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lessonType": lesson_type,
                "lessonId": lesson_id,
                "finalized": finalized,
                "toolProvider": tool_provider,
            }
        )
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if assignment_id is not UNSET:
            field_dict["assignmentId"] = assignment_id
        if class_id is not UNSET:
            field_dict["classId"] = class_id
        if test_url is not UNSET:
            field_dict["testUrl"] = test_url
        if test_id is not UNSET:
            field_dict["testId"] = test_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        lesson_type = cast(Literal["test-out"], d["lessonType"])
        if lesson_type != "test-out":
            raise ValueError(
                f"lessonType must match const 'test-out', got '{lesson_type}'"
            )

        lesson_id = d["lessonId"]

        finalized = d["finalized"]

        tool_provider = d["toolProvider"]

        attempt = d.get("attempt", UNSET)

        _credentials = d.get("credentials", UNSET)
        credentials = (
            UNSET if _credentials is UNSET else Credentials.from_dict(_credentials)
        )

        assignment_id = d.get("assignmentId", UNSET)

        class_id = d.get("classId", UNSET)

        test_url = d.get("testUrl", UNSET)

        test_id = d.get("testId", UNSET)

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
            _obj.additional_properties = NO_EXTRAS
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
