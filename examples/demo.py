"""`make demo`: a tour of timeback-gen against a local sandbox — no credentials, no network.

Starts `timeback-gen sandbox` on a free loopback port, then through the public client: rosters a
school, a term, a course, a class, a teacher and 30 students; lists the class's students with
`where` and pagination; publishes two QTI items and a test and scores responses; records an
assessment line item and results; sends Caliper activity and time-spent events and reads them
back. Prints a short report and stops the sandbox.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from typing import Any

from timeback_gen import Timeback
from timeback_gen.models.events import (
    TimebackActivityCompletedEvent,
    TimebackTimeSpentEvent,
)
from timeback_gen.qti_items import choice_item, text_entry_item
from timeback_gen.sandbox.process import running_sandbox

SCHOOL, TERM, COURSE, CLASS, TEACHER = (
    "demo-school",
    "demo-term",
    "demo-course",
    "demo-class",
    "demo-teacher",
)
STUDENTS = [f"demo-student-{i:02d}" for i in range(1, 31)]
ref = lambda sourced_id: {"sourcedId": sourced_id}  # noqa: E731  (a GUIDRef by id)


def roster(tb: Timeback) -> None:
    r = tb.oneroster.rostering
    r.create_org(
        body={
            "org": {
                "sourcedId": SCHOOL,
                "status": "active",
                "name": "Demo Academy",
                "type": "school",
            }
        }
    )
    r.post_academic_session(
        body={
            "academicSession": {
                "sourcedId": TERM,
                "status": "active",
                "title": "Autumn term",
                "type": "term",
                "startDate": "2026-09-01",
                "endDate": "2026-12-18",
                "schoolYear": "2027",
                "org": ref(SCHOOL),
            }
        }
    )
    r.create_course(
        body={
            "course": {
                "sourcedId": COURSE,
                "status": "active",
                "title": "Maths Y7",
                "org": ref(SCHOOL),
            }
        }
    )
    r.create_class(
        body={
            "class": {
                "sourcedId": CLASS,
                "status": "active",
                "title": "7M1",
                "classType": "scheduled",
                "course": ref(COURSE),
                "org": ref(SCHOOL),
                "terms": [ref(TERM)],
            }
        }
    )
    people = [(TEACHER, "teacher", "Grace", "Hopper")] + [
        (sid, "student", f"Pupil{i:02d}", "Demo") for i, sid in enumerate(STUDENTS, 1)
    ]
    for sid, role, given, family in people:
        r.create_user(
            body={
                "user": {
                    "sourcedId": sid,
                    "status": "active",
                    "enabledUser": "true",
                    "givenName": given,
                    "familyName": family,
                    "email": f"{sid}@demo.example",
                    "roles": [{"roleType": "primary", "role": role, "org": ref(SCHOOL)}],
                }
            }
        )
        r.create_enrollment(
            body={
                "enrollment": {
                    "sourcedId": f"enr-{sid}",
                    "status": "active",
                    "role": role,
                    "user": ref(sid),
                    "class": ref(CLASS),
                }
            }
        )


def list_students(tb: Timeback) -> list[Any]:
    method = tb.oneroster.rostering.get_students_for_class
    return list(tb.paginate(method, CLASS, where={"status": "active"}, page_size=8))


def publish_and_score(tb: Timeback) -> list[tuple[str, str, float]]:
    items = [
        choice_item("demo-q1", "What is 7 x 8?", {"A": "54", "B": "56"}, correct="B"),
        text_entry_item(
            "demo-q2", "Write ten in binary.", correct="1010", hints=["Powers of two: 8 4 2 1"]
        ),
    ]
    for item in items:
        tb.qti.create_assessment_item(body=item.body())
    tb.qti.create_assessment_test(
        body={
            "identifier": "demo-test",
            "title": "Demo quiz",
            "qti-test-part": [
                {
                    "identifier": "part-1",
                    "navigationMode": "linear",
                    "submissionMode": "individual",
                    "qti-assessment-section": [
                        {
                            "identifier": "section-1",
                            "title": "Number",
                            "visible": True,
                            "qti-assessment-item-ref": [
                                {"identifier": q, "href": f"assessment-items/{q}"}
                                for q in ("demo-q1", "demo-q2")
                            ],
                        }
                    ],
                }
            ],
        }
    )
    scored = []
    for item, answer in (("demo-q1", "B"), ("demo-q1", "A"), ("demo-q2", "1010")):
        result = tb.qti.process_response(item, body={"identifier": item, "response": answer})
        scored.append((item, answer, float(result.score)))
    return scored


def gradebook(tb: Timeback, scores: dict[str, float]) -> int:
    g = tb.oneroster.gradebook
    g.create_assessment_line_item(
        body={
            "assessmentLineItem": {
                "sourcedId": "demo-ali",
                "status": "active",
                "title": "Demo quiz",
                "class": ref(CLASS),
                "resultValueMin": 0,
                "resultValueMax": 100,
            }
        }
    )
    for sid, score in scores.items():
        g.create_assessment_result(
            body={
                "assessmentResult": {
                    "sourcedId": f"demo-res-{sid}",
                    "status": "active",
                    "assessmentLineItem": ref("demo-ali"),
                    "student": ref(sid),
                    "score": score,
                    "scoreDate": "2026-11-22",
                    "scoreStatus": "fully graded",
                }
            }
        )
    results = g.get_all_assessment_results(
        where={"assessmentLineItem.sourcedId": "demo-ali"}, limit=100
    )
    return len(results.assessment_results)


def events(tb: Timeback, url: str) -> int:
    now = datetime.now(UTC).isoformat()
    actor = {
        "id": f"{url}/ims/oneroster/rostering/v1p2/users/{STUDENTS[0]}",
        "type": "TimebackUser",
        "email": f"{STUDENTS[0]}@demo.example",
    }
    context = {
        "id": f"{url}/demo/activity/1",
        "type": "TimebackActivityContext",
        "subject": "Math",
        "app": {"name": "Demo practice"},
        "course": {"name": "Maths Y7"},
    }
    common = {
        "@context": "http://purl.imsglobal.org/ctx/caliper/v1p2",
        "actor": actor,
        "object": context,
        "eventTime": now,
        "profile": "TimebackProfile",
    }
    activity = TimebackActivityCompletedEvent.model_validate(
        {
            **common,
            "id": "urn:uuid:4f0e6d3e-0d7a-4a57-9d3b-1a5d0c0de001",
            "type": "ActivityEvent",
            "action": "Completed",
            "generated": {
                "id": f"{url}/demo/metrics/1",
                "type": "TimebackActivityMetricsCollection",
                "items": [
                    {"type": "xpEarned", "value": 12},
                    {"type": "correctQuestions", "value": 9},
                    {"type": "totalQuestions", "value": 10},
                ],
            },
        }
    )
    spent = TimebackTimeSpentEvent.model_validate(
        {
            **common,
            "id": "urn:uuid:4f0e6d3e-0d7a-4a57-9d3b-1a5d0c0de002",
            "type": "TimeSpentEvent",
            "action": "SpentTime",
            "generated": {
                "id": f"{url}/demo/time/1",
                "type": "TimebackTimeSpentMetricsCollection",
                "items": [{"type": "active", "value": 540}, {"type": "inactive", "value": 60}],
            },
        }
    )
    envelope = {
        "sensor": f"{url}/demo",
        "sendTime": now,
        "dataVersion": "http://purl.imsglobal.org/ctx/caliper/v1p2",
        "data": [
            e.model_dump(mode="json", by_alias=True, exclude_none=True) for e in (activity, spent)
        ],
    }
    tb.caliper.send_events(body=envelope)
    listed = tb.caliper.list_events(sensor=f"{url}/demo", limit=50)
    return len(listed.events)  # typed: `Event` models, with `listed.pagination.total`


def main() -> int:
    started = time.monotonic()
    with running_sandbox() as sandbox, Timeback.for_sandbox(sandbox.url) as tb:
        print(f"sandbox running at {sandbox.url}")
        roster(tb)
        students = list_students(tb)
        print(
            f"roster: 1 school, 1 term, 1 course, class {CLASS} with 1 teacher and {len(students)} students"
        )
        print(
            f"  first students (paged 8 at a time): {', '.join(s.given_name for s in students[:3])}, ..."
        )
        scored = publish_and_score(tb)
        print("qti: 2 items + 1 test published; scored responses:")
        for item, answer, score in scored:
            print(f"  {item} answer {answer!r} -> score {score:g}")
        results = gradebook(tb, {sid: 60.0 + i for i, sid in enumerate(STUDENTS[:5])})
        print(f"gradebook: assessment line item demo-ali with {results} results")
        count = events(tb, sandbox.url)
        print(f"caliper: sent an ActivityEvent and a TimeSpentEvent; {count} events read back")
        print(f"token requests: {tb.token_requests}; done in {time.monotonic() - started:.1f}s")
    ok = (
        len(students) == 30
        and results == 5
        and count == 2
        and [s for *_, s in scored] == [1.0, 0.0, 1.0]
    )
    print("demo OK" if ok else "demo FAILED: unexpected counts")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
