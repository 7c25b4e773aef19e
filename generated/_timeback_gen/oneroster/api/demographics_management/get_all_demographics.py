"""`GET /ims/oneroster/rostering/v1p2/demographics/` (get_all_demographics).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.order_by import OrderBy
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "get_all_demographics",
    "method": "GET",
    "path": "/ims/oneroster/rostering/v1p2/demographics/",
    "summary": "Get all Demographic records",
    "params": [
        {
            "python": "fields",
            "spec": "fields",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "limit",
            "spec": "limit",
            "in": "query",
            "required": False,
            "annotation": "int | Unset",
            "default": "100",
        },
        {
            "python": "offset",
            "spec": "offset",
            "in": "query",
            "required": False,
            "annotation": "int | Unset",
            "default": "0",
        },
        {
            "python": "sort",
            "spec": "sort",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
        {
            "python": "order_by",
            "spec": "orderBy",
            "in": "query",
            "required": False,
            "annotation": "OrderBy | Unset",
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
        {
            "python": "search",
            "spec": "search",
            "in": "query",
            "required": False,
            "annotation": "str | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [],
    "responses": [
        {"status": "200", "kind": "model", "models": ["GetAllDemographicsResponse200"]},
    ],
    "returns": "GetAllDemographicsResponse200",
}


def _get_kwargs(
    *,
    fields: str | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    sort: str | Unset = UNSET,
    order_by: OrderBy | Unset = UNSET,
    filter_: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["limit"] = limit

    params["offset"] = offset

    params["sort"] = sort

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["orderBy"] = json_order_by

    params["filter"] = filter_

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ims/oneroster/rostering/v1p2/demographics/",
        "params": params,
    }

    return _kwargs
