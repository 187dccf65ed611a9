#!/usr/bin/env python3
"""LP Coach build: validate content, render pages, build the static site.

Validation includes the consistency gate: the scorer must agree with every
authored score (see pipeline/gate.py).

    python build.py check [--json]   validate content only
    python build.py build            validate, then build site/ (kept intact on failure)
    python build.py serve [--addr]   build and serve with live reload
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO))

from pipeline import site  # noqa: E402
from pipeline.assets import AssetError  # noqa: E402
from pipeline.content import load_and_gate, summary  # noqa: E402
from pipeline.quizshare import measure  # noqa: E402
from pipeline.report import print_problems, print_warnings  # noqa: E402


def check(as_json: bool, content_dir: Path) -> int:
    content = load_and_gate(content_dir)  # always the full gate: check is the authority
    if as_json:
        print(json.dumps(summary(content), indent=2, ensure_ascii=False))
        return 1 if content.problems else 0
    print(f"Quiz longest-option share: {measure(content.principles).describe()}.")
    print_warnings(content.problems)
    if content.problems:
        print_problems(content.problems)
    else:
        counts = summary(content)["principles"]
        print(f"Content OK: {len(counts)} principles, "
              f"{sum(p['examples'] for p in counts)} exercises, {sum(sum(p['quiz'].values()) for p in counts)} quiz questions.")
    return 1 if content.problems else 0


def build(layout: site.Layout, content_dir: Path) -> int:
    content = load_and_gate(content_dir, layout.work_dir / "gate-passed")
    if content.problems.warnings:
        print(f"{len(content.problems.sorted_warnings())} content warnings; `build.py check` lists them.", file=sys.stderr)
    if content.problems:
        print_problems(content.problems)
        return 1
    try:
        site.generate(layout, content)
    except AssetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    ok, output = site.build(layout)
    if not ok:
        print(output, file=sys.stderr)
        print("The site engine failed; site/ was left as it was.", file=sys.stderr)
        return 1
    print(f"Built {len(content.principles)} principles into {layout.site}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--content", type=Path, default=REPO / "content", help="content folder (default: content/)")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="validate all content without building")
    check_parser.add_argument("--json", action="store_true", help="print the machine-readable summary")
    build_parser = commands.add_parser("build", help="build the static site into site/")
    build_parser.add_argument("--site-dir", type=Path, help="where to put the site (default: site/)")
    build_parser.add_argument("--work-dir", type=Path, help="where to generate pages (default: build/)")
    serve_parser = commands.add_parser("serve", help="build and serve with live reload")
    serve_parser.add_argument("--addr", default="127.0.0.1:8000", help="host:port (default 127.0.0.1:8000)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.json, args.content)
    if args.command == "build":
        return build(site.Layout(REPO, args.work_dir, args.site_dir), args.content)
    from pipeline.serve import serve

    return serve(REPO, args.addr)


if __name__ == "__main__":
    sys.exit(main())
