"""Command line: python -m scorer [--lp ID] [--initiative] [--json] [FILE].

Every failure is one line on standard error and exit status 2; a traceback
would only tell the user that the tool is broken. When the reader of the
output goes away (`| head`), the command stops quietly, as Unix tools do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence, TextIO

from . import rubric
from .engine import score

EXIT_USAGE = 2
EXIT_CLOSED_PIPE = 128 + 13  # what a tool killed by SIGPIPE reports
BAR_WIDTH = 20


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, never the usage block
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m scorer", description="Score a STAR answer like a Bar Raiser.")
    p.add_argument("--lp", metavar="ID", help="principle id, e.g. customer-obsession")
    p.add_argument("--initiative", action="store_true",
                   help="the question's premise is self-initiation: any assigned work auto-fails")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("file", nargs="?", default="-", help="answer file (default: standard input)")
    return p


def _read(path: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{'standard input' if path == '-' else path} is not UTF-8 text") from None


def _bar(score: int, maximum: int) -> str:
    filled = round(BAR_WIDTH * score / maximum) if maximum else 0
    return "#" * filled + "." * (BAR_WIDTH - filled)


def render(result: dict, out: TextIO) -> None:
    """The human-readable table."""
    w = out.write
    w("Dimension               Score  \n")
    for dim in rubric.DIMENSIONS:
        d = result["dimensions"][dim.id]
        w(f"{dim.title:<22} {d['score']:>3}/{d['max']:<3} {_bar(d['score'], d['max'])}\n")
    w(f"{'Total':<22} {result['total']:>3}/{rubric.TOTAL_MAX:<3}\n")
    w(f"Band: {result['band']}{'  (AUTO-FAIL)' if result['auto_fail'] else ''}\n")
    w(f"Words: {result['word_count']}  Speaking time: ~{result['speaking_seconds']} s\n")
    for note in result["notes"]:
        w(f"Note: {note}\n")
    if result["markers"]:
        w("\nMarkers\n")
        for m in result["markers"]:
            w(f"  [{m['kind']}] {m['id']} ({m['dimension']}) at {m['start']}-{m['end']}: \"{m['quote']}\"\n")
            w(f"      {m['message']}\n")
            if m["kind"] != "signal":
                w(f"      Fix: {m['fix']}\n")
    if result["followups"]:
        w("\nA Bar Raiser would ask next\n")
        for q in result["followups"]:
            w(f"  - {q}\n")
    fit = result["lp_fit"]
    if fit["lp"]:
        w(f"\nFit for {fit['title']}\n")
        for s in fit["shows"]:
            w(f"  + {s['label']}: \"{s['quote']}\"\n")
        for s in fit["lacks"]:
            w(f"  - {s['label']}: {s['hint']}\n")
    else:
        best = ", ".join(f"{b['title']} ({b['shows']}/{b['of']})" for b in fit["best_fit"])
        w(f"\nBest-fitting principles: {best}\n")


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = _parser().parse_args(argv)
        if args.lp is not None and args.lp not in rubric.PRINCIPLE_IDS:
            raise UsageError(f"unknown --lp {args.lp!r}; valid ids: {', '.join(rubric.PRINCIPLE_IDS)}")
        text = _read(args.file)
        if not text.strip():
            raise UsageError("the answer is empty")
        result = score(text, args.lp, args.initiative).to_dict()
    except UsageError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return EXIT_USAGE
    except ValueError as exc:
        sys.stderr.write(f"error: {' '.join(str(exc).split())}\n")
        return EXIT_USAGE
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        render(result, sys.stdout)
    sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
    return 0


def _discard_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor behind it
        pass


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        _discard_stdout()
        return EXIT_CLOSED_PIPE
