"""Generate the service facade and the operation registry from the generated endpoint modules.

For every operation the generator made `api/<tag>/<operation>.py` with `_get_kwargs` (builds the
request) and `_parse_response`. Here each module is read with `ast` and turned into:

* a method on a namespace class (`RosteringService.get_user`, and `AsyncRosteringService`), typed
  with the endpoint's own parameter annotations and its 2xx return types, calling into
  `timeback_gen.services` (which sends, retries, maps errors and parses);
* an entry in `services/registry.py`: namespace, method, operationId, HTTP method, path, and how
  each Python parameter maps to the document's parameter (used by the CLI, pagination and tests).

Method names are the snake_case of the operationId; namespaces come from `NAMESPACES` below.
"""

from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# (api, path prefix) -> (namespace attribute, class name). First match wins; order matters.
NAMESPACES: list[tuple[str, str, str, str]] = [
    ("oneroster", "/ims/oneroster/rostering/", "oneroster.rostering", "Rostering"),
    ("oneroster", "/ims/oneroster/gradebook/", "oneroster.gradebook", "Gradebook"),
    ("oneroster", "/ims/oneroster/resources/", "oneroster.resources", "Resources"),
    ("powerpath", "/", "powerpath", "PowerPath"),
    ("qti", "/", "qti", "Qti"),
    ("caliper", "/", "caliper", "Caliper"),
    ("case", "/", "case", "Case"),
]
# Which base URL each API is served at (a Settings attribute).
BASE_URLS = {
    "oneroster": "api",
    "powerpath": "api",
    "case": "api",
    "qti": "qti",
    "caliper": "caliper",
}
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Param:
    python: str
    spec: str
    location: str  # path | query | header | body
    annotation: str
    required: bool
    default: str | None = None
    gen: str = ""  # the generated `_get_kwargs` parameter name (e.g. filter_ for filter)


@dataclass
class Operation:
    api: str
    namespace: str
    cls: str
    name: str
    operation_id: str
    http_method: str
    path: str
    module: str
    summary: str
    params: list[Param] = field(default_factory=list)
    returns: str = "None"
    success: list[int] = field(default_factory=list)
    responses: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)
    body_content_types: list[str] = field(default_factory=list)
    json_body_model: str | None = None
    type_imports: dict[str, str] = field(default_factory=dict)
    unset_used: bool = False

    @property
    def key(self) -> str:
        return f"{self.namespace}.{self.name}"


def snake(value: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(value))


def facade_name(gen: str) -> str:
    """`filter_` -> `filter`: the generator's underscore only dodges builtins; keywords keep it."""
    if gen.endswith("_") and not keyword.iskeyword(gen[:-1]) and gen[:-1] != "self":
        return gen[:-1]
    return gen


def _union_parts(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union_parts(node.left) + _union_parts(node.right)
    return [node]


def _names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def _status_blocks(func: ast.FunctionDef) -> list[tuple[int, ast.If]]:
    out = []
    for stmt in func.body:
        if (
            isinstance(stmt, ast.If)
            and isinstance(stmt.test, ast.Compare)
            and isinstance(stmt.test.comparators[0], ast.Constant)
            and isinstance(stmt.test.left, ast.Attribute)
            and stmt.test.left.attr == "status_code"
        ):
            out.append((int(stmt.test.comparators[0].value), stmt))
    return out


def _from_dict_classes(node: ast.AST) -> list[str]:
    """`X` of every `X.from_dict(...)` call under `node`, in source order."""
    calls = [
        n
        for n in ast.walk(node)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == "from_dict"
        and isinstance(n.func.value, ast.Name)
    ]
    calls.sort(key=lambda n: (n.lineno, n.col_offset))
    names: list[str] = []
    for call in calls:
        name = call.func.value.id  # type: ignore[attr-defined]
        if name not in names:
            names.append(name)
    return names


def response_shape(block: ast.If) -> tuple[str, tuple[str, ...]]:
    """What one 2xx branch of `_parse_response` reads: (kind, model classes).

    kind: model | list (of one model) | union (of models, first that fits) | none (no body) |
    file (raw bytes) | json (decoded JSON as it is)."""
    nested = [n for n in block.body if isinstance(n, ast.FunctionDef)]
    if nested:
        return "union", tuple(_from_dict_classes(nested[0]))
    names = _from_dict_classes(block)
    if names:
        is_list = any(isinstance(n, ast.For | ast.ListComp) for n in ast.walk(block))
        return ("list" if is_list else "model"), (names[0],)
    text = ast.unparse(block)
    if "cast(Any, None)" in text:
        return "none", ()
    if "File(" in text:
        return "file", ()
    return "json", ()


def read_module(path: Path) -> dict[str, Any]:
    tree = ast.parse(path.read_text())
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    imports: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("models."):
            for alias in node.names:
                imports[alias.asname or alias.name] = node.module
        if isinstance(node, ast.ImportFrom) and node.level == 3 and node.module == "types":
            for alias in node.names:
                imports[alias.name] = "types"
    kw = funcs["_get_kwargs"]
    positional = [(a.arg, ast.unparse(a.annotation)) for a in kw.args.args]  # type: ignore[arg-type]
    kwonly = []
    for a, d in zip(kw.args.kwonlyargs, kw.args.kw_defaults, strict=True):
        kwonly.append((a.arg, ast.unparse(a.annotation), None if d is None else ast.unparse(d)))  # type: ignore[arg-type]
    query_map: dict[str, str] = {}
    header_map: dict[str, str] = {}
    args = {a for a, _ in positional} | {a for a, _, _ in kwonly}
    for node in ast.walk(kw):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Subscript)
            and isinstance(node.targets[0].value, ast.Name)
            and node.targets[0].value.id in ("params", "headers")
            and isinstance(node.targets[0].slice, ast.Constant)
        ):
            spec = node.targets[0].slice.value
            names = _names(node.value)
            py = next((n for n in names if n in args), None)
            if py is None:
                py = next((n[5:] for n in names if n.startswith("json_") and n[5:] in args), None)
            if py is not None:
                (query_map if node.targets[0].value.id == "params" else header_map)[py] = spec
    body_types: list[str] = []
    for node in ast.walk(kw):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Subscript)
            and isinstance(node.targets[0].slice, ast.Constant)
            and node.targets[0].slice.value == "Content-Type"
            and isinstance(node.value, ast.Constant)
        ):
            body_types.append(node.value.value)
    json_model = None
    for node in ast.walk(kw):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "isinstance"
            and isinstance(node.args[1], ast.Name)
            and node.args[1].id not in ("Unset", "File")
        ):
            json_model = node.args[1].id
    parse = funcs["_parse_response"]
    blocks = _status_blocks(parse)
    ok_names: set[str] = set()
    err_names: set[str] = set()
    for status, block in blocks:
        (ok_names if 200 <= status < 300 else err_names).update(_names(block))
    parts = _union_parts(parse.returns) if parse.returns else []  # type: ignore[arg-type]
    keep = []
    for part in parts:
        text = ast.unparse(part)
        if text == "None":
            continue
        part_names = _names(part) - {"list", "dict", "str", "int", "float", "bool"}
        if (
            (text == "Any" and any("cast" in _names(b) for s, b in blocks if 200 <= s < 300))
            or (part_names & ok_names and not (part_names & err_names - ok_names))
            or (not part_names and text in ("str", "int", "float", "bool") and ok_names)
        ):
            keep.append(text)
    return {
        "positional": positional,
        "kwonly": kwonly,
        "query_map": query_map,
        "header_map": header_map,
        "imports": imports,
        "returns": " | ".join(keep) if keep else "None",
        "success": sorted(s for s, _ in blocks if 200 <= s < 300),
        "responses": sorted((s, *response_shape(b)) for s, b in blocks if 200 <= s < 300),
        "body_types": body_types,
        "json_model": json_model,
    }


def collect(pkg: Path, api: str, doc: dict[str, Any]) -> list[Operation]:
    modules = {
        p.stem: p for p in sorted((pkg / api / "api").glob("*/*.py")) if p.stem != "__init__"
    }
    ops: list[Operation] = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = op["operationId"]
            name = snake(op_id)
            if name not in modules:
                raise SystemExit(f"facade: no generated module for {api} {op_id} ({name})")
            mod_path = modules[name]
            info = read_module(mod_path)
            ns = next(n for n in NAMESPACES if n[0] == api and path.startswith(n[1]))
            module = f"_timeback_gen.{api}.api.{mod_path.parent.name}.{name}"
            spec_path_params = re.findall(r"{([^}]+)}", path)
            params: list[Param] = []
            for i, (gen, ann) in enumerate(info["positional"]):
                params.append(Param(gen, spec_path_params[i], "path", ann, True, None, gen))
            for gen, ann, default in info["kwonly"]:
                py = facade_name(gen)
                if gen == "body":
                    loc, spec = "body", "body"
                elif gen in info["header_map"]:
                    loc, spec = "header", info["header_map"][gen]
                else:
                    loc, spec = "query", info["query_map"].get(gen, gen)
                params.append(Param(py, spec, loc, ann, default is None, default, gen))
            used = set()
            for p in params:
                used |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", p.annotation))
            used |= set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", info["returns"]))
            type_imports = {n: m for n, m in info["imports"].items() if n in used and m != "types"}
            ops.append(
                Operation(
                    api=api,
                    namespace=ns[2],
                    cls=ns[3],
                    name=name,
                    operation_id=op_id,
                    http_method=method.upper(),
                    path=path,
                    module=module,
                    summary=(op.get("summary") or op.get("description") or op_id).strip(),
                    params=params,
                    returns=info["returns"],
                    success=info["success"],
                    responses=info["responses"],
                    body_content_types=info["body_types"],
                    json_body_model=info["json_model"],
                    type_imports=type_imports,
                    unset_used=any("Unset" in p.annotation for p in params),
                )
            )
    return ops


HEADER = '"""Generated by scripts/facade.py from the generated endpoint modules. Do not edit."""\n'


def _signature(op: Operation) -> str:
    parts = ["self"]
    for p in op.params:
        if p.location == "path":
            parts.append(f"{p.python}: {p.annotation}")
    parts.append("*")
    for p in op.params:
        if p.location == "path":
            continue
        ann = p.annotation
        if p.location == "body":
            ann = f"{ann} | Mapping[str, Any]"
        parts.append(f"{p.python}: {ann}" + (f" = {p.default}" if p.default else ""))
    if any(p.gen == "filter_" for p in op.params):
        parts.append("where: Mapping[str, Any] | None = None")
    if parts[-1] == "*":
        parts.pop()
    return ", ".join(parts)


def _call_args(op: Operation) -> str:
    path_args = [p.python for p in op.params if p.location == "path"]
    kwargs = [f'"{p.gen}": {p.python}' for p in op.params if p.location != "path"]
    if any(p.gen == "filter_" for p in op.params):
        kwargs.append('"where": where')
    tup = "(" + "".join(f"{a}, " for a in path_args) + ")"
    return f'_OPS["{op.key}"], {tup}, {{{", ".join(kwargs)}}}'


def _docstring(op: Operation) -> str:
    summary = op.summary.splitlines()[0].rstrip(".").replace('"""', "'''").replace("\\", "\\\\")
    return f'"""{summary}.\n\n        `{op.http_method} {op.path}` (operationId `{op.operation_id}`)\n        """'


def render_api(api: str, ops: list[Operation]) -> str:
    lines = [HEADER, "from __future__ import annotations", ""]
    lines.append("from collections.abc import Mapping")
    lines.append("from typing import TYPE_CHECKING, Any, cast")
    lines.append("")
    lines.append("from timeback_gen.services import AsyncService, SyncService")
    lines.append("")
    lines.append(f"from ..{api}.types import UNSET, Unset")
    lines.append("from .registry import OPERATIONS as _OPS")
    lines.append("")
    imports: dict[str, str] = {}
    for op in ops:
        imports.update(op.type_imports)
    lines.append("if TYPE_CHECKING:")
    lines.append(f"    from ..{api}.types import File")
    for name, module in sorted(imports.items()):
        lines.append(f"    from ..{api}.{module} import {name}")
    lines.append("")
    lines.append('__all__ = ["UNSET", "Unset"]')
    classes: dict[str, list[Operation]] = {}
    for op in ops:
        classes.setdefault(op.cls, []).append(op)
    for cls, cls_ops in classes.items():
        for is_async in (False, True):
            name = ("Async" if is_async else "") + cls + "Service"
            base = "AsyncService" if is_async else "SyncService"
            lines.append("")
            lines.append("")
            lines.append(f"class {name}({base}):")
            lines.append(
                f'    """{cls_ops[0].namespace} operations ({len(cls_ops)}); '
                + ("awaitable; " if is_async else "")
                + 'see `timeback_gen.services`."""'
            )
            for op in sorted(cls_ops, key=lambda o: o.name):
                lines.append("")
                prefix = "async def" if is_async else "def"
                lines.append(f"    {prefix} {op.name}({_signature(op)}) -> {op.returns}:")
                lines.append(f"        {_docstring(op)}")
                call = f"self._call({_call_args(op)})"
                if is_async:
                    call = f"await {call}"
                if op.returns == "None":
                    lines.append(f"        {call}")
                else:
                    lines.append(f'        return cast("{op.returns}", {call})')
    return "\n".join(lines) + "\n"


def render_registry(ops: list[Operation]) -> str:
    lines = [HEADER, "from timeback_gen.services import OperationSpec, ParamSpec", ""]
    lines.append("OPERATIONS: dict[str, OperationSpec] = {")
    for op in ops:
        lines.append(f'    "{op.key}": OperationSpec(')
        lines.append(f'        api="{op.api}",')
        lines.append(f'        base_url="{BASE_URLS[op.api]}",')
        lines.append(f'        namespace="{op.namespace}",')
        lines.append(f'        name="{op.name}",')
        lines.append(f'        operation_id="{op.operation_id}",')
        lines.append(f'        http_method="{op.http_method}",')
        lines.append(f'        path="{op.path}",')
        lines.append(f'        module="{op.module}",')
        lines.append(f"        success={tuple(op.success)!r},")
        lines.append(f"        responses={tuple(op.responses)!r},")
        lines.append(f"        body_content_types={tuple(op.body_content_types)!r},")
        lines.append(f"        json_body_model={op.json_body_model!r},")
        lines.append("        params=(")
        for p in op.params:
            lines.append(
                f'            ParamSpec("{p.python}", "{p.spec}", "{p.location}", {p.required!r}),'
            )
        lines.append("        ),")
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def generate(pkg: Path, normalized: dict[str, dict[str, Any]]) -> int:
    out = pkg / "services"
    out.mkdir(exist_ok=True)
    all_ops: list[Operation] = []
    for api in ("oneroster", "powerpath", "qti", "caliper", "case"):
        ops = collect(pkg, api, normalized[api])
        all_ops.extend(ops)
        (out / f"{api}.py").write_text(render_api(api, ops))
    (out / "registry.py").write_text(render_registry(all_ops))
    (out / "__init__.py").write_text(
        '"""Generated service facade: one class per namespace, one method per operation."""\n'
    )
    keys = [op.key for op in all_ops]
    if len(set(keys)) != len(keys):
        raise SystemExit("facade: two operations map to the same namespace.method")
    return len(all_ops)
