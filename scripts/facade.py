"""Generate the service facade, the operation registry and docs/api.md from the endpoint data.

Every generated endpoint module (`api/<tag>/<operation>.py`, from our
`specs/generator/templates/endpoint_module.py.jinja`) holds `_get_kwargs` (builds the request) and
`ENDPOINT`: plain data the template rendered from the generator's own endpoint object (route,
every `_get_kwargs` parameter with its annotation and default, the request bodies, per 2xx
status how the body is read, the return annotation). The `ENDPOINT`s are imported, in a child
interpreter with the new tree first on `sys.path` (`load_tree`), and turned into:

* `services/<api>.py`: one method table per namespace (`RosteringService`, and its awaitable
  twin `AsyncRosteringService`), one typed method per operation, calling `self._call(key, path
  args, kwargs)`. The tables import nothing from `timeback_gen`: `timeback_gen.services.
  facade_class` binds each to `SyncService` / `AsyncService`, which supply `_call` (build the
  request, send, map errors, parse), so the hand-written layer imports the generated one and
  never the reverse;
* `services/registry.py`: `OPERATION_DATA`, one entry of primitives per operation (namespace,
  method, operationId, HTTP method, path, module, declared 2xx bodies, request body types, how
  each Python parameter maps to the document's, how a list operation pages: specs/paging.yaml
  as scripts/paging.py resolved it). `timeback_gen.services.OPERATIONS` turns it into
  `OperationSpec`s (used by the client, the CLI, pagination and tests);
* `docs/api.md`: every namespace and method with its route, parameters and return type.

The document gives the order (paths as written, then METHODS) and each operation's raw
operationId (the generator keeps only its snake_case). Method names are that snake_case;
namespaces come from `NAMESPACES` below.
"""

from __future__ import annotations

import importlib
import json
import keyword
import pkgutil
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

APIS = ("oneroster", "powerpath", "qti", "caliper", "case")
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
METHODS = ("get", "put", "post", "delete", "patch")
KINDS = ("model", "list", "union", "none", "file", "json")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class FacadeError(Exception):
    """The endpoint data does not fit the document (or the facade cannot be built from it)."""


@dataclass
class Param:
    python: str  # the facade's name (`filter`)
    spec: str  # the document's name (`filter`, `orderBy`)
    location: str  # path | query | header | cookie | body
    annotation: str
    required: bool
    default: str | None
    gen: str  # the `_get_kwargs` parameter name (`filter_`)


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
    responses: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)
    body_content_types: list[str] = field(default_factory=list)
    json_body_model: str | None = None
    type_imports: dict[str, str] = field(default_factory=dict)
    # (style, items key, dotted total or None, "int" | "str": how page numbers are passed), for
    # a list operation (specs/paging.yaml); the record model's class name, for docs/api.md
    paging: tuple[str, str, str | None, str] | None = None
    page_item: tuple[str, str] | None = None  # (class, module) of the records

    @property
    def key(self) -> str:
        return f"{self.namespace}.{self.name}"

    @property
    def success(self) -> list[int]:
        return [status for status, _, _ in self.responses]

    @property
    def has_filter(self) -> bool:
        return any(p.gen == "filter_" for p in self.params)


def snake(value: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(value))


def facade_name(gen: str) -> str:
    """`filter_` -> `filter`: the generator's underscore only dodges builtins; keywords keep it."""
    if gen.endswith("_") and not keyword.iskeyword(gen[:-1]) and gen[:-1] != "self":
        return gen[:-1]
    return gen


# -- reading the tree ---------------------------------------------------------------------------


def load_tree(pkg: Path) -> dict[str, Any]:
    """{"endpoints": {module: ENDPOINT}, "models": {api: {model class: module}}} of the tree at
    `pkg` (`…/_timeback_gen`), imported in a child interpreter: the tree being generated is not
    the installed one (`make drift` writes to build/drift/)."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--dump", str(pkg.parent.resolve())],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise FacadeError(f"reading the endpoint data of {pkg} failed:\n{proc.stderr}")
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def _dump(tree: Path) -> int:
    """The child of `load_tree`: print the tree's endpoint data and model tables as JSON."""
    sys.path.insert(0, str(tree))
    package = importlib.import_module("_timeback_gen")
    if not Path(package.__file__ or "").resolve().is_relative_to(tree):
        raise SystemExit(f"_timeback_gen came from {package.__file__}, not from {tree}")
    out: dict[str, Any] = {"endpoints": {}, "models": {}, "paged": {}}
    for api in APIS:
        api_pkg = importlib.import_module(f"_timeback_gen.{api}.api")
        for info in pkgutil.walk_packages(api_pkg.__path__, api_pkg.__name__ + "."):
            if not info.ispkg:
                out["endpoints"][info.name] = importlib.import_module(info.name).ENDPOINT
        models = importlib.import_module(f"_timeback_gen.{api}.models")
        out["models"][api] = dict(models._MODULES)
        # The models the template gave `_tb_page()`: {class: {list key: record model class}}.
        paged = out["paged"][api] = {}
        for name in models._MODULES:
            cls = getattr(models, name)
            if "_tb_page" in vars(cls):
                paged[name] = {
                    f.key: f.desc.item.cls.__name__
                    for f in cls._tb_table().fields
                    if hasattr(f.desc, "item") and hasattr(f.desc.item, "cls")
                }
    json.dump(out, sys.stdout)
    return 0


def _status(value: str, where: str) -> int:
    if not value.isdigit():
        raise FacadeError(f"{where}: response status {value!r}: status ranges are not supported")
    return int(value)


def collect(
    api: str, doc: dict[str, Any], tree: dict[str, Any], paged: dict[str, Any] | None = None
) -> list[Operation]:
    """The operations of one API, in document order, from the endpoint data of `tree`; `paged`
    is {operationId: scripts/paging.Paging} of its list operations."""
    paged = paged or {}
    prefix = f"_timeback_gen.{api}.api."
    by_route = {
        (data["method"], data["path"]): (module, data)
        for module, data in tree["endpoints"].items()
        if module.startswith(prefix)
    }
    models: dict[str, str] = tree["models"][api]
    ops: list[Operation] = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            op_id = op["operationId"]
            found = by_route.pop((method.upper(), path), None)
            if found is None:
                raise FacadeError(f"{api} {method.upper()} {path} ({op_id}): no endpoint module")
            module, data = found
            name = data["name"]
            if name != snake(op_id) or module.rsplit(".", 1)[1] != name:
                raise FacadeError(f"{api} {op_id}: the endpoint module {module} is named {name}")
            ns = next(n for n in NAMESPACES if n[0] == api and path.startswith(n[1]))
            params = [
                Param(
                    python=facade_name(p["python"]) if p["in"] != "path" else p["python"],
                    spec=p["spec"],
                    location=p["in"],
                    annotation=p["annotation"],
                    # whether a call must give it: the document requires it and has no default
                    required=p["required"] and p["default"] is None,
                    default=p["default"],
                    gen=p["python"],
                )
                for p in data["params"]
            ]
            responses = []
            for r in data["responses"]:
                if r["kind"] not in KINDS:
                    raise FacadeError(f"{api} {op_id}: unknown response kind {r['kind']!r}")
                responses.append((_status(r["status"], op_id), r["kind"], tuple(r["models"])))
            json_models = [b["model"] for b in data["bodies"] if b["kind"] == "json"]
            used = {n for p in params for n in IDENTIFIER.findall(p.annotation)}
            used |= set(IDENTIFIER.findall(data["returns"]))
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
                    summary=data["summary"] or op_id,
                    params=params,
                    returns=data["returns"],
                    responses=sorted(responses),
                    body_content_types=[b["content_type"] for b in data["bodies"]],
                    json_body_model=json_models[0] if len(json_models) == 1 else None,
                    type_imports={n: models[n] for n in sorted(used) if n in models},
                )
            )
            plan = paged.get(op_id)
            if plan is not None:
                _add_paging(ops[-1], plan, tree["paged"][api], models)
    if by_route:
        extra = ", ".join(sorted(module for module, _ in by_route.values()))
        raise FacadeError(f"{api}: endpoint modules for no operation of the document: {extra}")
    return ops


def _add_paging(
    op: Operation, plan: Any, paged_models: dict[str, dict[str, str]], models: dict[str, str]
) -> None:
    """Put a list operation's paging on it, checking the generated tree agrees: its 200 answer is
    one model, which the template gave `_tb_page()` over the declared records."""
    ok = [r for r in op.responses if r[0] == 200]
    if len(ok) != 1 or ok[0][1] != "model" or len(ok[0][2]) != 1:
        raise FacadeError(f"{op.api} {op.operation_id}: a list operation answers 200 as one model")
    model = ok[0][2][0]
    lists = paged_models.get(model)
    if lists is None:
        raise FacadeError(
            f"{op.api} {op.operation_id}: its response model {model} has no _tb_page() "
            "(the model template reads `x-timeback-page-items`, set by scripts/paging.py)"
        )
    item = lists.get(plan.items)
    if item is None:
        raise FacadeError(f"{op.api} {op.operation_id}: {model}.{plan.items} is no list of models")
    size = next((p for p in op.params if p.location == "query" and p.spec == "limit"), None)
    numbers = "str" if size is not None and _type_parts(size.annotation) == ["str"] else "int"
    op.paging = (plan.style, plan.items, plan.total, numbers)
    op.page_item = (item, models[item])


# -- the method tables --------------------------------------------------------------------------

HEADER = (
    '"""Generated by scripts/facade.py from the endpoint modules\' ENDPOINT data. Do not edit."""\n'
)


# Every method's escape hatches (openai-python style), after the operation's own parameters:
# what the documents leave out reaches the wire anyway (`services.apply_extras`).
EXTRAS = (
    "extra_query: Mapping[str, Any] | None = None",
    "extra_headers: Mapping[str, str] | None = None",
    "extra_body: Mapping[str, Any] | None = None",
    "timeout: float | None = None",
)


def _parameters(op: Operation, *, extras: bool = True) -> list[str]:
    """The facade method's parameters after `self`: path ones positional, the rest keyword-only
    (with `EXTRAS` unless `extras=False`: docs/api.md names them once)."""
    parts = [f"{p.python}: {p.annotation}" for p in op.params if p.location == "path"]
    keyword_only = []
    for p in op.params:
        if p.location == "path":
            continue
        ann = p.annotation
        if p.location == "body":
            ann = f"{ann} | Mapping[str, Any]"
        keyword_only.append(f"{p.python}: {ann}" + (f" = {p.default}" if p.default else ""))
    if op.has_filter:
        keyword_only.append("where: Mapping[str, Any] | None = None")
    if extras:
        keyword_only.extend(EXTRAS)
    return parts + (["*", *keyword_only] if keyword_only else [])


def _signature(op: Operation) -> str:
    return ", ".join(["self", *_parameters(op)])


def _call_args(op: Operation) -> str:
    path_args = [p.python for p in op.params if p.location == "path"]
    kwargs = [f'"{p.gen}": {p.python}' for p in op.params if p.location != "path"]
    if op.has_filter:
        kwargs.append('"where": where')
    tup = "(" + "".join(f"{a}, " for a in path_args) + ")"
    extras = "(extra_query, extra_headers, extra_body, timeout)"
    return f'"{op.key}", {tup}, {{{", ".join(kwargs)}}}, {extras}'


def _first_line(op: Operation) -> str:
    return op.summary.splitlines()[0].rstrip(".")


def _docstring(op: Operation) -> str:
    summary = _first_line(op).replace('"""', "'''").replace("\\", "\\\\")
    return f'"""{summary}.\n\n        `{op.http_method} {op.path}` (operationId `{op.operation_id}`)\n        """'


def render_api(api: str, ops: list[Operation]) -> str:
    lines = [HEADER, "from __future__ import annotations", ""]
    lines.append("from collections.abc import Awaitable, Callable, Mapping")
    lines.append("from typing import TYPE_CHECKING, Any, ClassVar, cast")
    lines.append("")
    lines.append(f"from ..{api}.types import UNSET, Unset")
    lines.append("")
    imports: dict[str, str] = {}
    for op in ops:
        imports.update(op.type_imports)
    lines.append("if TYPE_CHECKING:")
    lines.append(f"    from ..{api}.types import File")
    for name, module in sorted(imports.items()):
        lines.append(f"    from ..{api}.models{module} import {name}")
    lines.append("")
    lines.append('__all__ = ["UNSET", "Unset"]')
    classes: dict[str, list[Operation]] = {}
    for op in ops:
        classes.setdefault(op.cls, []).append(op)
    for cls, cls_ops in classes.items():
        for is_async in (False, True):
            name = ("Async" if is_async else "") + cls + "Service"
            result = "Awaitable[Any]" if is_async else "Any"
            lines.append("")
            lines.append("")
            lines.append(f"class {name}:")
            lines.append(
                f'    """{cls_ops[0].namespace} operations ({len(cls_ops)}); '
                + ("awaitable; " if is_async else "")
                + 'see `timeback_gen.services`."""'
            )
            lines.append("")
            lines.append(
                f"    # A method table: `timeback_gen.services.facade_class` binds it to "
                f"{'AsyncService' if is_async else 'SyncService'}, which"
            )
            lines.append("    # supplies `_call` (send the operation of that registry key, parse).")
            lines.append(f"    _tb_async: ClassVar[bool] = {is_async}")
            lines.append(f'    _tb_namespace: ClassVar[str] = "{cls_ops[0].namespace}"')
            lines.append(
                "    _call: Callable[[str, tuple[Any, ...], dict[str, Any], tuple[Any, ...]], "
                f"{result}]"
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


# -- the registry -------------------------------------------------------------------------------


def render_registry(ops: list[Operation]) -> str:
    lines = [
        '"""The operation registry as data (generated by scripts/facade.py). Do not edit.',
        "",
        "One entry per operation, keyed `namespace.method`, of primitives only: this module imports",
        "nothing. `timeback_gen.services.OPERATIONS` reads it into `OperationSpec`s; `params` are",
        "(python name, document name, location, required), `responses` (status, kind, models),",
        "`paging` (style, items key, dotted total or None, how page numbers are passed: int or",
        "str) for a list operation (specs/paging.yaml), else None.",
        '"""',
        "",
        "from typing import Any",
        "",
        "OPERATION_DATA: dict[str, dict[str, Any]] = {",
    ]
    for op in ops:
        lines.append(f'    "{op.key}": {{')
        lines.append(f'        "api": "{op.api}",')
        lines.append(f'        "namespace": "{op.namespace}",')
        lines.append(f'        "name": "{op.name}",')
        lines.append(f'        "operation_id": "{op.operation_id}",')
        lines.append(f'        "http_method": "{op.http_method}",')
        lines.append(f'        "path": "{op.path}",')
        lines.append(f'        "module": "{op.module}",')
        lines.append(f'        "success": {tuple(op.success)!r},')
        lines.append(f'        "responses": {tuple(op.responses)!r},')
        lines.append(f'        "body_content_types": {tuple(op.body_content_types)!r},')
        lines.append(f'        "json_body_model": {op.json_body_model!r},')
        lines.append(f'        "paging": {op.paging!r},')
        lines.append('        "params": (')
        for p in op.params:
            lines.append(f'            ("{p.python}", "{p.spec}", "{p.location}", {p.required!r}),')
        lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- docs/api.md --------------------------------------------------------------------------------


def _anchor(text: str) -> str:
    """GitHub's heading anchor: lower case, punctuation but `-` and `_` dropped, spaces to `-`."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def _type_parts(annotation: str) -> list[str]:
    """The members of an annotation, without `Unset` (the required column says whether it may
    be left out)."""
    parts = [p.strip() for p in annotation.split("|")]
    return [p for p in parts if p != "Unset"] or parts


def _linked(annotation: str, op: Operation, sep: str = " | ") -> str:
    """The annotation, each generated model linked to its module."""

    def one(part: str) -> str:
        inner = part[5:-1] if part.startswith("list[") and part.endswith("]") else None
        name = inner or part
        module = op.type_imports.get(name)
        if module is None:
            return f"`{part}`"
        link = f"[`{name}`](../generated/_timeback_gen/{op.api}/models/{module[1:]}.py)"
        return f"list of {link}" if inner else link

    return sep.join(one(p) for p in _type_parts(annotation))


def _doc_signature(op: Operation) -> str:
    params = _parameters(op, extras=False)
    one_line = f"tb.{op.key}({', '.join(params)}) -> {op.returns}"
    if len(one_line) <= 96:
        return one_line
    inner = "".join(f"    {p},\n" for p in params)
    return f"tb.{op.key}(\n{inner}) -> {op.returns}"


CELL_SEP = " \\| "  # between the members of a type in a table cell
STYLE_LABELS = {"offset": "offset/limit", "page": "page/limit", "whole": "whole list"}


def _paging_label(op: Operation) -> str:
    """How a list operation pages, for docs/api.md ("" for other operations)."""
    if op.paging is None:
        return ""
    style, _items, total, _numbers = op.paging
    label = STYLE_LABELS[style]
    return f"{label} until `{total}`" if total else label


def _paging_line(op: Operation) -> str:
    assert op.page_item is not None
    name, module = op.page_item
    args = "".join(f", {p.python}" for p in op.params if p.location == "path")
    link = f"[`{name}`](../generated/_timeback_gen/{op.api}/models/{module[1:]}.py)"
    return f"Paged ({_paging_label(op)}): `tb.paginate(tb.{op.key}{args})` yields {link}."


API_DOC_HEAD = """# API reference

<!-- Generated by `make regen` (scripts/facade.py) from the endpoint data. Do not edit. -->

Every operation of the TimeBack documents ({count}), by namespace. The methods are the same on
`Timeback` and, awaitable, on `AsyncTimeback`; their models are importable from
`timeback_gen.models.<api>`. Path parameters are positional, the rest keyword-only; a parameter
that is not required may be left out (`UNSET`: not sent). A body may also be given as a plain
mapping, sent as it is. Where an operation takes `filter`, `where=` builds it from a mapping. The
list operations (the "paging" column: their style and the total they page until, from
specs/paging.yaml) work with `tb.paginate`, which yields their records. Every method also takes
`extra_query=`, `extra_headers=`, `extra_body=` (merged into a JSON body) and `timeout=` (seconds,
this call only), for what the documents leave out; they are not repeated below. Every non-2xx
response raises an `APIStatusError` subclass (`timeback_gen.errors`). The headings are the operation keys
the CLI takes (`timeback-gen call oneroster.rostering.get_user --sourced-id ID`).

"""


def render_api_doc(ops: list[Operation]) -> str:
    by_ns: dict[str, list[Operation]] = {}
    for op in ops:
        by_ns.setdefault(op.namespace, []).append(op)
    order = [ns for _, _, ns, _ in NAMESPACES if ns in by_ns]
    out = [*API_DOC_HEAD.format(count=len(ops)).splitlines(), "| namespace | methods | models |"]
    out.append("|---|---|---|")
    for ns in order:
        out.append(
            f"| [`tb.{ns}`](#{_anchor('tb.' + ns)}) | {len(by_ns[ns])} | "
            f"`timeback_gen.models.{by_ns[ns][0].api}` |"
        )
    for ns in order:
        ns_ops = sorted(by_ns[ns], key=lambda o: o.name)
        out += ["", f"## tb.{ns}", "", "| method | route | returns | paging |", "|---|---|---|---|"]
        for op in ns_ops:
            out.append(
                f"| [`{op.name}`](#{_anchor(op.key)}) | `{op.http_method} {op.path}` | "
                f"{_linked(op.returns, op, CELL_SEP)} | {_paging_label(op)} |"
            )
        for op in ns_ops:
            out += ["", f"### {op.key}", ""]
            out.append(f"`{op.http_method} {op.path}` (operationId `{op.operation_id}`)")
            out += ["", _first_line(op) + ".", "", "```python", _doc_signature(op), "```"]
            if op.params or op.has_filter:
                out += ["", "| parameter | in | required | type |", "|---|---|---|---|"]
                for p in op.params:
                    where = p.location
                    if p.spec != p.python and p.location != "body":
                        where += f" (`{p.spec}`)"
                    ann = _linked(p.annotation, op, CELL_SEP)
                    if p.location == "body":
                        ann += " or a mapping"
                    if p.default not in (None, "UNSET"):
                        ann += f" (default `{p.default}`)"
                    required = "yes" if p.required else "no"
                    out.append(f"| `{p.python}` | {where} | {required} | {ann} |")
                if op.has_filter:
                    out.append(
                        "| `where` | builds `filter` | no | `Mapping[str, Any]` (not with `filter`) |"
                    )
            out += ["", f"Returns {_linked(op.returns, op)}."]
            if op.paging is not None:
                out += ["", _paging_line(op)]
    return "\n".join(out) + "\n"


# -- entry point --------------------------------------------------------------------------------


def generate(
    pkg: Path,
    normalized: dict[str, dict[str, Any]],
    api_doc: Path,
    paged: dict[str, dict[str, Any]] | None = None,
) -> int:
    """Write `pkg/services/` and `api_doc` from the endpoint data of the tree at `pkg`; `paged`
    is, per API, {operationId: scripts/paging.Paging}."""
    tree = load_tree(pkg)
    out = pkg / "services"
    out.mkdir(exist_ok=True)
    all_ops: list[Operation] = []
    for api in APIS:
        ops = collect(api, normalized[api], tree, (paged or {}).get(api))
        all_ops.extend(ops)
        (out / f"{api}.py").write_text(render_api(api, ops))
    (out / "registry.py").write_text(render_registry(all_ops))
    (out / "__init__.py").write_text(
        '"""Generated service facade: one method table per namespace, one method per operation."""\n'
    )
    keys = [op.key for op in all_ops]
    if len(set(keys)) != len(keys):
        raise FacadeError("two operations map to the same namespace.method")
    api_doc.parent.mkdir(parents=True, exist_ok=True)
    api_doc.write_text(render_api_doc(all_ops))
    return len(all_ops)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        sys.exit(_dump(Path(sys.argv[2])))
    sys.exit("usage: facade.py --dump TREE (scripts/regen.py runs the facade)")
