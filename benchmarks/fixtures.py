"""Data and transports shared by the benchmark figures (no timing code here).

Records look like what a school's SIS sync puts into TimeBack: one or two roles with their org,
SIS/LDAP user ids, a primary org, grades, metadata and timestamps. Everything is deterministic.
"""

from __future__ import annotations

import json
import random
import threading
import time
from typing import Any

import httpx

TOKEN_BODY = json.dumps(
    {"access_token": "bench-token", "token_type": "Bearer", "expires_in": 3600}
).encode()
JSON_HEADERS = [(b"content-type", b"application/json")]
USERS_PATH = "/ims/oneroster/rostering/v1p2/users/"
# Bump when `user_record` changes: seeded sandbox databases cached under build/bench/ are keyed by it.
RECORDS_VERSION = "users-v2"

_GIVEN = ["Ada", "Grace", "Alan", "Katherine", "Edsger", "Barbara", "Donald", "Frances", "Ken"]
_FAMILY = ["Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Knuth", "Allen"]
# oneroster-api.json's grade codes ("0" is Kindergarten; it has no CEDS "KG"/"01" spellings).
_GRADES = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]


def _ref(kind: str, sourced_id: str) -> dict[str, str]:
    return {
        "href": f"https://api.alpha-1edtech.ai/ims/oneroster/rostering/v1p2/{kind}s/{sourced_id}",
        "sourcedId": sourced_id,
        "type": kind,
    }


def user_record(i: int, *, sourced_id: str | None = None) -> dict[str, Any]:
    """One realistic OneRoster user (deterministic in `i`)."""
    rnd = random.Random(i)
    given = _GIVEN[i % len(_GIVEN)]
    family = _FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]
    school = f"school-{i % 37:03d}"
    teacher = i % 9 == 0
    roles = [
        {
            "roleType": "primary",
            "role": "teacher" if teacher else "student",
            "org": _ref("org", school),
            "beginDate": "2024-08-15",
            "endDate": "2025-06-06",
        }
    ]
    if i % 3 == 0:
        roles.append(
            {
                "roleType": "secondary",
                "role": "aide" if teacher else "student",
                "org": _ref("org", f"school-{(i + 5) % 37:03d}"),
            }
        )
    return {
        "sourcedId": sourced_id or f"{rnd.getrandbits(128):032x}",
        "status": "active",
        "dateLastModified": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:"
        f"{(i * 7) % 60:02d}.{i % 1000:03d}Z",
        "metadata": {
            "sis": "PowerSchool",
            "studentNumber": str(100000 + i),
            "gradYear": 2026 + i % 12,
            "flags": {"ell": i % 5 == 0, "iep": i % 7 == 0},
        },
        "userMasterIdentifier": f"UMI-{i:08d}",
        "username": f"{given.lower()}.{family.lower()}{i}",
        "userIds": [
            {"type": "SIS", "identifier": f"SIS-{i:07d}"},
            {"type": "LDAP", "identifier": f"uid={given.lower()}{i},ou=people"},
        ],
        "enabledUser": True,
        "givenName": given,
        "familyName": family,
        "middleName": "Q" if i % 2 else None,
        "roles": roles,
        "agents": [_ref("user", f"parent-{i:06d}")] if not teacher else [],
        "primaryOrg": _ref("org", school),
        "identifier": f"ID{i:07d}",
        "email": f"{given.lower()}.{family.lower()}{i}@example.edu",
        "preferredFirstName": given[:3] if i % 4 == 0 else None,
        "grades": [] if teacher else [_GRADES[i % len(_GRADES)]],
        "userProfiles": [],
    }


def users_page_body(n: int, *, offset: int = 0, total: int | None = None) -> bytes:
    """A `getAllUsers` response body with `n` users."""
    total = n if total is None else total
    return json.dumps(
        {
            "users": [user_record(offset + i) for i in range(n)],
            "totalCount": total,
            "pageCount": max(1, -(-total // max(n, 1))),
            "pageNumber": offset // max(n, 1) + 1,
            "offset": offset,
            "limit": n,
        },
        separators=(",", ":"),
    ).encode()


def user_body(i: int = 1) -> bytes:
    """A `getUser` response body."""
    return json.dumps({"user": user_record(i)}, separators=(",", ":")).encode()


class FixedTransport(httpx.BaseTransport):
    """In-process transport: the token endpoint, else always the same 200 JSON body."""

    def __init__(self, body: bytes, *, token_delay: float = 0.0) -> None:
        self.body = body
        self.token_delay = token_delay
        self.token_requests = 0
        self.requests = 0
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth2/token"):
            with self._lock:
                self.token_requests += 1
            if self.token_delay:
                time.sleep(self.token_delay)
            return httpx.Response(200, headers=JSON_HEADERS, content=TOKEN_BODY)
        with self._lock:
            self.requests += 1
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)


class AsyncFixedTransport(httpx.AsyncBaseTransport):
    """Async twin of `FixedTransport` (the token endpoint awaits `token_delay`)."""

    def __init__(self, body: bytes, *, token_delay: float = 0.0) -> None:
        self.body = body
        self.token_delay = token_delay
        self.token_requests = 0
        self.requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        if request.url.path.endswith("/oauth2/token"):
            self.token_requests += 1
            if self.token_delay:
                await asyncio.sleep(self.token_delay)
            return httpx.Response(200, headers=JSON_HEADERS, content=TOKEN_BODY)
        self.requests += 1
        return httpx.Response(200, headers=JSON_HEADERS, content=self.body)
