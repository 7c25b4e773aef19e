"""Request/response types, error bodies and the route table shared by the API modules."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

JSON = "application/json"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)
    operation_id: str = ""
    api: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def json(self) -> Any:
        if not self.body.strip():
            raise ApiError.bad_request("request body is empty; a JSON body is required")
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError.bad_request(f"request body is not valid JSON: {exc}") from exc

    def json_object(self) -> dict[str, Any]:
        data = self.json()
        if not isinstance(data, dict):
            raise ApiError.bad_request("request body must be a JSON object")
        return data


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str | None = JSON
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        return cls(
            status, json.dumps(data, separators=(",", ":")).encode(), JSON, dict(headers or {})
        )

    @classmethod
    def empty(cls, status: int = 204) -> Response:
        return cls(status, b"", None)


def imsx_body(
    description: str, minor_value: str, field_name: str = "TargetEndSystem", **details: str
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "imsx_codeMajor": "failure",
        "imsx_severity": "error",
        "imsx_description": description,
        "imsx_CodeMinor": {
            "imsx_codeMinorField": [
                {"imsx_codeMinorFieldName": field_name, "imsx_codeMinorFieldValue": minor_value}
            ]
        },
    }
    if details:
        body["imsx_error_details"] = [dict(details)]
    return body


class ApiError(Exception):
    """An error answer. ``body`` is the JSON body; API modules pick the shape (imsx or other)."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body
        self.headers = dict(headers or {})

    def response(self) -> Response:
        return Response.json(self.body, self.status, self.headers)

    # imsx (OneRoster / PowerPath / CASE) flavours
    @classmethod
    def bad_request(cls, description: str, field_name: str = "TargetEndSystem") -> ApiError:
        return cls(400, imsx_body(description, "invalid_selection_field", field_name))

    @classmethod
    def not_found(cls, description: str, field_name: str = "sourcedId") -> ApiError:
        return cls(404, imsx_body(description, "unknownobject", field_name))

    @classmethod
    def conflict(cls, description: str, field_name: str = "sourcedId") -> ApiError:
        return cls(409, imsx_body(description, "duplicate", field_name))

    @classmethod
    def unprocessable(
        cls, description: str, field_name: str = "TargetEndSystem", **details: str
    ) -> ApiError:
        return cls(422, imsx_body(description, "invaliddata", field_name, **details))

    @classmethod
    def not_implemented(cls, api: str, operation_id: str) -> ApiError:
        return cls(
            501,
            imsx_body(
                f"The TimeBack sandbox does not implement {api} operation {operation_id}",
                "unsupported",
                "operationId",
            ),
        )


Handler = Callable[[Request], Response]


@dataclass
class Route:
    api: str
    method: str  # upper case
    template: str  # full path template including the API prefix
    operation_id: str
    handler: Handler
    implemented: bool
    auth: bool = True
    regex: re.Pattern[str] = field(default_factory=lambda: re.compile("^$"))
    literal_segments: int = 0


def parse_query(raw: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(raw, keep_blank_values=True).items()}


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []
        self._by_first: dict[str, list[Route]] = {}

    def add(self, route: Route) -> None:
        from .spec import path_template_regex

        route.regex = path_template_regex(route.template)
        segs = route.template.strip("/").split("/")
        route.literal_segments = sum(
            1 for s in segs if not (s.startswith("{") or s.startswith(":"))
        )
        self.routes.append(route)
        key = "*" if segs[0].startswith(("{", ":")) else segs[0]
        self._by_first.setdefault(key, []).append(route)

    def match(self, method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
        """Best route for method+path, its path params, and whether the path matched at all."""
        first = path.strip("/").split("/")[0]
        candidates = self._by_first.get(first, []) + self._by_first.get("*", [])
        best: tuple[Route, dict[str, str]] | None = None
        path_known = False
        for route in candidates:
            m = route.regex.match(path)
            if m is None:
                continue
            path_known = True
            if route.method != method:
                continue
            if best is None or route.literal_segments > best[0].literal_segments:
                best = (route, {k: _unquote(v) for k, v in m.groupdict().items()})
        if best is None:
            return None, {}, path_known
        return best[0], best[1], True


def _unquote(value: str) -> str:
    from urllib.parse import unquote

    return unquote(value)
