"""STAR segmentation: split the normalised answer into labelled sentences,
and cut compound ones into labelled clauses.

Each sentence's cue weights are what searching its own text for each cue
gives (`_cue_weights`); they are read from the one pass over the answer
(index.py) instead, except for a sentence whose edges cut a word, or where a
phrase found in the answer runs past the sentence's end.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import index, star_cues
from .patterns import compile_free, compile_phrases

# Sentence ends: terminal punctuation (plus closing quotes) then whitespace;
# a line break before a bullet; a bullet character; an inline STAR heading.
# Each alternative is written to start after its first character, which the
# scanner consumes from a character class, so `re` skips ordinary text
# quickly; the lookbehinds restore what each alternative requires there.
_HEADING = r"(?:situation|task|action|actions|result|results|reflection|learning|lesson)s?\s*:"
_ENDS = (  # (first characters, the rest)
    (r".!?", r"(?<=[.!?])(?<![.!?][.!?])[.!?]*[\"')\]]{0,3}\s+"),
    (r"\n", r"(?<=\n)[ \t]*(?=[-*•·]\s|\d{1,2}[.)]\s)"),
    (r"\s•·", r"(?<!\s[\s\S])(?:(?<=\s)\s*[•·]|(?<=[•·]))\s*"),
    (r"\s", rf"(?<!\s[\s\S])(?<=\s)\s*(?={_HEADING})"),
)


def _boundary(*used: int) -> re.Pattern[str]:
    first = "".join(_ENDS[i][0] for i in used)
    return re.compile(f"[{first}](?:{'|'.join(_ENDS[i][1] for i in used)})")


_BOUNDARY = _boundary(0, 1, 2, 3)
# Without a bullet character or an inline heading, those alternatives cannot
# match, and the scanner stops only at punctuation and line breaks.
_BOUNDARIES = {(bullets, headings): _boundary(0, 1, *((2,) if bullets else ()), *((3,) if headings else ()))
               for bullets in (False, True) for headings in (False, True)}
_HEADING_ANYWHERE = re.compile(_HEADING)
_ABBREVIATIONS = frozenset(
    "e.g i.e etc vs approx dr mr mrs ms st inc ltd co no fig cf al jr sr dept est".split()
)
# Times end sentences too ("to 3 a.m. Database CPU fell"), so "a.m." and
# "p.m." run on only before a word that cannot open one. Case is no guide:
# the normalised copy has none, and case must not move a score.
_TIMES = frozenset(("a.m", "p.m"))
_AFTER_TIME = re.compile(
    r"(?:on|and|or|to|that|every|each|until|till|before|after|when|while|with|for|so|but|in|at|"
    r"by|sharp|local|utc|gmt|[a-z]{2,4}t|the\s+(?:next|following|same|previous|day|night|morning))(?![\w'])"
)
_ABBREVIATION_ENDS = tuple(sorted(_ABBREVIATIONS | _TIMES))
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum() accepts
_LAST_TOKEN = re.compile(r"(?<![\w.])(\w+(?:\.\w+)*)[.!?]+[\"')\]]*\s+$")

_PHRASES = {label: (w, compile_phrases(p)) for label, (w, p) in star_cues.PHRASE_CUES.items()}
_PATTERNS = {
    label: (w, tuple(compile_free(s) for s in sources))
    for label, (w, sources) in star_cues.PATTERN_CUES.items()
}


class Sentence(NamedTuple):
    """One labelled unit: a whole sentence, or a clause of one (see `clause_spans`)."""
    start: int
    end: int
    label: str
    cues: frozenset[str]  # every label that had at least one cue
    sentence: int = 0  # index of the whole sentence it belongs to

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


_new_sentence = tuple.__new__  # Sentence(...) without the Python-level constructor


def _is_abbreviation(norm: str, start: int, end: int) -> bool:
    """Whether the punctuation ending norm[start:end] closes an abbreviation."""
    m = _LAST_TOKEN.search(norm[start:end])
    if not m:
        return False
    token = m.group(1).rstrip(".")
    return token in _ABBREVIATIONS or (token in _TIMES and _AFTER_TIME.match(norm, end) is not None)


def split_spans(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence, trimmed of outer whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    bullets = "\u2022" in norm or "\u00b7" in norm
    headings = ":" in norm and _HEADING_ANYWHERE.search(norm) is not None
    for m in _BOUNDARIES[bullets, headings].finditer(norm):
        m_start, m_end = m.span()
        tail_start = max(start, m_start - 12)
        if norm[m_start] in ".!?":
            # The token before the punctuation ends where the match starts: an
            # abbreviation is only possible if the text there ends with one.
            if norm.endswith(_ABBREVIATION_ENDS, tail_start, m_start) and _is_abbreviation(norm, tail_start, m_end):
                continue
        elif m.group().lstrip()[:1] in ".!?" and _is_abbreviation(norm, tail_start, m_end):
            continue
        spans.append((start, m_end))
        start = m_end
    spans.append((start, len(norm)))
    trimmed = []
    for s, e in spans:
        piece = norm[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left and _ALNUM.search(piece) is not None:
            trimmed.append((s + left, s + right))
    return trimmed


def _cue_weights(piece: str) -> dict[str, float]:
    """Cue weights of one sentence, searched on its own text."""
    weights = {label: 0.0 for label in star_cues.LABELS}
    for label, (w, pattern) in _PHRASES.items():
        weights[label] += w * min(2, sum(1 for _ in pattern.finditer(piece)))
    for label, (w, patterns) in _PATTERNS.items():
        if any(p.search(piece) for p in patterns):
            weights[label] += w
    return weights


def _clean_edges(norm: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Per sentence: whether its edges cut no token, so the one pass over the answer serves it.

    `re` counts a character as \\w when str.isalnum() does, or it is "_".
    """
    n = len(norm)
    return [(s == 0 or not (norm[s - 1].isalnum() or norm[s - 1] in "_'-"))
            and (e == n or not (norm[e].isalnum() or norm[e] in "_'"))
            for s, e in spans]


def _phrase_counts(hits: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int | None]:
    """Per sentence, the `finditer` count (at most 2) of a phrase list inside it.

    None where a match the walk would count runs past the sentence's end: the
    sentence on its own might match a shorter phrase there.
    """
    n = len(spans)
    counts: list[int | None] = [0] * n
    k = 0
    last = spans[0][0] if n else 0
    for start, end in hits:
        while start >= spans[k][1]:
            k += 1
            if k == n:
                return counts
            last = spans[k][0]
        if start < last:
            continue
        count = counts[k]
        if count is None or count == 2:
            continue
        if end > spans[k][1]:
            counts[k] = None
            continue
        counts[k] = count + 1
        last = end
    return counts


class _PatternCue(NamedTuple):
    pid: int
    regex: re.Pattern[str]
    kind: str  # "token": try where a key starts; "start": only at the start;
    # "chars": search sentences holding a possible first character; "search": search all
    chars: index.CharClass | None


def _pattern_cue(pid: int) -> _PatternCue:
    pattern = index.PATTERNS.items[pid]
    sh = pattern.shape
    if sh.start_only:
        return _PatternCue(pid, pattern.regex, "start", None)
    if sh.keys is not None:
        return _PatternCue(pid, pattern.regex, "token", None)
    if sh.first_chars is not None:
        return _PatternCue(pid, pattern.regex, "chars", index.char_class(sh))
    return _PatternCue(pid, pattern.regex, "search", None)


_PHRASE_CUES = tuple((label, w, index.CUE_PHRASES[label]) for label, (w, _p) in _PHRASES.items())
_PATTERN_CUES = tuple((label, w, tuple(_pattern_cue(pid) for pid in index.CUE_PATTERNS[label]))
                      for label, (w, _p) in _PATTERNS.items())


def _sentence_of(positions: list[int], spans: list[tuple[int, int]]):
    """(sentence index, position) for each position inside a sentence."""
    k, n = 0, len(spans)
    if not n:
        return
    for pos in positions:
        while pos >= spans[k][1]:
            k += 1
            if k == n:
                return
        if pos >= spans[k][0]:
            yield k, pos


def _pattern_hits(cues: tuple[_PatternCue, ...], pieces: list[str], spans: list[tuple[int, int]],
                  todo: list[bool], found: index.Found) -> list[bool]:
    """Per sentence: whether any of the cue patterns matches in it (only where `todo`)."""
    hit = [False] * len(spans)
    for cue in cues:
        if cue.kind in ("token", "chars"):
            # Every match starts at one of these positions, so trying there is searching.
            positions = found.candidates[cue.pid] if cue.kind == "token" else found.positions(cue.chars)
            match = cue.regex.match
            for k, pos in _sentence_of(positions, spans):
                if todo[k] and not hit[k] and match(pieces[k], pos - spans[k][0]) is not None:
                    hit[k] = True
            continue
        test = cue.regex.match if cue.kind == "start" else cue.regex.search
        for k in range(len(spans)):
            if todo[k] and not hit[k] and test(pieces[k]) is not None:
                hit[k] = True
    return hit


def _all_cue_weights(norm: str, spans: list[tuple[int, int]], found: index.Found) -> list[dict[str, float]]:
    """Cue weights of every sentence, as `_cue_weights` gives them, from the one pass."""
    pieces = [norm[s:e] for s, e in spans]
    if any(lid is None for _label, _w, lid in _PHRASE_CUES):
        return [_cue_weights(piece) for piece in pieces]
    todo = _clean_edges(norm, spans)
    counts = []
    for label, w, lid in _PHRASE_CUES:
        per_sentence = _phrase_counts(found.phrases[lid], spans) if spans else []
        counts.append((label, w, per_sentence))
        for k, count in enumerate(per_sentence):
            if count is None:
                todo[k] = False
    hits = [(label, w, _pattern_hits(cues, pieces, spans, todo, found)) for label, w, cues in _PATTERN_CUES]
    labels = star_cues.LABELS
    out = []
    for k, piece in enumerate(pieces):
        if not todo[k]:
            out.append(_cue_weights(piece))
            continue
        weights = dict.fromkeys(labels, 0.0)
        for label, w, per_sentence in counts:
            weights[label] += w * per_sentence[k]
        for label, w, per_sentence in hits:
            if per_sentence[k]:
                weights[label] += w
        out.append(weights)
    return out


_CLAUSE_CUTS = tuple((text, re.compile(src)) for text, src in star_cues.CLAUSE_CUTS)
# Enough words for a clause; matched, not counted, so a long sentence with
# many cuts costs no more than its length.
_CLAUSE_WORDS = re.compile(rf"\s*(?:\S+\s+){{{star_cues.CLAUSE_MIN_WORDS - 1}}}\S")


def _cuts(norm: str) -> list[tuple[int, int]]:
    """Span of every clause cut in the answer, in order."""
    cuts = []
    for text, pattern in _CLAUSE_CUTS:
        find, match = norm.find, pattern.match
        pos = find(text)
        while pos >= 0:
            m = match(norm, pos)
            if m is not None:
                cuts.append(m.span())
            pos = find(text, pos + 1)
    cuts.sort()
    return cuts


def _cut_spans(norm: str, spans: list[tuple[int, int]], cuttable: list[bool]) -> list[tuple[int, int, int]] | None:
    """(start, end, sentence) of the pieces of each cuttable sentence with a cut that leaves
    CLAUSE_MIN_WORDS on both sides; None when there is none."""
    cuts = _cuts(norm)
    if not cuts:
        return None
    enough = _CLAUSE_WORDS.match
    pieces: list[tuple[int, int, int]] = []
    k, n = 0, len(cuts)
    for i, (s, e) in enumerate(spans):
        if k == n:
            break
        start = s
        own: list[tuple[int, int, int]] = []
        while k < n and cuts[k][0] < e:
            cut_start, cut_end = cuts[k]
            k += 1
            if (cuttable[i] and cut_start > start and cut_end < e
                    and enough(norm, start, cut_start) is not None
                    and enough(norm, cut_end, e) is not None):
                own.append((start, cut_start, i))
                start = cut_end
        if own:
            own.append((start, e, i))
            pieces.extend(own)
    return pieces or None


def _clauses(norm: str, spans: list[tuple[int, int]], sentence_weights: list[dict[str, float]],
             cuttable: list[bool], found: index.Found) -> tuple[list[tuple[int, int, int]], list[dict[str, float]]] | None:
    """(start, end, sentence) of each unit and its cue weights; None when no sentence is cut.

    A cuttable sentence is cut at a clause cut (star_cues.CLAUSE_CUTS) only
    where both sides are real clauses: long enough, each with a cue of its own.
    """
    pieces = _cut_spans(norm, spans, cuttable)
    if pieces is None:
        return None
    piece_weights = _all_cue_weights(norm, [(s, e) for s, e, _i in pieces], found)
    enough = _CLAUSE_WORDS.match
    # Per cut sentence: [start, end, real, weights or None when made of several pieces].
    split: dict[int, list[list]] = {}
    for (s, e, i), w in zip(pieces, piece_weights):
        real = any(w.values()) and enough(norm, s, e) is not None
        units = split.setdefault(i, [])
        if units and not (real and units[-1][2]):
            # Not a real clause, or after one that is not: it stays with its neighbour.
            units[-1][1], units[-1][2], units[-1][3] = e, units[-1][2] or real, None
        else:
            units.append([s, e, real, w])
    if all(len(units) == 1 for units in split.values()):
        return None
    out_units: list[tuple[int, int, int]] = []
    out_weights: list[dict[str, float]] = []
    for i, (s, e) in enumerate(spans):
        units = split.get(i)
        if units is None or len(units) == 1:
            out_units.append((s, e, i))
            out_weights.append(sentence_weights[i])
            continue
        for us, ue, _real, w in units:
            out_units.append((us, ue, i))
            # A clause made of several pieces is searched on its own text (rare).
            out_weights.append(w if w is not None else _cue_weights(norm[us:ue]))
    return out_units, out_weights


def _label(units: list[tuple[int, int, int]], all_weights: list[dict[str, float]], n: int) -> list[Sentence]:
    """Label each unit from its cue weights and the position priors of its sentence.

    n is the number of whole sentences: priors belong to them, so they go to
    the first clause of the first sentence and the last clause of the last one.
    """
    last_unit = len(units) - 1
    first_prior = tuple(star_cues.FIRST_SENTENCE_PRIOR.items()) if n > 1 else ()
    before_prior = tuple(star_cues.BEFORE_ACTION_PRIOR.items()) if n > 1 else ()
    last_prior = tuple(star_cues.LAST_SENTENCE_PRIOR.items())
    tie_order = star_cues.TIE_ORDER
    sentences: list[Sentence] = []
    seen_action = False
    for u, (s, e, i) in enumerate(units):
        weights = dict(all_weights[u])
        cued = frozenset([label for label, w in weights.items() if w > 0])
        if u == 0:
            for label, bonus in first_prior:
                weights[label] += bonus
        if not seen_action:
            for label, bonus in before_prior:
                weights[label] += bonus
        if u == last_unit and i > 0:
            for label, bonus in last_prior:
                if weights[label] > 0:
                    weights[label] += bonus
        best = max(weights.values())
        if best <= 0 and n == 1:
            label = star_cues.SOLE_SENTENCE_DEFAULT
        elif best <= 0:
            label = star_cues.DEFAULT_AFTER_ACTION if seen_action else star_cues.DEFAULT_BEFORE_ACTION
        else:
            for label in tie_order:
                if weights[label] == best:
                    break
            else:
                raise StopIteration  # as next() over the tie order would
        seen_action = seen_action or label == "action"
        sentences.append(_new_sentence(Sentence, (s, e, label, cued, i)))
    return sentences


def segment(norm: str, found: index.Found | None = None) -> list[Sentence]:
    """Label each sentence; then cut the sentences that read as CLAUSE_CUT_LABELS into clauses
    and label those, so an action or result told inside a context sentence still counts."""
    spans = split_spans(norm)
    if found is None:
        found = index.scan(norm)
    units = [(s, e, i) for i, (s, e) in enumerate(spans)]
    weights = _all_cue_weights(norm, spans, found)
    sentences = _label(units, weights, len(spans))
    cut_labels = star_cues.CLAUSE_CUT_LABELS
    cuttable = [s.label in cut_labels for s in sentences]
    clauses = _clauses(norm, spans, weights, cuttable, found) if any(cuttable) else None
    if clauses is None:
        return sentences
    return _label(*clauses, len(spans))
