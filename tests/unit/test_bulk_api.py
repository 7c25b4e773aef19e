"""`timeback_gen.bulk`'s public names, and `Timeback.bulk` / `AsyncTimeback.bulk` taking the same
arguments."""

from __future__ import annotations

import inspect

from timeback_gen import AsyncTimeback, Timeback, bulk, errors


def test_public_names_import() -> None:
    assert {"BulkResult", "BulkFailure", "BulkError", "Terminated"} <= set(bulk.__all__)
    for name in bulk.__all__:
        assert hasattr(bulk, name)
    assert issubclass(bulk.BulkError, errors.TimebackError)
    assert issubclass(bulk.Terminated, KeyboardInterrupt)  # `except KeyboardInterrupt` sees it


def test_sync_and_async_bulk_take_the_same_arguments() -> None:
    sync = inspect.signature(Timeback.bulk).parameters
    asyn = inspect.signature(AsyncTimeback.bulk).parameters
    assert [(p.name, p.kind, p.default) for p in sync.values()] == [
        (p.name, p.kind, p.default) for p in asyn.values()
    ]
    assert list(sync) == ["self", "method", "calls", "concurrency", "resume", "progress", "retries"]
    assert inspect.iscoroutinefunction(AsyncTimeback.bulk)
    assert not inspect.iscoroutinefunction(Timeback.bulk)


def test_importing_timeback_gen_does_not_import_bulk() -> None:
    import subprocess
    import sys

    code = (
        "import sys, timeback_gen; timeback_gen.Timeback; print('timeback_gen.bulk' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
