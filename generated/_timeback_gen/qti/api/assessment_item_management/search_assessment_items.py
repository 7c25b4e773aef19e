"""`GET /assessment-items` (search_assessment_items).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.order import Order
from ...models.search_assessment_items_sort import (
    SearchAssessmentItemsSort,
)
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "search_assessment_items",
    "method": "GET",
    "path": "/assessment-items",
    "summary": "Search and filter assessment items",
    "params": [
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
            "annotation": "SearchAssessmentItemsSort | Unset",
            "default": "'createdAt'",
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
        {
            "status": "200",
            "kind": "model",
            "models": ["SearchAssessmentItemsResponse200"],
        },
    ],
    "returns": "SearchAssessmentItemsResponse200",
}


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    page: str | Unset = "1",
    limit: str | Unset = "10",
    sort: SearchAssessmentItemsSort | Unset = "createdAt",
    order: Order | Unset = UNSET,
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

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-items",
        "params": params,
    }

    return _kwargs
