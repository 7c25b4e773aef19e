"""PowerPath: placement, screening, test assignments, lesson plans, course and lesson mastery,
over the OneRoster (courses, components, resources, enrollments, gradebook) and QTI records.

The groups live in powerpath_placement (placement levels, screening sessions), powerpath_courses
(test assignments, test-outs, external/internal test lessons), powerpath_plans (syllabus, lesson
plans and their operation log, course progress), powerpath_mastery (attempts, questions,
answers, finalization) and powerpath_external (external test assignments and their results, against
the Edulastic / MasteryTrack the sandbox simulates); powerpath_core holds what they share.
``NOT_IMPLEMENTED`` names the operations that answer 501, and why (none).
"""

from __future__ import annotations

import re

from .context import Context
from .powerpath_core import API, Core
from .powerpath_courses import Courses
from .powerpath_external import External, tool_admin
from .powerpath_mastery import Mastery
from .powerpath_placement import Placements
from .powerpath_plans import Plans
from .spec import operations
from .web import Handler

# operationId → why the sandbox answers 501 (listed by GET /_sandbox/operations): none now; the
# external-tool operations run against the tool the sandbox simulates (powerpath_external).
NOT_IMPLEMENTED: dict[str, str] = {}

# The simulated external tools' admin endpoints (/_sandbox/external/<tool>/...), for app.py.
external_tool_admin = tool_admin


def handlers(ctx: Context) -> dict[str, Handler]:
    """Each operation's handler: the method of a group named after its operationId in snake case
    (``getNextQuestion`` → ``Mastery.get_next_question``)."""
    core = Core(ctx)
    groups = (Placements(core), Courses(core), Plans(core), Mastery(core), External(core))
    out: dict[str, Handler] = {}
    for op in operations(API):
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", op.operation_id).lower()
        found = [getattr(g, name) for g in groups if callable(getattr(g, name, None))]
        if found and op.operation_id not in NOT_IMPLEMENTED:
            out[op.operation_id] = found[0]
    return out
