"""What a free pattern's matches must start with, read from its parse tree.

The one-pass index (index.py) only tries a pattern where its match could
begin. Everything here over-approximates: an answer may list a token a
pattern never matches at, never the reverse. Whatever cannot be read with
certainty (back-references, flags, unbounded letter runs, an unfamiliar parse
tree) is reported as unknown, and the pattern is then run the ordinary way.
"""

from __future__ import annotations

import re
from typing import NamedTuple

try:  # the parser is internal to `re`; without it every pattern runs in full
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover
    _C = _P = None

# A token is a run of these characters; a match of a bounded pattern starts
# where the previous character is not one of them, or a hyphen.
TOKEN_CHAR = re.compile(r"[\w']")
_JOINER = re.compile(r"[\w'-]")
DIGIT = ("digit",)  # key: a token that starts with a decimal digit
# Words too frequent to tell much on their own: a key runs on past them.
COMMON = frozenset(
    "a an and are as at be been but by for from had has have he her his i in is it its "
    "my no not of on or our she so that the their them then there they this to up "
    "us was we were with you your".split()
)
_ALLOWED_FLAGS = re.UNICODE | re.VERBOSE
# Steps a walk may take: enough for the first words of a long verb list; a
# walk that needs more gives up (the answer is then "unknown" or "no key").
_STEP_LIMIT = 20_000
_LONG_KEY_STEPS = 4_000  # trying keys of several words
_FACTOR_STEPS = 1_000  # a required word set that takes longer is too large to be selective
_MAX_RANGE = 512
_MAX_REPEAT_COPIES = 8
_MAX_KEYS = 300


class Shape(NamedTuple):
    """What the index needs to know about one pattern."""

    keys: frozenset | None  # what a match starts with (see _Walker); None: anywhere
    factors: tuple[frozenset[str], ...]  # each: one of these tokens is in every match
    first_chars: str | None  # regex class of a match's first character
    first_chars_ascii: str | None  # the same class for ASCII text, without Unicode categories
    start_only: bool  # matches only at the start of the string searched
    may_be_empty: bool
    plain: bool  # no back-references and no flags of its own


class _Unknown(Exception):
    pass


def _sym(ch: str) -> tuple[str, str]:
    return ("sym", ch)


def _is_token_char(ch: str) -> bool:
    return TOKEN_CHAR.match(ch) is not None


def _set_chars(items) -> tuple[list[str], bool, bool]:
    """(explicit characters, has \\s, has \\d) of a character set; raise when open-ended."""
    chars: list[str] = []
    space = digit = False
    for op, av in items:
        if op is _C.LITERAL:
            chars.append(chr(av))
        elif op is _C.RANGE:
            lo, hi = av
            if hi - lo > _MAX_RANGE:
                raise _Unknown
            chars.extend(map(chr, range(lo, hi + 1)))
        elif op is _C.CATEGORY and av is _C.CATEGORY_SPACE:
            space = True
        elif op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
            digit = True
        else:
            raise _Unknown
    return chars, space, digit


def _covers(items, needed: str) -> bool:
    """Whether a single-character set holds every word character and `needed`."""
    if len(items) != 1 or items[0][0] is not _C.IN:
        return False
    members = items[0][1]
    has_word = any(op is _C.CATEGORY and av is _C.CATEGORY_WORD for op, av in members)
    literal = {chr(av) for op, av in members if op is _C.LITERAL}
    return has_word and all(ch in literal for ch in needed)


class _Walker:
    """Enumerates how every path through a parse tree can begin.

    A key is the literal text a match must start with: up to `max_words`
    tokens separated by single spaces, ending where the pattern guarantees a
    non-token character follows (so a trie entry ending in a word boundary
    finds it). A match may also start with a digit (DIGIT) or a symbol.
    """

    def __init__(self, max_words: int = 1, step_limit: int = _STEP_LIMIT) -> None:
        self.steps = 0
        self.max_words = max_words
        self.step_limit = step_limit

    def walk(self, items, i, rest, prefix: str, bounded: bool) -> set:
        self.steps += 1
        if self.steps > self.step_limit:
            raise _Unknown
        if i == len(items):
            if rest is None or rest == "stop":
                return _done(prefix, between_words=True)
            return self.walk(*rest, prefix, bounded)
        op, av = items[i]
        after = (items, i + 1, rest)
        if op is _C.LITERAL:
            return self._char(chr(av), after, prefix, bounded)
        if op is _C.IN:
            return self._in(av, after, prefix, bounded)
        if op is _C.BRANCH:
            out: set = set()
            for alt in av[1]:
                out |= self.walk(alt, 0, after, prefix, bounded)
            return out
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown
            return self.walk(sub, 0, after, prefix, bounded)
        if op is _C.ATOMIC_GROUP:
            return self.walk(av, 0, after, prefix, bounded)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            return self._repeat(av, after, prefix, bounded)
        if op is _C.ASSERT_NOT:
            direction, sub = av
            if direction < 0 and not prefix and _covers(sub, "'-"):
                bounded = True
            elif direction > 0 and prefix and _covers(sub, "'"):
                return _done(prefix)
            return self.walk(items, i + 1, rest, prefix, bounded)
        if op in (_C.ASSERT, _C.AT):
            return self.walk(items, i + 1, rest, prefix, bounded)
        raise _Unknown

    def _char(self, ch: str, after, prefix: str, bounded: bool) -> set:
        if not prefix and not bounded:
            raise _Unknown
        if ch.isspace():
            return self._space(after, prefix, bounded)
        if _is_token_char(ch):
            if not prefix and ch.isdecimal():
                return {DIGIT}
            return self.walk(*after, prefix + ch, bounded)
        return _done(prefix) if prefix else {_sym(ch)}

    def _space(self, after, prefix: str, bounded: bool) -> set:
        """Whitespace: the key may end here, or go on with the next word."""
        if not prefix:
            raise _Unknown
        if prefix.endswith(" "):
            return self.walk(*after, prefix, bounded)
        words = prefix.split()
        if len(words) >= self.max_words or not all(w in COMMON for w in words):
            return _done(prefix)  # a rarer word already makes the key selective
        try:
            return self.walk(*after, prefix + " ", bounded)
        except _Unknown:
            return _done(prefix)

    def _in(self, members, after, prefix: str, bounded: bool) -> set:
        if not prefix and not bounded:
            raise _Unknown
        chars, space, digit = _set_chars(members)
        out: set = set()
        if space:
            out |= self._space(after, prefix, bounded)
        if digit:
            if not prefix:
                out.add(DIGIT)
            else:
                out |= _done(prefix, between_words=True)
        for ch in chars:
            out |= self._char(ch, after, prefix, bounded)
        return out

    def _repeat(self, av, after, prefix: str, bounded: bool) -> set:
        lo, hi, sub = av
        if _is_space(sub):  # a whitespace run reads as one space between words
            out = self._space(after, prefix, bounded) if hi else set()
            if not lo:
                out |= self.walk(*after, prefix, bounded)
            return out
        if lo > _MAX_REPEAT_COPIES:
            raise _Unknown
        exact = hi if hi - lo <= _MAX_REPEAT_COPIES else lo
        out = set()
        for n in range(lo, exact + 1):
            out |= self.walk(list(sub) * n, 0, after, prefix, bounded)
        if hi > exact:
            # Any longer run shares its first copies; the key must end in them.
            out |= self.walk(list(sub) * (exact + 1), 0, "stop", prefix, bounded)
        return out


def _done(prefix: str, between_words: bool = False) -> set:
    """The key that ends here: only after whitespace, or where the caller saw a non-token character."""
    if between_words and not prefix.endswith(" "):
        raise _Unknown  # the token may run on
    key = prefix.rstrip(" ")
    if not key:
        raise _Unknown
    return {key}


def _is_space(items) -> bool:
    """Whether a sub-pattern is one whitespace character."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _C.LITERAL:
        return chr(av).isspace()
    if op is _C.IN:
        try:
            chars, space, digit = _set_chars(av)
        except _Unknown:
            return False
        return not digit and all(ch.isspace() for ch in chars) and (space or bool(chars))
    return False


def _first_keys(items, max_words: int, step_limit: int = _STEP_LIMIT) -> frozenset | None:
    try:
        keys = _Walker(max_words, step_limit).walk(items, 0, None, "", False)
    except (_Unknown, RecursionError):
        return None
    return frozenset(keys) if keys else None


def _keys(items) -> frozenset | None:
    """Keys that run past common words (up to three words), if they stay a manageable set."""
    keys = _first_keys(items, 3, _LONG_KEY_STEPS)
    if keys is not None and len(keys) <= _MAX_KEYS:
        return keys
    return _first_keys(items, 1)


# --- required tokens -----------------------------------------------------

def _bounded_after(item, before: bool) -> bool:
    """Whether the character before the position after `item` is never a word joiner."""
    op, av = item
    if op is _C.LITERAL:
        return _JOINER.match(chr(av)) is None
    if op is _C.IN:
        try:
            chars, space, digit = _set_chars(av)
        except _Unknown:
            return False
        return not digit and all(_JOINER.match(ch) is None for ch in chars) and (space or bool(chars))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        inner = _bounded_after_seq(sub, False)
        return inner if lo else inner and before
    if op is _C.BRANCH:
        return all(_bounded_after_seq(alt, before) for alt in av[1])
    if op is _C.SUBPATTERN:
        return _bounded_after_seq(av[3], before)
    if op is _C.ASSERT_NOT and av[0] < 0 and _covers(av[1], "'-"):
        return True
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return before
    return False


def _bounded_after_seq(items, before: bool) -> bool:
    for item in items:
        before = _bounded_after(item, before)
    return before


def _factors(items) -> tuple[frozenset[str], ...]:
    found = []
    before = False
    for i, item in enumerate(items):
        if before and item[0] not in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            try:
                keys = _Walker(1, _FACTOR_STEPS).walk(items, i, None, "", True)
            except (_Unknown, RecursionError):
                keys = None
            if keys and all(isinstance(k, str) for k in keys):
                found.append(frozenset(keys))
        before = _bounded_after(item, before)
    return tuple(found)


# --- first character -----------------------------------------------------

_CATEGORY_SOURCE: dict = {}
_ASCII_CATEGORY_SOURCE: dict = {}
if _C is not None:
    _CATEGORY_SOURCE = {
        _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D",
        _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_NOT_SPACE: r"\S",
        _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W",
    }
    # What the positive categories hold among ASCII characters.
    _ASCII_CATEGORY_SOURCE = {
        _C.CATEGORY_DIGIT: "0-9", _C.CATEGORY_SPACE: r"\t-\r\x1c- ", _C.CATEGORY_WORD: "0-9A-Z_a-z",
    }


def _first_items(items, i, rest, out: list, depth: int = 0) -> None:
    """Collect the character-set items a match can begin with."""
    if depth > 200:
        raise _Unknown
    while i < len(items):
        op, av = items[i]
        if op is _C.LITERAL:
            out.append((op, av))
            return
        if op is _C.IN:
            if any(o is _C.NEGATE for o, _ in av):
                raise _Unknown
            out.extend(av)
            return
        if op is _C.BRANCH:
            for alt in av[1]:
                _first_items(alt, 0, (items, i + 1, rest), out, depth + 1)
            return
        if op is _C.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown
            _first_items(av[3], 0, (items, i + 1, rest), out, depth + 1)
            return
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            _first_items(sub, 0, (items, i + 1, rest) if not lo else "stop", out, depth + 1)
            if lo:
                return
            i += 1
            continue
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            i += 1
            continue
        raise _Unknown
    if rest is None or rest == "stop":
        raise _Unknown  # an empty path: anything may follow
    _first_items(*rest, out, depth + 1)


def _class_source(members, categories: dict) -> str:
    parts = []
    for op, av in members:
        if op is _C.LITERAL:
            parts.append(f"\\U{av:08x}")
        elif op is _C.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        elif op is _C.CATEGORY and av in categories:
            parts.append(categories[av])
        else:
            raise _Unknown
    return "[" + "".join(parts) + "]"


def _first_chars(items) -> tuple[str | None, str | None]:
    """The first-character class, and its ASCII-only spelling when there is one."""
    members: list = []
    try:
        _first_items(items, 0, None, members)
        if not members:
            return None, None
        full = _class_source(members, _CATEGORY_SOURCE)
    except (_Unknown, RecursionError):
        return None, None
    try:
        return full, _class_source(members, _ASCII_CATEGORY_SOURCE)
    except _Unknown:
        return full, None


# --- the whole shape -----------------------------------------------------

def _plain(items) -> bool:
    for op, av in items:
        if op in (_C.GROUPREF, _C.GROUPREF_EXISTS):
            return False
        if op is _C.SUBPATTERN and (av[1] or av[2]):
            return False
        for sub in _children(op, av):
            if not _plain(sub):
                return False
    return True


def _children(op, av):
    if op is _C.BRANCH:
        return av[1]
    if op is _C.SUBPATTERN:
        return (av[3],)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        return (av[2],)
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return (av[1],)
    if op is _C.ATOMIC_GROUP:
        return (av,)
    return ()


UNKNOWN = Shape(None, (), None, None, False, True, False)


def shape(source: str, flags: int = re.UNICODE) -> Shape:
    """The shape of one pattern; UNKNOWN when the parse tree cannot be read."""
    if _P is None:
        return UNKNOWN
    try:
        parsed = _P.parse(source, flags)
        items = list(parsed.data)
        if parsed.state.flags & ~_ALLOWED_FLAGS or not _plain(items):
            return UNKNOWN
        first_chars, first_chars_ascii = _first_chars(items)
        start_only = bool(items) and items[0][0] is _C.AT and (
            items[0][1] is _C.AT_BEGINNING_STRING
            or (items[0][1] is _C.AT_BEGINNING and not parsed.state.flags & re.MULTILINE))
        return Shape(
            keys=_keys(items),
            factors=_factors(items),
            first_chars=first_chars,
            first_chars_ascii=first_chars_ascii,
            start_only=start_only,
            may_be_empty=parsed.getwidth()[0] == 0,
            plain=True,
        )
    except Exception:  # noqa: BLE001 - any surprise means: run the pattern in full
        return UNKNOWN
