"""Text normalisation that never moves an offset.

Matching runs on a normalised copy of the answer. Every character maps to
exactly one character, so an index into the copy is the same index into the
text as given: curly quotes, odd spaces, dashes and letter case change what
matches, never where a marker points.
"""

from __future__ import annotations

import re

# Characters folded to a plain equivalent of the same length (one code point).
_FOLD = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u2028\u2029\u0085", "\n"),
    "\r": " ",
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "),
}

# Reported speech in double quotes belongs to someone else, not the candidate.
_QUOTED = re.compile(r'"[^"\n]{1,400}"')
_WORD = re.compile(r"[^\W_](?:[\w'-]*[^\W_])?")
# For plain ASCII text: letters and digits become "a", the other word
# characters "_", everything else a space. A word is then a run of "a" and
# "_" holding at least one "a", which is what `_WORD` finds one match in.
_WORD_BYTES = bytes(
    ord("a") if chr(i).isalnum() else ord("_") if chr(i) in "_'-" else ord(" ") if i < 128 else 0
    for i in range(256)
)


def _fold_char(ch: str) -> str:
    folded = _FOLD.get(ch)
    if folded is not None:
        return folded
    if ch != "\n" and ch.isspace():
        return " "
    lower = ch.lower()
    # A few letters lower-case to two code points; keep those as they are.
    return lower if len(lower) == 1 else ch


# Whitespace other than a line break becomes a plain space.
_SPACES = [c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n"]
_TABLE = str.maketrans({**{c: " " for c in _SPACES}, **_FOLD})


def normalise(text: str) -> str:
    """The matching copy of `text`: same length, same offsets."""
    lowered = text.lower()
    if len(lowered) == len(text):  # no letter grew: lower-case and fold in C
        folded = lowered.translate(_TABLE)
    else:
        folded = "".join(_fold_char(ch) for ch in text)
    assert len(folded) == len(text)
    return folded


def quoted_spans(norm: str) -> list[tuple[int, int]]:
    """Spans of text inside double quotes (another party's words)."""
    return [m.span() for m in _QUOTED.finditer(norm)]


def word_count(norm: str) -> int:
    if norm.isascii():
        return len(norm.encode("ascii").translate(_WORD_BYTES).replace(b"_", b"").split())
    return len(_WORD.findall(norm))
