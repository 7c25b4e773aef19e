"""QTI 3.0: stimuli, assessment items (JSON or XML), tests / test parts / sections with item
references, search with pagination, response processing, item metadata, question and lesson
feedback, and XML validation (one document or a batch).

In the live profile every top-level stored record (item, test, stimulus, feedback) carries a Mongo
``_id`` as the platform's do: 24 hex characters, kept for the record's life."""

from __future__ import annotations

import math
import secrets
import time
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat
from xml.sax.saxutils import escape, quoteattr

from . import filters as flt
from .conform import conform
from .context import Context, now_iso
from .oneroster import cond_filter
from .spec import operation
from .validation import validate
from .web import ApiError, Handler, Request, Response

API = "qti"
ITEMS, STIMULI, TESTS = "qti_items", "qti_stimuli", "qti_tests"
FEEDBACK = "qti_feedback"
COLLECTIONS = {"item": ITEMS, "test": TESTS, "stimulus": STIMULI}
XML_TYPES = ("application/xml", "text/xml", "application/qti+xml")
ROOTS = {
    "item": "qti-assessment-item",
    "test": "qti-assessment-test",
    "stimulus": "qti-assessment-stimulus",
}
# The namespace declarations the document's ``content._attributes`` require on generated XML.
QTI_XSI = (
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqtiasi_v3p0 '
    'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd"'
)


def object_id() -> str:
    """A new ObjectId-like key: 4 bytes of seconds since the epoch, then 8 random bytes (hex)."""
    return f"{int(time.time()) & 0xFFFFFFFF:08x}{secrets.token_hex(8)}"


def qti_error(status: int, error: str, details: str | None = None) -> ApiError:
    body: dict[str, Any] = {"error": error}
    if details is not None:
        body["details"] = details
    return ApiError(status, body)


def _entity_not_found(entity_id: str, message: str) -> Response:
    """The 404 of ``validateXml`` / ``validateBatch`` for an entity id that is not stored."""
    body = {
        "success": False,
        "entityId": entity_id,
        "error": "Entity not found",
        "message": message,
    }
    return Response.json(body, 404)


# --------------------------------------------------------------------------- XML


@dataclass
class XmlProblem:
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


class _DtdRefused(Exception):
    pass


def check_xml(text: str, expected_root: str | None = None) -> tuple[list[XmlProblem], str | None]:
    """Well-formedness (stdlib expat, DOCTYPE/entity declarations refused) and root check.
    Returns (problems, root local name)."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root: dict[str, Any] = {}

    def refuse(*_args: Any) -> None:
        raise _DtdRefused()

    def start(name: str, _attrs: Any) -> None:
        if not root:
            root.update(
                name=name.split(":")[-1],
                line=parser.CurrentLineNumber,
                col=parser.CurrentColumnNumber + 1,
            )

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    parser.StartElementHandler = start
    try:
        parser.Parse(text.encode("utf-8"), True)
    except _DtdRefused:
        return [
            XmlProblem(
                parser.CurrentLineNumber,
                parser.CurrentColumnNumber + 1,
                "DOCTYPE and entity declarations are not allowed",
            )
        ], None
    except expat.ExpatError as exc:
        message = expat.errors.messages.get(exc.code, str(exc)) if exc.code else str(exc)
        return [XmlProblem(exc.lineno, exc.offset + 1, message)], root.get("name")
    problems: list[XmlProblem] = []
    if expected_root and root.get("name") != expected_root:
        problems.append(
            XmlProblem(
                int(root.get("line", 1)),
                int(root.get("col", 1)),
                f"root element is <{root.get('name')}>, expected <{expected_root}>",
            )
        )
    return problems, root.get("name")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def parse_xml(text: str, expected_root: str) -> ET.Element:
    problems, _ = check_xml(text, expected_root)
    if problems:
        raise qti_error(400, "Invalid XML", "; ".join(str(p) for p in problems))
    return ET.fromstring(text)


def xml_to_json(text: str) -> dict[str, Any]:
    """The root element of ``text`` as JSON, names as written (``xmlns:xsi``, ``xsi:schemaLocation``
    kept, unlike ElementTree): ``_attributes``, ``_`` for text, repeated children as lists."""
    parser = expat.ParserCreate()  # no namespace processing: qualified names stay as written
    stack: list[dict[str, Any]] = [{}]
    texts: list[list[str]] = [[]]

    def start(name: str, attrs: dict[str, str]) -> None:
        node: dict[str, Any] = {}
        if attrs:
            node["_attributes"] = dict(attrs)
        parent = stack[-1]
        if name in parent:
            if not isinstance(parent[name], list):
                parent[name] = [parent[name]]
            parent[name].append(node)
        else:
            parent[name] = node
        stack.append(node)
        texts.append([])

    def end(_name: str) -> None:
        text = "".join(texts.pop()).strip()
        node = stack.pop()
        if text:
            node["_"] = text

    def chars(data: str) -> None:
        texts[-1].append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.Parse(text.encode("utf-8"), True)
    (root,) = stack[0].values()
    return root if isinstance(root, dict) else root[0]


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _find_all(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el.iter() if _local(c.tag) == name]


def _bool(value: str | None, default: bool = False) -> bool:
    return default if value is None else value.strip().lower() == "true"


def item_from_xml(text: str) -> dict[str, Any]:
    root = parse_xml(text, ROOTS["item"])
    ident = root.get("identifier")
    if not ident:
        raise qti_error(400, "Invalid XML", "qti-assessment-item has no identifier attribute")
    declarations = []
    for rd in _children(root, "qti-response-declaration"):
        decl: dict[str, Any] = {
            "identifier": rd.get("identifier", ""),
            "cardinality": rd.get("cardinality", "single"),
        }
        if rd.get("base-type"):
            decl["baseType"] = rd.get("base-type")
        values = [
            (v.text or "").strip()
            for cr in _children(rd, "qti-correct-response")
            for v in _children(cr, "qti-value")
        ]
        decl["correctResponse"] = {"value": values}
        for mp in _children(rd, "qti-mapping"):
            mapping: dict[str, Any] = {
                "defaultValue": float(mp.get("default-value", "0")),
                "mapEntries": [
                    {
                        "mapKey": e.get("map-key", ""),
                        "mappedValue": float(e.get("mapped-value", "0")),
                        "caseSensitive": _bool(e.get("case-sensitive"), False),
                    }
                    for e in _children(mp, "qti-map-entry")
                ],
            }
            for attr, key in (("lower-bound", "lowerBound"), ("upper-bound", "upperBound")):
                if mp.get(attr) is not None:
                    mapping[key] = float(mp.get(attr, "0"))
            decl["mapping"] = mapping
        declarations.append(decl)
    outcomes = [
        {
            k: v
            for k, v in (
                ("identifier", od.get("identifier", "")),
                ("cardinality", od.get("cardinality", "single")),
                ("baseType", od.get("base-type")),
            )
            if v
        }
        for od in _children(root, "qti-outcome-declaration")
    ]
    item_type = "choice"
    for el in root.iter():
        name = _local(el.tag)
        if name.endswith("-interaction") and name.startswith("qti-"):
            item_type = name[4 : -len("-interaction")]
            break
    record: dict[str, Any] = {
        "identifier": ident,
        "title": root.get("title", ident),
        "type": item_type,
        "qtiVersion": "3.0",
        "timeDependent": _bool(root.get("time-dependent")),
        "adaptive": _bool(root.get("adaptive")),
        "responseDeclarations": declarations,
        "outcomeDeclarations": outcomes,
    }
    for rp in _children(root, "qti-response-processing"):
        template = (rp.get("template") or "").rstrip("/").rsplit("/", 1)[-1].removesuffix(".xml")
        if template:
            rd_id = declarations[0]["identifier"] if declarations else "RESPONSE"
            record["responseProcessing"] = {
                "templateType": template,
                "responseDeclarationIdentifier": rd_id,
                "outcomeIdentifier": "FEEDBACK",
                "correctResponseIdentifier": "CORRECT",
                "incorrectResponseIdentifier": "INCORRECT",
            }
    record["rawXml"] = text
    record["content"] = {ROOTS["item"]: xml_to_json(text)}
    return record


def item_to_xml(item: dict[str, Any]) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
        f"{QTI_XSI} "
        f"identifier={quoteattr(str(item['identifier']))} title={quoteattr(str(item.get('title', '')))} "
        f'adaptive="{str(bool(item.get("adaptive"))).lower()}" '
        f'time-dependent="{str(bool(item.get("timeDependent"))).lower()}">',
    ]
    for rd in item.get("responseDeclarations") or []:
        base = f" base-type={quoteattr(str(rd['baseType']))}" if rd.get("baseType") else ""
        lines.append(
            f"  <qti-response-declaration identifier={quoteattr(str(rd.get('identifier', '')))} "
            f"cardinality={quoteattr(str(rd.get('cardinality', 'single')))}{base}>"
        )
        values = (rd.get("correctResponse") or {}).get("value") or []
        if values:
            lines.append("    <qti-correct-response>")
            lines += [f"      <qti-value>{escape(str(v))}</qti-value>" for v in values]
            lines.append("    </qti-correct-response>")
        lines.append("  </qti-response-declaration>")
    for od in item.get("outcomeDeclarations") or []:
        base = f" base-type={quoteattr(str(od['baseType']))}" if od.get("baseType") else ""
        lines.append(
            f"  <qti-outcome-declaration identifier={quoteattr(str(od.get('identifier', '')))} "
            f"cardinality={quoteattr(str(od.get('cardinality', 'single')))}{base}/>"
        )
    lines.append("  <qti-item-body/>")
    rp = item.get("responseProcessing") or {}
    if rp.get("templateType"):
        lines.append(
            "  <qti-response-processing template="
            + quoteattr(
                f"https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/{rp['templateType']}.xml"
            )
            + "/>"
        )
    lines.append("</qti-assessment-item>")
    return "\n".join(lines)


# --------------------------------------------------------------------------- scoring


def score_response(item: dict[str, Any], response: Any) -> dict[str, Any]:
    """Score ``response`` (string or list of strings) against the item's first (or RESPONSE)
    response declaration: map_response sums the mapping, otherwise match_correct."""
    decls = item.get("responseDeclarations") or []
    rp = item.get("responseProcessing") or {}
    wanted = rp.get("responseDeclarationIdentifier") or "RESPONSE"
    decl = next((d for d in decls if d.get("identifier") == wanted), decls[0] if decls else None)
    if decl is None:
        raise qti_error(400, "Item has no response declaration", str(item.get("identifier")))
    given = [
        str(v) for v in (response if isinstance(response, list) else [response]) if v is not None
    ]
    correct = [str(v) for v in ((decl.get("correctResponse") or {}).get("value") or [])]
    mapping = decl.get("mapping")
    template = rp.get("templateType") or ("map_response" if mapping else "match_correct")
    if template == "map_response" and mapping:
        total = 0.0
        entries = mapping.get("mapEntries") or []
        for value in dict.fromkeys(given):
            for entry in entries:
                key = str(entry.get("mapKey", ""))
                same = key == value if entry.get("caseSensitive") else key.lower() == value.lower()
                if same:
                    total += float(entry.get("mappedValue", 0))
                    break
            else:
                total += float(mapping.get("defaultValue", 0))
        if mapping.get("lowerBound") is not None:
            total = max(total, float(mapping["lowerBound"]))
        if mapping.get("upperBound") is not None:
            total = min(total, float(mapping["upperBound"]))
        score = total
        is_correct = total > 0
    else:
        cardinality = decl.get("cardinality", "single")
        base_type = decl.get("baseType", "identifier")

        def norm(v: str) -> str:
            return v.strip() if base_type in ("string", "identifier") else v

        if cardinality == "ordered":
            is_correct = [norm(v) for v in given] == [norm(v) for v in correct]
        elif cardinality == "multiple":
            is_correct = sorted(map(norm, given)) == sorted(map(norm, correct))
        else:
            is_correct = len(given) == 1 and bool(correct) and norm(given[0]) in map(norm, correct)
        score = 1.0 if is_correct else 0.0
    ident = rp.get("outcomeIdentifier") or "FEEDBACK"
    value = (
        (rp.get("correctResponseIdentifier") or "CORRECT")
        if is_correct
        else (rp.get("incorrectResponseIdentifier") or "INCORRECT")
    )
    return {"score": score, "feedback": {"identifier": ident, "value": value}}


# --------------------------------------------------------------------------- handlers


class Qti:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # ---------------------------------------------------------------- common
    def _validate(self, op_id: str, body: Any) -> None:
        schema = operation(API, op_id).request_schema()
        if schema is None:
            return
        content = (schema.get("properties") or {}).get("content")
        if isinstance(body, dict) and isinstance(body.get("content"), dict) and content:
            # `content` is the server's XML as JSON (a lone child element an object): a record
            # read back and sent again is checked in the shape the document writes it, since the
            # server makes `content` again from the record anyway.
            body = {**body, "content": conform(API, content, body["content"])}
        errors = validate(API, schema, body)
        if errors:
            raise qti_error(400, "Validation error", "; ".join(f"{p}: {m}" for p, m in errors[:10]))

    def _search(
        self, request: Request, items: list[dict[str, Any]] | None, collection: str | None
    ) -> Response:
        q = request.query
        try:
            page = max(1, int(q.get("page") or 1))
            limit = max(1, min(3000, int(q.get("limit") or 10)))
        except ValueError as exc:
            raise qti_error(400, "Invalid pagination parameter", str(exc)) from exc
        sort = q.get("sort") or ("createdAt" if collection else "sequence")
        order = (q.get("order") or ("desc" if collection else "asc")).lower()
        if order not in ("asc", "desc"):
            raise qti_error(400, "Invalid order", order)
        term = (q.get("query") or "").strip()
        node: flt.Node | None = None
        if q.get("filter"):
            try:
                node = flt.parse_filter(q["filter"])
            except flt.FilterSyntaxError as exc:
                raise qti_error(400, "Invalid filter", str(exc)) from exc
        if collection is not None:
            conds = []
            if term:
                conds.append(
                    cond_filter(
                        collection,
                        flt.Or(
                            (
                                flt.Comparison("title", "~", term),
                                flt.Comparison("identifier", "~", term),
                            )
                        ),
                    )
                )
            if node is not None:
                conds.append(cond_filter(collection, node))
            result = self.store.query(
                collection,
                conds,
                sort=sort,
                descending=order == "desc",
                limit=limit,
                offset=(page - 1) * limit,
            )
            rows, total = result.items, result.total
        else:
            rows = list(items or [])
            if term:
                rows = [
                    r
                    for r in rows
                    if term.lower()
                    in (str(r.get("title", "")) + " " + str(r.get("identifier", ""))).lower()
                ]
            if node is not None:
                rows = [r for r in rows if flt.evaluate(node, r)]
            if any(sort in r for r in rows):
                rows.sort(
                    key=lambda r: (
                        str(type(r.get(sort))),
                        r.get(sort) if r.get(sort) is not None else "",
                    ),
                    reverse=order == "desc",
                )
            total = len(rows)
            rows = rows[(page - 1) * limit : page * limit]
        if len(rows) == limit and page * limit < total:
            rows = rows[: self.ctx.faults.short_page(len(rows))]  # `short_page_rate`
        return Response.json(
            {
                "items": rows,
                "total": total,
                "page": page,
                "pages": math.ceil(total / limit),
                "limit": limit,
                "sort": sort,
                "order": order,
            }
        )

    def _stamp(self, record: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
        """``record`` with the Mongo ``_id`` first in the live profile (the previous record's, so
        it is stable across updates; a client's own ``_id`` is ignored), without it otherwise."""
        rest = {k: v for k, v in record.items() if k != "_id"}
        if not self.ctx.live:
            return rest
        return {"_id": (previous or {}).get("_id") or object_id(), **rest}

    def _get(self, collection: str, ident: str, kind: str) -> dict[str, Any]:
        record = self.store.get(collection, ident)
        if record is None:
            raise qti_error(404, f"{kind} not found", f"no {kind} with identifier {ident!r}")
        return record

    @staticmethod
    def _wants_xml(request: Request) -> bool:
        accept = request.headers.get("accept", "")
        return any(t in accept for t in XML_TYPES) and "application/json" not in accept

    # ---------------------------------------------------------------- stimuli
    def _stimulus(self, body: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
        now = now_iso()
        raw = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<qti-assessment-stimulus xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
            f"{QTI_XSI} "
            f"identifier={quoteattr(str(body['identifier']))} title={quoteattr(str(body.get('title', '')))}>"
            f"<qti-stimulus-body>{body.get('content', '')}</qti-stimulus-body></qti-assessment-stimulus>"
        )
        try:
            content = xml_to_json(raw)
        except expat.ExpatError:  # HTML content that is not XML: kept as the body's text
            content = {
                "_attributes": {"identifier": body["identifier"], "title": body.get("title", "")},
                "qti-stimulus-body": {"_": str(body.get("content", ""))},
            }
        record = {
            "catalogInfo": [],
            **body,
            "rawXml": raw,
            "content": {ROOTS["stimulus"]: content},
            "createdAt": (previous or {}).get("createdAt", now),
            "updatedAt": now,
            "__v": (previous or {}).get("__v", -1) + 1,
        }
        return self._stamp(record, previous)

    def create_stimulus(self, request: Request) -> Response:
        body = request.json_object()
        self._validate("createStimulus", body)
        record = self._stimulus(body, None)
        if not self.store.insert(STIMULI, body["identifier"], record):
            raise qti_error(409, f"Stimulus with identifier {body['identifier']!r} already exists")
        return Response.json(record, 201)

    def update_stimulus(self, request: Request) -> Response:
        ident = request.params["identifier"]
        previous = self._get(STIMULI, ident, "stimulus")
        body = request.json_object()
        body["identifier"] = ident
        self._validate("updateStimulus", body)
        record = self._stimulus(body, previous)
        self.store.put(STIMULI, ident, record)
        return Response.json(record)

    # ---------------------------------------------------------------- items
    def _item_from_request(
        self, request: Request, op_id: str, previous: dict[str, Any] | None
    ) -> dict[str, Any]:
        if request.content_type in XML_TYPES:
            record = item_from_xml(request.body.decode("utf-8", errors="replace"))
        else:
            body = request.json_object()
            if body.get("format") == "xml" and isinstance(body.get("xml"), str):
                record = item_from_xml(body["xml"])
                if isinstance(body.get("metadata"), dict):
                    record["metadata"] = body["metadata"]
            else:
                if previous is not None:
                    body.setdefault("identifier", previous["identifier"])
                self._validate(op_id, body)
                record = {"qtiVersion": "3.0", "timeDependent": False, "adaptive": False, **body}
                record["rawXml"] = item_to_xml(record)
                record["content"] = {ROOTS["item"]: xml_to_json(record["rawXml"])}
        now = now_iso()
        record["createdAt"] = (previous or {}).get("createdAt", now)
        record["updatedAt"] = now
        record["__v"] = (previous or {}).get("__v", -1) + 1
        return self._stamp(record, previous)

    def _item_response(self, request: Request, record: dict[str, Any], status: int) -> Response:
        if self._wants_xml(request):
            return Response(status, str(record.get("rawXml", "")).encode(), "application/xml")
        return Response.json(record, status)

    def create_item(self, request: Request) -> Response:
        record = self._item_from_request(request, "createAssessmentItem", None)
        if not self.store.insert(ITEMS, record["identifier"], record):
            raise qti_error(
                409,
                "Assessment item already exists",
                f"identifier {record['identifier']!r} is taken",
            )
        return self._item_response(request, record, 201)

    def get_item(self, request: Request) -> Response:
        return self._item_response(
            request, self._get(ITEMS, request.params["identifier"], "assessment item"), 200
        )

    def update_item(self, request: Request) -> Response:
        ident = request.params["identifier"]
        previous = self._get(ITEMS, ident, "assessment item")
        record = self._item_from_request(request, "updateAssessmentItem", previous)
        if record["identifier"] != ident:
            raise qti_error(
                400, "Identifier mismatch", f"body identifier {record['identifier']!r} != {ident!r}"
            )
        self.store.put(ITEMS, ident, record)
        return self._item_response(request, record, 200)

    def process_response(self, request: Request) -> Response:
        item = self._get(ITEMS, request.params["identifier"], "assessment item")
        body = request.json_object()
        if "response" not in body:
            raise qti_error(400, "Validation error", "response: 'response' is a required property")
        return Response.json(score_response(item, body["response"]))

    def update_metadata(self, request: Request) -> Response:
        """Merge the body's ``metadata`` into the stored item it names (by ``identifier``, or the
        ``identifier`` of its ``{"format": "xml", "xml"}``); nothing else of the item changes —
        the operation exists to flip flags such as the human-approved status. 404 for an item
        that is not stored; 201 with the updated item, as the document answers."""
        body = request.json_object()
        if body.get("format") == "xml" and isinstance(body.get("xml"), str):
            ident = str(item_from_xml(body["xml"])["identifier"])
        else:
            self._validate("updateMetadata", body)
            ident = str(body["identifier"])
        meta = body.get("metadata", {})
        if not isinstance(meta, dict):
            raise qti_error(400, "Validation error", "metadata: must be an object")
        previous = self._get(ITEMS, ident, "assessment item")
        record = {
            **previous,
            "metadata": {**(previous.get("metadata") or {}), **meta},
            "updatedAt": now_iso(),
            "__v": previous.get("__v", 0) + 1,
        }
        self.store.put(ITEMS, ident, record)
        return self._item_response(request, record, 201)

    # ---------------------------------------------------------------- feedback
    def create_feedback(self, request: Request, kind: str) -> Response:
        """Store a user's feedback on a question or a lesson (``kind`` QUESTION / LESSON). The
        identifier is the server's, answered as ``id`` (and ``_id`` in the live profile): it is
        what ``deleteFeedback`` takes. The lesson and question are not looked up: feedback
        names them by the client's own identifiers."""
        body = request.json_object()
        op_id = "createQuestionFeedback" if kind == "QUESTION" else "createLessonFeedback"
        self._validate(op_id, body)
        ident = object_id()
        now = now_iso()
        record = {
            **{k: v for k, v in body.items() if k not in ("_id", "id")},
            "humanApproved": bool(body.get("humanApproved", False)),
            "type": kind,
            "id": ident,
            "createdAt": now,
            "updatedAt": now,
        }
        if self.ctx.live:
            record = {"_id": ident, **record}
        self.store.insert(FEEDBACK, ident, record)
        return Response.json(record, 201)

    def lesson_feedback(self, request: Request) -> Response:
        """All feedback whose ``lessonId`` is the path's (question feedback included), oldest
        first; ``[]`` when there is none."""
        lesson = request.params["lessonId"]
        found = self.store.query(
            FEEDBACK, [cond_filter(FEEDBACK, flt.Comparison("lessonId", "=", lesson))]
        )
        return Response.json(found.items)

    def delete_feedback(self, request: Request) -> Response:
        ident = request.params["id"]
        if not self.store.remove(FEEDBACK, ident):
            raise qti_error(404, "Feedback not found", f"no feedback with id {ident!r}")
        return Response.json({"message": f"Feedback {ident} deleted"})

    # ---------------------------------------------------------------- tests
    def _test(self, body: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
        now = now_iso()
        record = {"qtiVersion": "3.0", "qti-outcome-declaration": [], **body}
        record.setdefault("qti-test-part", [])
        record["rawXml"] = test_to_xml(record)
        record["content"] = {ROOTS["test"]: xml_to_json(record["rawXml"])}
        record["isValidXml"] = True
        record["createdAt"] = (previous or {}).get("createdAt", now)
        record["updatedAt"] = now
        record["__v"] = (previous or {}).get("__v", -1) + 1
        return self._stamp(record, previous)

    def _test_body(self, request: Request, op_id: str) -> dict[str, Any]:
        if request.content_type in XML_TYPES:
            return test_from_xml(request.body.decode("utf-8", errors="replace"))
        body = request.json_object()
        if body.get("format") == "xml" and isinstance(body.get("xml"), str):
            return test_from_xml(body["xml"])
        self._validate(op_id, body)
        return body

    def create_test(self, request: Request) -> Response:
        body = self._test_body(request, "createAssessmentTest")
        record = self._test(body, None)
        if not self.store.insert(TESTS, record["identifier"], record):
            raise qti_error(409, f"Assessment test {record['identifier']!r} already exists")
        return Response.json(record, 201)

    def update_test(self, request: Request) -> Response:
        ident = request.params["identifier"]
        previous = self._get(TESTS, ident, "assessment test")
        body = self._test_body(request, "updateAssessmentTest")
        body["identifier"] = ident
        record = self._test(body, previous)
        self.store.put(TESTS, ident, record)
        return Response.json(record)

    def update_test_metadata(self, request: Request) -> Response:
        ident = request.params["identifier"]
        previous = self._get(TESTS, ident, "assessment test")
        body = request.json_object()
        meta = body.get("metadata", {})
        if not isinstance(meta, dict):
            raise qti_error(400, "Validation error", "metadata must be an object")
        record = self._save_test(
            {**previous, "metadata": {**(previous.get("metadata") or {}), **meta}}, previous
        )
        return Response.json(record)

    def _save_test(self, record: dict[str, Any], previous: dict[str, Any]) -> dict[str, Any]:
        body = {
            k: v
            for k, v in record.items()
            if k not in ("rawXml", "content", "createdAt", "updatedAt", "__v", "isValidXml")
        }
        new = self._test(body, previous)
        self.store.put(TESTS, new["identifier"], new)
        return new

    def _part(self, test: dict[str, Any], ident: str) -> dict[str, Any]:
        for part in test.get("qti-test-part") or []:
            if part.get("identifier") == ident:
                return dict(part)
        raise qti_error(
            404, "Test part not found", f"no test part {ident!r} in test {test['identifier']!r}"
        )

    def _section(self, part: dict[str, Any], ident: str) -> dict[str, Any]:
        for section in part.get("qti-assessment-section") or []:
            if section.get("identifier") == ident:
                return dict(section)
        raise qti_error(
            404, "Section not found", f"no section {ident!r} in test part {part['identifier']!r}"
        )

    def _replace(
        self, items: list[dict[str, Any]], new: dict[str, Any], ident: str | None = None
    ) -> list[dict[str, Any]]:
        key = ident or new["identifier"]
        return [new if i.get("identifier") == key else i for i in items]

    def _part_response(self, part: dict[str, Any], status: int = 200) -> Response:
        raw = part_to_xml(part)
        return Response.json(
            {
                **part,
                "rawXml": raw,
                "content": {"qti-test-part": xml_to_json(raw)},
            },
            status,
        )

    def search_parts(self, request: Request) -> Response:
        test = self._get(TESTS, request.params["assessmentTestIdentifier"], "assessment test")
        return self._search(request, test.get("qti-test-part"), None)

    def create_part(self, request: Request) -> Response:
        test = self._get(TESTS, request.params["assessmentTestIdentifier"], "assessment test")
        body = request.json_object()
        self._validate("createTestPart", body)
        parts = list(test.get("qti-test-part") or [])
        if any(p.get("identifier") == body["identifier"] for p in parts):
            raise qti_error(409, f"Test part {body['identifier']!r} already exists")
        parts.append(body)
        self._save_test({**test, "qti-test-part": parts}, test)
        return self._part_response(body, 201)

    def get_part(self, request: Request) -> Response:
        test = self._get(TESTS, request.params["assessmentTestIdentifier"], "assessment test")
        return self._part_response(self._part(test, request.params["identifier"]))

    def update_part(self, request: Request) -> Response:
        test = self._get(TESTS, request.params["assessmentTestIdentifier"], "assessment test")
        ident = request.params["identifier"]
        self._part(test, ident)
        body = request.json_object()
        body["identifier"] = ident
        self._validate("updateTestPart", body)
        self._save_test({**test, "qti-test-part": self._replace(test["qti-test-part"], body)}, test)
        return self._part_response(body)

    def delete_part(self, request: Request) -> Response:
        test = self._get(TESTS, request.params["assessmentTestIdentifier"], "assessment test")
        ident = request.params["identifier"]
        self._part(test, ident)
        parts = [p for p in test["qti-test-part"] if p.get("identifier") != ident]
        self._save_test({**test, "qti-test-part": parts}, test)
        return Response.empty(204)

    def _locate(self, request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
        test = self._get(TESTS, request.params["assessmentTestIdentifier"], "assessment test")
        return test, self._part(test, request.params["testPartIdentifier"])

    def _save_part(self, test: dict[str, Any], part: dict[str, Any]) -> None:
        self._save_test({**test, "qti-test-part": self._replace(test["qti-test-part"], part)}, test)

    def search_sections(self, request: Request) -> Response:
        _, part = self._locate(request)
        return self._search(request, part.get("qti-assessment-section"), None)

    def create_section(self, request: Request) -> Response:
        test, part = self._locate(request)
        body = request.json_object()
        self._validate("createSection", body)
        sections = list(part.get("qti-assessment-section") or [])
        if any(s.get("identifier") == body["identifier"] for s in sections):
            raise qti_error(409, f"Section {body['identifier']!r} already exists")
        body.setdefault("qti-assessment-item-ref", [])
        sections.append(body)
        self._save_part(test, {**part, "qti-assessment-section": sections})
        return Response.json(body, 201)

    def get_section(self, request: Request) -> Response:
        _, part = self._locate(request)
        return Response.json(self._section(part, request.params["identifier"]))

    def update_section(self, request: Request) -> Response:
        test, part = self._locate(request)
        ident = request.params["identifier"]
        self._section(part, ident)
        body = request.json_object()
        body["identifier"] = ident
        self._validate("updateSection", body)
        self._save_part(
            test,
            {**part, "qti-assessment-section": self._replace(part["qti-assessment-section"], body)},
        )
        return Response.json(body)

    def delete_section(self, request: Request) -> Response:
        test, part = self._locate(request)
        ident = request.params["identifier"]
        self._section(part, ident)
        sections = [s for s in part["qti-assessment-section"] if s.get("identifier") != ident]
        self._save_part(test, {**part, "qti-assessment-section": sections})
        return Response.json({"message": f"Section {ident} deleted"})

    def _set_refs(self, request: Request, refs: list[dict[str, Any]]) -> dict[str, Any]:
        test, part = self._locate(request)
        section = self._section(part, request.params["identifier"])
        section["qti-assessment-item-ref"] = refs
        self._save_part(
            test,
            {
                **part,
                "qti-assessment-section": self._replace(part["qti-assessment-section"], section),
            },
        )
        return section

    def add_item(self, request: Request) -> Response:
        _, part = self._locate(request)
        section = self._section(part, request.params["identifier"])
        body = request.json_object()
        self._validate("addAssessmentItem", body)
        refs = [
            r
            for r in section.get("qti-assessment-item-ref") or []
            if r.get("identifier") != body["identifier"]
        ]
        ref = {
            "identifier": body["identifier"],
            "href": body.get("href") or f"assessment-items/{body['identifier']}",
        }
        seq = body.get("sequence")
        position = len(refs) if not isinstance(seq, int) else max(0, min(len(refs), seq - 1))
        refs.insert(position, ref)
        return Response.json(self._set_refs(request, refs), 201)

    def remove_item(self, request: Request) -> Response:
        _, part = self._locate(request)
        section = self._section(part, request.params["identifier"])
        refs = section.get("qti-assessment-item-ref") or []
        item_id = request.params["itemIdentifier"]
        if not any(r.get("identifier") == item_id for r in refs):
            raise qti_error(404, "Item reference not found", item_id)
        self._set_refs(request, [r for r in refs if r.get("identifier") != item_id])
        return Response.empty(204)

    def order_items(self, request: Request) -> Response:
        _, part = self._locate(request)
        section = self._section(part, request.params["identifier"])
        body = request.json_object()
        self._validate("updateAssessmentItemOrder", body)
        current = {r.get("identifier"): r for r in section.get("qti-assessment-item-ref") or []}
        ordered = sorted(
            enumerate(body["items"]), key=lambda p: (p[1].get("sequence", p[0] + 1), p[0])
        )
        refs = []
        for _, entry in ordered:
            ref = dict(current.get(entry["identifier"]) or {"identifier": entry["identifier"]})
            if entry.get("href"):
                ref["href"] = entry["href"]
            ref.setdefault("href", f"assessment-items/{entry['identifier']}")
            refs.append(ref)
        return Response.json(self._set_refs(request, refs))

    def all_questions(self, request: Request) -> Response:
        test = self._get(TESTS, request.params["identifier"], "assessment test")
        questions = []
        for part in test.get("qti-test-part") or []:
            for section in part.get("qti-assessment-section") or []:
                for ref in section.get("qti-assessment-item-ref") or []:
                    item = self.store.get(ITEMS, str(ref.get("identifier")))
                    if item is None:
                        continue
                    questions.append(
                        {
                            "reference": {
                                **ref,
                                "testPart": part.get("identifier"),
                                "section": section.get("identifier"),
                            },
                            "question": item,
                        }
                    )
        return Response.json(
            {
                "assessmentTest": test["identifier"],
                "title": test.get("title", ""),
                "totalQuestions": len(questions),
                "questions": questions,
            }
        )

    # ---------------------------------------------------------------- validation
    def validate_xml(self, request: Request) -> Response:
        body = request.json_object()
        schema = body.get("schema")
        if schema not in ROOTS:
            raise qti_error(400, "Validation error", "schema must be one of test, item, stimulus")
        entity_id = str(body.get("entityId") or "")
        xml_text = body.get("xml")
        if not isinstance(xml_text, str):
            collection = COLLECTIONS[schema]
            stored = self.store.get(collection, entity_id) if entity_id else None
            if stored is None:
                return _entity_not_found(entity_id, f"no {schema} {entity_id!r} and no xml given")
            xml_text = str(stored.get("rawXml", ""))
        problems, _ = check_xml(xml_text, ROOTS[schema])
        ok = not problems
        return Response.json(
            {
                "success": "true" if ok else "false",
                "entityId": entity_id,
                "xmlContent": xml_text,
                "validationErrors": [str(p) for p in problems],
                "message": "XML is valid" if ok else f"XML is not valid: {len(problems)} error(s)",
            }
        )

    def validate_batch(self, request: Request) -> Response:
        """Check each XML string (or, when ``entityIds`` is not empty, each stored entity's
        ``rawXml``, the strings then ignored) as ``validateXml`` does; one verdict per input, in
        input order. A string's ``entityId`` is its root's ``identifier`` attribute, else a new
        UUID. An entity id that is not stored → 404, as for ``validateXml``."""
        body = request.json_object()
        self._validate("validateBatch", body)
        schema = str(body["schema"])
        collection = COLLECTIONS[schema]
        inputs: list[tuple[str, str]] = []
        if body["entityIds"]:
            for entity_id in map(str, body["entityIds"]):
                stored = self.store.get(collection, entity_id)
                if stored is None:
                    return _entity_not_found(entity_id, f"no {schema} {entity_id!r}")
                inputs.append((entity_id, str(stored.get("rawXml", ""))))
        else:
            inputs = [("", str(x)) for x in body["xml"]]
        results = []
        for entity_id, xml_text in inputs:
            problems, _ = check_xml(xml_text, ROOTS[schema])
            if not entity_id:
                root = None if problems else ET.fromstring(xml_text).get("identifier")
                entity_id = root or str(uuid.uuid4())
            results.append(
                {
                    "success": "false" if problems else "true",
                    "entityId": entity_id,
                    "xmlContent": xml_text,
                    "validationErrors": [str(p) for p in problems],
                    "message": "Valid XML" if not problems else "; ".join(str(p) for p in problems),
                }
            )
        return Response.json({"results": results})


def part_to_xml(part: dict[str, Any]) -> str:
    out = [
        f"<qti-test-part identifier={quoteattr(str(part.get('identifier', '')))} "
        f"navigation-mode={quoteattr(str(part.get('navigationMode', 'linear')))} "
        f"submission-mode={quoteattr(str(part.get('submissionMode', 'individual')))}>"
    ]
    for section in part.get("qti-assessment-section") or []:
        out.append(
            f"<qti-assessment-section identifier={quoteattr(str(section.get('identifier', '')))} "
            f"title={quoteattr(str(section.get('title', '')))} visible={quoteattr(str(bool(section.get('visible', True))).lower())}>"
        )
        for ref in section.get("qti-assessment-item-ref") or []:
            out.append(
                f"<qti-assessment-item-ref identifier={quoteattr(str(ref.get('identifier', '')))} "
                f"href={quoteattr(str(ref.get('href', '')))}/>"
            )
        out.append("</qti-assessment-section>")
    out.append("</qti-test-part>")
    return "".join(out)


def test_to_xml(test: dict[str, Any]) -> str:
    parts = "".join(part_to_xml(p) for p in test.get("qti-test-part") or [])
    outcomes = "".join(
        f"<qti-outcome-declaration identifier={quoteattr(str(o.get('identifier', '')))} "
        f"cardinality={quoteattr(str(o.get('cardinality', 'single')))} base-type={quoteattr(str(o.get('baseType', 'float')))}/>"
        for o in test.get("qti-outcome-declaration") or []
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<qti-assessment-test xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" '
        f"{QTI_XSI} "
        f"identifier={quoteattr(str(test['identifier']))} title={quoteattr(str(test.get('title', '')))} "
        'tool-name="timeback-sandbox" tool-version="1">'
        f"{outcomes}{parts}</qti-assessment-test>"
    )


def test_from_xml(text: str) -> dict[str, Any]:
    root = parse_xml(text, ROOTS["test"])
    parts = []
    for tp in _children(root, "qti-test-part"):
        sections = []
        for sec in _find_all(tp, "qti-assessment-section"):
            refs = [
                {"identifier": r.get("identifier", ""), "href": r.get("href", "")}
                for r in _children(sec, "qti-assessment-item-ref")
            ]
            sections.append(
                {
                    "identifier": sec.get("identifier", ""),
                    "title": sec.get("title", ""),
                    "visible": _bool(sec.get("visible"), True),
                    "qti-assessment-item-ref": refs,
                }
            )
        parts.append(
            {
                "identifier": tp.get("identifier", ""),
                "navigationMode": tp.get("navigation-mode", "linear"),
                "submissionMode": tp.get("submission-mode", "individual"),
                "qti-assessment-section": sections,
            }
        )
    ident = root.get("identifier")
    if not ident:
        raise qti_error(400, "Invalid XML", "qti-assessment-test has no identifier attribute")
    return {"identifier": ident, "title": root.get("title", ident), "qti-test-part": parts}


def handlers(ctx: Context) -> dict[str, Handler]:
    q = Qti(ctx)

    def getter(collection: str, kind: str) -> Handler:
        return lambda r: Response.json(q._get(collection, r.params["identifier"], kind))

    def deleter(collection: str, kind: str) -> Handler:
        def handle(r: Request) -> Response:
            q._get(collection, r.params["identifier"], kind)
            ctx.store.remove(collection, r.params["identifier"])
            return Response.empty(204)

        return handle

    return {
        "searchStimuli": lambda r: q._search(r, None, STIMULI),
        "createStimulus": q.create_stimulus,
        "getStimulus": getter(STIMULI, "stimulus"),
        "updateStimulus": q.update_stimulus,
        "deleteStimulus": deleter(STIMULI, "stimulus"),
        "searchAssessmentItems": lambda r: q._search(r, None, ITEMS),
        "createAssessmentItem": q.create_item,
        "getAssessmentItem": q.get_item,
        "updateAssessmentItem": q.update_item,
        "deleteAssessmentItem": deleter(ITEMS, "assessment item"),
        "processResponse": q.process_response,
        "searchAssessmentTests": lambda r: q._search(r, None, TESTS),
        "createAssessmentTest": q.create_test,
        "getAssessmentTest": getter(TESTS, "assessment test"),
        "updateAssessmentTest": q.update_test,
        "deleteAssessmentTest": deleter(TESTS, "assessment test"),
        "getAllQuestions": q.all_questions,
        "updateAssessmentTestMetadata": q.update_test_metadata,
        "searchTestParts": q.search_parts,
        "createTestPart": q.create_part,
        "getTestPart": q.get_part,
        "updateTestPart": q.update_part,
        "deleteTestPart": q.delete_part,
        "searchSections": q.search_sections,
        "createSection": q.create_section,
        "getSection": q.get_section,
        "updateSection": q.update_section,
        "deleteSection": q.delete_section,
        "addAssessmentItem": q.add_item,
        "removeAssessmentItem": q.remove_item,
        "updateAssessmentItemOrder": q.order_items,
        "validateXml": q.validate_xml,
        "validateBatch": q.validate_batch,
        "updateMetadata": q.update_metadata,
        "createQuestionFeedback": lambda r: q.create_feedback(r, "QUESTION"),
        "createLessonFeedback": lambda r: q.create_feedback(r, "LESSON"),
        "getFeedbackByLessonId": q.lesson_feedback,
        "deleteFeedback": q.delete_feedback,
    }


__all__ = ["check_xml", "handlers", "score_response"]
