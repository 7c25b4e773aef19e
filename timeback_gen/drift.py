"""Where a response differed from its document: recorded, logged once, counted, reported.

The generated models read tolerantly (`_timeback_gen._runtime`): a drifted body still parses and
keeps every value. What differed is not hidden: each deviation becomes a `DriftRecord`
(operation, JSON path, kind, what the document says, the JSON type that came — never the
value, since bodies hold students' names and emails), which is

* logged at WARNING on the `timeback_gen.drift` logger, once per (operation, path, kind) per
  process;
* counted per client: `tb.drift_report()`;
* passed to `Timeback(on_drift=callback)`, for metrics;
* attached to `raw(...)` results (`RawResponse.drift`);
* an error in strict mode (`Timeback(strict=True)` or `TIMEBACK_STRICT=1`):
  `ResponseValidationError`, as the contract tests want.

Kinds: `missing` (a required property absent), `null` (null where the document has none),
`type` (another JSON type), `enum` (a value the document does not list), `format` (a date or
date-time that does not parse; kept as the string), `single` (one value where an array is
declared; read as a one-element list), `status` (a 2xx status the document does not declare).
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["DriftCount", "DriftLog", "DriftRecord", "logger"]

logger = logging.getLogger("timeback_gen.drift")


class DriftRecord(NamedTuple):
    """One deviation of a response from its operation's document."""

    operation: str
    path: str
    kind: str
    expected: str
    got: str

    def __str__(self) -> str:
        return (
            f"{self.operation}: {self.path}: the document says {self.expected}, "
            f"got {self.got} ({self.kind})"
        )


@dataclass(frozen=True, slots=True)
class DriftCount:
    """A row of `drift_report()`: a deviation and how many times it was seen."""

    operation: str
    path: str
    kind: str
    expected: str
    got: str
    count: int


_logged: set[tuple[str, str, str]] = set()
_logged_lock = threading.Lock()


class DriftLog:
    """The drift one client (and its `with_options` copies) has seen."""

    def __init__(self, on_drift: Callable[[DriftRecord], object] | None = None) -> None:
        self.on_drift = on_drift
        self._counts: Counter[DriftRecord] = Counter()
        self._lock = threading.Lock()

    def record(
        self, operation: str, drifts: Iterable[tuple[str, str, str, str]]
    ) -> tuple[DriftRecord, ...]:
        """Count, log (first time in the process) and pass on the deviations of one response;
        return them once each, in the order first seen."""
        counts: Counter[DriftRecord] = Counter(
            DriftRecord(operation, path, kind, expected, got)
            for path, kind, expected, got in drifts
        )
        if not counts:
            return ()
        with self._lock:
            self._counts.update(counts)
        for record in counts:
            key = (record.operation, record.path, record.kind)
            with _logged_lock:
                first = key not in _logged
                _logged.add(key)
            if first:
                logger.warning(
                    "%s; the value is kept as it came (strict mode raises instead); later "
                    "occurrences are counted in drift_report()",
                    record,
                )
            if self.on_drift is not None:
                try:
                    self.on_drift(record)
                except Exception:
                    logger.exception("the on_drift callback raised (the response is still read)")
        return tuple(counts)

    def report(self) -> list[DriftCount]:
        """Every deviation seen, most frequent first."""
        with self._lock:
            items = list(self._counts.items())
        items.sort(key=lambda item: (-item[1], item[0]))
        return [DriftCount(*record, count) for record, count in items]
