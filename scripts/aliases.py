"""Keep public model names that a new document renamed: specs/aliases.yaml → lazy aliases.

When a new upstream document makes the hoisting rule (scripts/normalize.py) give a shape another
name, `specs/names.yaml` restores the old one where it can. It cannot when two old names now
stand for one shape (OneRoster's create and update enrollment bodies each had their own
free-form `metadata` model; the current document gives both the one `EnrollmentMetadata`). Such
old names are kept as data in specs/aliases.yaml, per API:

    oneroster:
      CreateEnrollmentBodyEnrollmentMetadata:
        to: EnrollmentMetadata
        reason: why the name changed (one line)

and `add_aliases` appends them to the generated `models/__init__.py`: listed in `__all__`, typed
for checkers (`from .module import New as Old` under TYPE_CHECKING) and resolved on first access
like every other model, so the old name is the new class itself (no import-time cost). An alias
whose target is not a generated model, or whose name is a generated model again, stops the build.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import yaml


class AliasError(Exception):
    """specs/aliases.yaml is malformed or does not fit the generated models."""


def load_aliases(path: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """api -> {old name: (new name, reason)}; an absent file means no aliases."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text()) or {}
    if not isinstance(data, dict):
        raise AliasError(f"{path}: expected a mapping of API name to aliases")
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for api, entries in data.items():
        if not isinstance(entries, dict):
            raise AliasError(f"{path}: {api}: expected a mapping of old name to {{to, reason}}")
        table: dict[str, tuple[str, str]] = {}
        for old, entry in entries.items():
            if not isinstance(entry, dict) or not entry.get("to") or not entry.get("reason"):
                raise AliasError(f"{path}: {api}.{old}: every alias needs 'to' and a 'reason'")
            for name in (old, entry["to"]):
                if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", str(name)):
                    raise AliasError(f"{path}: {api}.{old}: {name!r} is not a model class name")
            table[str(old)] = (str(entry["to"]), str(entry["reason"]))
        out[str(api)] = table
    return out


def generated_models(init_path: Path) -> dict[str, str]:
    """Model name -> module (``.user``) as the generated ``_MODULES`` table lists them."""
    tree = ast.parse(init_path.read_text())
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "_MODULES" for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            return {
                str(k.value): str(v.value)
                for k, v in zip(node.value.keys, node.value.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
            }
    raise AliasError(f"{init_path}: no _MODULES table (has the models_init template changed?)")


def add_aliases(init_path: Path, api: str, aliases: dict[str, tuple[str, str]]) -> None:
    """Append the aliases of ``api`` to its generated ``models/__init__.py``."""
    if not aliases:
        return
    models = generated_models(init_path)
    problems = []
    for old, (new, _reason) in sorted(aliases.items()):
        if new not in models:
            problems.append(f"{old} -> {new}: {new} is not a generated {api} model")
        if old in models:
            problems.append(f"{old} is a generated {api} model again: remove its alias")
    if problems:
        raise AliasError("specs/aliases.yaml: " + "; ".join(problems))
    names = sorted(aliases)
    lines: list[Any] = [
        "",
        "",
        "# Names earlier versions of this package exported for shapes that now have another name",
        "# (specs/aliases.yaml, added by scripts/aliases.py): the old name is the new class.",
        "_ALIASES: dict[str, str] = {",
        *(f'    "{old}": "{aliases[old][0]}",  # {aliases[old][1]}' for old in names),
        "}",
        "",
        "if TYPE_CHECKING:",
        *(f"    from {models[aliases[old][0]]} import {aliases[old][0]} as {old}" for old in names),
        "",
        "__all__ += (" + "".join(f'"{old}", ' for old in names) + ")",
        "",
        "",
        "def _alias_getattr(name: str, _models_getattr: Any = __getattr__) -> Any:",
        '    """An old name resolves to its new model (cached like any other); the rest as before."""',
        "    value = _models_getattr(_ALIASES.get(name, name))",
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "# Module attribute lookup (PEP 562) reads __getattr__ from the module's namespace.",
        'globals()["__getattr__"] = _alias_getattr',
    ]
    text = init_path.read_text().rstrip("\n") + "\n".join(lines) + "\n"
    init_path.write_text(text)
