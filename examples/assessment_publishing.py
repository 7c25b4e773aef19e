"""A KS3 assessment system publishing a teacher-made assessment through TimeBack (idempotent).

    python examples/assessment_publishing.py http://127.0.0.1:8787 [--export-dir DIR]

1. seed a school, two Year 8 classes, their teacher and pupils (skipped when already there);
2. publish the "Data representation" assessment as QTI 3.0 items (multiple choice, text entry,
   matching, binary conversion, Python coding, with hints) and a test with two sections;
3. tie it to each class with a gradebook line item whose assign/due dates are the window;
4. record each pupil's attempt as a result (auto-marked items scored by QTI processResponse, the
   coding answer by the teacher's mark), print class analytics and export each class as CSV.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from timeback_gen import Timeback
from timeback_gen.errors import ConflictError
from timeback_gen.qti_items import (
    QtiSection,
    QtiTest,
    choice_item,
    extended_text_item,
    match_item,
    text_entry_item,
    upsert_item,
    upsert_test,
)

OR_ROOT = "/ims/oneroster/rostering/v1p2"
SCHOOL, TERM, COURSE, TEACHER = "ks3-school", "ks3-term", "ks3-course-computing", "ks3-teacher"
CLASSES = {"ks3-class-8x": "8X Computing", "ks3-class-8y": "8Y Computing"}
PUPILS = {c: [f"{c}-pupil-{n}" for n in range(1, 4)] for c in CLASSES}
CATEGORY = "ks3-cat-assessment"
WINDOW = ("2025-11-03T08:00:00Z", "2025-11-14T17:00:00Z")

ITEMS = [
    choice_item(
        "ks3-dr-q1",
        "How many bits are in a byte?",
        {"A": "4", "B": "8", "C": "16"},
        correct="B",
        hints=["A nibble is half a byte."],
    ),
    text_entry_item(
        "ks3-dr-q2", "Convert 13 to binary.", correct=["1101", "00001101"], hints=["13 = 8 + 4 + 1"]
    ),
    match_item(
        "ks3-dr-q3",
        "Match each unit to its size.",
        {"KB": "Kilobyte", "MB": "Megabyte"},
        {"K": "1000 bytes", "M": "1000 kilobytes"},
        pairs=[("KB", "K"), ("MB", "M")],
    ),
    text_entry_item("ks3-dr-q4", "What is binary 1010 in denary?", correct="10"),
    extended_text_item(
        "ks3-dr-q5",
        "Write a Python function that returns n doubled.",
        starter_code="def double(n):\n    ...",
        hints=["Use return."],
    ),
]
TEST = QtiTest(
    "ks3-dr-test",
    "Unit 3: Data representation",
    {
        "ks3-dr-part": [
            QtiSection("ks3-dr-s1", "Knowledge", ["ks3-dr-q1", "ks3-dr-q2", "ks3-dr-q3"]),
            QtiSection("ks3-dr-s2", "Application", ["ks3-dr-q4", "ks3-dr-q5"]),
        ]
    },
    metadata={"unit": "Data representation", "keyStage": "KS3"},
)
RIGHT = {"ks3-dr-q1": "B", "ks3-dr-q2": "1101", "ks3-dr-q3": ["KB K", "MB M"], "ks3-dr-q4": "10"}
WRONG = {"ks3-dr-q1": "C", "ks3-dr-q2": "1011", "ks3-dr-q3": ["KB M", "MB K"], "ks3-dr-q4": "12"}


def ref(base: str, kind: str, sid: str) -> dict[str, str]:
    path = {"org": "orgs", "course": "courses", "class": "classes", "user": "users"}[kind]
    return {"href": f"{base}{OR_ROOT}/{path}/{sid}", "sourcedId": sid, "type": kind}


def ensure(counts: Counter[str], what: str, call: Any, body: dict[str, Any]) -> None:
    """Create; a 409 means it is already there."""
    try:
        call(body=body)
    except ConflictError:
        counts["unchanged"] += 1
        return
    counts["created"] += 1
    print(f"  created {what}")


def seed(tb: Timeback, base: str, counts: Counter[str]) -> None:
    r, school = tb.oneroster.rostering, ref(base, "org", SCHOOL)
    ensure(
        counts,
        f"school {SCHOOL}",
        r.create_org,
        {
            "org": {
                "sourcedId": SCHOOL,
                "status": "active",
                "name": "Hillside Academy",
                "type": "school",
            }
        },
    )
    ensure(
        counts,
        f"term {TERM}",
        r.post_academic_session,
        {
            "academicSession": {
                "sourcedId": TERM,
                "status": "active",
                "title": "Autumn 2025",
                "type": "term",
                "startDate": "2025-09-01",
                "endDate": "2025-12-19",
                "schoolYear": "2026",
                "org": school,
            }
        },
    )
    ensure(
        counts,
        f"course {COURSE}",
        r.create_course,
        {
            "course": {
                "sourcedId": COURSE,
                "status": "active",
                "title": "KS3 Computing",
                "org": school,
            }
        },
    )
    term_ref = {
        "href": f"{base}{OR_ROOT}/terms/{TERM}",
        "sourcedId": TERM,
        "type": "academicSession",
    }
    people = [(TEACHER, "teacher", list(CLASSES))]
    people += [(p, "student", [c]) for c, pupils in PUPILS.items() for p in pupils]
    for cid, title in CLASSES.items():
        ensure(
            counts,
            f"class {cid}",
            r.create_class,
            {
                "class": {
                    "sourcedId": cid,
                    "status": "active",
                    "title": title,
                    "classType": "scheduled",
                    "course": ref(base, "course", COURSE),
                    "org": school,
                    "terms": [term_ref],
                }
            },
        )
    for uid, role, classes in people:
        ensure(
            counts,
            f"{role} {uid}",
            r.create_user,
            {
                "user": {
                    "sourcedId": uid,
                    "status": "active",
                    "enabledUser": "true",
                    "givenName": uid.split("-")[-1],
                    "familyName": role.title(),
                    "email": f"{uid}@hillside.example.org",
                    "roles": [{"roleType": "primary", "role": role, "org": school}],
                    "agents": [],
                    "userProfiles": [],
                }
            },
        )
        for cid in classes:
            ensure(
                counts,
                f"enrollment {uid} in {cid}",
                r.create_enrollment,
                {
                    "enrollment": {
                        "sourcedId": f"enr-{uid}-{cid}",
                        "status": "active",
                        "role": role,
                        "user": ref(base, "user", uid),
                        "class": ref(base, "class", cid),
                        "school": school,
                    }
                },
            )


def attempt(pupil: str, item_id: str) -> Any:
    """Deterministic stand-in for a pupil's answer."""
    good = hashlib.sha256(f"{pupil}/{item_id}".encode()).digest()[0] % 3 != 0
    return (RIGHT if good else WRONG)[item_id]


def coding_mark(pupil: str) -> float:
    """The teacher's mark for the Python question (0, 0.5 or 1)."""
    return hashlib.sha256(pupil.encode()).digest()[0] % 3 / 2


def marks_of(result: Any) -> dict[str, Any]:
    """A result's per-question marks (``metadata.items``), read tolerantly: ``{}`` when absent."""
    meta = result.metadata.to_dict() if hasattr(result.metadata, "to_dict") else {}
    items = meta.get("items")
    return items if isinstance(items, dict) else {}


def run(base: str, export_dir: Path | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    with Timeback.for_sandbox(base) as tb:
        print("seeding roster")
        seed(tb, base, counts)
        gb, r = tb.oneroster.gradebook, tb.oneroster.rostering

        print(f"publishing {TEST.identifier} ({len(ITEMS)} items)")
        for outcome, ident in [(upsert_item(tb, item), item.identifier) for item in ITEMS] + [
            (upsert_test(tb, TEST), TEST.identifier)
        ]:
            counts["created" if outcome != "unchanged" else "unchanged"] += 1
            if outcome != "unchanged":
                print(f"  {outcome} {ident}")

        ensure(
            counts,
            f"category {CATEGORY}",
            gb.create_category,
            {"category": {"sourcedId": CATEGORY, "status": "active", "title": "Assessments"}},
        )
        for cid in CLASSES:
            line_item = f"ks3-li-{cid}-{TEST.identifier}"
            ensure(
                counts,
                f"line item {line_item} (window {WINDOW[0]} .. {WINDOW[1]})",
                gb.create_line_item,
                {
                    "lineItem": {
                        "sourcedId": line_item,
                        "status": "active",
                        "title": TEST.title,
                        "assignDate": WINDOW[0],
                        "dueDate": WINDOW[1],
                        "class": {"sourcedId": cid},
                        "school": {"sourcedId": SCHOOL},
                        "category": {"sourcedId": CATEGORY},
                        "resultValueMin": 0,
                        "resultValueMax": len(ITEMS),
                        "metadata": {"qtiTestId": TEST.identifier, "unit": "Data representation"},
                    }
                },
            )

            done = {
                x.student.sourced_id
                for x in tb.paginate(gb.get_results_for_line_item_for_class, cid, line_item)
            }
            pupils = [u.sourced_id for u in tb.paginate(r.get_students_for_class, cid)]
            for pupil in pupils:
                if pupil in done:
                    counts["unchanged"] += 1
                    continue
                marks = {
                    i: tb.qti.process_response(i, body={"identifier": i, "response": a}).score
                    for i, a in ((i, attempt(pupil, i)) for i in RIGHT)
                }
                marks["ks3-dr-q5"] = coding_mark(pupil)
                ensure(
                    counts,
                    f"result for {pupil}: {sum(marks.values())}/{len(ITEMS)}",
                    gb.create_result,
                    {
                        "result": {
                            "sourcedId": f"ks3-res-{line_item}-{pupil}",
                            "status": "active",
                            "lineItem": {"sourcedId": line_item},
                            "student": {"sourcedId": pupil},
                            "score": sum(marks.values()),
                            "scoreDate": WINDOW[0],
                            "scoreStatus": "fully graded",
                            "metadata": {"items": marks},
                        }
                    },
                )

            results = list(tb.paginate(gb.get_results_for_line_item_for_class, cid, line_item))
            scores = [float(x.score) for x in results if isinstance(x.score, int | float)]
            per_item = (
                {
                    i: statistics.mean(float(marks_of(x).get(i, 0)) for x in results)
                    for i in TEST.item_ids()
                }
                if results
                else {}
            )
            hardest = min(per_item, key=lambda i: per_item[i]) if per_item else "-"
            print(
                f"{CLASSES[cid]}: {len(results)} results, mean {statistics.mean(scores or [0]):.2f}"
                f"/{len(ITEMS)}, hardest question {hardest}"
            )
            if export_dir is not None:
                export_dir.mkdir(parents=True, exist_ok=True)
                path = export_dir / f"{cid}.csv"
                with path.open("w", newline="") as f:
                    out = csv.writer(f)
                    out.writerow(["pupil", "score", "max", *TEST.item_ids()])
                    for x in sorted(results, key=lambda x: x.student.sourced_id):
                        items = marks_of(x)
                        out.writerow(
                            [
                                x.student.sourced_id,
                                x.score,
                                len(ITEMS),
                                *(items.get(i, "") for i in TEST.item_ids()),
                            ]
                        )
                print(f"  exported {path}")

    print(f"summary: created={counts['created']} unchanged={counts['unchanged']}")
    print(
        "nothing changed: TimeBack was already up to date"
        if not counts["created"]
        else f"{counts['created']} changes"
    )
    return counts


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "url", nargs="?", default=os.environ.get("TIMEBACK_SANDBOX_URL", "http://127.0.0.1:8787")
    )
    parser.add_argument("--export-dir", type=Path)
    args = parser.parse_args()
    run(args.url.rstrip("/"), args.export_dir)
