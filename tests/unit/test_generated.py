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


ORG_REF = {"href": "https://x/orgs/org-1", "sourcedId": "org-1", "type": "org"}


def _parsed_roles() -> tuple[object, object]:
    from _timeback_gen.oneroster.models.user_role import UserRole

    body = {"roleType": "primary", "role": "student", "org": dict(ORG_REF)}
    return UserRole.from_dict(body), UserRole.from_dict(body)


def test_parsed_models_without_extras_share_one_read_only_empty_dict() -> None:
    import copy
    import pickle

    from _timeback_gen.oneroster.models.user_role import UserRole
    from _timeback_gen.oneroster.types import NO_EXTRAS, UNSET

    a, b = _parsed_roles()
    assert isinstance(a, UserRole) and isinstance(b, UserRole)
    assert a.additional_properties == {} and a.additional_properties is NO_EXTRAS
    assert a.to_dict() == {
        "roleType": "primary",
        "role": "student",
        "org": ORG_REF,
    }
    # Adding to the shared dict directly is refused with a message that says what to do ...
    with pytest.raises(TypeError, match=r"model\[key\] = value"):
        a.additional_properties["x"] = 1
    with pytest.raises(TypeError):
        a.additional_properties.update({"x": 1})
    with pytest.raises(TypeError):
        a.additional_properties.setdefault("x", 1)
    # ... and nothing leaked into the other model.
    assert b.additional_properties == {} and NO_EXTRAS == {}
    # model[key] = value gives the model its own dict.
    a["x"] = 1
    assert a["x"] == 1 and a.to_dict()["x"] == 1 and "x" in a
    assert b.additional_properties == {} and "x" not in b and NO_EXTRAS == {}
    del a["x"]
    assert a.additional_properties == {} and a == b
    # Deep copies and pickles get plain, mutable dicts (a shallow copy shares, as it shares any
    # dict); equality with a constructed model holds.
    for clone in (copy.deepcopy(b), pickle.loads(pickle.dumps(b))):
        assert clone == b and type(clone.additional_properties) is dict
        assert clone.user_profile is UNSET  # the sentinel survives copies (models test `is`)
        clone.additional_properties["y"] = 2
    shallow = copy.copy(b)
    shallow["y"] = 2
    assert shallow["y"] == 2 and b.additional_properties == {} and NO_EXTRAS == {}
    built = UserRole(role_type="primary", role="student", org=b.org)
    assert built == b and type(built.additional_properties) is dict


def test_parsed_models_with_extras_keep_them_in_their_own_dict() -> None:
    from _timeback_gen.oneroster.models.user_role import UserRole
    from _timeback_gen.oneroster.types import NO_EXTRAS

    body = {"roleType": "primary", "role": "student", "org": dict(ORG_REF), "xTag": [1]}
    role = UserRole.from_dict(body)
    assert role.additional_properties == {"xTag": [1]}
    assert role.additional_properties is not NO_EXTRAS
    role.additional_properties["more"] = True  # a model's own dict stays an ordinary dict
    assert role.to_dict()["more"] is True and NO_EXTRAS == {}
