"""Known defects of the generated client that the contracts catch, as strict xfails.

Each entry names the exception the defect raises (``xfail(raises=...)``: any OTHER failure of
the operation still fails the run) and is strict (the run fails once the defect is fixed, so the
entry gets removed). Keep reasons precise: operation, what goes wrong, where.
"""

from __future__ import annotations

from typing import Any

import pytest

#: operation key -> (exception type the defect raises, reason)
GENERATED_CLIENT_BUGS: dict[str, tuple[type[BaseException], str]] = {}


def client_bug_marks(key: str) -> list[Any]:
    bug = GENERATED_CLIENT_BUGS.get(key)
    if bug is None:
        return []
    raises, reason = bug
    return [pytest.mark.xfail(raises=raises, reason=reason, strict=True)]
