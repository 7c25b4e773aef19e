"""Calling the real public client against Prism: a token stub, arguments from the documents.

* ``ContractTransport`` answers the OAuth2 token request itself (``POST .../oauth2/token``) with a
  fake bearer token and forwards every other request, unchanged, to a real
  ``httpx.HTTPTransport`` - Prism stays the real server for the API calls. It can add a
  ``Prefer`` header (``with transport.prefer("code=404"): ...``) and counts what it forwarded.
* ``contract_client(url)`` is a ``Timeback`` with every base URL at one Prism, no retries.
* ``build_call(spec)`` builds valid arguments for a registry operation from the schemas of its
  overlaid document (``examples.build_request``) and maps them onto the facade: path parameters
  positionally in registry order, query parameters by their facade name (``ParamSpec.python``),
  the body as a plain mapping (``"dict"``), as the generated model built from it (``"model"``)
  and, for XML bodies, as ``File`` with the document's XML example (``"xml"``).
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import importlib
import inspect
import io
import re
import threading
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from timeback_gen import Timeback
from timeback_gen.services import OperationSpec, RawResponse, raw

from .documents import operation_of, overlaid_document
from .examples import (
    ExampleError,
    Generator,
    RequestExample,
    _param_schema,
    build_request,
    operation_parameters,
    validate,
)

TOKEN_PATH_SUFFIX = "/oauth2/token"
FAKE_TOKEN = "contract-test-token"
TOKEN_URL = "http://token.contract.test/oauth2/token"
#: Per-request timeout for the contract clients (Prism answers in milliseconds).
REQUEST_TIMEOUT = 10.0


class ContractTransport(httpx.BaseTransport):
    """Token endpoint stub + pass-through to a real HTTP transport (see the module docstring)."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self._prefer: contextvars.ContextVar[str | None] = contextvars.ContextVar(
            f"prefer-{id(self)}", default=None
        )
        self._lock = threading.Lock()
        self.token_requests = 0
        self.forwarded = 0

    @contextlib.contextmanager
    def prefer(self, value: str | None) -> Iterator[None]:
        """Send ``Prefer: <value>`` on the API requests made inside the block (this context)."""
        token = self._prefer.set(value)
        try:
            yield
        finally:
            self._prefer.reset(token)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith(TOKEN_PATH_SUFFIX):
            with self._lock:
                self.token_requests += 1
            return httpx.Response(
                200,
                json={"access_token": FAKE_TOKEN, "token_type": "Bearer", "expires_in": 3600},
                request=request,
            )
        request.read()  # streamed bodies (File payloads) stay inspectable as request.content
        prefer = self._prefer.get()
        if prefer:
            request.headers["Prefer"] = prefer
        with self._lock:
            self.forwarded += 1
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def contract_client(base_url: str, transport: ContractTransport) -> Timeback:
    """A real ``Timeback`` whose three base URLs are one Prism; fake token; no retries; strict:
    the contract suite checks the client against its documents, so any drift is a failure."""
    return Timeback(
        environment="staging",
        client_id="contract-client",
        client_secret="contract-secret",
        api_base_url=base_url,
        qti_api_base_url=base_url,
        caliper_api_base_url=base_url,
        token_url=TOKEN_URL,
        timeout=REQUEST_TIMEOUT,
        max_retries=0,
        strict=True,
        transport=transport,
    )


# ---------------------------------------------------------------------------------------------
# the facade


def facade_method(tb: Timeback, spec: OperationSpec) -> Callable[..., Any]:
    """``tb.<namespace>.<name>`` for a registry operation (AttributeError names what is missing)."""
    target: Any = tb
    for part in spec.namespace.split("."):
        target = getattr(target, part)
    method = getattr(target, spec.name, None)
    if method is None:
        raise AttributeError(
            f"the facade has no method {spec.namespace}.{spec.name} for operation "
            f"{spec.operation_id} ({spec.http_method} {spec.path})"
        )
    return method  # type: ignore[no-any-return]


def call_raw(method: Callable[..., Any], call: Call, variant: str = "dict") -> RawResponse[Any]:
    """``raw(method)(*args, **kwargs)`` with the body ``variant`` (fresh copies each time)."""
    return raw(method)(*call.args, **call.kwargs_for(variant))  # type: ignore[no-any-return]


def _facade_service_class(spec: OperationSpec) -> type:
    module = importlib.import_module(f"_timeback_gen.services.{spec.namespace.split('.')[0]}")
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and not value.__name__.startswith("Async")
            and spec.name in vars(value)
        ):
            return value
    raise AttributeError(f"no sync service class in {module.__name__} defines {spec.name}")


def async_facade_class(spec: OperationSpec) -> type:
    """The async twin (``Async<Name>``) of the sync service class defining the operation."""
    sync = _facade_service_class(spec)
    module = importlib.import_module(sync.__module__)
    twin = getattr(module, f"Async{sync.__name__}", None)
    if not isinstance(twin, type):
        raise AttributeError(f"{module.__name__} has no Async{sync.__name__}")
    return twin


def sync_facade_class(spec: OperationSpec) -> type:
    return _facade_service_class(spec)


def expected_return_types(spec: OperationSpec) -> tuple[Any, ...]:
    """The facade method's documented return type(s), evaluated: classes or ``list[...]``."""
    cls = _facade_service_class(spec)
    annotation = inspect.getattr_static(cls, spec.name).__annotations__["return"]
    namespace: dict[str, Any] = {}
    namespace.update(vars(importlib.import_module(cls.__module__)))
    namespace.update(vars(importlib.import_module(f"_timeback_gen.{spec.api}.types")))
    if isinstance(annotation, str):  # the facade imports its models for type checkers only
        models = importlib.import_module(f"_timeback_gen.{spec.api}.models")
        for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation):
            if name not in namespace and name in models.__all__:
                namespace[name] = getattr(models, name)
    value = eval(annotation, namespace) if isinstance(annotation, str) else annotation
    parts = typing.get_args(value) if isinstance(value, types.UnionType) else (value,)
    return tuple(p for p in parts if p is not type(None))


def matches_type(value: Any, expected: tuple[Any, ...]) -> bool:
    for tp in expected:
        origin = typing.get_origin(tp)
        if origin is list:
            (item,) = typing.get_args(tp)
            if isinstance(value, list) and all(matches_type(v, (item,)) for v in value):
                return True
        elif isinstance(tp, type) and isinstance(value, tp):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# building a call


@dataclass
class Call:
    """Arguments for one facade call, plus what the request must look like on the wire."""

    spec: OperationSpec
    example: RequestExample
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    #: body variant name -> factory (a new object per call: File payloads are consumed)
    bodies: dict[str, Callable[[], Any]] = field(default_factory=dict)
    #: body variant name -> (content type, expected wire body: parsed JSON or bytes)
    wire_bodies: dict[str, tuple[str, Any]] = field(default_factory=dict)

    @property
    def variants(self) -> list[str]:
        return list(self.bodies) or ["no body"]

    def kwargs_for(self, variant: str = "dict") -> dict[str, Any]:
        kwargs = copy.deepcopy(self.kwargs)
        if self.bodies:
            kwargs["body"] = self.bodies[variant]()
        return kwargs


def _distinct_path_values(
    doc: Mapping[str, Any], example: RequestExample, params: list[dict[str, Any]]
) -> None:
    """Give every path parameter its own value, so swapped positional arguments show."""
    schemas = {p["name"]: _param_schema(p) for p in params if p["in"] == "path"}
    for i, name in enumerate(example.path_params, start=1):
        candidate = f"{name}-v{i}"
        if not validate(doc, schemas.get(name, {}), candidate):
            example.path_params[name] = candidate


def _model_classes(spec: OperationSpec) -> list[type]:
    """Generated model classes the endpoint's ``body`` parameter accepts (in annotation order)."""
    module = spec.load()
    annotation = inspect.signature(module._get_kwargs).parameters["body"].annotation
    if isinstance(annotation, str):  # modules use `from __future__ import annotations`
        api_types = importlib.import_module(f"_timeback_gen.{spec.api}.types")
        annotation = eval(annotation, {**vars(api_types), **vars(module)})
    parts = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else [annotation]
    return [
        p
        for p in parts
        if isinstance(p, type) and hasattr(p, "from_dict") and p.__name__ not in ("File", "Unset")
    ]


def _parses(cls: type, value: Any) -> bool:
    try:
        cls.from_dict(copy.deepcopy(value))  # type: ignore[attr-defined]
    except Exception:  # generated from_dict raises KeyError, TypeError, ValueError, ...
        return False
    return True


def _file_class(spec: OperationSpec) -> type:
    module = spec.load()
    return importlib.import_module(module.__name__.rsplit(".api.", 1)[0] + ".types").File  # type: ignore[no-any-return]


def build_call(spec: OperationSpec, document: str | None = None) -> Call:
    """Valid arguments for ``spec`` from its overlaid document, mapped onto the facade.

    ``document`` picks another document describing the same endpoint (``"events"`` for the
    Caliper send/validate operations); by default the operation's own API document.
    """
    key = document or spec.api
    doc = overlaid_document(key)
    op = operation_of(key, spec.http_method, spec.path)
    params = operation_parameters(doc, spec.http_method, spec.path)
    example = build_request(doc, spec.http_method, spec.path)
    _distinct_path_values(doc, example, params)

    declared = {(p["in"], p["name"]) for p in params if p["in"] in ("path", "query", "header")}
    exposed = {(p.location, p.spec) for p in spec.params if p.location != "body"}
    if declared != exposed:
        raise AssertionError(
            f"{spec.key}: the facade's parameters differ from the document's: missing "
            f"{sorted(declared - exposed)}, not in the document {sorted(exposed - declared)}"
        )

    args = tuple(example.path_params[p.spec] for p in spec.params if p.location == "path")
    kwargs: dict[str, Any] = {}
    for p in spec.params:
        if p.location == "query" and p.spec in example.query:
            kwargs[p.python] = example.query[p.spec]
        elif p.location == "header" and p.spec in example.headers:
            kwargs[p.python] = example.headers[p.spec]

    call = Call(spec, example, args, kwargs)
    body = op.get("requestBody")
    if body is None:
        if any(p.location == "body" for p in spec.params):
            raise AssertionError(
                f"{spec.key}: the facade takes a body the document does not declare"
            )
        return call
    if not any(p.location == "body" for p in spec.params):
        raise AssertionError(f"{spec.key}: the document declares a body the facade cannot send")
    gen = Generator(doc)
    for ctype, media in (body.get("content") or {}).items():
        base = ctype.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            value = example.body if ctype == example.content_type else gen.media_value(media)
            call.bodies["dict"] = lambda v=value: copy.deepcopy(v)
            call.wire_bodies["dict"] = (ctype, value)
            classes = _model_classes(spec)
            if classes:
                # The union member the body fits (the first one, if none does: its error shows).
                cls = next((c for c in classes if _parses(c, value)), classes[0])
                call.bodies["model"] = lambda v=value, c=cls: c.from_dict(copy.deepcopy(v))  # type: ignore[attr-defined]
                call.wire_bodies["model"] = (ctype, value)
        elif base in ("application/xml", "text/xml"):
            xml = gen.media_value(media)
            if not isinstance(xml, str) or not xml.lstrip().startswith("<"):
                raise ExampleError(f"{spec.key}: no XML example for {ctype}")
            data = xml.encode()
            file_cls = _file_class(spec)
            call.bodies["xml"] = lambda d=data, f=file_cls: f(
                payload=io.BytesIO(d), file_name="test.xml", mime_type="application/xml"
            )
            call.wire_bodies["xml"] = (ctype, data)
        else:
            raise ExampleError(f"{spec.key}: no builder for request content type {ctype}")
    return call
