"""One pass over the answer that finds every phrase and anchored pattern.

Python's `re` tries a pattern at every position, so a separate `finditer` per
rule, cue and principle signal costs a full pass each. Instead, every phrase
list shares one trie-shaped pattern, and every free pattern whose matches can
only begin at a known token (shape.py) is tried only where that token stands.
The pass records, for each phrase list and pattern, where it matches at each
position; the callers replay `finditer`'s own left-to-right, non-overlapping
walk over those positions, so each result is the one the compiled rule,
cue or signal would have given. Patterns whose start cannot be pinned down
run in full, and only when the words they require are present.
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from . import star_cues
from .lp_signals import SIGNALS
from .patterns import FLAGS, phrase_source, trie_source
from .rules import RULES
from .shape import COMMON, DIGIT, TOKEN_CHAR, Shape, shape

# Initial letters of English words, most frequent first: the trie tries them in order.
_LETTER_ORDER = "tasowihbcmfpdrlengyuvkjqz"


# --- phrase lists --------------------------------------------------------

def _members(phrases: Iterable[str]) -> tuple[str, ...]:
    """A list's phrases, with single spaces, in the order its alternation tries them."""
    unique = sorted({p.strip().lower() for p in phrases}, key=lambda p: (-len(p), p))
    return tuple(" ".join(p.lower().split()) for p in unique)


class _Phrases:
    """Every registered phrase list."""

    def __init__(self) -> None:
        self.lists: list[tuple[str, ...]] = []
        self._ids: dict[tuple[str, ...], int] = {}

    def register(self, phrases: Iterable[str]) -> int | None:
        """The list's id; None for an empty list, which the index does not serve."""
        members = _members(phrases)
        if not members:
            return None
        if "" in members:
            raise ValueError("empty phrase")
        if members not in self._ids:
            self._ids[members] = len(self.lists)
            self.lists.append(members)
        return self._ids[members]

    def table(self, others: Iterable[str]) -> dict[str, tuple[tuple[int, int], ...]]:
        """Longest entry at a position (a phrase or one of `others`) -> (list id, length)
        of each list's match there.

        A phrase matches wherever a longer entry does exactly when it is a
        prefix of it that ends before a non-word character, so the longest
        entry at a position decides every list's match there.
        """
        rank: dict[str, list[tuple[int, int]]] = {}
        for lid, members in enumerate(self.lists):
            for r, phrase in enumerate(members):
                rank.setdefault(phrase, []).append((lid, r))
        table = {}
        for longest in {*rank, *others}:
            best: dict[int, tuple[int, str]] = {}
            for k in _boundaries(longest):
                for lid, r in rank.get(longest[:k], ()):
                    if lid not in best or r < best[lid][0]:
                        best[lid] = (r, longest[:k])
            table[longest] = tuple((lid, len(p)) for lid, (_r, p) in sorted(best.items()))
        return table


class _Pattern(NamedTuple):
    regex: re.Pattern[str]
    shape: Shape


class _Patterns:
    """Every registered free pattern."""

    def __init__(self) -> None:
        self.items: list[_Pattern] = []
        self._ids: dict[str, int] = {}

    def register(self, source: str) -> int:
        if source not in self._ids:
            self._ids[source] = len(self.items)
            self.items.append(_Pattern(re.compile(source, FLAGS), shape(source)))
        return self._ids[source]


# --- the data ------------------------------------------------------------

PHRASES = _Phrases()
PATTERNS = _Patterns()

RULE_PHRASES: dict[str, int | None] = {r.id: PHRASES.register(r.phrases) for r in RULES if r.phrases}
RULE_PATTERNS: dict[str, tuple[int, ...]] = {
    r.id: tuple(PATTERNS.register(s) for s in r.patterns) for r in RULES
}
CUE_PHRASES: dict[str, int | None] = {
    label: PHRASES.register(phrases) for label, (_w, phrases) in star_cues.PHRASE_CUES.items()
}
CUE_PATTERNS: dict[str, tuple[int, ...]] = {
    label: tuple(PATTERNS.register(s) for s in sources)
    for label, (_w, sources) in star_cues.PATTERN_CUES.items()
}
SIGNAL_PHRASES: dict[tuple[str, str], int | None] = {
    (lp, sig.id): PHRASES.register(sig.phrases)
    for lp, sigs in SIGNALS.items() for sig in sigs if sig.phrases
}
_RULE_PIDS = frozenset(pid for pids in RULE_PATTERNS.values() for pid in pids)


def _selective(factors: Iterable[frozenset[str]]) -> tuple[frozenset[str], ...]:
    return tuple(f for f in factors if not f & COMMON)


class CharClass(NamedTuple):
    """Where a pattern's first character can be: a class, and its ASCII-only spelling."""

    unicode: re.Pattern[str]
    ascii: re.Pattern[str] | None


_CHAR_CLASSES: dict[str, CharClass] = {}


def char_class(sh: Shape) -> CharClass | None:
    if sh.first_chars is None:
        return None
    if sh.first_chars not in _CHAR_CLASSES:
        ascii_only = re.compile(sh.first_chars_ascii, FLAGS) if sh.first_chars_ascii else None
        _CHAR_CLASSES[sh.first_chars] = CharClass(re.compile(sh.first_chars, FLAGS), ascii_only)
    return _CHAR_CLASSES[sh.first_chars]


class _Global(NamedTuple):
    factors: tuple[frozenset[str], ...]  # the answer must hold a word of each
    chars: CharClass | None  # where to try the pattern; None: try it everywhere
    everywhere: re.Pattern[str] | None  # the pattern in a lookahead, for every match position


def _global(pattern: _Pattern) -> _Global | None:
    """How to run a rule pattern that is not anchored to a token; None: run its rule in full."""
    sh = pattern.shape
    if not sh.plain or sh.may_be_empty:
        return None
    factors = _selective(sh.factors)
    chars = char_class(sh)
    if chars is not None and not any(chars.unicode.match(ch) for ch in "abcdefghijklmnopqrstuvwxyz"):
        return _Global(factors, chars, None)  # rare characters, such as digits
    return _Global(factors, None, re.compile(f"(?=({pattern.regex.pattern}))", FLAGS))


GLOBALS: dict[int, _Global | None] = {
    pid: _global(PATTERNS.items[pid]) for pid in sorted(_RULE_PIDS) if PATTERNS.items[pid].shape.keys is None
}
# Anchored rule patterns are tried only when the words they require are present.
_ANCHORED_FACTORS: dict[int, tuple[frozenset[str], ...]] = {
    pid: _selective(PATTERNS.items[pid].shape.factors)
    for pid in sorted(_RULE_PIDS) if PATTERNS.items[pid].shape.keys is not None
}


def anchored_factors(pid: int) -> tuple[frozenset[str], ...]:
    return _ANCHORED_FACTORS[pid]


# --- the scanner -----------------------------------------------------------

def _by_key() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """Key -> anchored patterns whose matches may start with it; patterns for digit-led tokens."""
    table: dict = {}
    for pid, pattern in enumerate(PATTERNS.items):
        for key in pattern.shape.keys or ():
            text = key if key == DIGIT or isinstance(key, str) else key[1]
            table.setdefault(text, set()).add(pid)
    digit = tuple(sorted(table.pop(DIGIT, ())))
    return {k: tuple(sorted(v)) for k, v in table.items()}, digit


_BY_KEY, _DIGIT_PIDS = _by_key()
_SYMBOLS = sorted(k for k in _BY_KEY if not TOKEN_CHAR.match(k))


def _boundaries(text: str) -> Iterable[int]:
    """Lengths of the prefixes of an entry that end before a non-token character."""
    return (k for k in range(1, len(text) + 1) if k == len(text) or not TOKEN_CHAR.match(text[k]))


def _pids(longest: str) -> tuple[int, ...]:
    """Anchored patterns that may match where `longest` is the longest entry."""
    pids = set()
    for k in _boundaries(longest):
        pids.update(_BY_KEY.get(longest[:k], ()))
    if not TOKEN_CHAR.match(longest[0]):
        pids.update(_BY_KEY.get(longest[0], ()))
    if longest[0].isdecimal():
        pids.update(_DIGIT_PIDS)
    return tuple(sorted(pids))


_REQUIRED_WORDS = frozenset(
    [w for g in GLOBALS.values() if g for f in g.factors for w in f]
    + [w for factors in _ANCHORED_FACTORS.values() for f in factors for w in f]
)


def _entries() -> dict[str, tuple]:
    """Each string the scanner stops at -> (phrase matches, patterns to try, required word or None).

    The strings are every phrase, every key, and every word some pattern
    requires. Whatever matches at a position is a prefix of the longest of
    them there, so that one decides the phrase matches and the patterns to
    try; its first token is the token that stands there.
    """
    words = {k for k in _BY_KEY if TOKEN_CHAR.match(k)} | _REQUIRED_WORDS
    out = {}
    for longest, phrases in PHRASES.table(words).items():
        first = re.match(r"[\w']*", longest).group()
        out[longest] = (phrases, _pids(longest), first if first in _REQUIRED_WORDS else None)
    return out


ENTRIES = _entries()
_SYMBOL_PIDS = {sym: _BY_KEY[sym] for sym in _SYMBOLS}

# The scanner's classes, written out for answers that are plain ASCII, where
# `re` tests a bitmap instead of looking characters up in Unicode tables.
_UNICODE_CLASSES = {"word": r"\w", "digit": r"\d"}
_ASCII_CLASSES = {"word": "0-9A-Z_a-z", "digit": "0-9"}


def _master(classes: dict[str, str]) -> re.Pattern[str]:
    """The scanner, run over the answer with one leading space.

    It starts at the character before each token, so `re` skips the inside of
    words quickly, and stops only where an entry, a digit or a symbol key
    starts. Group 1 is the longest entry there (the boundary check after the
    trie makes `re` back off to a shorter entry when a longer one runs into a
    word); group 2 is set instead when only a digit or a symbol starts there.
    """
    w, d = classes["word"], classes["digit"]
    entries = f"{trie_source(ENTRIES, '', _LETTER_ORDER)}(?![{w}'])"
    others = (d if _DIGIT_PIDS else "") + "".join(re.escape(sym) for sym in _SYMBOLS)
    others = f"[{others}]()" if others else "(?!)()"
    return re.compile(f"[^{w}'-](?=((?:{entries}|{others})))[{w}']*", FLAGS)


class _Masters:
    """The scanner for ASCII answers, compiled at import, and the full one, compiled when first needed."""

    def __init__(self) -> None:
        self.ascii = _master(_ASCII_CLASSES)
        self._unicode: re.Pattern[str] | None = None

    def unicode(self) -> re.Pattern[str]:
        if self._unicode is None:
            self._unicode = _master(_UNICODE_CLASSES)
        return self._unicode


MASTERS = _Masters()
_PHRASE_REGEX: dict[str, re.Pattern[str]] = {}


def _phrase_end(norm: str, start: int, phrase: str) -> int:
    pattern = _PHRASE_REGEX.get(phrase)
    if pattern is None:
        pattern = _PHRASE_REGEX[phrase] = re.compile(phrase_source(phrase), FLAGS)
    return pattern.match(norm, start).end()


def _odd_spacing(norm: str, start: int, text: str) -> tuple:
    """The entry for a longest match written with unusual whitespace, with its own lengths."""
    longest = " ".join(text.split())
    phrases, pids, first = ENTRIES[longest]
    lengths = tuple((lid, _phrase_end(norm, start, longest[:n]) - start) for lid, n in phrases)
    return lengths, pids, first


class Found:
    """Everything the pass found in one answer."""

    __slots__ = ("norm", "ascii", "phrases", "candidates", "words", "_globals", "_positions")

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.ascii = norm.isascii()
        self.phrases: list[list[tuple[int, int]]] = [[] for _ in PHRASES.lists]
        self.candidates: list[list[int]] = [[] for _ in PATTERNS.items]
        self.words: set[str] = set()  # the required words the answer holds
        self._globals: dict[int, list[tuple[int, int]]] = {}
        self._positions: dict[CharClass, list[int]] = {}

    def phrase_hits(self, lid: int | None) -> list[tuple[int, int]] | None:
        """(start, end) of the list's match at every position it matches; None: not indexed."""
        return None if lid is None else self.phrases[lid]

    def present(self, factors: tuple[frozenset[str], ...]) -> bool:
        """Whether the answer holds a word of each set."""
        words = self.words
        return all(not words.isdisjoint(f) for f in factors)

    def positions(self, chars: CharClass) -> list[int]:
        """Every position of a character in the class."""
        found = self._positions.get(chars)
        if found is None:
            finder = chars.ascii if self.ascii and chars.ascii is not None else chars.unicode
            found = self._positions[chars] = [m.start() for m in finder.finditer(self.norm)]
        return found

    def anchored_hits(self, pid: int, factors: tuple[frozenset[str], ...]) -> list[tuple[int, int]]:
        """(start, end) of an anchored pattern's match at every position it matches."""
        starts = self.candidates[pid]
        if not starts or (factors and not self.present(factors)):
            return []
        norm, match = self.norm, PATTERNS.items[pid].regex.match
        return [(p, m.end()) for p in starts if (m := match(norm, p)) is not None]

    def global_hits(self, pid: int) -> list[tuple[int, int]]:
        """(start, end) of an unanchored pattern's match at every position it matches."""
        hits = self._globals.get(pid)
        if hits is None:
            hits = self._globals[pid] = self._global_hits(pid, GLOBALS[pid])
        return hits

    def _global_hits(self, pid: int, g: _Global) -> list[tuple[int, int]]:
        if not self.present(g.factors):
            return []
        norm = self.norm
        if g.chars is not None:
            match = PATTERNS.items[pid].regex.match
            return [(p, m.end()) for p in self.positions(g.chars) if (m := match(norm, p)) is not None]
        return [(m.start(), m.end(1)) for m in g.everywhere.finditer(norm)]


def scan(norm: str) -> Found:
    """Run the pass over a normalised answer."""
    found = Found(norm)
    phrases, candidates = found.phrases, found.candidates
    entries = ENTRIES
    words = []
    master = MASTERS.ascii if found.ascii else MASTERS.unicode()
    for m in master.finditer(" " + norm):
        start = m.start()
        text, other = m.groups()
        if other is None:
            entry = entries.get(text)
            if entry is None:
                entry = _odd_spacing(norm, start, text)
            found_phrases, pids, word = entry
            for lid, length in found_phrases:
                phrases[lid].append((start, start + length))
            if word is not None:
                words.append(word)
        else:  # no entry here, only a digit or a symbol key
            pids = _SYMBOL_PIDS.get(norm[start]) or _DIGIT_PIDS
        for pid in pids:
            candidates[pid].append(start)
    found.words = set(words)
    return found
