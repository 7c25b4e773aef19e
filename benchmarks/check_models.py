"""Our models' `from_dict` against the stock openapi-python-client templates' (a thin wrapper).

    .venv/bin/python benchmarks/check_models.py [pytest options]

The check itself is `tests/equivalence/` and runs in `make test`: the current documents are
generated again with the stock templates (cached in build/equivalence/), and every operation's
JSON success responses and JSON request body models are parsed by both trees from the same
document-valid bodies and compared by structure. This runs only that part of the test suite,
for when you are changing specs/generator/templates/model.py.jinja (`make regen` first).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    cmd = [sys.executable, "-m", "pytest", "-q", "tests/equivalence", *argv]
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
