"""Child processes that tests stop with a signal: started so the signal arrives, stopped once
the test's condition holds, always reaped."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# A shell that runs a script in the background starts its children with SIGINT ignored, and an
# ignored signal stays ignored across exec (Popen's restore_signals covers SIGPIPE/SIGXFSZ only),
# so a test's Ctrl-C would never reach the CLI child. The child sets Python's Ctrl-C handler
# itself before running the CLI, however pytest was started.
INTERRUPTIBLE_CLI = [
    sys.executable,
    "-c",
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from timeback_gen.cli import main; sys.exit(main(sys.argv[1:]))",
]


@dataclass(frozen=True)
class Stopped:
    returncode: int
    out: str
    err: str


def signal_when(
    cmd: Sequence[str],
    ready: Callable[[], bool],
    sig: signal.Signals,
    *,
    cwd: Path | None = None,
    wait: float = 30.0,
) -> Stopped:
    """Run `cmd`, send it `sig` once `ready()` holds (or `wait` seconds passed), and collect what
    it printed as it stopped (at most `wait` seconds more); killed on the way out if still alive."""
    proc = subprocess.Popen(
        list(cmd), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and not ready():
            time.sleep(0.02)
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=wait)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=5)
    return Stopped(proc.returncode, out, err)
