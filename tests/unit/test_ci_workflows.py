""".github/workflows: valid YAML, and what the project's CI promises (README "Development")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONS = {  # the actions the workflows may use, at the major version they are written for
    "actions/checkout": "v4",
    "actions/setup-python": "v5",
    "actions/setup-node": "v4",
    "actions/cache": "v4",
    "actions/upload-artifact": "v4",
}


def load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    # YAML 1.1 (pyyaml) reads the key `on` as True; GitHub reads it as "on".
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for job in workflow["jobs"].values() for s in job["steps"]]


def step_using(workflow: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in steps(workflow) if s.get("uses", "").split("@")[0] == action]


def expressions(text: str) -> list[str]:
    return re.findall(r"\$\{\{(.*?)\}\}", text)


@pytest.mark.parametrize("name", ["ci.yml", "upstream-drift.yml"])
def test_workflow_is_plausible_for_github_actions(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    workflow = load(name)
    assert workflow["name"] and workflow["on"] and workflow["jobs"]
    assert workflow["permissions"] == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert job["runs-on"] == "ubuntu-latest"
        assert isinstance(job["timeout-minutes"], int)
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), step
            if "uses" in step:
                action, _, version = step["uses"].partition("@")
                assert ACTIONS.get(action) == version, step["uses"]
    for expr in expressions(text):
        assert expr.count("(") == expr.count(")") and expr.strip(), expr
    # hashFiles globs are relative to the workspace, where this repository is timeback-gen/
    for path in re.findall(r"hashFiles\('([^']+)'\)", text):
        assert (
            path.startswith("timeback-gen/")
            and (ROOT / path.removeprefix("timeback-gen/")).is_file()
        )


def test_ci_runs_make_test_on_push_and_pull_request_on_three_pythons() -> None:
    ci = load("ci.yml")
    assert {"push", "pull_request"} <= set(ci["on"])
    (job,) = ci["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == ["3.11", "3.12", "3.13"]
    assert job["defaults"]["run"]["working-directory"] == "timeback-gen"
    (python,) = step_using(ci, "actions/setup-python")
    assert python["with"]["python-version"] == "${{ matrix.python-version }}"
    (node,) = step_using(ci, "actions/setup-node")
    assert str(node["with"]["node-version"]) == "20"
    assert job["steps"][-1]["run"] == ".ci/run"
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_ci_checks_out_the_documents_beside_the_repository() -> None:
    ci = load("ci.yml")
    (job,) = ci["jobs"].values()
    checkouts = step_using(ci, "actions/checkout")
    assert [c["with"]["path"] for c in checkouts] == ["timeback-gen", "shared"]
    assert checkouts[1]["with"]["repository"] == "${{ vars.SPECS_REPOSITORY }}"
    specs = "${{ github.workspace }}/shared/${{ vars.SPECS_PATH || 'specs' }}"
    assert job["env"]["SPECS_DIR"] == specs
    assert job["env"]["TIMEBACK_CONTRACT_SPECS_DIR"] == specs  # tests/contract/prism.py reads it
    guard = job["steps"][0]
    assert guard["if"] == "${{ vars.SPECS_REPOSITORY == '' }}" and "exit 1" in guard["run"]
    readme = (ROOT / "README.md").read_text()
    assert "SPECS_REPOSITORY" in readme and ".github/workflows/ci.yml" in readme


def test_ci_caches_the_venv_and_prism() -> None:
    ci = load("ci.yml")
    caches = {c["with"]["path"]: c["with"]["key"] for c in step_using(ci, "actions/cache")}
    venv_key = caches["timeback-gen/.venv"]
    assert "hashFiles('timeback-gen/pyproject.toml')" in venv_key
    assert "steps.python.outputs.python-version" in venv_key
    prism_key = caches["timeback-gen/tests/contract/node_modules"]
    assert "hashFiles('timeback-gen/tests/contract/package-lock.json')" in prism_key
    # the upstream workflow shares the venv cache entry (same path, same key)
    drift = load("upstream-drift.yml")
    (shared,) = step_using(drift, "actions/cache")
    assert (shared["with"]["path"], shared["with"]["key"]) == ("timeback-gen/.venv", venv_key)


def test_upstream_drift_runs_weekly_and_on_demand() -> None:
    drift = load("upstream-drift.yml")
    assert "workflow_dispatch" in drift["on"]
    (schedule,) = drift["on"]["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert day == month == "*" and weekday.isdigit() and minute.isdigit() and hour.isdigit()
    runs = [s["run"] for s in steps(drift) if "run" in s]
    check = next(r for r in runs if "make fetch-specs lock-check" in r)
    assert "pipefail" in check  # the tee keeps make's exit status
