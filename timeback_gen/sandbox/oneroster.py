"""OneRoster 1.2 (rostering, gradebook, resources) over the record store.

The route table comes from the document: every ``/ims/oneroster/<part>/v1p2/<collection>/``
path is a list/create, every ``.../<collection>/{sourcedId}`` a get/put/delete, with wrapper
keys read from the operation's schemas. Nested routes are described in ``NESTED``; the few
operations that are neither answer 501.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import filters as flt
from .conform import COLLECTION_TYPES, Plan, RefFill, conform, plan_for, subplan
from .conform import apply as conform_apply
from .context import Context, int_param, now_iso, page_count
from .spec import Operation, load_document, operations, resolve
from .store import Condition
from .validation import validate
from .web import JSON, ApiError, Handler, Request, Response, imsx_body

API = "oneroster"
MAX_LIMIT = 3000
DEFAULT_LIMIT = 100

# Fields that read more than one place; the live API matches role='student' inside roles[].
ALIASES: dict[str, dict[str, list[str]]] = {
    "users": {"role": ["role", "roles[].role"]},
}

SEARCH_FIELDS = (
    "sourcedId",
    "givenName",
    "familyName",
    "email",
    "username",
    "title",
    "name",
    "identifier",
)


@dataclass(frozen=True)
class View:
    """A URL collection and the stored collection behind it (schools are orgs, ...)."""

    storage: str
    field: str | None = None  # implicit filter field (type / role)
    value: str | None = None

    def condition(self) -> Condition | None:
        if self.field is None or self.value is None:
            return None
        return cond_eq(self.storage, self.field, self.value)

    def matches(self, record: dict[str, Any]) -> bool:
        if self.field is None or self.value is None:
            return True
        node = flt.Comparison(self.field, "=", self.value)
        return flt.evaluate(node, record, ALIASES.get(self.storage))

    def apply_defaults(self, record: dict[str, Any]) -> None:
        if self.field == "type" and not record.get("type"):
            record["type"] = self.value
        if self.field == "role" and self.value and not record.get("roles"):
            record.setdefault("role", self.value)


VIEWS: dict[str, View] = {
    "users": View("users"),
    "students": View("users", "role", "student"),
    "teachers": View("users", "role", "teacher"),
    "orgs": View("orgs"),
    "schools": View("orgs", "type", "school"),
    "academicSessions": View("academicSessions"),
    "terms": View("academicSessions", "type", "term"),
    "gradingPeriods": View("academicSessions", "type", "gradingPeriod"),
    "classes": View("classes"),
    "courses": View("courses"),
    "courses/components": View("courseComponents"),
    "courses/component-resources": View("componentResources"),
    "enrollments": View("enrollments"),
    "demographics": View("demographics"),
    "lineItems": View("lineItems"),
    "results": View("results"),
    "categories": View("categories"),
    "scoreScales": View("scoreScales"),
    "assessmentLineItems": View("assessmentLineItems"),
    "assessmentResults": View("assessmentResults"),
    "resources": View("resources"),
}

_COLLECTION = re.compile(
    r"^/ims/oneroster/(?:rostering|gradebook|resources)/v1p2/([A-Za-z/\-]+?)/?$"
)
_ITEM = re.compile(
    r"^/ims/oneroster/(?:rostering|gradebook|resources)/v1p2/([A-Za-z/\-]+?)/\{sourcedId\}$"
)


# --------------------------------------------------------------------------- helpers


def cond_filter(storage: str, node: flt.Node, column: str = "records.json") -> Condition:
    sql, params = flt.to_sql(node, column, ALIASES.get(storage))
    return Condition(sql, params)


def cond_eq(storage: str, field_: str, value: str) -> Condition:
    return cond_filter(storage, flt.Comparison(field_, "=", value))


def ids_from(collection: str, select: str, where: dict[str, str]) -> Condition:
    """``id IN (SELECT <select> FROM <collection> WHERE <field = value ...>)`` (not deleted)."""
    node: flt.Node = flt.And(tuple(flt.Comparison(k, "=", v) for k, v in where.items()))
    sql, params = flt.to_sql(node, "s.json", ALIASES.get(collection))
    params = {f"s_{k}": v for k, v in params.items()}
    for k in sorted(params, key=len, reverse=True):
        sql = sql.replace(":" + k[2:], ":" + k)
    params["s_coll"] = collection
    params["s_sel"] = flt.json_path(select)
    return Condition(
        "id IN (SELECT json_extract(s.json, :s_sel) FROM records AS s WHERE s.collection = :s_coll "
        f"AND s.deleted = 0 AND {sql})",
        params,
    )


def _rename_params(cond: Condition, prefix: str) -> Condition:
    sql = cond.sql
    for k in sorted(cond.params, key=len, reverse=True):
        sql = sql.replace(":" + k, f":{prefix}{k}")
    return Condition(sql, {f"{prefix}{k}": v for k, v in cond.params.items()})


def any_of(*conds: Condition) -> Condition:
    renamed = [_rename_params(c, f"o{i}_") for i, c in enumerate(conds)]
    params: dict[str, Any] = {}
    for c in renamed:
        params.update(c.params)
    return Condition("(" + " OR ".join(f"({c.sql})" for c in renamed) + ")", params)


def guid_refs_of(collection: str, id_: str, array: str) -> Condition:
    """``id IN`` the sourcedIds of the GUIDRef array ``array`` of one record."""
    return Condition(
        "id IN (SELECT json_extract(je.value, '$.sourcedId') FROM records AS p, "
        "json_each(p.json, :g_arr) AS je WHERE p.collection = :g_coll AND p.id = :g_id "
        "AND json_type(p.json, :g_arr) = 'array')",
        {"g_arr": flt.json_path(array), "g_coll": collection, "g_id": id_},
    )


def _ref(value: Any) -> str | None:
    if isinstance(value, dict):
        sid = value.get("sourcedId")
        return str(sid) if sid is not None else None
    return None


def _refs(request: Request, storage: str) -> RefFill:
    """How GUIDRefs in records of ``storage`` are completed for this request (href base URL)."""
    host = request.headers.get("host") or "127.0.0.1"
    return RefFill(f"http://{host}", COLLECTION_TYPES.get(storage))


# Stored field → the name the response schema uses for it (createClass takes ``org``, Class answers
# ``school``).
OUTGOING_ALIASES: dict[str, dict[str, str]] = {"classes": {"school": "org"}}


def _outgoing(storage: str, record: dict[str, Any]) -> dict[str, Any]:
    aliases = OUTGOING_ALIASES.get(storage)
    if not aliases:
        return record
    out = dict(record)
    for name, source in aliases.items():
        if out.get(name) is None and out.get(source) is not None:
            out[name] = out[source]
    return out


def _conformed(plan: Plan | None, storage: str, refs: RefFill, text: str) -> dict[str, Any]:
    """A stored record (its JSON text) in the shape the response schema promises."""
    return conform_apply(plan, _outgoing(storage, json.loads(text)), refs)  # type: ignore[no-any-return]


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


class EncodedRecords:
    """Conformed records as JSON text, keyed by what they are made from (the plan, the collection,
    the href base and the stored text), so a list page re-serves a record it has served before
    without decoding, conforming and encoding it again. Bounded: the oldest entries go first."""

    def __init__(self, max_entries: int = 8192) -> None:
        self.max_entries = max_entries
        self._entries: dict[tuple[int, str, str, str], str] = {}
        self._lock = threading.Lock()

    def get(self, plan: Plan | None, storage: str, refs: RefFill, text: str) -> str:
        key = (id(plan), storage, refs.base, text)
        encoded = self._entries.get(key)
        if encoded is None:
            encoded = _compact(_conformed(plan, storage, refs, text))
            with self._lock:
                while len(self._entries) >= self.max_entries:
                    del self._entries[next(iter(self._entries))]
                self._entries[key] = encoded
        return encoded


ENCODED = EncodedRecords()


def _project(record: dict[str, Any], fields_param: str | None) -> dict[str, Any]:
    if not fields_param:
        return record
    wanted = [f.strip() for f in fields_param.split(",") if f.strip()]
    return {k: record[k] for k in wanted if k in record}


def _unprocessable(errors: list[tuple[str, str]]) -> ApiError:
    path, message = errors[0]
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    body = imsx_body(f"Invalid request body at {path}: {message}{more}", "invaliddata", path)
    body["imsx_error_details"] = [{"field": p, "message": m} for p, m in errors[:20]]
    return ApiError(422, body)


def validate_body(op: Operation, body: Any) -> None:
    schema = op.request_schema()
    if schema is None:
        return
    errors = validate(API, schema, body)
    if errors:
        raise _unprocessable(errors)


def _single_key(schema: dict[str, Any] | None) -> str | None:
    if not isinstance(schema, dict):
        return None
    props = list((schema.get("properties") or {}).keys())
    required = schema.get("required") or props
    return str(required[0]) if required else None


def _list_key(schema: dict[str, Any] | None) -> str | None:
    if not isinstance(schema, dict):
        return None
    doc = load_document(API)
    for name, prop in (schema.get("properties") or {}).items():
        prop = resolve(doc, prop)
        if isinstance(prop, dict) and prop.get("type") == "array":
            return str(name)
    return None


def _not_found(kind: str, id_: str) -> ApiError:
    return ApiError.not_found(f"{kind} {id_!r} not found", "sourcedId")


# --------------------------------------------------------------------------- generic CRUD


@dataclass
class OneRoster:
    ctx: Context
    handlers: dict[str, Handler] = field(default_factory=dict)
    _ops: dict[str, Operation] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        ops = operations(API)
        self._ops.update({op.operation_id: op for op in ops})
        by_path: dict[str, dict[str, Operation]] = {}
        for op in ops:
            by_path.setdefault(op.path, {})[op.method] = op
        for op in ops:
            m_coll = _COLLECTION.match(op.path)
            m_item = _ITEM.match(op.path)
            if m_coll and m_coll.group(1) in VIEWS:
                view = VIEWS[m_coll.group(1)]
                if op.method == "get":
                    self.handlers[op.operation_id] = self._list_handler(op, view)
                elif op.method == "post":
                    self.handlers[op.operation_id] = self._create_handler(op, view)
            elif m_item and m_item.group(1) in VIEWS:
                view = VIEWS[m_item.group(1)]
                get_op = by_path[op.path].get("get")
                if op.method == "get":
                    self.handlers[op.operation_id] = self._get_handler(op, view)
                elif op.method == "put":
                    self.handlers[op.operation_id] = self._put_handler(op, view)
                elif op.method == "patch":
                    self.handlers[op.operation_id] = self._patch_handler(op, view, get_op)
                elif op.method == "delete":
                    self.handlers[op.operation_id] = self._delete_handler(op, view)
        for op in ops:
            nested = NESTED_LISTS.get(op.operation_id)
            if nested is not None and op.method == "get":
                self.handlers[op.operation_id] = self._nested_list_handler(op, nested)
            post = NESTED_CREATES.get(op.operation_id)
            if post is not None and op.method == "post":
                self.handlers[op.operation_id] = self._nested_create_handler(op, post)
        self.handlers["getUserWithDemographics"] = self._user_with_demographics
        self.handlers["getAgents"] = self._get_agents
        self.handlers["addAgent"] = self._add_agent
        self.handlers["deleteAgent"] = self._delete_agent
        self.handlers["getAgentFor"] = self._get_agent_for
        self.handlers["createCourseStructure"] = self._create_course_structure

    # ---------------------------------------------------------------- list
    def list_records(
        self,
        request: Request,
        op: Operation,
        storage: str,
        conditions: list[Condition],
    ) -> Response:
        q = request.query
        limit = int_param(q, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = int_param(q, "offset", 0, 0, None)
        order = q.get("orderBy", "").lower()
        if order not in ("", "asc", "desc"):
            raise ApiError.bad_request(f"orderBy must be asc or desc, got {order!r}", "orderBy")
        sort = q.get("sort") or None
        if sort and not re.fullmatch(r"[A-Za-z_@$][\w@$\-]*(\.[A-Za-z_@$][\w@$\-]*)*", sort):
            raise ApiError(
                400, imsx_body(f"invalid sort field {sort!r}", "invalid_sort_field", "sort")
            )
        conds = list(conditions)
        filter_text = q.get("filter")
        if filter_text:
            try:
                node = flt.parse_filter(filter_text)
            except flt.FilterSyntaxError as exc:
                raise ApiError(
                    400, imsx_body(f"invalid filter: {exc}", "invalid_filter_field", "filter")
                ) from exc
            conds.append(cond_filter(storage, node))
        search = (q.get("search") or "").strip()
        if search:
            node = flt.Or(tuple(flt.Comparison(f, "~", search) for f in SEARCH_FIELDS))
            conds.append(cond_filter(storage, node))
        texts, total = self.ctx.store.query_texts(
            storage,
            conds,
            sort=sort,
            descending=order == "desc",
            limit=limit,
            offset=offset,
        )
        if len(texts) == limit and offset + limit < total:
            texts = texts[: self.ctx.faults.short_page(len(texts))]
        key = _list_key(op.response_schema()) or storage
        fields_param = q.get("fields")
        plan = subplan(plan_for(API, op.response_schema(), self.ctx.profile), key, 0)
        refs = _refs(request, storage)
        if fields_param:
            encoded = [
                _compact(_project(_conformed(plan, storage, refs, t), fields_param)) for t in texts
            ]
        else:
            encoded = [ENCODED.get(plan, storage, refs, t) for t in texts]
        rest = {
            "totalCount": total,
            "pageCount": page_count(total, limit),
            "pageNumber": offset // limit + 1,
            "offset": offset,
            "limit": limit,
        }
        # The records are already JSON text: splice them in rather than decode and re-encode.
        body = f"{{{json.dumps(key)}:[{','.join(encoded)}],{_compact(rest)[1:]}"
        return Response(200, body.encode(), JSON, {"X-Total-Count": str(total)})

    def _list_handler(self, op: Operation, view: View) -> Handler:
        def handle(request: Request) -> Response:
            cond = view.condition()
            return self.list_records(request, op, view.storage, [cond] if cond else [])

        return handle

    # ---------------------------------------------------------------- get
    def _get_handler(self, op: Operation, view: View) -> Handler:
        key = _single_key(op.response_schema()) or view.storage
        plan = subplan(plan_for(API, op.response_schema(), self.ctx.profile), key)

        def handle(request: Request) -> Response:
            id_ = request.params["sourcedId"]
            record = self.ctx.store.get(view.storage, id_)
            if record is None or not view.matches(record):
                raise _not_found(key, id_)
            record = conform_apply(
                plan, _outgoing(view.storage, record), _refs(request, view.storage)
            )
            return Response.json({key: _project(record, request.query.get("fields"))})

        return handle

    # ---------------------------------------------------------------- create
    def create_record(
        self, view: View, record: dict[str, Any], extra: dict[str, Any] | None = None
    ) -> tuple[str, str]:
        """Store a new record; returns (supplied, allocated) sourcedIds."""
        record = dict(record)
        supplied = str(record.get("sourcedId") or "")
        id_ = supplied or str(uuid.uuid4())
        record["sourcedId"] = id_
        for k, v in (extra or {}).items():
            if record.get(k) in (None, ""):
                record[k] = v
        record.setdefault("status", "active")
        record["dateLastModified"] = now_iso()
        view.apply_defaults(record)
        self.derive(view.storage, record)
        if not self.ctx.store.insert(view.storage, id_, record):
            deleted = self.ctx.store.is_deleted(view.storage, id_)
            reason = "was deleted and cannot be re-created" if deleted else "already exists"
            raise ApiError.conflict(f"sourcedId {id_!r} {reason}")
        return supplied or id_, id_

    def derive(self, storage: str, record: dict[str, Any]) -> None:
        """Fill what the platform derives from stored relations (in place): an enrollment's
        ``course`` (enrollment bodies cannot carry one; the response requires it) and, when not
        given, its ``school``, from its class."""
        if storage != "enrollments":
            return
        class_id = _ref(record.get("class"))
        cls = self.ctx.store.get("classes", class_id) if class_id else None
        if cls is None:
            return
        course = _ref(cls.get("course"))
        if course and _ref(record.get("course")) is None:
            record["course"] = {"sourcedId": course}
        school = _school_of_class(cls)
        if school and _ref(record.get("school")) is None:
            record["school"] = {"sourcedId": school}

    def _create_handler(self, op: Operation, view: View) -> Handler:
        key = _single_key(op.request_schema()) or view.storage
        status = op.success_status()

        def handle(request: Request) -> Response:
            body = request.json_object()
            validate_body(op, body)
            record = body.get(key)
            if not isinstance(record, dict):
                raise _unprocessable([(key, f"'{key}' must be an object")])
            supplied, allocated = self.create_record(view, record)
            pairs = {"suppliedSourcedId": supplied, "allocatedSourcedId": allocated}
            return Response.json({"sourcedIdPairs": pairs}, status)

        return handle

    # ---------------------------------------------------------------- put / patch
    def _put_handler(self, op: Operation, view: View) -> Handler:
        key = _single_key(op.request_schema()) or view.storage
        upsert = "create a new one" in op.description.lower()
        status = op.success_status()
        inner = resolve(
            load_document(API), ((op.request_schema() or {}).get("properties") or {}).get(key)
        )
        partial = isinstance(inner, dict) and not inner.get("required")

        def handle(request: Request) -> Response:
            id_ = request.params["sourcedId"]
            body = request.json_object()
            validate_body(op, body)
            record = body.get(key)
            if not isinstance(record, dict):
                raise _unprocessable([(key, f"'{key}' must be an object")])
            existing = self.ctx.store.get(view.storage, id_)
            if existing is not None and not view.matches(existing):
                raise _not_found(key, id_)
            if existing is None and not upsert:
                raise _not_found(key, id_)
            # Where the operation's schema requires nothing (updateClass, updateResource) the
            # body is a partial update: it cannot even carry every field (e.g. a class's course).
            new = {**existing, **record} if existing is not None and partial else dict(record)
            new["sourcedId"] = id_
            new.setdefault("status", "active")
            new["dateLastModified"] = now_iso()
            view.apply_defaults(new)
            self.derive(view.storage, new)
            self.ctx.store.put(view.storage, id_, new, deleted=new["status"] == "tobedeleted")
            schema = op.response_schema(status)
            answer = _outgoing(view.storage, new)
            # The document answers some updates with the bare record instead of {key: record}.
            props = (schema or {}).get("properties") or {}
            payload = answer if key not in props and "sourcedId" in props else {key: answer}
            return Response.json(
                conform(API, schema, payload, _refs(request, view.storage), self.ctx.profile),
                status,
            )

        return handle

    def _patch_handler(self, op: Operation, view: View, get_op: Operation | None) -> Handler:
        """A partial update (partiallyUpdateEnrollment, patchAssessmentResult,
        patchAssessmentLineItem): the given fields replace the stored ones, ``metadata`` is merged
        into the stored metadata ("Metadata will be merged with existing values"). The answer is
        ``{key: record}``, shaped like the record's get (the document's 200 schema is free-form)."""
        key = _single_key(op.request_schema()) or view.storage
        get_schema = get_op.response_schema() if get_op is not None else None
        get_key = _single_key(get_schema) or key
        plan = subplan(plan_for(API, get_schema, self.ctx.profile), get_key)

        def handle(request: Request) -> Response:
            id_ = request.params["sourcedId"]
            body = request.json_object()
            validate_body(op, body)
            existing = self.ctx.store.get(view.storage, id_)
            if existing is None or not view.matches(existing):
                raise _not_found(key, id_)
            changes = body.get(key)
            if not isinstance(changes, dict):
                raise _unprocessable([(key, f"'{key}' must be an object")])
            merged = merge_patch(existing, changes)
            merged["sourcedId"] = id_
            merged["dateLastModified"] = now_iso()
            self.derive(view.storage, merged)
            self.ctx.store.put(
                view.storage, id_, merged, deleted=merged.get("status") == "tobedeleted"
            )
            record = conform_apply(
                plan, _outgoing(view.storage, merged), _refs(request, view.storage)
            )
            return Response.json({key: record}, op.success_status())

        return handle

    # ---------------------------------------------------------------- delete
    def _delete_handler(self, op: Operation, view: View) -> Handler:
        def handle(request: Request) -> Response:
            id_ = request.params["sourcedId"]
            existing = self.ctx.store.get(view.storage, id_)
            if (
                existing is None
                or not view.matches(existing)
                or existing.get("status") == "tobedeleted"
            ):
                raise _not_found(view.storage, id_)
            existing["status"] = "tobedeleted"
            existing["dateLastModified"] = now_iso()
            self.ctx.store.put(view.storage, id_, existing, deleted=True)
            return Response.empty(op.success_status())

        return handle

    # ---------------------------------------------------------------- nested
    def require(
        self, storage: str, id_: str, kind: str, view: View | None = None
    ) -> dict[str, Any]:
        record = self.ctx.store.get(storage, id_)
        if record is None or (view is not None and not view.matches(record)):
            raise _not_found(kind, id_)
        return record

    def _nested_list_handler(self, op: Operation, nested: NestedList) -> Handler:
        def handle(request: Request) -> Response:
            conds = nested.build(self, request.params)
            return self.list_records(request, op, nested.storage, conds)

        return handle

    def _nested_create_handler(self, op: Operation, nested: NestedCreate) -> Handler:
        key = _single_key(op.request_schema()) or nested.storage
        status = op.success_status()
        view = VIEWS[nested.view]

        def handle(request: Request) -> Response:
            body = request.json_object()
            validate_body(op, body)
            extra = nested.prepare(self, request.params)
            payload = body.get(key)
            records = payload if isinstance(payload, list) else [payload]
            pairs: list[dict[str, str]] = []
            created: dict[str, Any] | None = None
            for rec in records:
                if not isinstance(rec, dict):
                    raise _unprocessable([(key, "must be an object")])
                rec = dict(rec)
                if nested.transform is not None:
                    rec = nested.transform(rec, extra)
                supplied, allocated = self.create_record(view, rec, extra)
                pairs.append({"suppliedSourcedId": supplied, "allocatedSourcedId": allocated})
                created = self.ctx.store.get(view.storage, allocated)
            if nested.echo_record and created is not None:
                return Response.json(
                    conform(
                        API,
                        op.response_schema(status),
                        {key: created},
                        _refs(request, view.storage),
                        self.ctx.profile,
                    ),
                    status,
                )
            return Response.json({"sourcedIdPairs": pairs[0] if pairs else {}}, status)

        return handle

    def _user_with_demographics(self, request: Request) -> Response:
        id_ = request.params["sourcedId"]
        user = self.require("users", id_, "user")
        demo = self.ctx.store.get("demographics", id_)
        user = {**user, "demographics": demo}
        op = self._ops["getUserWithDemographics"]
        user = conform_apply(
            subplan(plan_for(API, op.response_schema(), self.ctx.profile), "user"),
            user,
            _refs(request, "users"),
        )
        return Response.json({"user": _project(user, request.query.get("fields"))})

    # ---------------------------------------------------------------- user agents
    # A user's agents (parents, guardians, ...) are the GUIDRefs in its ``agents``, as createUser
    # stores them: addAgent / deleteAgent change that list, getAgents answers the users it names,
    # getAgentFor the users whose list names this one.
    def _users_answer(
        self, request: Request, operation_id: str, key: str, users: list[Any]
    ) -> Response:
        plan = subplan(
            plan_for(API, self._ops[operation_id].response_schema(), self.ctx.profile), key, 0
        )
        refs = _refs(request, "users")
        return Response.json({key: [conform_apply(plan, u, refs) for u in users]})

    def _user_answer(self, request: Request, user: dict[str, Any]) -> dict[str, Any]:
        """``user`` as getUser answers it."""
        plan = subplan(
            plan_for(API, self._ops["getUser"].response_schema(), self.ctx.profile), "user"
        )
        return conform_apply(plan, user, _refs(request, "users"))  # type: ignore[no-any-return]

    def _get_agents(self, request: Request) -> Response:
        user = self.require("users", request.params["userId"], "user")
        agents = [self.ctx.store.get("users", sid) for sid in _agent_ids(user)]
        return self._users_answer(request, "getAgents", "agents", [a for a in agents if a])

    def _add_agent(self, request: Request) -> Response:
        op = self._ops["addAgent"]
        body = request.json_object()
        validate_body(op, body)
        id_ = request.params["userId"]
        user = self.require("users", id_, "user")
        agent = str(body["agentSourcedId"])
        if self.ctx.store.get("users", agent) is None:
            raise ApiError.not_found(f"agent user {agent!r} not found", "agentSourcedId")
        if agent not in _agent_ids(user):
            given = user.get("agents")
            agents: list[Any] = given if isinstance(given, list) else []
            user = {**user, "agents": [*agents, {"sourcedId": agent, "type": "user"}]}
            user["dateLastModified"] = now_iso()
            self.ctx.store.put("users", id_, user, deleted=user.get("status") == "tobedeleted")
        return Response.json({"user": self._user_answer(request, user)}, op.success_status())

    def _delete_agent(self, request: Request) -> Response:
        op = self._ops["deleteAgent"]
        id_, agent = request.params["userId"], request.params["agentSourcedId"]
        user = self.require("users", id_, "user")
        if agent not in _agent_ids(user):
            raise ApiError.not_found(
                f"user {agent!r} is not an agent of user {id_!r}", "agentSourcedId"
            )
        kept = [a for a in user.get("agents") or [] if _ref(a) != agent]
        user = {**user, "agents": kept, "dateLastModified": now_iso()}
        self.ctx.store.put("users", id_, user, deleted=user.get("status") == "tobedeleted")
        return Response.json({"user": self._user_answer(request, user)}, op.success_status())

    def _get_agent_for(self, request: Request) -> Response:
        id_ = request.params["userId"]
        self.require("users", id_, "user")
        page = self.ctx.store.query("users", [cond_eq("users", "agents[].sourcedId", id_)])
        return self._users_answer(request, "getAgentFor", "users", page.items)

    # ---------------------------------------------------------------- course structure
    def _create_course_structure(self, request: Request) -> Response:
        """A course and its structure in one go (all or nothing): each distinct ``unit-title`` of
        ``courseStructure`` (in order) becomes a course component ``<course>-unit-<n>``, each
        entry a lesson of its unit: a component resource ``<course>-lesson-<i>`` (ordered within
        the unit) with its resource ``<course>-lesson-<i>-resource``, a QTI test (``metadata.type``
        ``qti``, the entry's ``url``, ``skillCode``, ``lessonCode``, ``xp``, ``status``,
        ``stimulus``, ``video`` and its key as ``courseStructureKey``;
        ``vendorResourceId`` = ``lessonCode``)."""
        op = self._ops["createCourseStructure"]
        body = request.json_object()
        validate_body(op, body)
        course = dict(body["course"])
        supplied = str(course.get("sourcedId") or "")
        course_id = supplied or str(uuid.uuid4())
        now = now_iso()
        course.update({"sourcedId": course_id, "dateLastModified": now})
        course.setdefault("status", "active")
        records: list[tuple[str, str, dict[str, Any]]] = [("courses", course_id, course)]
        units: dict[str, str] = {}
        in_unit: dict[str, int] = {}
        for i, (entry_key, lesson) in enumerate(body["courseStructure"].items(), 1):
            title = str(lesson["unit-title"])
            if title not in units:
                units[title] = f"{course_id}-unit-{len(units) + 1}"
                unit = {
                    "sourcedId": units[title],
                    "status": "active",
                    "dateLastModified": now,
                    "title": title,
                    "course": {"sourcedId": course_id},
                    "sortOrder": len(units),
                    "unlockDate": now,
                }
                records.append(("courseComponents", units[title], unit))
            in_unit[title] = in_unit.get(title, 0) + 1
            lesson_id = f"{course_id}-lesson-{i}"
            meta = {"type": "qti", "courseStructureKey": entry_key}
            meta.update({k: v for k, v in lesson.items() if k not in ("title", "unit-title")})
            resource = {
                "sourcedId": f"{lesson_id}-resource",
                "status": "active",
                "dateLastModified": now,
                "title": lesson["title"],
                "vendorResourceId": lesson["lessonCode"],
                "metadata": meta,
            }
            component_resource = {
                "sourcedId": lesson_id,
                "status": "active",
                "dateLastModified": now,
                "title": lesson["title"],
                "courseComponent": {"sourcedId": units[title]},
                "resource": {"sourcedId": resource["sourcedId"]},
                "sortOrder": in_unit[title],
            }
            records.append(("resources", resource["sourcedId"], resource))
            records.append(("componentResources", lesson_id, component_resource))
        clashes = self.ctx.store.insert_batch(records)
        if clashes:
            collection, clash = clashes[0]
            deleted = self.ctx.store.is_deleted(collection, clash)
            reason = "was deleted and cannot be re-created" if deleted else "already exists"
            raise ApiError.conflict(f"sourcedId {clash!r} ({collection}) {reason}")
        pairs = {"suppliedSourcedId": supplied or course_id, "allocatedSourcedId": course_id}
        return Response.json({"sourcedIdPairs": pairs}, op.success_status())


def _agent_ids(user: dict[str, Any]) -> list[str]:
    agents = user.get("agents")
    return (
        [sid for sid in (_ref(a) for a in agents or []) if sid] if isinstance(agents, list) else []
    )


def merge_patch(existing: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``existing`` with ``changes`` applied: fields replace, ``metadata`` objects merge (nested
    objects too; any other value, ``null`` included, replaces)."""
    out = dict(existing)
    for name, value in changes.items():
        old = out.get(name)
        out[name] = (
            _merge_objects(old, value)
            if name == "metadata" and isinstance(old, dict) and isinstance(value, dict)
            else value
        )
    return out


def _merge_objects(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out = dict(old)
    for name, value in new.items():
        prev = out.get(name)
        out[name] = (
            _merge_objects(prev, value)
            if isinstance(prev, dict) and isinstance(value, dict)
            else value
        )
    return out


# --------------------------------------------------------------------------- nested tables


@dataclass(frozen=True)
class NestedList:
    storage: str
    build: Callable[[OneRoster, dict[str, str]], list[Condition]]


@dataclass(frozen=True)
class NestedCreate:
    view: str
    prepare: Callable[[OneRoster, dict[str, str]], dict[str, Any]]
    transform: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]] | None = None
    echo_record: bool = False

    @property
    def storage(self) -> str:
        return VIEWS[self.view].storage


def _school(o: OneRoster, id_: str) -> dict[str, Any]:
    return o.require("orgs", id_, "school")


def _class_in_school(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
    _school(o, p["schoolSourcedId"])
    cls = o.require("classes", p["classSourcedId"], "class")
    if _school_of_class(cls) != p["schoolSourcedId"]:
        raise _not_found("class", p["classSourcedId"])
    return cls


def _school_of_class(cls: dict[str, Any]) -> str | None:
    return _ref(cls.get("org")) or _ref(cls.get("school"))


def _classes_of_school(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    sid = p["schoolSourcedId"]
    _school(o, sid)
    node = flt.Or(
        (flt.Comparison("org.sourcedId", "=", sid), flt.Comparison("school.sourcedId", "=", sid))
    )
    return [cond_filter("classes", node)]


def _classes_of_user(
    role: str | None, param: str
) -> Callable[[OneRoster, dict[str, str]], list[Condition]]:
    def build(o: OneRoster, p: dict[str, str]) -> list[Condition]:
        o.require("users", p[param], "user")
        where = {"user.sourcedId": p[param]}
        if role:
            where["role"] = role
        return [ids_from("enrollments", "class.sourcedId", where)]

    return build


def _users_of_class(
    role: str, in_school: bool
) -> Callable[[OneRoster, dict[str, str]], list[Condition]]:
    def build(o: OneRoster, p: dict[str, str]) -> list[Condition]:
        if in_school:
            _class_in_school(o, p)
        else:
            o.require("classes", p["classSourcedId"], "class")
        return [
            ids_from(
                "enrollments",
                "user.sourcedId",
                {"class.sourcedId": p["classSourcedId"], "role": role},
            )
        ]

    return build


def _users_of_school(role: str) -> Callable[[OneRoster, dict[str, str]], list[Condition]]:
    def build(o: OneRoster, p: dict[str, str]) -> list[Condition]:
        sid = p["schoolSourcedId"]
        _school(o, sid)
        org = flt.Or(
            (
                flt.Comparison("orgs[].sourcedId", "=", sid),
                flt.Comparison("primaryOrg.sourcedId", "=", sid),
                flt.Comparison("roles[].org.sourcedId", "=", sid),
            )
        )
        return [cond_eq("users", "role", role), cond_filter("users", org)]

    return build


def _results_of_class(o: OneRoster, cid: str) -> Condition:
    return any_of(
        cond_eq("results", "class.sourcedId", cid),
        Condition(
            "json_extract(json, '$.lineItem.sourcedId') IN (SELECT s.id FROM records AS s WHERE "
            "s.collection = 'lineItems' AND s.deleted = 0 AND "
            "json_extract(s.json, '$.class.sourcedId') = :li_c)",
            {"li_c": cid},
        ),
    )


def _resources_of(
    collection: str, param: str
) -> Callable[[OneRoster, dict[str, str]], list[Condition]]:
    def build(o: OneRoster, p: dict[str, str]) -> list[Condition]:
        id_ = p[param]
        o.require(collection, id_, collection[:-1] if collection != "classes" else "class")
        conds = [guid_refs_of(collection, id_, "resources")]
        if collection == "courses":
            conds.append(
                Condition(
                    "id IN (SELECT json_extract(cr.json, '$.resource.sourcedId') FROM records AS cr "
                    "WHERE cr.collection = 'componentResources' AND cr.deleted = 0 AND "
                    "json_extract(cr.json, '$.courseComponent.sourcedId') IN (SELECT cc.id FROM records "
                    "AS cc WHERE cc.collection = 'courseComponents' AND "
                    "json_extract(cc.json, '$.course.sourcedId') = :rc_course))",
                    {"rc_course": id_},
                )
            )
        return [any_of(*conds)]

    return build


def _resources_of_user(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    uid = p["userSourcedId"]
    o.require("users", uid, "user")
    return [
        Condition(
            "id IN (SELECT json_extract(je.value, '$.sourcedId') FROM records AS c, "
            "json_each(c.json, '$.resources') AS je WHERE c.collection = 'classes' AND "
            "json_type(c.json, '$.resources') = 'array' AND c.id IN (SELECT "
            "json_extract(e.json, '$.class.sourcedId') FROM records AS e WHERE e.collection = "
            "'enrollments' AND e.deleted = 0 AND json_extract(e.json, '$.user.sourcedId') = :ru_user))",
            {"ru_user": uid},
        )
    ]


def _simple(
    parent: tuple[str, str, str] | None, storage: str, **eqs: str
) -> Callable[[OneRoster, dict[str, str]], list[Condition]]:
    """Records of ``storage`` whose fields equal path params (``field=param``) or constants
    (``field="=value"``); ``parent`` = (collection, param, kind) must exist."""

    def build(o: OneRoster, p: dict[str, str]) -> list[Condition]:
        if parent is not None:
            o.require(parent[0], p[parent[1]], parent[2])
        conds = []
        for field_, source in eqs.items():
            value = source[1:] if source.startswith("=") else p[source]
            conds.append(cond_eq(storage, field_.replace("__", "."), value))
        return conds

    return build


def _li_results(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    o.require("classes", p["classSourcedId"], "class")
    o.require("lineItems", p["lineItemSourcedId"], "lineItem")
    return [cond_eq("results", "lineItem.sourcedId", p["lineItemSourcedId"])]


def _student_results(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    o.require("classes", p["classSourcedId"], "class")
    o.require("users", p["studentSourcedId"], "student")
    return [
        cond_eq("results", "student.sourcedId", p["studentSourcedId"]),
        _results_of_class(o, p["classSourcedId"]),
    ]


def _class_results(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    o.require("classes", p["sourcedId"], "class")
    return [_results_of_class(o, p["sourcedId"])]


def _class_categories(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    o.require("classes", p["sourcedId"], "class")
    return [ids_from("lineItems", "category.sourcedId", {"class.sourcedId": p["sourcedId"]})]


def _school_score_scales(o: OneRoster, p: dict[str, str]) -> list[Condition]:
    _school(o, p["sourcedId"])
    return [
        Condition(
            "json_extract(json, '$.class.sourcedId') IN (SELECT s.id FROM records AS s WHERE "
            "s.collection = 'classes' AND (json_extract(s.json, '$.org.sourcedId') = :ss_school "
            "OR json_extract(s.json, '$.school.sourcedId') = :ss_school))",
            {"ss_school": p["sourcedId"]},
        )
    ]


NESTED_LISTS: dict[str, NestedList] = {
    "getClassesForSchool": NestedList("classes", _classes_of_school),
    "getClassesForUser": NestedList("classes", _classes_of_user(None, "userSourcedId")),
    "getClassesForStudent": NestedList("classes", _classes_of_user("student", "studentSourcedId")),
    "getClassesForTeacher": NestedList("classes", _classes_of_user("teacher", "teacherSourcedId")),
    "getClassesForTerm": NestedList(
        "classes",
        _simple(
            ("academicSessions", "termSourcedId", "term"),
            "classes",
            **{"terms[]__sourcedId": "termSourcedId"},
        ),
    ),
    "getClassesForCourse": NestedList(
        "classes",
        _simple(
            ("courses", "courseSourcedId", "course"), "classes", course__sourcedId="courseSourcedId"
        ),
    ),
    "getTeachersForClass": NestedList("users", _users_of_class("teacher", False)),
    "getStudentsForClass": NestedList("users", _users_of_class("student", False)),
    "getTeachersForClassInSchool": NestedList("users", _users_of_class("teacher", True)),
    "getStudentsForClassInSchool": NestedList("users", _users_of_class("student", True)),
    "getTeachersForSchool": NestedList("users", _users_of_school("teacher")),
    "getStudentsForSchool": NestedList("users", _users_of_school("student")),
    "getEnrollmentsForSchool": NestedList(
        "enrollments",
        _simple(
            ("orgs", "schoolSourcedId", "school"),
            "enrollments",
            school__sourcedId="schoolSourcedId",
        ),
    ),
    "getEnrollmentsForClassInSchool": NestedList(
        "enrollments",
        lambda o, p: (
            _class_in_school(o, p),
            [cond_eq("enrollments", "class.sourcedId", p["classSourcedId"])],
        )[1],
    ),
    "getTermsForSchool": NestedList(
        "academicSessions",
        _simple(
            ("orgs", "schoolSourcedId", "school"),
            "academicSessions",
            type="=term",
            org__sourcedId="schoolSourcedId",
        ),
    ),
    "getGradingPeriodsForTerm": NestedList(
        "academicSessions",
        _simple(
            ("academicSessions", "termSourcedId", "term"),
            "academicSessions",
            type="=gradingPeriod",
            parent__sourcedId="termSourcedId",
        ),
    ),
    "getCoursesForSchool": NestedList(
        "courses",
        _simple(("orgs", "schoolSourcedId", "school"), "courses", org__sourcedId="schoolSourcedId"),
    ),
    "getLineItemsForSchool": NestedList(
        "lineItems",
        _simple(("orgs", "sourcedId", "school"), "lineItems", school__sourcedId="sourcedId"),
    ),
    "getLineItemsForClass": NestedList(
        "lineItems",
        _simple(("classes", "sourcedId", "class"), "lineItems", class__sourcedId="sourcedId"),
    ),
    "getResultsForClass": NestedList("results", _class_results),
    "getResultsForLineItemForClass": NestedList("results", _li_results),
    "getResultsForStudentForClass": NestedList("results", _student_results),
    "getCategoriesForClass": NestedList("categories", _class_categories),
    "getScoreScalesForClass": NestedList(
        "scoreScales",
        _simple(("classes", "sourcedId", "class"), "scoreScales", class__sourcedId="sourcedId"),
    ),
    "getScoreScalesForSchool": NestedList("scoreScales", _school_score_scales),
    "getResourcesForClass": NestedList("resources", _resources_of("classes", "classSourcedId")),
    "getResourcesForCourse": NestedList("resources", _resources_of("courses", "courseSourcedId")),
    "getResourcesForUser": NestedList("resources", _resources_of_user),
}


def _ref_to(kind: str, id_: str) -> dict[str, str]:
    return {"sourcedId": id_, "type": kind}


def _prep_line_item_results(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
    o.require("lineItems", p["sourcedId"], "lineItem")
    return {"lineItem": _ref_to("lineItem", p["sourcedId"])}


def _prep_school_line_items(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
    _school(o, p["sourcedId"])
    return {"school": _ref_to("org", p["sourcedId"])}


def _prep_class(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
    cls = o.require("classes", p["classSourcedId"], "class")
    extra: dict[str, Any] = {"class": _ref_to("class", p["classSourcedId"])}
    school = _school_of_class(cls)
    if school:
        extra["school"] = _ref_to("org", school)
    return extra


def _prep_session_results(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
    o.require("academicSessions", p["academicSessionSourcedId"], "academicSession")
    return {"class": _prep_class(o, p)["class"]}


def _prep_enroll(role: str) -> Callable[[OneRoster, dict[str, str]], dict[str, Any]]:
    def prep(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
        return {**_prep_class(o, p), "role": role}

    return prep


def _enrollment_from_body(rec: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = {
        k: v
        for k, v in rec.items()
        if k in ("sourcedId", "user", "primary", "beginDate", "endDate", "metadata")
    }
    out["role"] = extra["role"]
    return out


def _prep_grading_period(o: OneRoster, p: dict[str, str]) -> dict[str, Any]:
    o.require("academicSessions", p["termSourcedId"], "term", VIEWS["terms"])
    return {"parent": _ref_to("academicSession", p["termSourcedId"]), "type": "gradingPeriod"}


NESTED_CREATES: dict[str, NestedCreate] = {
    "createResultForLineItem": NestedCreate("results", _prep_line_item_results),
    "createLineItemsForSchool": NestedCreate("lineItems", _prep_school_line_items),
    "postLineItemsForClass": NestedCreate("lineItems", _prep_class),
    "postResultsForAcademicSessionForClass": NestedCreate("results", _prep_session_results),
    "addTeacherToClass": NestedCreate(
        "enrollments", _prep_enroll("teacher"), _enrollment_from_body
    ),
    "addStudentToClass": NestedCreate(
        "enrollments", _prep_enroll("student"), _enrollment_from_body
    ),
    "createGradingPeriodForTerm": NestedCreate(
        "gradingPeriods", _prep_grading_period, echo_record=True
    ),
}


def handlers(ctx: Context) -> dict[str, Handler]:
    return OneRoster(ctx).handlers


# operationId → why it answers 501 (read by app.REASONS and listed in docs/sandbox.md).
NOT_IMPLEMENTED: dict[str, str] = {
    "exportResourceToCommonCartridge": (
        "builds a Common Cartridge (.imscc) package of the resource's content for an LMS; the "
        "sandbox holds only the OneRoster records, not the content files such a package carries"
    ),
    "registerStudentCredentials": (
        "stores a third-party application's username and password encrypted with the "
        "platform's keys; the sandbox has no such keys and keeps no secrets"
    ),
    "decryptCredential": (
        "decrypts a credential stored by registerStudentCredentials with the platform's keys; "
        "the sandbox has neither the keys nor stored credentials"
    ),
}
