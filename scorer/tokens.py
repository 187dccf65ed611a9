"""Tokens with offsets: words, numbers and the punctuation that ends clauses.

Tokenising runs on the normalised copy of the answer (text.normalise keeps
every offset), so a token's span is also a span of the text as given.
Contractions split the way speech does: "didn't" → "did" + "n't", "I'd" → "i" +
"'d", so present, past and contracted forms reach the same lemmas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lemmas import lemma

# A number (1,500 / 3.5 / 40% / $2.4m / 10x), a word with inner apostrophes or
# hyphens, or one punctuation mark that can end a clause or a unit.
_TOKEN = re.compile(
    r"(?P<num>[$£€¥]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent\b|per\s?cent\b|pp\b|k\b|m\b|bn\b|x\b))?)"
    r"|(?P<word>[^\W\d_](?:[\w]|['-](?=[^\W_]))*)"
    r"|(?P<punct>[.!?;:,()\"\n]|-(?=\s)|•)"
)
_SPLIT_CLITIC = re.compile(r"^(.+?)(n't|'d|'ll|'ve|'m|'re|'s)$")


@dataclass(frozen=True, slots=True)
class Token:
    text: str   # as normalised (lower case)
    lemma: str
    start: int
    end: int
    kind: str   # "word" | "num" | "punct"


def _words(form: str, start: int) -> list[Token]:
    m = _SPLIT_CLITIC.match(form) if "'" in form else None
    if not m or m.group(1) in ("let",):
        return [Token(form, lemma(form), start, start + len(form), "word")]
    head, clitic = m.group(1), m.group(2)
    if clitic == "n't" and head in ("ca", "wo", "do", "does", "did", "is", "are", "was", "were", "have", "has", "had",
                                     "could", "would", "should", "must", "need"):
        pass
    elif clitic == "n't":  # "cannot"-style forms the table already knows: keep whole
        return [Token(form, lemma(form), start, start + len(form), "word")]
    if clitic == "'s" and head not in ("it", "he", "she", "that", "there", "what", "who", "here", "let"):
        return [Token(form, lemma(head), start, start + len(form), "word")]  # a possessive
    cut = start + len(head)
    return [Token(head, lemma(head), start, cut, "word"),
            Token(clitic, lemma(clitic), cut, start + len(form), "word")]


def tokenize(norm: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(norm):
        kind = m.lastgroup
        if kind == "word":
            out.extend(_words(m.group(), m.start()))
        else:
            out.append(Token(m.group(), m.group(), m.start(), m.end(), kind))
    return out
