"""The generated layer: every module imports, counts hold, shared entities are one class."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeback_gen.services import OPERATIONS

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
        assert callable(module._get_kwargs), spec.key
        data = module.ENDPOINT
        assert (data["name"], data["method"], data["path"]) == (
            spec.name,
            spec.http_method,
            spec.path,
        ), spec.key


def test_endpoint_modules_hold_only_what_the_client_uses() -> None:
    """The request builder and the data; the stock generator's unused endpoint functions
    (sync, sync_detailed, asyncio, asyncio_detailed, _build_response, _parse_response) are gone."""
    for spec in OPERATIONS.values():
        module = spec.load()
        functions = {
            name
            for name, value in vars(module).items()
            if inspect.isfunction(value) and value.__module__ == module.__name__
        }
        assert functions == {"_get_kwargs"}, spec.key


def test_endpoint_data_describes_get_kwargs() -> None:
    """`ENDPOINT["params"]` (what the facade, the registry and docs/api.md are built from) is
    `_get_kwargs`'s signature: names, order, positional or keyword, annotations, defaults."""
    for spec in OPERATIONS.values():
        module = spec.load()
        signature = inspect.signature(module._get_kwargs)
        declared = [
            (
                p["python"],
                p["in"] == "path",
                p["annotation"],
                p["default"] is not None,
            )
            for p in module.ENDPOINT["params"]
        ]
        actual = [
            (
                name,
                param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD,
                param.annotation,
                param.default is not inspect.Parameter.empty,
            )
            for name, param in signature.parameters.items()
        ]
        assert declared == actual, spec.key
        for p in module.ENDPOINT["params"]:
            if p["default"] not in (None, "UNSET"):
                default = signature.parameters[p["python"]].default
                assert repr(default) == p["default"], (spec.key, p["python"])
        # the registry's parameters are the facade's names for the same parameters
        assert [(q.spec, q.location) for q in spec.params] == [
            (p["spec"], p["in"]) for p in module.ENDPOINT["params"]
        ], spec.key


def test_endpoint_data_names_the_models_it_reads() -> None:
    for spec in OPERATIONS.values():
        models = importlib.import_module(f"_timeback_gen.{spec.api}.models")
        for status, kind, names in spec.responses:
            assert (kind in ("model", "list")) == (len(names) == 1), (spec.key, status)
            assert (kind == "union") == (len(names) > 1), (spec.key, status)
            for name in names:
                assert hasattr(getattr(models, name), "from_dict"), (spec.key, name)
        if spec.json_body_model is not None:
            assert hasattr(getattr(models, spec.json_body_model), "to_dict"), spec.key


IMPORTS_TIMEBACK_GEN = re.compile(
    r"^\s*(from\s+timeback_gen[\s.]|import\s+timeback_gen\b)|import_module\(\s*['\"]timeback_gen\b",
    re.MULTILINE,
)


def test_no_generated_file_imports_timeback_gen() -> None:
    """The hand-written layer imports the generated one, never the reverse (grep the tree)."""
    offenders = [
        f"{path.relative_to(GENERATED.parent)}: {match.group(0).strip()}"
        for path in sorted(GENERATED.rglob("*.py"))
        for match in IMPORTS_TIMEBACK_GEN.finditer(path.read_text())
    ]
    assert offenders == []
    assert IMPORTS_TIMEBACK_GEN.search("    from timeback_gen.services import SyncService\n")
    assert IMPORTS_TIMEBACK_GEN.search("import timeback_gen\n")


def test_importing_all_generated_code_loads_no_timeback_gen() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import _timeback_gen\n"
        "for info in pkgutil.walk_packages(_timeback_gen.__path__, '_timeback_gen.'):\n"
        "    importlib.import_module(info.name)\n"
        "assert '_timeback_gen.services.registry' in sys.modules\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'timeback_gen')\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_api_reference_lists_every_operation() -> None:
    """docs/api.md (written by `make regen`, checked by `make drift`) has every method."""
    text = (GENERATED.parents[1] / "docs" / "api.md").read_text()
    for key, spec in OPERATIONS.items():
        block = text.split(f"\n### {key}\n", 1)
        assert len(block) == 2, key
        section = block[1].split("\n### ", 1)[0]
        assert f"`{spec.http_method} {spec.path}`" in section, key
        for p in spec.params:
            assert f"| `{p.python}` | {p.location}" in section, (key, p.python)


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
