"""The scorer's one vocabulary: every lemma belongs to exactly one class.

Words are given as lemmas in American spelling (lemmas.py folds British
spellings and inflections onto them), so "analysed", "analyzes" and
"analyzing" all read as `analyze`. A test asserts that no lemma sits in two
classes, so a rule and a feature can never disagree about what a word is.
"""

from __future__ import annotations

# Verbs that name something concrete the speaker did to the work itself.
ACTION = """
add adjust analyze run rerun-tests annotate apply archive audit automate backfill benchmark block book
break budget build buy calculate calibrate cancel catalog categorize chart check clean
clear code collect compare compile configure consolidate count cross-check cut debug
deduplicate define delete deploy design diagnose digitize dig disable document download
draft draw enable estimate export extract file filter fix flag forecast graph group hire
import inspect install interview isolate label launch list load log map mark measure
merge migrate mock model monitor move negotiate observe order organize pair patch pilot
plan plot price print prioritize profile program prototype pull query rank rebuild
recalculate reconcile record recruit redesign redo reduce-scope refactor reformat
reindex relabel rename reorder reorganize repair replace replay reproduce reroute
rerun reschedule research reset resize restructure retest retrain rewrite roll
sample scan schedule score script segment sequence ship shadow simulate sketch sort
source split staff standardize stock strip structure survey swap tag tally template
test trace track train transcribe translate trial triage tune update upgrade
validate verify visit walk weigh wire write zone rotate rota print onboard coach
mentor teach demo prepare pack unpack load-test stress-test restock rebook recount
reprice relocate repackage retrofit reprogram reconfigure reroute-calls survey
interview-customers photograph inventory cost review rework remove set-up clean-up
root-cause spec spreadsheet whiteboard time-box cap limit freeze reassign delegate
rebalance redistribute roster cross-train upskill shortlist screen vet pitch-deck
procure tender bid quote invoice audit-trail send create introduce gather arrange contact
hold-a-meeting set-up sit-down-with run-through rebuild reset rewire phone-round collect measure
print post publish circulate distribute assign-tasks reassign-work swap-shifts cover-shifts
"""

# Verbs that tell or persuade someone: real actions, but about people, not the work.
COMMUNICATE = """
argue ask brief call challenge chat consult convince discuss email escalate explain
inform meet message notify object persuade phone pitch present propose push-back
raise remind report reply respond share speak talk tell text update-stakeholders
warn write-up announce apologize clarify confront debate disagree interview-stakeholders
lobby loop-in negotiate-terms pushback reach-out ring sit-down follow-up check-in
align-with survey-users demo-to walk-through
"""

# Verbs that say effort happened without saying what was done.
VAGUE = """
address assist collaborate contribute coordinate deal do drive engage ensure
facilitate focus handle help involve leverage look-into manage oversee own participate
support take-care try work spearhead champion streamline-things optimize-things
sync touch-base circle-back look-at go-through take-a-look action utilize
"""

# Things that happen to people rather than things they do.
EVENT = """
lose happen occur arrive leave join start begin come go take-over inherit face receive hear
struggle suffer fail die quit resign retire
"""

# Being, having, wanting, believing: states, not actions.
STATIVE = """
be have seem feel know think believe want need like love hate become remain exist
mean include consist belong matter appear sound look-like hope wish expect worry
understand remember forget prefer care get guess suppose reckon
"""

# Verbs of a measure changing: the grammar of a result.
METRIC = """
drop fall rise increase decrease reduce improve grow double halve triple quadruple
climb decline shrink jump recover save gain lift boost lower shorten speed-up cut-down
go-down go-up come-down bring-down plummet soar spike dip slash trim accelerate
"""

# Verbs of an outcome reached (results that need not be numbers).
OUTCOME = """
resolve stop win renew pass succeed achieve complete finish deliver land close
retain keep prevent avoid eliminate disappear end recur return meet-target hit
exceed beat approve adopt sign-off go-live
"""

# Seeing and working things out: how an owner's story starts.
COGNITION = """
notice spot realize discover find see suspect wonder hypothesize learn figure-out
identify detect recognize catch uncover confirm rule-out conclude deduce determine
"""

# Choosing: the clearest mark of whose call it was.
DECIDE = """
decide choose opt commit insist refuse volunteer step-in step-up take-on
take-ownership push-for make-the-call settle pick
"""

CLASSES: dict[str, str] = {
    "action": ACTION,
    "communicate": COMMUNICATE,
    "vague": VAGUE,
    "event": EVENT,
    "stative": STATIVE,
    "metric": METRIC,
    "outcome": OUTCOME,
    "cognition": COGNITION,
    "decide": DECIDE,
}

# Classes that count as the speaker doing something.
DOING = frozenset({"action", "communicate", "vague", "cognition", "decide", "other"})
CONCRETE = frozenset({"action", "communicate", "decide"})


def _split(words: str) -> list[str]:
    """Multi-word verbs are written with hyphens ("look-into") and read as word sequences."""
    return [w.replace("-", " ") for w in words.split()]


def build() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """(single-word lemma → class, multi-word lemma sequence → class); first class listed wins."""
    single: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    for cls, words in CLASSES.items():
        for entry in _split(words):
            parts = tuple(entry.split())
            target = single if len(parts) == 1 else multi
            key = parts[0] if len(parts) == 1 else parts
            target.setdefault(key, cls)
    return single, multi


WORD_CLASS, PHRASE_CLASS = build()


def duplicates() -> dict[str, list[str]]:
    """Lemmas listed in more than one class (a test asserts there are none)."""
    seen: dict[str, list[str]] = {}
    for cls, words in CLASSES.items():
        for entry in set(_split(words)):
            seen.setdefault(entry, []).append(cls)
    return {w: c for w, c in seen.items() if len(c) > 1}


# Words that are never the main verb of a clause, skipped when looking for it.
AUXILIARIES = frozenset("""
be am is are was were been being do does did have has had having will shall can may
might must would could should 'd 'll 've 'm 're 's gonna wanna gotta going start begin
started began keep kept manage managed
""".split())

ADVERBS = frozenset("""
also then just still already actually personally immediately quickly first finally
really basically literally honestly eventually later soon again even only simply
directly quietly carefully properly instantly initially originally ultimately so
now next always usually sometimes often never ever right straight both each all
literally kind sort of like um uh er erm well yeah ok okay anyway obviously
""".split())

NEGATIONS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor", "without"})

# Subjects and who they name.
FIRST_SINGULAR = frozenset({"i", "me", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "ourselves"})
TEAM_NOUNS = frozenset({"team", "squad", "group", "department", "crew", "unit", "staff", "everyone", "everybody"})
AUTHORITY_NOUNS = frozenset("""
manager boss lead supervisor director vp head ceo cto cfo coo founder leadership
management partner principal superintendent matron chief owner client skip-level
executive exec senior manger mgr
""".split())
OTHER_PRONOUNS = frozenset({"he", "she", "they", "it", "you", "someone", "somebody", "nobody", "one", "this", "that", "which", "who"})
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "its", "this", "that", "these", "those", "your", "some", "every", "each", "no", "one"})

# Words that start a new clause when a subject or verb follows them.
CLAUSE_JOINERS = frozenset("""
and but so then because since while when after before until once although though
which who where whereas or yet plus
""".split())

# Stopwords left out of an idea's fingerprint.
STOPWORDS = frozenset("""
a an the and or but so then of to in on at for with by from as into over about that
this these those it its i we my our me us he she they them his her their you your is
are was were be been being have has had do does did will would can could should just
also very really quite some any all which who what when where how there here up out
not no yes um uh like yeah okay ok well basically actually
""".split())

# Abstract nouns: an action on one of these ("I drove alignment", "I built a culture of
# ownership") says nothing an interviewer could picture or check.
ABSTRACT_NOUNS = frozenset("""
vision strategy alignment relationship culture outcome ownership accountability excellence success value
opportunity approach mindset conversation stakeholder synergy impact experience journey framework initiative
transformation collaboration engagement priority expectation assumption responsibility trust partnership
innovation growth potential direction narrative buy-in momentum visibility excellence standard best-practice
transparency communication teamwork passion commitment energy focus leadership agility efficiency quality
""".split())
