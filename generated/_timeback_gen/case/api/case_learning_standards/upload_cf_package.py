"""`POST /ims/case/v1p1/CFPackages` (upload_cf_package).

`_get_kwargs` builds the request; `ENDPOINT` describes the operation (read by scripts/facade.py).
"""

from __future__ import annotations

from typing import Any

from ...models.upload_cf_package_body import UploadCfPackageBody
from ...types import UNSET, Unset

ENDPOINT: dict[str, Any] = {
    "name": "upload_cf_package",
    "method": "POST",
    "path": "/ims/case/v1p1/CFPackages",
    "summary": "Upload CASE Package",
    "params": [
        {
            "python": "body",
            "spec": "body",
            "in": "body",
            "required": False,
            "annotation": "UploadCfPackageBody | Unset",
            "default": "UNSET",
        },
    ],
    "bodies": [
        {
            "content_type": "application/json",
            "kind": "json",
            "model": "UploadCfPackageBody",
        },
    ],
    "responses": [
        {"status": "201", "kind": "model", "models": ["UploadCfPackageResponse201"]},
    ],
    "returns": "UploadCfPackageResponse201",
}


def _get_kwargs(
    *,
    body: UploadCfPackageBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ims/case/v1p1/CFPackages",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
