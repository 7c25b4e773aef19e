from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ImportTestAssignmentsBody")
_new_instance = object.__new__


@_attrs_define
class ImportTestAssignmentsBody:
    """
    Attributes:
        spreadsheet_url (str): Publicly readable Google Sheets URL (Anyone with link)
        sheet (str): The Sheet/tab name to read (case-sensitive in Sheets)
    """

    spreadsheet_url: str
    sheet: str

    def to_dict(self) -> dict[str, Any]:
        spreadsheet_url = self.spreadsheet_url

        sheet = self.sheet

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "spreadsheetUrl": spreadsheet_url,
                "sheet": sheet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        spreadsheet_url = d["spreadsheetUrl"]

        sheet = d["sheet"]

        if cls is ImportTestAssignmentsBody:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.spreadsheet_url = spreadsheet_url
            _obj.sheet = sheet
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                spreadsheet_url,
                sheet,
            )
        return _obj
