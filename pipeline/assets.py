"""Static assets copied into the generated docs: theme JS/CSS, Pyodide, the scorer bundle."""

from __future__ import annotations

import hashlib
import io
import shutil
import zipfile
from pathlib import Path

# The Pyodide boot files the Practice page needs (npm package `pyodide`).
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
PYODIDE_PACKAGE = Path("node_modules/pyodide")
# A fixed timestamp keeps the bundle's bytes, and so its hashed name, reproducible.
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


class AssetError(Exception):
    """A required asset is missing; the message says how to get it."""


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write only when the bytes differ, so live reload sees only real changes."""
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def copy_if_changed(source: Path, target: Path) -> None:
    if target.is_file():
        a, b = source.stat(), target.stat()
        if a.st_size == b.st_size and a.st_mtime_ns == b.st_mtime_ns:
            return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def copy_tree(source: Path, target: Path) -> None:
    for path in sorted(source.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            copy_if_changed(path, target / path.relative_to(source))


def copy_pyodide(repo: Path, target: Path) -> None:
    package = repo / PYODIDE_PACKAGE
    missing = [name for name in PYODIDE_FILES if not (package / name).is_file()]
    if missing:
        raise AssetError(f"Pyodide runtime missing in {PYODIDE_PACKAGE} ({', '.join(missing)}); run `make setup` (npm ci)")
    for name in PYODIDE_FILES:
        copy_if_changed(package / name, target / name)


# Modules that only the command line and the development tools use: the browser never imports them.
NOT_FOR_BROWSER = frozenset({"__main__.py", "cli.py", "evaluate.py", "train.py", "corpus.py", "metamorphic.py"})


def scorer_zip(package_dir: Path) -> bytes:
    """The scorer package as a reproducible zip: the browser's modules and data, no caches, docs or tools."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(package_dir.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".md"):
                continue
            if path.parent == package_dir and path.name in NOT_FOR_BROWSER:
                continue
            info = zipfile.ZipInfo(f"{package_dir.name}/{path.relative_to(package_dir).as_posix()}", _ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def write_scorer_bundle(package_dir: Path, target_dir: Path) -> str:
    """Write scorer-<hash>.zip into target_dir (removing stale ones); return its file name."""
    data = scorer_zip(package_dir)
    name = f"scorer-{hashlib.sha256(data).hexdigest()[:12]}.zip"
    target_dir.mkdir(parents=True, exist_ok=True)
    for stale in target_dir.glob("scorer-*.zip"):
        if stale.name != name:
            stale.unlink()
    write_if_changed(target_dir / name, data)
    return name
