"""The generation scripts: documents are parsed by content; aliases fit the generated models."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import aliases  # noqa: E402
import docformat  # noqa: E402
import regen  # noqa: E402

DOC = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {}}}
YAML_TEXT = "openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n  /x: {}\n"


@pytest.mark.parametrize(
    ("name", "text", "fmt"),
    [
        ("doc.json", YAML_TEXT, "yaml"),  # what the OneRoster URL serves, kept as a .json file
        ("doc.yaml", json.dumps(DOC), "json"),
        ("doc", "\ufeff" + json.dumps(DOC, indent=2), "json"),
        ("doc.json", "{openapi: 3.1.0, info: {title: t, version: '1'}, paths: {/x: {}}}", "yaml"),
    ],
)
def test_documents_are_parsed_by_content_not_suffix(
    tmp_path: Path, name: str, text: str, fmt: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert docformat.detect_format(text) == fmt
    assert docformat.load_document(path) == DOC
    assert regen.load_document(path) == DOC


def test_a_file_that_is_not_an_openapi_document_says_so(tmp_path: Path) -> None:
    html = tmp_path / "oneroster-api.json"
    html.write_text("<html><body>502 Bad Gateway</body></html>")
    with pytest.raises(docformat.DocumentError, match="not an OpenAPI document"):
        docformat.load_document(html)
    broken = tmp_path / "broken.yaml"
    broken.write_text("paths: [unclosed\n")
    with pytest.raises(docformat.DocumentError, match="neither JSON nor YAML"):
        docformat.load_document(broken)


def test_make_lock_keeps_one_line_per_document() -> None:
    text = (ROOT / "specs" / "sources.lock").read_text()
    assert regen.format_lock(json.loads(text)) == text


INIT = """from typing import TYPE_CHECKING, Any
from importlib import import_module

_MODULES = {"New": ".new", "Other": ".other"}
__all__ = ("New", "Other")


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(name)
    return f"{module}:{name}"
"""


def test_aliases_are_appended_and_resolve_to_the_new_name(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text(INIT)
    aliases.add_aliases(init, "api", {"Old": ("New", "renamed upstream")})
    namespace: dict[str, object] = {"__name__": "m"}
    exec(compile(init.read_text(), str(init), "exec"), namespace)
    assert namespace["__all__"] == ("New", "Other", "Old")
    getattr_ = namespace["__getattr__"]
    assert callable(getattr_)
    assert getattr_("Old") == ".new:New" and getattr_("Other") == ".other:Other"
    with pytest.raises(AttributeError):
        getattr_("Missing")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"Old": ("Gone", "r")}, "Gone is not a generated api model"),
        ({"Other": ("New", "r")}, "Other is a generated api model again"),
    ],
)
def test_an_alias_that_does_not_fit_stops_the_build(
    tmp_path: Path, table: dict[str, tuple[str, str]], message: str
) -> None:
    init = tmp_path / "__init__.py"
    init.write_text(INIT)
    with pytest.raises(aliases.AliasError, match=message):
        aliases.add_aliases(init, "api", table)
    assert init.read_text() == INIT


def test_an_alias_without_a_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text("oneroster:\n  Old: {to: New}\n")
    with pytest.raises(aliases.AliasError, match="reason"):
        aliases.load_aliases(path)
