"""The sandbox stores a Caliper event once per `id`: a re-send (a client retrying after a lost
answer) is acknowledged and not stored twice (issue 17)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from timeback_gen import Timeback
from timeback_gen.caliper_events import (
    activity_completed,
    activity_context,
    send_events,
    timeback_user,
)
from timeback_gen.sandbox.process import SandboxProcess

CAL = "/caliper-api/caliper"
V1P2 = "http://purl.imsglobal.org/ctx/caliper/v1p2"


def event(actor: str, eid: str | None = None, xp: float = 10) -> dict[str, Any]:
    return {
        "@context": V1P2,
        "id": eid or f"urn:uuid:{uuid.uuid4()}",
        "type": "ActivityEvent",
        "profile": "TimebackProfile",
        "actor": {"id": actor, "type": "TimebackUser", "email": "kid@example.com"},
        "action": "Completed",
        "object": {
            "id": "https://app.example.com/activity/1",
            "type": "TimebackActivityContext",
            "subject": "Math",
            "app": {"name": "Practice"},
        },
        "eventTime": "2025-01-02T10:00:00.000Z",
        "generated": {
            "id": "https://app.example.com/metrics/1",
            "type": "TimebackActivityMetricsCollection",
            "items": [{"type": "xpEarned", "value": xp}],
        },
    }


def envelope(sensor: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {
        "sensor": sensor,
        "sendTime": "2025-01-02T10:00:01.000Z",
        "dataVersion": V1P2,
        "data": list(events),
    }


def listed(client: httpx.Client, sensor: str) -> dict[str, Any]:
    r = client.get(f"{CAL}/events", params={"sensor": sensor, "limit": 100})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def new_sensor() -> str:
    return f"https://{uuid.uuid4().hex[:10]}.example.com/sensor"


def test_a_resent_event_is_acknowledged_and_stored_once(client: httpx.Client) -> None:
    sensor = new_sensor()
    actor = f"https://example.org/users/{uuid.uuid4().hex[:8]}"
    a, b = event(actor), event(actor)
    first = client.post(f"{CAL}/event", json=envelope(sensor, a, b))
    assert first.status_code == 200 and first.json()["count"] == 2, first.text
    # The same envelope again (the answer was lost), then one event again beside a new one.
    again = client.post(f"{CAL}/event", json=envelope(sensor, a, b))
    assert again.status_code == 200, again.text
    assert again.json()["status"] == "success" and again.json()["count"] == 2
    c = event(actor)
    mixed = client.post(f"{CAL}/event", json=envelope(sensor, b, c))
    assert mixed.status_code == 200 and mixed.json()["count"] == 2, mixed.text
    body = listed(client, sensor)
    assert sorted(e["id"] for e in body["events"]) == sorted([a["id"], b["id"], c["id"]])
    assert body["pagination"]["total"] == 3  # the list answer is {events, pagination}


def test_the_same_id_twice_in_one_envelope_is_stored_once_first_copy_kept(
    client: httpx.Client,
) -> None:
    sensor = new_sensor()
    eid = f"urn:uuid:{uuid.uuid4()}"
    actor = "https://example.org/users/twice"
    r = client.post(
        f"{CAL}/event", json=envelope(sensor, event(actor, eid, xp=1), event(actor, eid, xp=2))
    )
    assert r.status_code == 200 and r.json()["count"] == 2, r.text
    events = listed(client, sensor)["events"]
    assert [e["id"] for e in events] == [eid]
    assert events[0]["generated"]["items"][0]["value"] == 1  # a re-send does not replace it


def test_an_invalid_batch_with_a_known_id_still_stores_nothing(client: httpx.Client) -> None:
    sensor = new_sensor()
    good = event("https://example.org/users/g")
    assert client.post(f"{CAL}/event", json=envelope(sensor, good)).status_code == 200
    bad = event("https://example.org/users/b")
    del bad["actor"]
    r = client.post(f"{CAL}/event", json=envelope(sensor, good, bad, event("https://x/u/3")))
    assert r.status_code == 400 and {e["index"] for e in r.json()["errors"]} == {1}
    assert [e["id"] for e in listed(client, sensor)["events"]] == [good["id"]]


def test_send_events_twice_through_the_client_stores_each_once(sandbox: SandboxProcess) -> None:
    sensor = new_sensor()
    actor = timeback_user("https://example.org/users/tb", "tb@example.org")
    ctx = activity_context("https://example.org/ctx/ids", subject="Math", app_name="Practice")
    batch = [activity_completed(actor=actor, context=ctx, xp_earned=i + 1) for i in range(5)]
    with Timeback.for_sandbox(sandbox.url) as tb:
        assert send_events(tb, batch, sensor=sensor, batch_size=2).sent == 5
        assert send_events(tb, batch, sensor=sensor, batch_size=3).sent == 5
        stored = tb.caliper.list_events(sensor=sensor, limit=100)
    assert sorted(str(e.id) for e in stored.events) == sorted(e.id for e in batch)
