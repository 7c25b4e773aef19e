"""The generated layer: every module imports, counts hold, shared entities are one class."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from _timeback_gen.services.registry import OPERATIONS

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "_timeback_gen"
APIS = ("oneroster", "powerpath", "qti", "caliper", "case")


@pytest.mark.parametrize("api", APIS)
def test_every_endpoint_and_model_module_imports(api: str) -> None:
    for sub in ("api", "models"):
        package = importlib.import_module(f"_timeback_gen.{api}.{sub}")
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)


def test_every_registry_operation_loads() -> None:
    for spec in OPERATIONS.values():
        module = spec.load()
        assert hasattr(module, "_get_kwargs") and hasattr(module, "_parse_response"), spec.key


def test_oneroster_model_count_is_bounded() -> None:
    models = [
        p for p in (GENERATED / "oneroster" / "models").glob("*.py") if p.name != "__init__.py"
    ]
    assert 50 < len(models) <= 300


def test_user_is_the_one_user_type_in_rostering() -> None:
    """Every model field carrying users (user, users, students, teachers) is typed with User."""
    expected = {"users": "list[User]", "students": "list[User]", "teachers": "list[User]"}
    checked = []
    for path in sorted((GENERATED / "oneroster" / "models").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                for stmt in node.body:
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                        name, annotation = stmt.target.id, ast.unparse(stmt.annotation)
                        if name in expected:
                            assert annotation == expected[name], (path.name, name, annotation)
                            checked.append(path.stem)
                        if name == "user" and "body" not in path.stem and "Ref" not in annotation:
                            assert annotation == "User", (path.name, annotation)
                            checked.append(path.stem)
    assert {"user_list", "user_response", "get_students_for_class_response_200"} <= set(checked)


def test_models_package_is_lazy() -> None:
    code = (
        "import sys, importlib\n"
        "importlib.import_module('_timeback_gen.case.models')\n"
        "assert '_timeback_gen.case.models.cf_document' not in sys.modules\n"
        "from _timeback_gen.case.models import CFDocument\n"
        "assert CFDocument.__module__ == '_timeback_gen.case.models.cf_document'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_event_models_validate() -> None:
    from timeback_gen.models.caliper_vocabulary import AssessmentEvent
    from timeback_gen.models.events import TimebackTimeSpentEvent

    assert AssessmentEvent.model_fields and TimebackTimeSpentEvent.model_fields
