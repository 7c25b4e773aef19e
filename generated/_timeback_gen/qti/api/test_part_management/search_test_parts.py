"""`GET /assessment-tests/{assessmentTestIdentifier}/test-parts` (search_test_parts).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.navigation_mode import NavigationMode
from ...models.order import Order
from ...models.sort import Sort
from ...models.submission_mode import SubmissionMode
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "search_test_parts",
    "method": "GET",
    "path": "/assessment-tests/{assessmentTestIdentifier}/test-parts",
    "summary": "Search and filter test parts within an assessment test",
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
            "python": "query",
            "spec": "query",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "page",
            "spec": "page",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "'1'",
        },
        {
            "python": "limit",
            "spec": "limit",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "'10'",
        },
        {
            "python": "sort",
            "spec": "sort",
            "in": "query",
            "required": False,
            "annotation": "Sort | Unset",
            "default": "UNSET",
        },
        {
            "python": "order",
            "spec": "order",
            "in": "query",
            "required": False,
            "annotation": "Order | Unset",
            "default": "UNSET",
        },
        {
            "python": "navigation_mode",
            "spec": "navigationMode",
            "in": "query",
            "required": False,
            "annotation": "NavigationMode | Unset",
            "default": "UNSET",
        },
        {
            "python": "submission_mode",
            "spec": "submissionMode",
            "in": "query",
            "required": False,
            "annotation": "SubmissionMode | Unset",
            "default": "UNSET",
        },
        {
            "python": "filter_",
            "spec": "filter",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["SearchTestPartsResponse200"]},
    ],
    "returns": "SearchTestPartsResponse200",
}


def _get_kwargs(
    assessment_test_identifier: str,
    *,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: Sort | Unset = UNSET,
    order: Order | Unset = UNSET,
    navigation_mode: NavigationMode | Unset = UNSET,
    submission_mode: SubmissionMode | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_navigation_mode: str | Unset = UNSET
    if not isinstance(navigation_mode, Unset):
        json_navigation_mode = navigation_mode

    params["navigationMode"] = json_navigation_mode

    json_submission_mode: str | Unset = UNSET
    if not isinstance(submission_mode, Unset):
        json_submission_mode = submission_mode

    params["submissionMode"] = json_submission_mode

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-tests/{assessment_test_identifier}/test-parts".format(
            assessment_test_identifier=quote(str(assessment_test_identifier), safe=""),
        ),
        "params": params,
    }

    return _kwargs
