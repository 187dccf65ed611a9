"""Cues that label a sentence as Situation, Task, Action, Result or Reflection.

Data only: segmentation weighs these per sentence, adds a position prior and
picks the strongest label.
"""

from __future__ import annotations

from .patterns import ACTION_VERB_SOURCE, DIGITS_SOURCE

# Past-tense verbs that describe a state, not an action; also thoughts and
# feelings told as verbs ("I thought", "I started to have doubts", "I took a
# step back"), which say nothing about what was done.
STATIVE = (r"(?:needed|wanted|used|seemed|looked|liked|loved|hoped|noticed|realised|realized|"
           r"owned|named|based|supposed|expected|required|faced|lacked|struggled|believed|"
           r"assumed|considered|valued|preferred|enjoyed|inherited|managed|worked|helped|supported|"
           r"had|was|were|thought|felt|"
           r"(?:started|began)\s+to\s+(?:have|feel|think|worry|wonder|doubt|question|get|lose)|"
           r"took\s+a\s+(?:step|moment|breath)|"
           # A stated intent ("I made it my mission to ...") is not yet an action.
           r"made\s+it\s+(?:my|our)(?:\s+(?:mission|goal|priority|aim|job|business))?)(?![\w'])")

LABELS = ("situation", "task", "action", "result", "reflection")

# label -> (weight, phrases)
PHRASE_CUES: dict[str, tuple[float, tuple[str, ...]]] = {
    "situation": (1.5, (
        "at my last company", "at my previous company", "in my last role",
        "in my previous role", "in my current role", "in a previous role",
        "i was working as", "i was a", "i was an", "i was the", "i work as",
        "i worked as", "i'm a", "i am a", "our team", "my team", "we had",
        "we were", "we run", "we own", "there was", "there were", "at the time",
        "last year", "a few years ago", "when i joined", "situation", "context",
        "background", "was responsible for", "is responsible for", "in a recent project",
        "a couple of years ago", "back in", "we are", "we have", "i noticed",
        "i spotted", "i saw", "while reviewing", "while", "during", "i realised",
        "i realized", "i came across", "i found out", "was seeing", "were seeing",
        "kept", "had been", "used to",
        # A level, a plan or a promise is the baseline, not an outcome.
        "running at", "averaged", "averaging", "hovered", "hovering", "stood at",
        "the plan was", "the plan on the table", "planned to", "had promised",
    )),
    "task": (2.0, (
        "i decided to", "i decided that", "my goal", "our goal", "the goal",
        "i needed to", "i had to", "i wanted to", "i set out to", "the task",
        "my task", "i took it on", "i took this on", "i took on", "objective",
        "i made it my", "i chose to", "i volunteered to", "i committed to",
        "task:", "the aim", "my aim", "i resolved to", "i was asked",
        "i was assigned", "i was tasked", "i was told to", "i owned",
        "i took ownership", "decided to act", "i set myself", "a decision was made",
        "it was decided", "the decision was made",
        # Starting unasked is the task in a self-started story.
        "nobody asked me", "no one asked me", "nobody had asked", "no one had asked",
        "without being asked", "nobody owned", "no one owned", "nobody had flagged",
        "no one had flagged", "nobody had raised", "no one had raised", "so i took it",
        "on my own initiative",
    )),
    "result": (2.5, (
        "as a result", "the result", "resulted in", "which led to", "led to",
        "outcome", "reduced", "dropped", "fell", "increased", "improved",
        "rose", "grew", "saved", "cut", "went from", "down from", "up from",
        "halved", "doubled", "tripled", "eliminated", "shrank", "decreased",
        "boosted", "raised", "lowered", "result:", "results:", "impact",
        "the team was happy", "things improved", "everyone was happy",
        "within a week", "by the end", "in the end", "ended up", "since launch",
        "now", "afterwards", "after the fix", "after deploying", "after launch",
        "after the launch", "after the change", "recovered", "retained",
        "churn", "satisfaction", "nps", "csat", "avoided", "reached", "finished",
        "came in", "promoted", "renewed", "released", "went up", "went down",
        "lost none", "on time", "ahead of schedule", "adopted", "completion",
        "conversion", "retention", "attrition", "saving", "savings", "within two",
        "within three", "within a month", "within a quarter", "the next month",
        "the following", "over the next", "in the first",
        # Deadlines met are outcomes too.
        "ahead of the deadline", "before the deadline", "on schedule", "minimal disruption",
        "without disruption", "no disruption",
    )),
    "reflection": (3.0, (
        "i learned", "i learnt", "lesson", "in hindsight", "looking back",
        "next time", "if i did it again", "i would have", "i'd have",
        # Not bare "differently": "the sandbox behaved differently" is context.
        "do it differently", "do things differently", "do differently", "done differently",
        "differently next time", "differently now",
        "taught me", "i should have", "since then", "from then on",
        "i now", "these days i", "takeaway", "reflection:", "learning:",
        "what i took away", "i realised that i", "i realized that i",
        "so it would not", "so it wouldn't", "so it never", "to make sure it",
        "to stop it happening",
        "i still", "i always",
    )),
}

# label -> (weight, free regex sources)
PATTERN_CUES: dict[str, tuple[float, tuple[str, ...]]] = {
    # First person doing something in the past tense. It outweighs one
    # incidental context cue plus the before-action prior ("I adjusted the plan
    # because there were edge cases"), but not a result cue.
    "action": (2.3, (
        rf"(?<![\w'-])(?:i|we|team|they)\s+(?:(?:then|also|first|quickly|personally|immediately|finally|eventually|collectively|together|jointly)\s+)?(?!{STATIVE}){ACTION_VERB_SOURCE}(?![\w'])",
        r"^\s*(?:[-*•·]|\d+[.)])\s*[a-z]+ed\b",
        # Hyphenated verbs: "I load-tested", "we re-tagged".
        r"(?<![\w'-])(?:i|we)\s+[a-z]+-[a-z]+ed(?![\w'])",
        r"(?<![\w'-])action:",
        # Weak verbs still tell an action, weakly ("I helped set up the debrief").
        r"(?<![\w'-])i\s+(?:also\s+|then\s+)?(?:helped|assisted|supported|contributed|participated|worked\s+on|worked\s+with|was\s+(?:also\s+)?involved\s+in)(?![\w'])",
    )),
    # A measurement alongside an outcome reads as a result.
    "result": (1.5, (
        rf"{DIGITS_SOURCE}\s*(?:%|percent|x(?![\w']))",
        r"[$£€]\s?\d",
        r"(?<![\w'-])from\s+[$£€]?\d",
    )),
}

# Bonus for the first and last sentence.
FIRST_SENTENCE_PRIOR = {"situation": 2.1}
# Before the first action, numbers and outcomes are usually the baseline
# ("churn there was running at 9% a month"), so a lone result cue there is
# not enough to make a result.
BEFORE_ACTION_PRIOR = {"situation": 0.6, "result": -1.0}
LAST_SENTENCE_PRIOR = {"result": 0.6, "reflection": 0.4}
# A lone sentence with no cue is read as an action (a fix-it, a fragment).
SOLE_SENTENCE_DEFAULT = "action"
# When nothing cues a sentence: before any action it is context, after it an action.
DEFAULT_BEFORE_ACTION = "situation"
DEFAULT_AFTER_ACTION = "action"
# Order used to break ties between equally strong labels.
TIE_ORDER = ("reflection", "result", "task", "action", "situation")

# Where a long sentence may be cut into clauses, each labelled on its own
# ("I noticed X, so I traced Y, and failures fell 20%"). Each pattern matches
# the gap between two clauses: the left clause ends where it starts, the
# right one begins where it ends. A cut is kept only when both sides are
# real clauses: CLAUSE_MIN_WORDS words or more, each with a cue of its own.
# Without a cue, a side is a list item or an aside and stays with its neighbour.
# Entries are (text every match starts with, pattern): the scan looks for the
# text and tries the pattern only there.
CLAUSE_CUTS = (
    (",", r",\s+(?=(?:so|which|then|and)\s)"),  # ", and then", ", and failures fell", ", which cut"
    (";", r";\s+"),
    (" so ", r" (?<=[\w%)] )(?=so\s+(?:i|we)\s)"),  # "... to the team so I rewrote it"
)
CLAUSE_MIN_WORDS = 4
# Only sentences read as these are cut: context can hide an action or a
# result, and an action a result; a result or reflection sentence already counts.
CLAUSE_CUT_LABELS = ("situation", "task", "action")
