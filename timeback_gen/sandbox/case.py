"""CASE 1.1: packages are uploaded with uploadCFPackage; documents, items, associations and
packages are read back, a package also as its item tree grouped by item type (with groups)."""

from __future__ import annotations

from typing import Any

from .context import Context, now_iso
from .spec import operation
from .validation import validate
from .web import ApiError, Handler, Request, Response, imsx_body

API = "case"
DOCS, ITEMS, ASSOCS, PACKAGES = "case_documents", "case_items", "case_associations", "case_packages"


def _with_sourced_id(obj: dict[str, Any]) -> dict[str, Any]:
    out = dict(obj)
    out.setdefault("sourcedId", out.get("identifier"))
    return out


class Case:
    def __init__(self, ctx: Context) -> None:
        self.store = ctx.store

    def upload(self, request: Request) -> Response:
        body = request.json_object()
        schema = operation(API, "uploadCFPackage").request_schema()
        if schema is not None:
            errors = validate(API, schema, body)
            if errors:
                path, message = errors[0]
                raise ApiError(
                    422,
                    imsx_body(f"Invalid request body at {path}: {message}", "invaliddata", path),
                )
        doc = _with_sourced_id(body["CFDocument"])
        doc_id = str(doc["sourcedId"])
        # LinkURIs answer with sourcedId (the document's SubjectURI), identifier kept as given
        package_uri = {
            "sourcedId": doc_id,
            "title": doc.get("title", ""),
            "identifier": doc_id,
            "uri": doc.get("uri", ""),
        }
        doc["CFPackageURI"] = package_uri
        doc_uri = dict(package_uri)
        items = []
        for raw in body.get("CFItems") or []:
            item = _with_sourced_id(raw)
            if "CFItemType" not in item and "cfItemType" in item:
                item["CFItemType"] = item["cfItemType"]
            item.setdefault("CFItemType", "")
            item.setdefault("CFDocumentURI", doc_uri)
            items.append(item)
        assocs = []
        for raw in body.get("CFAssociations") or []:
            assoc = _with_sourced_id(raw)
            for end in ("originNodeURI", "destinationNodeURI"):
                node = assoc.get(end)
                if isinstance(node, dict) and "sourcedId" not in node and node.get("identifier"):
                    assoc[end] = {"sourcedId": node["identifier"], **node}
            assoc.setdefault("CFDocumentURI", doc_uri)
            assocs.append(assoc)
        self.store.put(DOCS, doc_id, doc)
        for item in items:
            self.store.put(ITEMS, str(item["sourcedId"]), item)
        for assoc in assocs:
            self.store.put(ASSOCS, str(assoc["sourcedId"]), assoc)
        package = {
            "sourcedId": doc_id,
            "CFDocument": doc,
            "CFItems": [i["sourcedId"] for i in items],
            "CFAssociations": [a["sourcedId"] for a in assocs],
            "uploadedAt": now_iso(),
        }
        self.store.put(PACKAGES, doc_id, package)
        stats = {"documents": 1, "items": len(items), "associations": len(assocs)}
        return Response.json(
            {
                "success": True,
                "message": "CASE package uploaded",
                "result": {"documentId": doc_id, "stats": stats, "success": True},
            },
            201,
        )

    def _one(self, collection: str, key: str, request: Request) -> Response:
        id_ = request.params["sourcedId"]
        record = self.store.get(collection, id_)
        if record is None:
            raise ApiError.not_found(f"{key} {id_!r} not found")
        fields = request.query.get("fields")
        if fields:
            wanted = {f.strip() for f in fields.split(",")}
            record = {k: v for k, v in record.items() if k in wanted}
        return Response.json({key: record})

    def package(self, request: Request) -> Response:
        id_ = request.params["sourcedId"]
        package, items, assocs = self._package_records(id_)
        return Response.json(
            {
                "CFPackage": {
                    "sourcedId": id_,
                    "CFDocument": package["CFDocument"],
                    "CFItems": items,
                    "CFAssociations": assocs,
                }
            }
        )

    def _package_records(
        self, id_: str
    ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
        package = self.store.get(PACKAGES, id_)
        if package is None:
            raise ApiError.not_found(f"CFPackage {id_!r} not found")
        items = [self.store.get(ITEMS, i) for i in package["CFItems"]]
        assocs = [self.store.get(ASSOCS, a) for a in package["CFAssociations"]]
        return package, [i for i in items if i], [a for a in assocs if a]

    def package_with_groups(self, request: Request) -> Response:
        """The package's items as a tree: ``isChildOf`` associations (origin is the child of
        destination) give each item its parent; items whose parent is the document or not an
        item of the package are the roots. Each level is grouped by ``CFItemType`` —
        ``structuredContent`` for the roots, ``childGroups`` under every item — in association
        ``sequenceNumber`` order, then upload order."""
        id_ = request.params["sourcedId"]
        package, items, assocs = self._package_records(id_)
        by_id = {str(i["sourcedId"]): i for i in items}
        parent: dict[str, tuple[str, float]] = {}
        for assoc in assocs:
            if assoc.get("associationType") != "isChildOf":
                continue
            child = _node_id(assoc.get("originNodeURI"))
            target = _node_id(assoc.get("destinationNodeURI"))
            if child in by_id and target and child not in parent:
                seq = assoc.get("sequenceNumber")
                order = float(seq) if isinstance(seq, int | float) else float("inf")
                parent[child] = (target, order)
        children: dict[str | None, list[str]] = {}
        for ident in by_id:
            up = parent.get(ident)
            key = up[0] if up and up[0] in by_id and up[0] != ident else None
            children.setdefault(key, []).append(ident)
        rank = {
            ident: (parent.get(ident, ("", float("inf")))[1], n) for n, ident in enumerate(by_id)
        }

        def groups(key: str | None, seen: frozenset[str]) -> dict[str, list[dict[str, Any]]]:
            out: dict[str, list[dict[str, Any]]] = {}
            for ident in sorted(children.get(key, []), key=rank.__getitem__):
                if ident in seen:  # an isChildOf cycle: each item appears once on a path
                    continue
                node = {**by_id[ident], "childGroups": groups(ident, seen | {ident})}
                out.setdefault(str(by_id[ident].get("CFItemType") or ""), []).append(node)
            return out

        body: dict[str, Any] = {
            "sourcedId": id_,
            "CFDocument": package["CFDocument"],
            "structuredContent": groups(None, frozenset()),
        }
        fields = request.query.get("fields")
        if fields:
            wanted = {f.strip() for f in fields.split(",")}
            body = {k: v for k, v in body.items() if k in wanted}
        return Response.json({"CFPackageWithGroups": body})


def _node_id(node: Any) -> str | None:
    """The sourcedId (else identifier) a LinkURI of an association points to."""
    if not isinstance(node, dict):
        return None
    value = node.get("sourcedId") or node.get("identifier")
    return str(value) if value else None


def handlers(ctx: Context) -> dict[str, Handler]:
    c = Case(ctx)
    return {
        "uploadCFPackage": c.upload,
        "getAllCFDocuments": lambda r: Response.json({"CFDocuments": c.store.query(DOCS).items}),
        "getCFDocument": lambda r: c._one(DOCS, "CFDocument", r),
        "getAllCFItems": lambda r: Response.json({"CFItems": c.store.query(ITEMS).items}),
        "getCFItem": lambda r: c._one(ITEMS, "CFItem", r),
        "getCFAssociation": lambda r: c._one(ASSOCS, "CFAssociation", r),
        "getCFPackage": c.package,
        "getCFPackageWithGroups": c.package_with_groups,
    }
