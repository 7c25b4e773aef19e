"""Local TimeBack sandbox: a loopback server speaking the six TimeBack APIs over SQLite.

Run it with ``timeback-gen sandbox`` or ``python -m timeback_gen.sandbox``; see docs/sandbox.md.
"""

from __future__ import annotations

from typing import Any

__all__ = ["implemented_operations", "main"]


def main(argv: list[str] | None = None) -> int:
    from .cli import main as _main

    return _main(argv)


def implemented_operations() -> dict[str, Any]:
    """operationIds the sandbox implements, per API."""
    from .app import implemented_operations as _impl

    return _impl()
