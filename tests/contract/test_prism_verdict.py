"""Reading Prism's verdict: the ``sl-violations`` header, including the cut-short form Prism
sends past ~8 KB (``Too many violations! `` and a truncated JSON list). No Prism process."""

from __future__ import annotations

import json
from typing import Any

from .prism import PrismVerdict

MAX_SAFE_HEADER_LENGTH = 8 * 1024 - 100  # prism-http-server addViolationHeader


def header(violations: list[dict[str, Any]]) -> str:
    value = json.dumps(violations, separators=(",", ":"))  # JSON.stringify
    if len(value) > MAX_SAFE_HEADER_LENGTH:
        value = f"Too many violations! {value[:MAX_SAFE_HEADER_LENGTH]}"
    return value


RESPONSE = {"location": ["response", "body", "sequence"], "severity": "Error", "message": "> 0"}
REQUEST = {"location": ["request", "query", "limit"], "severity": "Error", "message": "integer"}


def verdict(violations: list[dict[str, Any]]) -> PrismVerdict:
    return PrismVerdict(200, {"sl-violations": header(violations)}, b"{}")


def test_a_cut_short_list_of_response_violations_is_prisms_own_and_the_request_is_ok() -> None:
    v = verdict([RESPONSE] * 300)
    assert v.ok and not v.request_errors
    assert len(v.response_errors) > 50 and all(e == RESPONSE for e in v.response_errors)


def test_request_violations_before_the_cut_are_kept() -> None:
    v = verdict([REQUEST] + [RESPONSE] * 300)
    assert not v.ok and v.request_errors == [REQUEST]


def test_a_cut_inside_request_violations_leaves_an_error_for_the_unread_rest() -> None:
    v = verdict([REQUEST] * 300 + [RESPONSE])
    assert not v.ok
    assert "cut short" in v.request_errors[-1]["message"]


def test_a_short_list_and_an_unparseable_header() -> None:
    assert verdict([REQUEST]).request_errors == [REQUEST]
    bad = PrismVerdict(200, {"sl-violations": "not json"}, b"{}")
    assert not bad.ok and "unparseable" in bad.request_errors[0]["message"]
