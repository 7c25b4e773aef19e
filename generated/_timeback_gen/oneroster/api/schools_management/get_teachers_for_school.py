"""`GET /ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/teachers` (get_teachers_for_school).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.order_by import OrderBy
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "get_teachers_for_school",
    "method": "GET",
    "path": "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/teachers",
    "summary": "Get all teachers for a school",
    "params": [
        {
            "python": "school_sourced_id",
            "spec": "schoolSourcedId",
            "in": "path",
            "required": True,
            "annotation": "str",
            "default": None,
        },
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
        {"status": "200", "kind": "model", "models": ["UserList"]},
    ],
    "returns": "UserList",
}


def _get_kwargs(
    school_sourced_id: str,
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
        "url": "/ims/oneroster/rostering/v1p2/schools/{school_sourced_id}/teachers".format(
            school_sourced_id=quote(str(school_sourced_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
