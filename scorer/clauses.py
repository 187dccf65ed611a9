"""Units and clauses, and for each clause who acted and what kind of act it was.

A *unit* is a sentence or a bullet. A unit splits into clauses at semicolons
and at joiners ("and", "so", "because", a comma) that a new subject or verb
follows. For each clause we read:

- the **actor**: "i", "we", "team", "authority" (a manager, a lead, a client),
  "other" (a named person, he, she, they), "thing" (the logs, complaints),
  "nobody", or None. A clause with no subject takes the actor of the clause it
  is joined to; a bullet or a sentence that opens on a verb is the speaker's.
- the **verb** and its **class** from the one vocabulary (vocab.py): action,
  communicate, vague, stative, metric, outcome, cognition, decide, or "other"
  for a verb the vocabulary does not know.
- **negated**, **hypothetical** ("I would", "I'll", "if I"), **counterfactual**
  ("I would have", "I should have": the grammar of hindsight), **passive**.

Tense never matters: lemmas make "I pull", "I pulled", "I'm pulling", "I've
pulled" and "- Pulled" one reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import vocab
from .lemmas import FORMS, is_inflected
from .numbers import Quantity, quantities
from .tokens import Token, tokenize

UNIT_END = frozenset({".", "!", "?", "\n"})
CLAUSE_END = frozenset({";", ":", "(", ")"})
MODALS = frozenset({"would", "could", "might", "will", "shall", "should", "may", "'d", "'ll", "gonna"})
BE_FORMS = frozenset({"be", "get"})
LEADING_SKIP = vocab.ADVERBS | vocab.CLAUSE_JOINERS | frozenset({"that", "also", "and", "then", "once", "what", "if", "how"})
PREPOSITIONS = frozenset({"after", "before", "by", "while", "when", "on", "upon", "without", "in", "through", "from", "since"})


@dataclass(slots=True)
class Clause:
    start: int
    end: int
    unit: int
    tokens: list[Token]
    bullet: bool = False
    actor: str | None = None
    implicit: bool = False          # the actor was inherited or implied, not said
    verb: Token | None = None
    verb_lemma: str = ""
    verb_class: str = "none"
    negated: bool = False
    hypothetical: bool = False
    counterfactual: bool = False
    passive: bool = False
    quoted: bool = False
    quantities: list[Quantity] = field(default_factory=list)
    words: list[Token] = field(default_factory=list)   # tokens without punctuation
    lemmas: list[str] = field(default_factory=list)    # their lemmas, for phrase matching

    @property
    def doing(self) -> bool:
        """The clause reports an act (not a state, a result or a wish)."""
        return self.verb_class in vocab.DOING and not self.hypothetical and not self.negated

    @property
    def own(self) -> bool:
        """The act is the speaker's own, in the first person singular (said or implied)."""
        return self.actor == "i" and self.doing and not self.passive and not self.quoted


def _verb_like(tok: Token) -> bool:
    if tok.kind != "word":
        return False
    return tok.lemma in vocab.WORD_CLASS or (is_inflected(tok.text) and tok.lemma not in vocab.STOPWORDS)


TIME_OPENERS = frozenset({"last", "in", "at", "during", "about", "around", "back", "two", "three", "a", "one", "this",
                          "early", "late", "recently", "earlier", "previously", "once", "over", "for", "on",
                          "within", "after", "before", "by", "throughout", "following", "across", "around"})


def _after_time_phrase(tokens: list[Token], i: int) -> int | None:
    """Where the subject starts after an opening like "Last year", "In 2022", "At my last job"."""
    if tokens[i].lemma not in TIME_OPENERS:
        return None
    for k in range(i + 1, min(i + 7, len(tokens))):
        t = tokens[k]
        if t.kind == "punct":
            return k + 1 if t.text == "," and k + 1 < len(tokens) else None
        if t.lemma in ("i", "we", "he", "she", "they"):
            return k
        if t.lemma in ("my", "our", "the") and k + 1 < len(tokens) and (
                tokens[k + 1].lemma in vocab.AUTHORITY_NOUNS or tokens[k + 1].lemma in vocab.TEAM_NOUNS):
            return k
        if _verb_form(t):
            return None
    return None


def _verb_form(tok: Token) -> bool:
    """A word in a verb's inflected form ("fell", "drops", "pulled"): the likeliest end of a subject."""
    if tok.kind != "word":
        return False
    if tok.text.endswith("ed") and len(tok.text) > 4 and tok.text not in ("need", "speed", "feed", "seed", "bed"):
        return True  # "restored", "recalibrated": past forms of verbs the table need not know
    return tok.lemma != tok.text and (tok.lemma in vocab.WORD_CLASS or tok.lemma in ("be", "have", "do"))


def _np_end(tokens: list[Token], i: int) -> int | None:
    """Index of the verb that ends a noun phrase starting at i (at most five words), or None."""
    for k in range(i, min(i + 5, len(tokens))):
        if tokens[k].kind == "punct" or tokens[k].lemma in vocab.CLAUSE_JOINERS:
            return None
        if k > i and (_verb_form(tokens[k]) or tokens[k].text in MODALS or tokens[k].lemma in vocab.NEGATIONS):
            return k
        if k > i and k + 1 < len(tokens) and vocab.WORD_CLASS.get(tokens[k].lemma) in ("metric", "outcome", "action") \
                and (tokens[k + 1].lemma in ("from", "by", "to", "down", "up", "off", "out", "back") or tokens[k + 1].kind == "num"):
            return k  # "complaints fall from 30 to 4": a base-form verb after a plural subject
        if k > i and k + 1 < len(tokens) and (tokens[k].lemma in vocab.WORD_CLASS or tokens[k].lemma in ("put", "give", "create")) \
                and tokens[k + 1].lemma in {"me", "us", "him", "her", "them"} | vocab.DETERMINERS:
            return k
    return None


def _phrase_class(tokens: list[Token], i: int) -> tuple[str | None, int]:
    """Class and length of a multi-word verb starting at i ("look into", "push back")."""
    for n in (3, 2):
        key = tuple(t.lemma for t in tokens[i:i + n])
        if len(key) == n and key in vocab.PHRASE_CLASS:
            return vocab.PHRASE_CLASS[key], n
    return None, 1


def _subject(tokens: list[Token], i: int, text: str) -> tuple[str | None, int]:
    """(actor, index after the subject) for a subject starting at i, or (None, i)."""
    if i >= len(tokens):
        return None, i
    tok = tokens[i]
    lem = tok.lemma
    lead = _after_time_phrase(tokens, i)
    if lead is not None and lead != i:
        return _subject(tokens, lead, text)
    if lem in ("i", "me"):
        return "i", i + 1
    if lem == "we":
        return "we", i + 1
    if lem in ("nobody",) or (lem == "no" and i + 1 < len(tokens) and tokens[i + 1].lemma in ("one", "body")):
        return "nobody", i + (1 if lem == "nobody" else 2)
    if lem in ("he", "she", "they", "someone", "somebody", "you"):
        return "other", i + 1
    if lem in ("it", "this", "that", "which", "everything", "nothing"):
        return "thing", i + 1
    if lem in vocab.TEAM_NOUNS:
        return "team", i + 1
    if lem in vocab.AUTHORITY_NOUNS and lem in ("leadership", "management"):
        return "authority", i + 1
    if lem in vocab.DETERMINERS or (tok.kind in ("word", "num") and not _verb_form(tok)
                                    and vocab.WORD_CLASS.get(lem) in (None, "stative")):
        # A short noun phrase: "my manager", "our night team", "refund time", "complaints".
        j = _np_end(tokens, i + (1 if lem in vocab.DETERMINERS else 0))
        if j is None:
            return None, i
        head = [t.lemma for t in tokens[i:j]]
        if set(head) & vocab.AUTHORITY_NOUNS:
            return "authority", j
        if set(head) & vocab.TEAM_NOUNS:
            return "team", j
        return "thing", j
    return None, i


def _read_verb(clause: Clause, start: int) -> None:
    """Find the main verb after the subject: skip auxiliaries, adverbs, negation; note modality."""
    toks = clause.tokens
    saw_be = saw_modal = saw_have_after_modal = False
    i = start
    while i < len(toks):
        tok = toks[i]
        lem, txt = tok.lemma, tok.text
        if tok.kind == "punct":
            i += 1
            continue
        if lem in vocab.NEGATIONS or txt in ("n't", "not", "never"):
            clause.negated = True
        elif txt in MODALS or lem == "would":
            if txt == "'d" and i + 1 < len(toks) and _past_participle(toks, i + 1):
                pass  # "I'd pulled": had, a past tense
            else:
                saw_modal = True
        elif lem == "have" and saw_modal:
            saw_have_after_modal = True
        elif txt in ("going", "gonna") and i + 1 < len(toks) and toks[i + 1].text in ("to",):
            saw_modal = True
            i += 1
        elif lem in BE_FORMS and i + 1 < len(toks) and toks[i + 1].kind == "word" and not _main_use(toks, i):
            saw_be = True
        elif (lem in vocab.AUXILIARIES or txt in vocab.AUXILIARIES) and not _main_use(toks, i):
            pass
        elif lem in vocab.ADVERBS or (txt.endswith("ly") and txt not in vocab.WORD_CLASS and len(txt) > 4):
            pass
        elif txt == "to" and clause.verb is None and i > start:
            pass  # "started to", "managed to", "tried to" carry on to the real verb
        else:
            cls, n = _phrase_class(toks, i)
            if tok.kind != "word":
                return
            clause.verb = tok
            clause.verb_lemma = lem
            clause.verb_class = cls or vocab.WORD_CLASS.get(lem) or ("other" if (clause.actor in ("i", "we", "team") or _verb_like(tok)) else "none")
            if saw_be and _past_participle(toks, i) and clause.verb_class not in ("stative",):
                clause.passive = True
            if saw_modal:
                if saw_have_after_modal:
                    clause.counterfactual = True
                else:
                    clause.hypothetical = True
            return
        i += 1


# Words after which "I" starts a complement, not a new clause: "suggested I look", "said we should".
COMPLEMENT_TAKERS = frozenset({"that", "what", "if", "where", "how", "whether", "suggest", "say", "think", "know",
                               "feel", "realize", "believe", "hope", "mean", "guess", "tell", "ask", "want", "insist",
                               "recommend", "propose", "decide", "agree", "expect", "wish", "mention", "promise"})
OBJECT_STARTERS = frozenset({"me", "him", "her", "them", "it", "us", "up", "out", "back", "down", "over", "off", "through",
                             "with", "to", "into", "on", "in", "for", "about", "round", "around", "together"})


def _takes_object(part: list[Token], i: int) -> bool:
    """A verb opening a sentence with no subject is an action when an object or particle follows it."""
    nxt = part[i + 1] if i + 1 < len(part) else None
    return nxt is not None and (nxt.lemma in vocab.DETERMINERS or nxt.lemma in OBJECT_STARTERS or nxt.kind == "num"
                                or nxt.lemma in ("every", "all", "both", "each", "another", "two", "three"))


def _main_use(toks: list[Token], i: int) -> bool:
    """"had a backlog", "was late": be, have or do as the clause's main verb, not an auxiliary."""
    if toks[i].lemma not in ("be", "have", "do", "get", "keep"):
        return False
    if toks[i].lemma == "be" and i and toks[i - 1].lemma == "do":
        return False  # "what I'd do is sit down": the verb comes after
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word":
        return True
    return nxt.lemma in vocab.DETERMINERS or (not _verb_like(nxt) and nxt.lemma not in vocab.ADVERBS
                                              and nxt.lemma not in vocab.NEGATIONS and nxt.text not in MODALS
                                              and nxt.text not in ("to", "been", "being", "n't", "not"))


def _past_participle(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    return tok.kind == "word" and (tok.text.endswith(("ed", "en")) or (tok.text in FORMS and FORMS[tok.text] != tok.text
                                                                            and not tok.text.endswith(("s", "ing"))))


def _split_unit(tokens: list[Token], text: str) -> list[list[Token]]:
    """Cut a unit's tokens where a new clause starts."""
    parts: list[list[Token]] = [[]]
    content = [False]  # per part: holds a word that is neither a joiner nor an adverb
    verbish = [False]  # per part: holds a verb-like word
    for k, tok in enumerate(tokens):
        if tok.text in CLAUSE_END:
            parts.append([])
            content.append(False)
            verbish.append(False)
            continue
        has_content = content[-1]
        if has_content and tok.lemma in ("i", "we") and k and tokens[k - 1].kind == "word" \
                and tokens[k - 1].lemma not in vocab.CLAUSE_JOINERS | COMPLEMENT_TAKERS \
                and verbish[-1]:
            parts.append([])  # "If I had this again I will call": a new subject, no joiner
            content.append(False)
            verbish.append(False)
        elif has_content and (tok.text == "," or tok.lemma in vocab.CLAUSE_JOINERS):
            nxt = k + 1
            while nxt < len(tokens) and (tokens[nxt].lemma in vocab.CLAUSE_JOINERS or tokens[nxt].text == ","
                                         or tokens[nxt].lemma in vocab.ADVERBS):
                nxt += 1
            if nxt < len(tokens):
                actor, after = _subject(tokens, nxt, text)
                new_subject = actor in ("i", "we", "team", "authority", "other", "nobody") or (
                    actor == "thing" and after < len(tokens) and _verb_like(tokens[after]))
                new_verb = tokens[nxt].kind == "word" and vocab.WORD_CLASS.get(tokens[nxt].lemma, "stative") != "stative" \
                    and (tok.text != "," or _verb_form(tokens[nxt]))
                if new_subject or new_verb or tok.lemma in ("because", "so", "but", "which"):
                    parts.append([])
                    content.append(False)
                    verbish.append(False)
                    if tok.text == ",":
                        continue
        parts[-1].append(tok)
        if tok.kind != "punct" and tok.lemma not in vocab.CLAUSE_JOINERS and tok.lemma not in vocab.ADVERBS:
            content[-1] = True
        if not verbish[-1] and _verb_like(tok):
            verbish[-1] = True
    return [p for p in parts if any(t.kind != "punct" for t in p)]


def _units(tokens: list[Token], norm: str) -> list[tuple[list[Token], bool]]:
    """Sentences and bullet items, each with whether it is a bullet."""
    units: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    bullet = False
    line_start = True
    for k, tok in enumerate(tokens):
        if line_start and not current and (tok.text in ("-", "•", "*") or (
                _numbered_item(tokens, k, norm))):
            bullet = True
            line_start = False
            continue
        if bullet and not current and tok.text in (".", ")"):
            continue
        if tok.text == "\n" and current and not _line_break_ends_unit(tokens, k, norm):
            continue  # a wrapped line inside one sentence
        if tok.text in UNIT_END:
            if tok.text == "." and _abbreviation(current, norm, tok):
                current.append(tok)
                continue
            if current:
                units.append((current, bullet))
            current = []
            if tok.text == "\n":
                bullet = False
                line_start = True
            continue
        line_start = False
        current.append(tok)
    if current:
        units.append((current, bullet))
    return units


def _line_break_ends_unit(tokens: list[Token], k: int, norm: str) -> bool:
    """A line break ends a sentence before a bullet or a blank line, or after a colon."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    prev = tokens[k - 1] if k else None
    if nxt is not None and nxt.text == "\n":
        return not norm[tokens[k].end:nxt.start].strip()  # a blank line, not two breaks around a symbol
    if nxt is None or nxt.text in ("-", "•", "*") or (prev is not None and prev.text in (":", ";")):
        return True
    return _numbered_item(tokens, k + 1, norm)


def _numbered_item(tokens: list[Token], k: int, norm: str) -> bool:
    """"1. Pulled the logs": a number, a dot or bracket, a space, and more on the line."""
    return (tokens[k].text.isdigit() and len(tokens[k].text) <= 2 and k + 2 < len(tokens) and tokens[k + 1].text in (".", ")")
            and tokens[k + 2].text != "\n" and norm[tokens[k + 1].end:tokens[k + 1].end + 1] == " ")


def _abbreviation(current: list[Token], norm: str, dot: Token) -> bool:
    """a.m., p.m., e.g., i.e., etc., vs.: a dot that does not end a sentence."""
    if not current:
        return False
    prev = current[-1].text
    if prev in ("a", "p", "e", "i", "etc", "vs", "approx", "dr", "mr", "mrs", "ms", "st"):
        return True
    # the second dot of "a.m." ends the sentence only when a capital follows
    return prev in ("m", "g") and len(current) > 1 and current[-2].text == "." and \
        not norm[dot.end:dot.end + 2].strip()[:1].isalpha()


def _in_quotes(norm: str) -> list[tuple[int, int]]:
    spans, open_at = [], None
    for k, ch in enumerate(norm):
        if ch == '"':
            if open_at is None:
                open_at = k
            else:
                spans.append((open_at, k))
                open_at = None
        elif ch == "\n":
            open_at = None
    return spans


def parse(norm: str, text: str) -> list[Clause]:
    """Every clause of the answer, in order, with its reading."""
    tokens = tokenize(norm)
    quotes = _in_quotes(norm)
    clauses: list[Clause] = []
    for u, (unit_tokens, bullet) in enumerate(_units(tokens, norm)):
        previous_actor: str | None = None
        unit_clauses: list[Clause] = []
        for part in _split_unit(unit_tokens, text):
            words = [t for t in part if t.kind != "punct"]
            c = Clause(words[0].start, words[-1].end, u, part, bullet=bullet, words=words,
                       lemmas=[t.lemma for t in words])
            c.quoted = any(a <= c.start and c.end <= b for a, b in quotes)
            i = 0
            while i < len(part) and (part[i].kind == "punct" or part[i].lemma in LEADING_SKIP) and i < len(part) - 1:
                i += 1
            actor, after = _subject(part, i, text)
            if actor is None:
                lead = part[i] if i < len(part) else None
                if previous_actor is not None:
                    actor = previous_actor
                elif bullet or (lead is not None and _verb_like(lead) and lead.lemma not in PREPOSITIONS
                                and _takes_object(part, i)):
                    actor = "i"  # "Pulled the logs." in prose; "Structured interviews." is a noun phrase
                c.implicit = True
                after = i
            c.actor = actor
            _read_verb(c, after)
            if c.passive and c.actor == "thing":
                c.actor = "passive"
            if_clause = part[0].lemma == "if" and c.actor in ("i", "we")
            c.hypothetical = c.hypothetical or (if_clause and not c.counterfactual)
            c.quantities = quantities(part, c.verb_class == "metric")
            if actor is not None and c.verb is not None:
                previous_actor = actor
            unit_clauses.append(c)
        # "After reviewing the logs, I found…": a subjectless opening takes the next actor.
        for k in range(len(unit_clauses) - 1):
            c = unit_clauses[k]
            if c.actor is None and c.verb is not None and c.verb.text.endswith("ing"):
                c.actor = unit_clauses[k + 1].actor
        clauses.extend(unit_clauses)
    return clauses
