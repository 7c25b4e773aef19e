"""`timeback_gen.outbox`'s public names, and the sync and async outboxes taking the same options."""

from __future__ import annotations

import inspect

from timeback_gen import errors, outbox


def test_public_names_import() -> None:
    assert {"EventOutbox", "AsyncEventOutbox"} <= set(outbox.__all__)
    for name in outbox.__all__:
        assert hasattr(outbox, name)
    assert issubclass(errors.OutboxFullError, errors.TimebackError)
    assert "OutboxFullError" in errors.__all__


def test_sync_and_async_outboxes_take_the_same_options() -> None:
    sync = inspect.signature(outbox.EventOutbox.__init__).parameters
    asyn = inspect.signature(outbox.AsyncEventOutbox.__init__).parameters
    assert [(p.name, p.kind, p.default) for p in sync.values()] == [
        (p.name, p.kind, p.default) for p in asyn.values()
    ]
    assert list(sync)[:4] == ["self", "tb", "path", "sensor"]
    assert sync["batch_size"].default == 100 and sync["linger"].default == 1.0
    for name in ("add", "flush", "stats", "dead_letters"):
        assert inspect.iscoroutinefunction(getattr(outbox.AsyncEventOutbox, name))
        assert not inspect.iscoroutinefunction(getattr(outbox.EventOutbox, name))
