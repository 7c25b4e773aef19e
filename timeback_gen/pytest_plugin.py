"""pytest plugin (entry point `timeback_sandbox`): sandbox fixtures for applications' tests.

Installed with timeback-gen, it gives every test suite, with no conftest of its own:

- `timeback_sandbox` (function): a sandbox process shared by the session, reset before each
  test (store, statistics, faults); `.url`, `.faults(...)`, `.stats()`, `.reset()`.
- `timeback`: `Timeback.for_sandbox(timeback_sandbox.url)`, closed after the test.
- `async_timeback`: `AsyncTimeback.for_sandbox(...)`, closed after the test; an async fixture
  for pytest-asyncio (auto or strict mode) or anyio's pytest plugin.

The plugin loads in every pytest run of every project that installs timeback-gen, so this module
imports only pytest: the client, httpx and the sandbox are imported when a fixture is used.
Options: `--timeback-sandbox-profile` / ini `timeback_sandbox_profile` (live, document) and ini
`timeback_sandbox_args` (more `python -m timeback_gen.sandbox` arguments). See docs/sandbox.md.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from timeback_gen.client import AsyncTimeback, Timeback
    from timeback_gen.sandbox.testing import SandboxFixture

__all__ = ["async_timeback", "timeback", "timeback_sandbox"]

_PROFILE_OPTION = "--timeback-sandbox-profile"
_PROFILE_INI = "timeback_sandbox_profile"
_ARGS_INI = "timeback_sandbox_args"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("timeback", "timeback-gen sandbox fixtures")
    group.addoption(
        _PROFILE_OPTION,
        dest="timeback_sandbox_profile",
        choices=("live", "document"),
        default=None,
        help="answer profile of the timeback_sandbox process (default: ini "
        f"{_PROFILE_INI}, else live)",
    )
    parser.addini(_PROFILE_INI, "answer profile of the timeback_sandbox process (live, document)")
    parser.addini(
        _ARGS_INI,
        "more arguments for the timeback_sandbox process (python -m timeback_gen.sandbox ...)",
        type="args",
    )


def pytest_configure(config: pytest.Config) -> None:
    # pytest-asyncio in strict mode runs only async fixtures marked as its own; mark ours through
    # its public decorator (auto mode and anyio's plugin take it as it is).
    if config.pluginmanager.hasplugin("asyncio"):
        import pytest_asyncio

        pytest_asyncio.fixture(_async_timeback)


def _sandbox_args(config: pytest.Config) -> list[str]:
    args = [str(a) for a in config.getini(_ARGS_INI)]
    profile = config.getoption("timeback_sandbox_profile") or config.getini(_PROFILE_INI)
    if profile:
        args += ["--profile", str(profile)]
    return args


@pytest.fixture(scope="session")
def _timeback_sandbox_session(pytestconfig: pytest.Config) -> Iterator[SandboxFixture]:
    """The session's sandbox process on 127.0.0.1 (a free port), stopped at the end."""
    from timeback_gen.sandbox.process import SandboxProcess
    from timeback_gen.sandbox.testing import SandboxFixture

    process = SandboxProcess(*_sandbox_args(pytestconfig))
    fixture = SandboxFixture(process)
    try:
        yield fixture
    finally:
        fixture.close()
        code = process.stop()
        if code != 0:
            raise RuntimeError(
                f"the timeback_sandbox process exited with {code}:\n"
                + "".join(process.output[-40:])
            )


@pytest.fixture()
def timeback_sandbox(_timeback_sandbox_session: SandboxFixture) -> SandboxFixture:
    """The session's sandbox, reset for this test: empty store and statistics, no faults."""
    _timeback_sandbox_session.reset()
    return _timeback_sandbox_session


@pytest.fixture()
def timeback(timeback_sandbox: SandboxFixture) -> Iterator[Timeback]:
    """A `Timeback` client for `timeback_sandbox`, closed after the test."""
    from timeback_gen.client import Timeback

    with Timeback.for_sandbox(timeback_sandbox.url) as client:
        yield client


async def _async_timeback(timeback_sandbox: SandboxFixture) -> AsyncIterator[AsyncTimeback]:
    """An `AsyncTimeback` client for `timeback_sandbox`, closed after the test (on its loop)."""
    from timeback_gen.client import AsyncTimeback

    async with AsyncTimeback.for_sandbox(timeback_sandbox.url) as client:
        yield client


async_timeback = pytest.fixture(_async_timeback, name="async_timeback")
