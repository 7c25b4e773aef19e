"""`DELETE /assessment-tests/{assessmentTestIdentifier}/test-parts/{testPartIdentifier}/sections/{identifier}/items/{itemIdentifier}` (remove_assessment_item).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

ENDPOINT: dict[str, Any] = {
    "name": "remove_assessment_item",
    "method": "DELETE",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts/{testPartIdentifier}/sections/{identifier}/items/{itemIdentifier}",
    "summary": "Remove an assessment item reference from a section",
    "params": [
        {
            "python": "assessment_test_identifier",
            "spec": "assessmentTestIdentifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "test_part_identifier",
            "spec": "testPartIdentifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "identifier",
            "spec": "identifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
        {
            "python": "item_identifier",
            "spec": "itemIdentifier",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "204", "kind": "none", "models": []},
    ],
    "returns": "Any",
}


def _get_kwargs(
    assessment_test_identifier: str,
    test_part_identifier: str,
    identifier: str,
    item_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts/{test_part_identifier}/sections/{identifier}/items/{item_identifier}".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
            test_part_identifier=quote(str(test_part_identifier), safe=""),
            identifier=quote(str(identifier), safe=""),
            item_identifier=quote(str(item_identifier), safe=""),
        ),
    }

    return _kwargs
