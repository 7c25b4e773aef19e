"""How generated models read what the platform really sends (copied by `make regen` to
`_timeback_gen/_runtime.py`; edit it here, never the copy).

Every model has two readers:

* `_from_dict_fast` (generated, straight-line): the document's shape exactly. It raises on the
  first deviation: a missing required key, another JSON type, an unlisted enum value, a date
  that does not parse.
* `build` (here, driven by the model's field table `_tb_fields()`): the tolerant reader. It
  keeps everything that came, converts what fits, and records each deviation as a `Drift`
  (a JSON path, a kind, what the document says, the JSON type that came; never the value).

`read(cls, data, sink)` tries the fast reader and falls back to `build` on a deviation, so a
document-valid body costs what it always did and a drifted one still reads. `dump` is the
other direction, for `to_dict()`: whatever a field holds (a model, a kept raw value, UNSET)
goes back to JSON without loss.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple, NoReturn

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FAST_ERRORS",
    "FLOAT",
    "INT",
    "NONE",
    "NO_EXTRAS",
    "STR",
    "UNSET",
    "UUID",
    "Const",
    "Drift",
    "Enum",
    "Field",
    "List",
    "Model",
    "NoExtras",
    "Union",
    "Unset",
    "as_dict",
    "build",
    "dump",
    "json_type",
    "read",
    "read_body",
]


class Unset:
    """The value of a property the body did not carry."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Copies and pickles give back the module's UNSET itself: models test `is UNSET`.
        return "UNSET"


UNSET: Unset = Unset()


class NoExtras(dict[str, Any]):
    """The `additional_properties` of a model parsed from a body with no unknown keys.

    One shared, empty, read-only dict instead of a new `{}` per parsed model (a page of 3,000
    users made about 21,000 of them, which the cyclic collector had to count and scan).
    `model[key] = value` gives the model its own dict first; adding to this one directly raises
    a TypeError that says so. Copies, deep copies and pickles are plain dicts.
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError(
            "this model was parsed without additional properties and shares one empty, read-only "
            "dict: set them with model[key] = value, or assign model.additional_properties = {...}"
        )

    __setitem__ = _refuse
    setdefault = _refuse
    __ior__ = _refuse

    def update(self, *args: Any, **kwargs: Any) -> None:
        if dict(*args, **kwargs):
            self._refuse()

    def copy(self) -> dict[str, Any]:
        return {}

    def __copy__(self) -> dict[str, Any]:
        return {}

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return {}

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[()]]:
        return (dict, ())


NO_EXTRAS = NoExtras()

# What the generated fast readers raise on a deviation (and `read` falls back on).
FAST_ERRORS = (KeyError, TypeError, ValueError, AttributeError, IndexError)


class Drift(NamedTuple):
    """One place where a body differs from its document.

    `path` is a JSON path with list positions as `[*]` (so a page of users reports one path);
    `kind` is missing | null | type | enum | format | single | status; `expected` is what the
    document says; `got` is the JSON type that came. No value is ever kept: bodies hold
    students' names and emails.
    """

    path: str
    kind: str
    expected: str
    got: str


def json_type(value: Any) -> str:
    """The JSON type name of a decoded value (`missing` for UNSET)."""
    if value is None:
        return "null"
    if value is UNSET:
        return "missing"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


Sink = list[Drift] | None
# A path is built only when a drift is recorded: (parent, segment) links from the root "$".
Path = tuple[Any, str] | str


def _render(path: Path) -> str:
    parts: list[str] = []
    while isinstance(path, tuple):
        path, segment = path
        parts.append(segment)
    parts.append(path)
    return "".join(reversed(parts))


def _record(sink: Sink, path: Path, kind: str, expected: str, value: Any) -> None:
    if sink is not None:
        sink.append(Drift(_render(path), kind, expected, json_type(value)))


class _Mismatch(TypeError):
    """Raised by `strict` on a deviation."""


def _mismatch() -> NoReturn:
    raise _Mismatch


# -- type descriptors (the field tables of the generated models are made of these) -----------


class Desc:
    """What the document says one value is."""

    __slots__ = ()
    expected = "any"

    def strict(self, value: Any) -> Any:
        """The value converted as the fast reader would; `_Mismatch` on any deviation."""
        return value

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        """The value converted where it fits, kept as it came where not; deviations recorded."""
        return value

    def accepts_none(self) -> bool:
        return False


class _Any(Desc):
    __slots__ = ()

    def accepts_none(self) -> bool:
        return True


class _Scalar(Desc):
    __slots__ = ("expected", "types")

    def __init__(self, expected: str, types: tuple[type, ...]) -> None:
        self.expected = expected
        self.types = types

    def fits(self, value: Any) -> bool:
        if isinstance(value, bool):
            return bool in self.types
        if self.types == (int,) and isinstance(value, float):
            return value.is_integer()  # JSON has one number type: 5.0 is an integer
        return isinstance(value, self.types)

    def strict(self, value: Any) -> Any:
        return value if self.fits(value) else _mismatch()

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        if not self.fits(value):
            _record(sink, path, "null" if value is None else "type", self.expected, value)
            if self.types == (bool,) and isinstance(value, str) and value in _BOOL_TEXT:
                # The documents spell booleans 'true'/'false' where the platform sends JSON
                # booleans (evidence overlays make the field a bool): read the text as one.
                return _BOOL_TEXT[value]
        return value


_BOOL_TEXT = {"true": True, "false": False}


class _None(Desc):
    __slots__ = ()
    expected = "null"

    def accepts_none(self) -> bool:
        return True

    def strict(self, value: Any) -> Any:
        return value if value is None else _mismatch()

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        if value is not None:
            _record(sink, path, "type", self.expected, value)
        return value


class _Format(Desc):
    """A string with a format the model converts (date-time, date, uuid)."""

    __slots__ = ("expected", "parse")

    def __init__(self, expected: str, parse: Callable[[str], Any]) -> None:
        self.expected = expected
        self.parse = parse

    def strict(self, value: Any) -> Any:
        if type(value) is not str:
            _mismatch()
        try:
            return self.parse(value)
        except ValueError:
            _mismatch()

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        if isinstance(value, str):
            try:
                return self.parse(value)
            except ValueError:
                _record(sink, path, "format", self.expected, value)
                return value
        _record(sink, path, "null" if value is None else "type", self.expected, value)
        return value


class Enum(Desc):
    """A listed value; an unlisted one is kept as it came (response enums are open)."""

    __slots__ = ("check", "expected")

    def __init__(self, check: Callable[[Any], Any], name: str) -> None:
        self.check = check
        self.expected = f"enum {name}"

    def strict(self, value: Any) -> Any:
        try:
            return self.check(value)
        except TypeError:
            _mismatch()

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        try:
            return self.check(value)
        except TypeError:
            if value is None:
                kind = "null"
            elif isinstance(value, str):
                kind = "enum"
            else:
                kind = "type"
            _record(sink, path, kind, self.expected, value)
            return value


class Const(Desc):
    __slots__ = ("expected", "value")

    def __init__(self, value: Any) -> None:
        self.value = value
        self.expected = f"const {value!r}"[:80]

    def strict(self, value: Any) -> Any:
        return value if value == self.value else _mismatch()

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        if value != self.value:
            kind = "null" if value is None else ("enum" if isinstance(value, str) else "type")
            _record(sink, path, kind, self.expected, value)
        return value


class Model(Desc):
    """A nested object of a generated model class."""

    __slots__ = ("cls", "expected")

    def __init__(self, cls: Any) -> None:
        self.cls = cls
        self.expected = f"object {cls.__name__}"

    def strict(self, value: Any) -> Any:
        if type(value) is not dict:
            _mismatch()
        return self.cls._from_dict_fast(value)

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        if isinstance(value, Mapping):
            # Only the objects that drift take the slow reader: the others of a drifted page
            # (and the nested objects of a drifted one) are read at the fast reader's speed.
            if type(value) is dict:
                try:
                    return self.cls._from_dict_fast(value)
                except FAST_ERRORS:
                    pass
            return build(self.cls, value, sink, path)
        _record(sink, path, "null" if value is None else "type", self.expected, value)
        return value


class List(Desc):
    """An array; one item where the array was promised is read as a one-element list (XML
    turned into JSON gives a lone child element as the element itself)."""

    __slots__ = ("expected", "item")

    def __init__(self, item: Desc) -> None:
        self.item = item
        self.expected = f"array of {item.expected}"

    def strict(self, value: Any) -> Any:
        if type(value) is not list:
            _mismatch()
        item = self.item
        if type(item) is _Any:
            return value
        if isinstance(item, _Scalar | _None):
            for element in value:
                item.strict(element)
            return value
        return [item.strict(element) for element in value]

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        item = self.item
        if isinstance(value, list):
            inner = (path, "[*]")
            if isinstance(item, _Scalar | _None | _Any):
                for element in value:
                    item.conform(element, sink, inner)
                return value
            return [item.conform(element, sink, inner) for element in value]
        if value is not None and _looks_like(item, value):
            _record(sink, path, "single", "array", value)
            return [item.conform(value, sink, (path, "[*]"))]
        _record(sink, path, "null" if value is None else "type", self.expected, value)
        return value


def _looks_like(desc: Desc, value: Any) -> bool:
    """Whether a lone value is of the JSON type of an array's items."""
    if isinstance(desc, Model):
        return isinstance(value, Mapping)
    if isinstance(desc, List):
        return False
    if isinstance(desc, Union):
        return any(_looks_like(alt, value) for alt in desc.alts)
    if isinstance(desc, _Any):
        return not isinstance(value, list)
    if isinstance(desc, _Scalar):
        return desc.fits(value)
    return isinstance(value, str | int | float | bool)


class Union(Desc):
    """One of several shapes: the first that fits as the document says wins, as in the stock
    generator (alternatives that convert first, in order, then plain values)."""

    __slots__ = ("alts", "expected", "nullable", "plain")

    def __init__(self, alts: tuple[Desc, ...]) -> None:
        self.nullable = any(isinstance(a, _None | _Any) for a in alts)
        self.plain = tuple(a for a in alts if isinstance(a, _Scalar | _None | _Any))
        converting = tuple(a for a in alts if not isinstance(a, _Scalar | _None | _Any))
        self.alts = converting + self.plain
        self.expected = " | ".join(a.expected for a in alts)

    def accepts_none(self) -> bool:
        return self.nullable

    def strict(self, value: Any) -> Any:
        if value is None and self.nullable:
            return None
        for alt in self.alts:
            try:
                return alt.strict(value)
            except FAST_ERRORS:
                continue
        _mismatch()

    def conform(self, value: Any, sink: Sink, path: Path) -> Any:
        if value is None:
            if not self.nullable:
                _record(sink, path, "null", self.expected, value)
            return None
        try:
            return self.strict(value)
        except FAST_ERRORS:
            pass
        # Nothing fits exactly: read it as the alternative of its JSON type that deviates least.
        best: tuple[int, Any, list[Drift]] | None = None
        for alt in self.alts:
            if not _same_json_type(alt, value):
                continue
            trial: list[Drift] = []
            converted = alt.conform(value, trial, path)
            if best is None or len(trial) < best[0]:
                best = (len(trial), converted, trial)
        if best is None:
            _record(sink, path, "type", self.expected, value)
            return value
        if sink is not None:
            sink.extend(best[2])
        return best[1]


def _same_json_type(desc: Desc, value: Any) -> bool:
    if isinstance(desc, Model):
        return isinstance(value, Mapping)
    if isinstance(desc, List):
        return isinstance(value, list) or (value is not None and _looks_like(desc.item, value))
    if isinstance(desc, Enum | _Format):
        return isinstance(value, str)
    return False


ANY: Desc = _Any()
NONE: Desc = _None()
STR: Desc = _Scalar("string", (str,))
INT: Desc = _Scalar("integer", (int,))
FLOAT: Desc = _Scalar("number", (int, float))
BOOL: Desc = _Scalar("boolean", (bool,))
DATETIME: Desc = _Format("date-time", datetime.datetime.fromisoformat)
DATE: Desc = _Format("date", datetime.date.fromisoformat)
UUID: Desc = _Format("uuid", uuid.UUID)


class Field(NamedTuple):
    """One property of a model: its JSON key, attribute, whether the document requires it."""

    key: str
    name: str
    required: bool
    desc: Desc


class Table(NamedTuple):
    """A model's field table: its properties, what unknown keys hold, its known keys."""

    fields: tuple[Field, ...]
    extras: Desc | None  # None: the model keeps no unknown keys (a bare attrs class)
    known: frozenset[str]


def table(fields: tuple[Field, ...], extras: Desc | None) -> Table:
    return Table(fields, extras, frozenset(f.key for f in fields))


# -- reading ---------------------------------------------------------------------------------


def as_dict(value: Any) -> dict[str, Any]:
    """A mapping as a dict for the fast reader; TypeError for anything else (`dict("")` would
    quietly make an empty one of a string)."""
    if not isinstance(value, Mapping):
        raise TypeError(f"a JSON object was expected, not {json_type(value)}")
    return dict(value)


def read(cls: Any, data: Any, sink: Sink = None) -> Any:
    """A model of class `cls` from a decoded JSON object, whatever shape it came in.

    Raises TypeError only when `data` is not an object at all (nothing to make a model of).
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__} is read from a JSON object, not {json_type(data)}")
    try:
        return cls._from_dict_fast(data)
    except FAST_ERRORS:
        return build(cls, data, sink, "$")


def read_body(desc: Model, data: dict[str, Any], sink: Sink) -> Any:
    """A decoded response body of model `desc`, which the caller owns and drops afterwards.

    The same result as `read`, but the items of the body's lists of models (a page of 3,000
    users) are read in place: each decoded item is replaced by its model and freed at once, so
    a page is never held twice, decoded and as models, and the collector has about half as much
    to scan while the models are built. Items are read like any nested object (fast reader,
    the tolerant one on drift, paths `$.<key>[*]...`).
    """
    taken: list[tuple[str, str, Desc, list[Any]]] = []
    for key, name, item in _item_lists(desc.cls):
        value = data.get(key)
        if type(value) is list and value:
            data[key] = []
            taken.append((key, name, item, value))
    try:
        obj = desc.cls._from_dict_fast(data)
    except FAST_ERRORS:
        obj = build(desc.cls, data, sink, "$")
    for key, name, item, value in taken:
        item_path = (("$", f".{key}"), "[*]")
        for i, element in enumerate(value):
            value[i] = item.conform(element, sink, item_path)
        object.__setattr__(obj, name, value)
    return obj


_ITEM_LISTS: dict[type, tuple[tuple[str, str, Desc], ...]] = {}


def _item_lists(cls: Any) -> tuple[tuple[str, str, Desc], ...]:
    """(key, attribute, item descriptor) of each field of `cls` that is a list of models."""
    found = _ITEM_LISTS.get(cls)
    if found is None:
        found = _ITEM_LISTS[cls] = tuple(
            (f.key, f.name, f.desc.item)
            for f in cls._tb_table().fields
            if isinstance(f.desc, List) and isinstance(f.desc.item, Model)
        )
    return found


def build(cls: Any, data: Mapping[str, Any], sink: Sink, path: Path) -> Any:
    """The tolerant reader: every key kept, what fits converted, deviations recorded."""
    spec: Table = cls._tb_table()
    values: dict[str, Any] = {}
    for key, name, required, desc in spec.fields:
        if key in data:
            value = data[key]
            where = (path, f".{key}")
            if value is None and not desc.accepts_none():
                _record(sink, where, "null", desc.expected, value)
                values[name] = None
            else:
                values[name] = desc.conform(value, sink, where)
        else:
            if required:
                _record(sink, (path, f".{key}"), "missing", desc.expected, UNSET)
            values[name] = UNSET
    rest = {k: v for k, v in data.items() if k not in spec.known}
    extras_desc = spec.extras
    if extras_desc is not None and type(extras_desc) is not _Any:
        rest = {k: extras_desc.conform(v, sink, (path, ".*")) for k, v in rest.items()}
    if "_tb_table" in cls.__dict__:  # the generated class itself
        obj = object.__new__(cls)
        for name, value in values.items():
            object.__setattr__(obj, name, value)
    else:  # a subclass: its own __init__ may do more
        obj = cls(**values)
    if extras_desc is not None:
        object.__setattr__(obj, "additional_properties", rest if rest else NO_EXTRAS)
    elif rest:
        # A class generated without additional_properties cannot hold them: say what was kept out.
        for key in rest:
            _record(sink, (path, f".{key}"), "type", "no such property", rest[key])
    return obj


# -- writing ---------------------------------------------------------------------------------


def dump(value: Any) -> Any:
    """A field's value as JSON data: models by `to_dict()`, dates by ISO text, the rest as is."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, list):
        return [dump(v) for v in value]
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict) and value:
        return {k: dump(v) for k, v in value.items()}
    return value
