"""How problems are shown to a person: one located line each, then a count."""

from __future__ import annotations

import sys

from .problems import Problems


def print_problems(problems: Problems, stream=sys.stderr) -> None:
    items = problems.sorted()
    for problem in items:
        print(f"{problem}", file=stream)
    print(f"{len(items)} content error{'s' if len(items) != 1 else ''}; nothing was built.", file=stream)


def print_warnings(problems: Problems, stream=sys.stderr) -> None:
    items = problems.sorted_warnings()
    for problem in items:
        print(f"{problem.file}:{problem.line}: warning: {problem.message}", file=stream)
    if items:
        print(f"{len(items)} content warning{'s' if len(items) != 1 else ''} (not yet errors).", file=stream)
