"""Turn located YAML values into typed models, reporting every shape error.

The dataclasses in `models` are the schema: their fields say which keys are
allowed, which are required (no default) and what type each holds. One generic
walker enforces that, so adding a field is a one-line change to a model.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any, Optional, TypeVar

from .models import Loc
from .problems import Problems
from .yamlsrc import LocatedDict, LocatedList

T = TypeVar("T")

_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        return "a list"
    if origin is dict or dataclasses.is_dataclass(tp):
        return "a mapping"
    return _TYPE_NAMES.get(tp, getattr(tp, "__name__", str(tp)))


def _what(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return f"{type(value).__name__} {value!r}"[:60]


def _nearest(key: str, allowed: list[str]) -> str:
    import difflib

    match = difflib.get_close_matches(key, allowed, n=1)
    return f" (did you mean '{match[0]}'?)" if match else ""


def convert(tp: Any, value: Any, file: str, line: int, where: str, problems: Problems) -> Any:
    """Check `value` against type `tp`; return the converted value or None."""
    if typing.get_origin(tp) is typing.Union:  # Optional[X]
        inner = [arg for arg in typing.get_args(tp) if arg is not type(None)][0]
        return None if value is None else convert(inner, value, file, line, where, problems)
    if dataclasses.is_dataclass(tp):
        return build(tp, value, file, line, where, problems)
    origin = typing.get_origin(tp)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(value, list):
            problems.add(file, line, f"{where} must be a list, not {_what(value)}")
            return None
        lines = value.item_lines if isinstance(value, LocatedList) else [line] * len(value)
        items = [convert(item_tp, item, file, item_line, f"{where}[{i + 1}]", problems)
                 for i, (item, item_line) in enumerate(zip(value, lines))]
        return [item for item in items if item is not None]
    if origin is dict:
        _, value_tp = typing.get_args(tp)
        if not isinstance(value, dict):
            problems.add(file, line, f"{where} must be a mapping, not {_what(value)}")
            return None
        result = {}
        for key, item in value.items():
            item_line = value.value_lines.get(key, line) if isinstance(value, LocatedDict) else line
            converted = convert(value_tp, item, file, item_line, f"{where}.{key}", problems)
            if converted is not None:
                result[str(key)] = converted
        return result
    ok = {
        str: lambda v: isinstance(v, str),
        int: lambda v: isinstance(v, int) and not isinstance(v, bool),
        float: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        bool: lambda v: isinstance(v, bool),
    }[tp](value)
    if not ok:
        problems.add(file, line, f"{where} must be {_describe(tp)}, not {_what(value)}")
        return None
    if tp is str and not value.strip():
        problems.add(file, line, f"{where} must not be empty")
        return None
    return value


def build(cls: type[T], value: Any, file: str, line: int, where: str, problems: Problems) -> Optional[T]:
    """Build dataclass `cls` from a mapping; unknown, missing and mistyped keys are problems."""
    if not isinstance(value, dict):
        problems.add(file, line, f"{where} must be a mapping, not {_what(value)}")
        return None
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if f.name != "loc"]
    allowed = [f.name for f in fields]
    key_lines = value.key_lines if isinstance(value, LocatedDict) else {}
    value_lines = value.value_lines if isinstance(value, LocatedDict) else {}
    own_line = getattr(value, "line", line)
    for key in value:
        if key not in allowed:
            problems.add(file, key_lines.get(key, own_line),
                         f"unknown key '{key}' in {where}{_nearest(key, allowed)}; allowed: {', '.join(allowed)}")
    kwargs: dict[str, Any] = {}
    complete = True
    for f in fields:
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if f.name not in value:
            if required:
                problems.add(file, own_line, f"{where} is missing required key '{f.name}'")
                complete = False
            continue
        converted = convert(hints[f.name], value[f.name], file, value_lines.get(f.name, own_line),
                            f"{where}.{f.name}", problems)
        if converted is None and required:
            complete = False
        elif converted is not None:
            kwargs[f.name] = converted
    if not complete:
        return None
    obj = cls(**kwargs)
    items = {k: v.item_lines for k, v in value.items() if isinstance(v, LocatedList)}
    entries = {k: v.key_lines for k, v in value.items() if isinstance(v, LocatedDict)}
    obj.loc = Loc(file, own_line, dict(value_lines), items, entries)  # type: ignore[attr-defined]
    return obj
