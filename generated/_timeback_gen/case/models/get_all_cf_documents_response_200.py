from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ... import _runtime as _rt
from ..types import NO_EXTRAS, UNSET

if TYPE_CHECKING:
    from ..models.cf_document import CFDocument


T = TypeVar("T", bound="GetAllCfDocumentsResponse200")
_new_instance = object.__new__
_parse_datetime = datetime.datetime.fromisoformat
_parse_date = datetime.date.fromisoformat

_KNOWN_KEYS = frozenset(
    {
        "CFDocuments",
    }
)
_BOUND = False


def _bind() -> None:
    """Import the models this one reads and build its field table, once (not at module import:
    the models may refer to each other)."""
    global _BOUND, _TABLE, _EXTRAS
    global _F_CFDocument
    global CFDocument
    from ..models.cf_document import CFDocument

    _TABLE = _rt.table(
        (
            _rt.Field(
                "CFDocuments", "cf_documents", True, _rt.List(_rt.Model(CFDocument))
            ),
        ),
        _rt.ANY,
    )
    _EXTRAS = _TABLE.extras
    # The nested models' fast readers, bound once (a classmethod looked up per call is a new
    # bound method each time).
    _F_CFDocument = CFDocument._from_dict_fast
    _BOUND = True


@_attrs_define
class GetAllCfDocumentsResponse200:
    """
    Attributes:
        cf_documents (list[CFDocument]):
    """

    cf_documents: list[CFDocument]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cf_documents is not UNSET:
            field_dict["CFDocuments"] = _rt.dump(self.cf_documents)
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
        _cf_documents = d["CFDocuments"]
        if type(_cf_documents) is not list:
            raise TypeError
        cf_documents = (
            [_F_CFDocument(_item) for _item in _cf_documents]
            if _cf_documents
            else _cf_documents
        )

        if cls is GetAllCfDocumentsResponse200:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.cf_documents = cf_documents
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                cf_documents,
            )
        if len(d) == 1:
            _obj.additional_properties = NO_EXTRAS
        else:
            _obj.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return _obj

    def _tb_page(self) -> tuple[GetAllCfDocumentsResponse200, list[CFDocument]]:
        """This page and its records (`CFDocuments`): what `tb.paginate(...)` hands out; the
        annotation tells a type checker the page and record models of a walk."""
        return self, self.cf_documents

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
