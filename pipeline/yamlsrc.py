"""Load YAML while keeping the line of every mapping, key and list item.

PyYAML's composer gives nodes with marks; we turn them into plain Python values
whose containers remember where each child came from, so a validator can say
"file:line" for any field, including one that is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .problems import Problems


class LocatedDict(dict):
    """A dict that knows its own line and the line of each key and value."""

    line: int
    key_lines: dict[str, int]
    value_lines: dict[str, int]


class LocatedList(list):
    """A list that knows its own line and the line of each item."""

    line: int
    item_lines: list[int]


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _construct(node: yaml.Node, file: str, problems: Problems) -> Any:
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.line, result.key_lines, result.value_lines = line_of(node), {}, {}
        for key_node, value_node in node.value:
            key = _construct(key_node, file, problems)
            if not isinstance(key, str):
                problems.add(file, line_of(key_node), f"key {key!r} must be text")
                key = str(key)
            if key in result:
                problems.add(file, line_of(key_node), f"duplicate key '{key}'")
            result[key] = _construct(value_node, file, problems)
            result.key_lines[key] = line_of(key_node)
            result.value_lines[key] = line_of(value_node)
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(_construct(item, file, problems) for item in node.value)
        result.line, result.item_lines = line_of(node), [line_of(item) for item in node.value]
        return result
    # Scalars: let SafeLoader resolve ints, bools, nulls and strings as usual.
    return yaml.SafeLoader.construct_object(_SCALAR_LOADER, node, deep=True)


_SCALAR_LOADER = yaml.SafeLoader("")
# libyaml's parser keeps the same node marks and is several times faster.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(path: Path, display: str, problems: Problems) -> Any:
    """Parse one YAML file; syntax errors become located problems and None."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        problems.add(display, 1, f"not UTF-8 text ({error.reason} at byte {error.start})")
        return None
    try:
        node = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        problems.add(display, line, f"YAML syntax error: {error.problem or error}")
        return None
    if node is None:
        problems.add(display, 1, "the file is empty")
        return None
    return _construct(node, display, problems)
