"""Detect runs of words shared with a reference text, without storing that text.

The seed page that inspired LP Coach is not ours to copy. We keep only hashes of
its ten-word runs, so a test can prove no sentence of our content repeats it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Iterable, Iterator

RUN = 10
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _WORD.findall(text)


def run_hashes(text: str, run: int = RUN) -> Iterator[tuple[str, str]]:
    """(hash, the run itself) for every run of `run` consecutive words."""
    tokens = words(text)
    for i in range(len(tokens) - run + 1):
        phrase = " ".join(tokens[i:i + run])
        yield hashlib.sha256(phrase.encode()).hexdigest()[:16], phrase


def shared_runs(text: str, reference_hashes: set[str]) -> list[str]:
    return [phrase for digest, phrase in run_hashes(text) if digest in reference_hashes]


def strings_in(value) -> Iterable[str]:
    """Every string inside nested dicts and lists (a YAML document)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
