"""Numbers in digits and in words, and whether each one measures a result.

"40%", "$2.4m", "1,500", "three days", "a third", "halved", "from nine days to
two": each becomes a Quantity with a span. A quantity is a *result* when the
grammar around it says a measure changed (a metric verb, "from … to …", "by
…", "fewer", "down"); tenure, team size, budgets and years are not results,
however many digits they have.
"""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import Token

NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million billion dozen half third quarter fifth tenth couple
""".split())
# Words that turn a number into a change: "40% fewer", "down 30%", "twice as fast".
CHANGE_WORDS = frozenset("""
fewer less more faster slower lower higher down up reduction increase improvement saving savings
drop gain cut shorter longer cheaper quicker smaller bigger larger better worse twice
""".split())
# A quantity next to these is a size or a span of time in the background, not a result.
TENURE_WORDS = frozenset({"year", "month", "week", "yr", "yrs"})
PEOPLE_WORDS = frozenset("""
people person engineer nurse staff report employee member agent driver picker associate
headcount direct analyst developer teacher student volunteer worker colleague hire fte
""".split())
BUDGET_WORDS = frozenset({"budget", "salary", "revenue", "headcount", "portfolio", "team", "company", "org", "organization"})
BEFORE_TENURE = frozenset({"for", "over", "after", "about", "almost", "nearly", "ago", "since"})
DURATION_WORDS = frozenset("""
second minute hour day week month quarter year sec min hr shift night weekend
""".split())


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    result: bool       # measures a change the story claims
    background: bool   # tenure, team size, a budget, a year


def _is_number(tok: Token) -> bool:
    return tok.kind == "num" or tok.lemma in NUMBER_WORDS


def _year(tok: Token) -> bool:
    return tok.kind == "num" and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def quantities(tokens: list[Token], metric_clause: bool) -> list[Quantity]:
    """The quantities in one clause; metric_clause says its verb is a measure changing."""
    out: list[Quantity] = []
    lemmas = [t.lemma for t in tokens]
    has_from_to = "from" in lemmas and "to" in lemmas
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not _is_number(tok) or (tok.lemma in ("one", "half", "third", "quarter") and tok.kind != "num"
                                   and not _number_context(lemmas, i)):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and _is_number(tokens[j + 1]):
            j += 1
        before = lemmas[max(0, i - 2):i]
        after = lemmas[j + 1:j + 4]
        background = (
            _year(tok)
            or (bool(after) and after[0] in TENURE_WORDS and (set(before) & BEFORE_TENURE or "experience" in after or "ago" in after))
            or (bool(after) and after[0] in PEOPLE_WORDS and not metric_clause)
            or ("of" in before and bool(set(lemmas[max(0, i - 3):i]) & BUDGET_WORDS))
            or (bool(after) and after[0] in BUDGET_WORDS)
        )
        change = bool(set(after[:2]) & CHANGE_WORDS) or bool(set(before) & {"by", "down", "up", "saved", "save", "to"} and metric_clause)
        result = not background and (metric_clause or has_from_to or change or "%" in tok.text or "percent" in after[:1])
        out.append(Quantity(tok.start, tokens[j].end, result, background))
        i = j + 1
    return out


def _number_context(lemmas: list[str], i: int) -> bool:
    """'one' or 'half' as a quantity ("a third of the calls", "one day"), not a pronoun."""
    nxt = lemmas[i + 1] if i + 1 < len(lemmas) else ""
    prev = lemmas[i - 1] if i else ""
    return nxt in DURATION_WORDS or nxt == "of" or prev in ("a", "by", "to", "from", "in")
