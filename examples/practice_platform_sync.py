"""A skills-practice platform syncing with TimeBack (run it twice: the second run changes nothing).

    python examples/practice_platform_sync.py http://127.0.0.1:8787   # or TIMEBACK_SANDBOX_URL

1. seed a school, a class, its teacher and students (skipped when already there);
2. pull the class roster (students and teachers);
3. push progress: one assessment line item per skill, one assessment result per finished practice
   session (score = SmartScore 0-100; accuracy, XP and zone in metadata), and a Timeback-profile
   ActivityEvent + TimeSpentEvent per session (active time with an inactivity cap).

Every record has a sourcedId derived from the platform's own ids, so a 409 means "already there".
"""

from __future__ import annotations

import hashlib
import os
import sys
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from timeback_gen import Timeback
from timeback_gen.caliper_events import (
    activity_completed,
    activity_context,
    send_events,
    time_spent,
    timeback_user,
)
from timeback_gen.errors import ConflictError

APP = "https://practice.example.com"
SENSOR = f"{APP}/sensors/sync"
SCHOOL, TERM, COURSE, CLASS = "pp-school", "pp-term-2025", "pp-course-math7", "pp-class-7a"
TEACHER = "pp-teacher-1"
STUDENTS = [f"pp-student-{n}" for n in range(1, 5)]
SKILLS = {"A.1": "Add fractions", "A.2": "Subtract fractions", "B.1": "Ratios"}
INACTIVITY_CAP = 120  # seconds: a longer pause counts only this much as active time
OR_ROOT = "/ims/oneroster/rostering/v1p2"


def zone(smart_score: int) -> str:
    """IXL-style SmartScore zones."""
    return "CHALLENGE" if smart_score >= 90 else "REFINING" if smart_score >= 70 else "LEARNING"


@dataclass(frozen=True)
class Session:
    """A finished practice session of one student on one skill."""

    id: str
    student: str
    skill: str
    started: datetime
    answers: int
    correct: int
    gaps: tuple[int, ...]  # seconds between interactions

    @property
    def smart_score(self) -> int:
        return min(100, round(100 * self.correct / self.answers) + (5 if self.answers >= 12 else 0))

    @property
    def active_seconds(self) -> int:
        return sum(min(g, INACTIVITY_CAP) for g in self.gaps)

    @property
    def inactive_seconds(self) -> int:
        return sum(max(0, g - INACTIVITY_CAP) for g in self.gaps)

    @property
    def xp(self) -> int:
        return self.correct * 2


def practice_sessions() -> list[Session]:
    """Deterministic stand-in for the platform's session table."""
    sessions = []
    start = datetime(2025, 10, 6, 9, 0, tzinfo=UTC)
    for s, student in enumerate(STUDENTS):
        for k, skill in enumerate(SKILLS):
            digest = hashlib.sha256(f"{student}/{skill}".encode()).digest()
            answers = 8 + digest[0] % 8
            correct = min(answers, answers // 2 + digest[1] % (answers // 2 + 1))
            gaps = (*(15 + digest[2 + i] % 60 for i in range(answers)), 300)  # one long pause
            sessions.append(
                Session(
                    f"pp-session-{s + 1}-{skill}",
                    student,
                    skill,
                    start + timedelta(days=k, minutes=10 * s),
                    answers,
                    correct,
                    gaps,
                )
            )
    return sessions


def ref(base: str, kind: str, sid: str) -> dict[str, str]:
    path = {"org": "orgs", "course": "courses", "class": "classes", "user": "users"}.get(kind)
    href = f"{base}{OR_ROOT}/{path}/{sid}" if path else sid
    return {"href": href, "sourcedId": sid, "type": kind}


class Sync:
    """Counts what was created vs already there, and prints each change."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def create(self, what: str, sid: str, call: Callable[..., Any], body: dict[str, Any]) -> None:
        try:
            call(body=body)
        except ConflictError:
            self.counts["unchanged"] += 1
            return
        self.counts["created"] += 1
        print(f"  created {what} {sid}")


def seed(tb: Timeback, sync: Sync, base: str) -> None:
    r = tb.oneroster.rostering
    school = ref(base, "org", SCHOOL)
    org = {"sourcedId": SCHOOL, "status": "active", "name": "Practice Academy", "type": "school"}
    sync.create("school", SCHOOL, r.create_org, {"org": org})
    term = {
        "sourcedId": TERM,
        "status": "active",
        "title": "2025-26",
        "type": "schoolYear",
        "startDate": "2025-09-01",
        "endDate": "2026-07-31",
        "schoolYear": "2026",
        "org": school,
    }
    sync.create("term", TERM, r.post_academic_session, {"academicSession": term})
    course = {"sourcedId": COURSE, "status": "active", "title": "Maths 7", "org": school}
    sync.create("course", COURSE, r.create_course, {"course": course})
    klass = {
        "sourcedId": CLASS,
        "status": "active",
        "title": "7A Maths",
        "classType": "scheduled",
        "course": ref(base, "course", COURSE),
        "org": school,
        "terms": [
            {"href": f"{base}{OR_ROOT}/terms/{TERM}", "sourcedId": TERM, "type": "academicSession"}
        ],
    }
    sync.create("class", CLASS, r.create_class, {"class": klass})
    for n, (uid, role) in enumerate([(TEACHER, "teacher")] + [(s, "student") for s in STUDENTS]):
        user = {
            "sourcedId": uid,
            "status": "active",
            "enabledUser": "true",
            "givenName": f"{role.title()}{n}",
            "familyName": "Practice",
            "email": f"{uid}@practice.example.com",
            "roles": [{"roleType": "primary", "role": role, "org": school}],
            "agents": [],
            "userProfiles": [],
        }
        sync.create(role, uid, r.create_user, {"user": user})
        enrollment = {
            "sourcedId": f"pp-enr-{uid}",
            "status": "active",
            "role": role,
            "primary": "true",
            "user": ref(base, "user", uid),
            "class": ref(base, "class", CLASS),
            "school": school,
        }
        sync.create("enrollment", f"pp-enr-{uid}", r.create_enrollment, {"enrollment": enrollment})


def known_event_ids(tb: Timeback) -> set[str]:
    # The event list pages by offset/limit until `pagination.total` (docs/api.md, paging column).
    return {e.id for e in tb.paginate(tb.caliper.list_events, sensor=SENSOR, page_size=1000)}


def run(base: str) -> Counter[str]:
    sync = Sync()
    with Timeback.for_sandbox(base) as tb:
        print("seeding roster")
        seed(tb, sync, base)

        r, gb = tb.oneroster.rostering, tb.oneroster.gradebook
        students = {u.sourced_id: u for u in tb.paginate(r.get_students_for_class, CLASS)}
        teachers = [u.sourced_id for u in tb.paginate(r.get_teachers_for_class, CLASS)]
        print(f"roster of {CLASS}: {len(students)} students, teachers {teachers}")

        print("pushing progress")
        for code, title in SKILLS.items():
            sid = f"pp-ali-{CLASS}-{code}"
            body = {
                "sourcedId": sid,
                "status": "active",
                "title": f"{code} {title}",
                "class": ref(base, "class", CLASS),
                "resultValueMin": 0,
                "resultValueMax": 100,
                "metadata": {
                    "skill": code,
                    "zones": {"LEARNING": [0, 69], "REFINING": [70, 89], "CHALLENGE": [90, 100]},
                },
            }
            sync.create(
                "line item", sid, gb.create_assessment_line_item, {"assessmentLineItem": body}
            )

        events = []
        known = known_event_ids(tb)
        context_of = {
            code: activity_context(
                f"{APP}/skills/{code}",
                subject="Math",
                app_name="Practice",
                app_id=APP,
                activity=(f"{APP}/skills/{code}", title),
            )
            for code, title in SKILLS.items()
        }
        for s in practice_sessions():
            student = students[s.student]
            result = {
                "sourcedId": f"pp-ar-{s.id}",
                "status": "active",
                "assessmentLineItem": {"sourcedId": f"pp-ali-{CLASS}-{s.skill}"},
                "student": {"sourcedId": s.student},
                "score": s.smart_score,
                "scoreDate": s.started.isoformat(),
                "scoreStatus": "fully graded",
                "metadata": {
                    "accuracy": round(s.correct / s.answers, 3),
                    "xp": s.xp,
                    "mastery": zone(s.smart_score),
                    "sessionId": s.id,
                },
            }
            sync.create(
                "result",
                result["sourcedId"],
                gb.create_assessment_result,
                {"assessmentResult": result},
            )
            actor = timeback_user(f"{base}{OR_ROOT}/users/{s.student}", student.email or "")
            end = s.started + timedelta(seconds=sum(s.gaps))
            ids = [
                str(uuid.uuid5(uuid.NAMESPACE_URL, f"{APP}/{s.id}/{kind}"))
                for kind in ("done", "time")
            ]
            if f"urn:uuid:{ids[0]}" not in known:
                events.append(
                    activity_completed(
                        actor=actor,
                        context=context_of[s.skill],
                        xp_earned=s.xp,
                        total_questions=s.answers,
                        correct_questions=s.correct,
                        mastered_units=int(s.smart_score >= 90),
                        event_time=end,
                        event_id=ids[0],
                    )
                )
            if f"urn:uuid:{ids[1]}" not in known:
                events.append(
                    time_spent(
                        actor=actor,
                        context=context_of[s.skill],
                        active=s.active_seconds,
                        inactive=s.inactive_seconds,
                        start=s.started,
                        end=end,
                        event_id=ids[1],
                    )
                )
        if events:
            sent = send_events(tb, events, sensor=SENSOR, batch_size=10)
            sync.counts["created"] += sent.sent
            print(f"  sent {sent.sent} Caliper events in {sent.batches} batches")
            for failure in sent.failed:
                print(f"  event {failure.index} rejected: {failure.reason}")
                sync.counts["failed"] += 1
        sync.counts["unchanged"] += len(known)

    changed = sync.counts["created"]
    print(
        f"summary: created={changed} unchanged={sync.counts['unchanged']} "
        f"failed={sync.counts['failed']}"
    )
    print("nothing changed: TimeBack was already in sync" if not changed else f"{changed} changes")
    return sync.counts


if __name__ == "__main__":
    url = (
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("TIMEBACK_SANDBOX_URL", "http://127.0.0.1:8787")
    )
    counts = run(url.rstrip("/"))
    sys.exit(1 if counts["failed"] else 0)
