"""`make demo` runs the tour end to end against a real sandbox process and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


@pytest.mark.sandbox
def test_demo_tour_passes() -> None:
    done = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "with 1 teacher and 30 students" in out
    assert "demo-q1 answer 'B' -> score 1" in out and "demo-q1 answer 'A' -> score 0" in out
    assert "assessment line item demo-ali with 5 results" in out
    assert "2 events read back" in out
    assert out.rstrip().endswith("demo OK")
