"""Fixtures that run the sandbox as a real subprocess over loopback."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from timeback_gen.sandbox.process import SandboxProcess


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxProcess]:
    proc = SandboxProcess()
    try:
        yield proc
    finally:
        code = proc.stop()
        assert code == 0, "".join(proc.output)


@pytest.fixture()
def client(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with sandbox.client() as c:
        yield c


@pytest.fixture()
def admin(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=30.0) as c:
        yield c
        c.post("/_sandbox/faults", json={"reset": True})


@pytest.fixture()
def sandbox_factory() -> type[SandboxProcess]:
    """Start extra sandbox processes (``sandbox_factory("--db", path)``); stop them yourself."""
    return SandboxProcess


# A QTI choice item (the `{ident}` to fill): one response declaration, two choices.
CHOICE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="{ident}" title="Two plus two" adaptive="false" time-dependent="false">
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>B</qti-value></qti-correct-response>
  </qti-response-declaration>
  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
  <qti-item-body>
    <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
      <qti-simple-choice identifier="A">3</qti-simple-choice>
      <qti-simple-choice identifier="B">4</qti-simple-choice>
    </qti-choice-interaction>
  </qti-item-body>
  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>
</qti-assessment-item>
"""
