"""Lemmas: every inflection and British spelling read as one American lemma.

The table in data/lemmas.tsv is generated from the pinned simplemma English
dictionary by tools/make_lemmas.py, kept to the forms of the lemmas the
scorer's vocabulary, rules and principle signals use (the full table is 97,000
entries; parsing it would add a tenth of a second to every browser boot). A
word the table lacks is read as itself, after the few regular endings below.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).resolve().parent / "data" / "lemmas.tsv"

# Contractions split by the tokenizer, read as the word they stand for.
CONTRACTIONS = {"n't": "not", "'ve": "have", "'ll": "will", "'m": "be", "'re": "be", "ca": "can", "wo": "will"}


def _load() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, _, lemma = line.partition("\t")
            table[form] = lemma
    return table


FORMS: dict[str, str] = _load()
KNOWN: frozenset[str] = frozenset(FORMS.values())


def _regular(word: str) -> str | None:
    """A regular ending stripped, when what is left is a lemma the table knows."""
    for suffix, replacements in (("ies", ("y",)), ("ied", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")),
                                 ("es", ("", "e")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            for tail in replacements:
                if stem + tail in KNOWN:
                    return stem + tail
                if stem + tail in FORMS:  # a British lemma: "analyses" → "analyse" → "analyze"
                    return FORMS[stem + tail]
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in KNOWN:
                return stem[:-1]  # "mapped" → "map"
    return None


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """The lemma of a lower-cased word."""
    if word in CONTRACTIONS:
        return CONTRACTIONS[word]
    found = FORMS.get(word)
    if found is not None:
        return found
    if word.endswith("'s"):
        return lemma(word[:-2])
    return _regular(word) or word


def is_inflected(word: str) -> bool:
    """Whether the word is a past or -ing form (it carries tense, so it can be a clause's verb)."""
    return word.endswith(("ed", "ing")) or (word in FORMS and FORMS[word] != word and not word.endswith("s"))
