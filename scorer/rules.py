"""The rules, as data: what each phrase earns or costs, and how to fix it.

Every rule has a stable id (never derived from its phrases), the dimension it
affects, a kind (auto_fail | penalty | signal), phrases and/or free patterns,
a message, a fix, and fail/pass examples that the tests walk.

`points` is a schedule: the first distinct match earns points[0], the second
points[1], and so on; matches past the schedule still show but add nothing.
`scope` lists the STAR labels a match must sit in (None: anywhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .star_cues import STATIVE
from .patterns import (
    ACTION_VERB_SOURCE, CONCRETE_VERBS, DIGITS_SOURCE, NUMBER_WORDS, UNITS, alternation,
)

ACTIONS = ("task", "action", "result")
NOT_CONTEXT = ("task", "action", "result", "reflection")


@dataclass(frozen=True)
class Rule:
    id: str
    dimension: str
    kind: str
    message: str
    fix: str  # may use {quote} and {rewrite}
    fail: tuple[tuple[str, str], ...]  # (answer, quote the rule must flag)
    passes: tuple[str, ...]  # answers the rule must not flag
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    scope: tuple[str, ...] | None = None
    points: tuple[int, ...] = ()
    negation_guard: bool = False  # "nobody asked me", "wasn't assigned"
    unless_followed_by: str | None = None  # regex tried right after the match
    suppressed_after: tuple[str, ...] = ()  # rule ids that, earlier on, cancel this one
    waived_by: tuple[str, ...] = ()  # rule ids whose presence zeroes these points
    requires: tuple[str, ...] = ()  # rule ids that must fire for this one to show
    rewrites: tuple[tuple[str, str], ...] = ()  # regex -> replacement on the quote
    in_quotes: bool = False  # whether matches inside reported speech count
    lexicon: bool = field(default=False)  # phrases are vocabulary, not faults


_VERBS = alternation(CONCRETE_VERBS)
_COLLECTIVE_VERBS = alternation((
    "decided", "implemented", "found", "built", "fixed", "created", "launched",
    "designed", "identified", "deployed", "discovered", "investigated", "analysed",
    "analyzed", "developed", "rolled out", "agreed", "chose", "migrated", "rewrote",
    "shipped", "introduced", "changed", "resolved", "came up with", "put together",
    "set up", "worked out", "figured out", "determined", "delivered", "started",
    "made", "ran", "added", "removed", "moved", "updated", "reached out",
    "brainstormed", "solved", "tackled", "addressed", "debugged", "diagnosed",
    "traced", "wrote", "redesigned", "refactored", "automated", "negotiated",
    "planned", "prioritised", "prioritized", "drove", "led", "executed",
    "tested", "released", "settled on", "went with", "opted", "pushed",
    "pulled", "pulled together", "went through", "dug through", "reviewed", "rolled",
    "switched", "patched", "talked",
) + CONCRETE_VERBS)  # "we mapped", "we replaced" hide the actor as much as "we decided"
_ADVERBS = "(?:(?:then|also|collectively|jointly|together|all|quickly|eventually|finally|ultimately|immediately|first|soon)\\s+)?"
_BOSS = (
    "(?:(?:my|our|the|his|her|their)\\s+(?:[a-z-]+\\s+)?)?"
    "(?:manager|boss|lead|director|supervisor|vp|head\\s+of\\s+[a-z]+|skip-level|cto|ceo|cfo|coo|"
    "leadership|management|principal|mentor|team\\s+lead|tech\\s+lead|pm|product\\s+manager|head|"
    "line\\s+manager|senior\\s+leadership|exec\\s+team|executives?|partner|stakeholders?)"
)
_NUM_WORDS = alternation(NUMBER_WORDS)
_UNITS = alternation(UNITS)
_NUMBER = f"(?:{DIGITS_SOURCE}|{_NUM_WORDS})"

# What ties a result to the candidate's own change: a comparison, a control,
# a cohort, the part they changed. Anywhere before a broad claim, these count
# (`result_attribution`); later in the claim's own sentence, so does a stated
# cause ("because", "linked to").
_ATTRIBUTION = (
    "compared with", "compared to", "compared against", "versus", "control group",
    "control groups", "holdout", "hold-out", "cohort", "cohorts", "a/b test", "a/b tested",
    "a/b testing", "ab test", "ab tested", "split test", "like-for-like", "in the pilot",
    "the pilot group", "my change", "my changes", "the routes i changed",
    "the lines i changed", "the sites i changed", "the stores i changed",
)
_CAUSE = ("because", "attributable", "attributed", "linked")
# "I" doing something. The stative check sits after the adverb, so "I also
# helped" and "I then thought" are not actions.
_FIRST_PERSON_ACTION = rf"(?<![\w'-])i\s+{_ADVERBS}(?!{STATIVE}){ACTION_VERB_SOURCE}(?![\w'])"

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- ownership
    Rule(
        id="manager_directed",
        dimension="ownership_signal",
        kind="auto_fail",
        message="The work was handed to you, so the story shows execution, not ownership. "
                "A Bar Raiser scores this as no ownership signal at all.",
        fix='Open with what you noticed and why you chose to act: "{quote}" → '
            '"I spotted the problem in the weekly numbers, no one owned it, so I took it on."',
        patterns=(
            rf"{_BOSS}\s+(?:later\s+|then\s+|had\s+)?(?:asked|told|wanted|needed|instructed|directed|expected)\s+me\s+(?:to|if|whether|with)(?![\w'])",
            rf"{_BOSS}\s+(?:later\s+|then\s+|had\s+)?(?:assigned|tasked|volunteered|picked|chose|selected|nominated|handed|pulled|put|roped|drafted|voluntold|asked)\s+me(?![\w'])",
            rf"{_BOSS}\s+(?:later\s+|then\s+|had\s+)?suggested\s+(?:that\s+)?(?:i|me)(?![\w'])",
            # "My general manager called me at home and told me to ..."
            rf"{_BOSS}\s+(?:called|rang|phoned|emailed|messaged|pinged)\s+me\s+(?:[a-z]+\s+){{0,4}}?and\s+(?:asked|told|instructed)\s+me\s+to(?![\w'])",
            rf"{_BOSS}\s+(?:later\s+|then\s+|had\s+)?(?:gave|passed|sent|forwarded|handed|assigned|brought)\s+(?:me\s+)?(?:the|this|a|an|that)\s+(?:[a-z-]+\s+)?(?:ticket|task|project|issue|bug|problem|work|assignment|job|initiative|escalation|migration|request)(?![\w'])",
            r"(?<![\w'-])(?:i|we)\s+(?:was|were|had\s+been|got)\s+(?:asked|told|instructed|directed)\s+(?:to|by|if|whether)(?![\w'])",
            r"(?<![\w'-])(?:was|were|got|been|being)\s+(?:tasked|voluntold|drafted|roped\s+in|pulled\s+in|brought\s+in|put\s+on|put\s+in\s+charge|picked|chosen|selected|nominated|volunteered)(?![\w'])",
            r"(?<![\w'-])(?:i|we)\s+(?:was|were|got)\s+assigned(?![\w'])",
            r"(?<![\w'-])(?:was|were|got)\s+(?:given|handed)\s+(?:the|this|a|an|that|ownership\s+of)\s+(?:[a-z-]+\s+)?(?:ticket|task|project|issue|bug|problem|work|assignment|job|initiative|escalation|migration|request)(?![\w'])",
            r"(?<![\w'-])(?:re)?assigned\s+(?:(?:it|this|that|the\s+[a-z-]+)\s+)?to\s+me(?![\w'])",
            r"(?<![\w'-])(?:handed|passed)\s+(?:over\s+|on\s+|down\s+)?to\s+me(?![\w'])",
            r"(?<![\w'-])(?:landed|dropped|ended\s+up)\s+on\s+my\s+(?:plate|desk)(?![\w'])",
            r"(?<![\w'-])(?:at|on|per)\s+(?:the\s+request\s+of\s+my|my\s+(?:manager|boss|lead|director)'s\s+(?:request|instruction|instructions|direction|suggestion))(?![\w'])",
            r"(?<![\w'-])my\s+(?:manager|boss|lead|director)'s\s+idea(?![\w'])",
        ),
        negation_guard=True,
        unless_followed_by=r"\s*(?:to\s+)?(?:present|demo|showcase|share|write\s+(?:it\s+)?up|talk\s+about|brief|teach|speak|scale\s+it|roll\s+it\s+out|expand\s+it)(?![\w'])",
        suppressed_after=("self_initiated",),
        in_quotes=True,
        fail=(
            ("In a recent project, I was asked by my manager to investigate customer complaints about delayed deliveries.", "I was asked by"),
            ("My manager suggested I look into this since I had bandwidth.", "My manager suggested I"),
            ("I was assigned the ticket for the flaky checkout tests.", "I was assigned"),
            ("I got tasked with cleaning up the onboarding flow.", "got tasked"),
            ("The project was reassigned to me in the reorg.", "reassigned to me"),
            ("My boss volunteered me for it because nobody else had time.", "My boss volunteered me"),
            ("Leadership picked me to drive the vendor consolidation.", "Leadership picked me"),
            ("My lead handed me the billing migration last spring.", "My lead handed me"),
            ("I was given the task of cutting our cloud bill.", "was given the task"),
            ("I was told to fix the report before Friday.", "I was told to"),
            ("My manager asked me to look into the customer feedback reports.", "My manager asked me to"),
            ("The studio head asked me to come up with a plan to cut crunch.", "The studio head asked me to"),
            ("My general manager called me at home and told me to reroute the trucks.",
             "My general manager called me at home and told me to"),
        ),
        passes=(
            "Nobody asked me to investigate, so I dug into the logs myself.",
            "No one told me to fix it; I saw the gap and decided to act.",
            "I fixed the import job on my own initiative. I briefed my manager once the fix was live.",
            "Nobody asked me to look at it, but I rebuilt the report. She later invited me to demo it to the wider org.",
            "I asked my manager for two days to prototype the fix.",
            "I wasn't assigned this work; I noticed the backlog and took it on.",
        ),
    ),
    Rule(
        id="collective_language",
        dimension="ownership_signal",
        kind="penalty",
        message='"We" plus an action hides what you did yourself. The interviewer cannot '
                "credit an action they cannot attribute to you.",
        fix='Say what you did in the first person: "{quote}" → "{rewrite}", then name your part.',
        patterns=(rf"(?<![\w'-])we\s+{_ADVERBS}{_COLLECTIVE_VERBS}(?![\w'])",),
        scope=("task", "action"),
        points=(-5, -4, -3, -2),
        rewrites=((r"^we\s+(?:(?:then|also|collectively|jointly|together|all|quickly|eventually|finally|ultimately|immediately|first|soon)\s+)?", "I "),),
        fail=(
            ("After discussing with the team, we collectively decided to implement a caching system.", "we collectively decided"),
            ("I worked with the team to identify the root cause and we implemented a new tracking system.", "we implemented"),
            ("We found a recurring issue in the order pipeline.", "We found"),
        ),
        passes=(
            "Our group of eight runs the payments platform, and we had no alerting on refunds.",
            "I found a recurring issue in the order pipeline.",
            'The customer wrote "we decided to leave" in the survey, so I called her.',
        ),
    ),
    Rule(
        id="helped_dilution",
        dimension="ownership_signal",
        kind="penalty",
        message="Helping, assisting or being part of something makes you a bystander in your own story.",
        fix='Claim the piece you owned: "{quote}" → "I built / I decided / I ran …" followed by the exact piece that was yours.',
        phrases=(
            "i helped", "i assisted", "i supported", "i contributed to", "i was part of",
            "i participated in", "i played a part", "i played a small part", "i played a role",
            "i was involved in", "i chipped in", "i pitched in", "i tried to help",
        ),
        # The same with an adverb in between: "I also helped", "I was also involved in".
        patterns=(
            r"(?<![\w'-])i\s+(?:also|just|mostly|mainly|only|then|really)\s+(?:helped|assisted|supported|contributed\s+to|participated\s+in|chipped\s+in|pitched\s+in)(?![\w'])",
            r"(?<![\w'-])i\s+was\s+(?:also|just|mostly|mainly|only|really)\s+(?:involved\s+in|part\s+of)(?![\w'])",
        ),
        scope=NOT_CONTEXT,
        points=(-4, -3, -2),
        fail=(
            ("I helped deploy a fix which improved processing speed.", "I helped"),
            ("I was part of the group that rebuilt the search index.", "I was part of"),
            ("I also helped with putting more testing in place.", "I also helped"),
            ("I was also involved in training the interviewers.", "I was also involved in"),
        ),
        passes=(
            "I deployed a fix that cut checkout latency from 900 ms to 300 ms.",
            "I rebuilt the search index over two weekends.",
        ),
    ),
    Rule(
        id="blame_shifting",
        dimension="ownership_signal",
        kind="penalty",
        message="The blame points away from you. A Bar Raiser listens for what you owned, "
                "including your part in what went wrong.",
        fix='Own your part first: "{quote}" → "I sent a script I had not tested; I now run '
            'every wiki script on a sandbox account before I share it".',
        phrases=(
            "was on their side", "was on their end", "were on their side", "were on their end",
            "their fault", "not my fault", "wasn't my fault", "was not my fault", "their mistake",
            "out of my hands", "nothing i could have done", "nothing i could do",
            "dropped the ball", "let us down", "let me down",
            "needed to be more careful", "need to be more careful", "should have been more careful",
        ),
        points=(-5, -4, -3),
        fail=(
            ("I explained that the problem was on their side.", "was on their side"),
            ("I told the engineering manager that his team needed to be more careful.", "needed to be more careful"),
        ),
        passes=(
            "I sent a script I had not tested, so I called the admin and restored her shift rules.",
            "I should have tested the script on a sandbox first.",
            "Freight costs were higher than they should have been, so I pulled the carrier invoices.",
        ),
    ),
    Rule(
        id="team_as_actor",
        dimension="ownership_signal",
        kind="penalty",
        message="The team is doing the work in this sentence; your own role disappears.",
        fix='Separate your part from the team\'s: "{quote}" → "I proposed …, and the team then …".',
        patterns=(rf"(?<![\w'-])(?:the|my|our)\s+(?:whole\s+)?(?:team|group|squad|department)\s+{_ADVERBS}{_COLLECTIVE_VERBS}(?![\w'])",),
        scope=ACTIONS,
        points=(-3, -2),
        fail=(("The team implemented a new tracking system.", "The team implemented"),),
        passes=("I implemented a new tracking system and walked the team through it.",),
    ),
    Rule(
        id="passive_actor",
        dimension="ownership_signal",
        kind="penalty",
        message="The passive voice hides who acted. Put yourself in the sentence as the one who did it.",
        fix='Name the actor: "{quote}" → "I decided / I deployed …".',
        phrases=("it was decided", "a decision was made", "the decision was made", "it was agreed"),
        patterns=(r"(?<![\w'-])(?:was|were|got)\s+(?:then\s+|eventually\s+|finally\s+)?(?:implemented|deployed|rolled\s+out|shipped|introduced|put\s+in\s+place)(?![\w'])",),
        scope=ACTIONS,
        points=(-2, -1),
        fail=(("Eventually a decision was made to replace the vendor.", "a decision was made"),),
        passes=("I decided to replace the vendor after comparing three quotes.",),
    ),
    Rule(
        id="self_initiated",
        dimension="ownership_signal",
        kind="signal",
        message="You started this yourself. That is the ownership signal a Bar Raiser listens for.",
        fix="Keep it, and say early what made you act.",
        phrases=(
            "nobody asked me", "no one asked me", "nobody had asked", "no one had asked",
            "without being asked", "nobody told me", "no one told me", "nobody assigned",
            "no one assigned", "without a ticket", "no ticket", "with no ticket",
            "no one had filed", "nobody had filed", "no team had filed", "no one owned",
            "nobody owned", "on my own initiative", "on my own time", "off my own bat",
            "i took it upon myself", "i took the initiative", "i took ownership",
            "i decided to", "i decided that", "i decided not to", "i chose to", "i volunteered to",
            "i proposed", "i pitched", "i stepped in", "i stepped up", "i made it my",
            "i took it on", "i took this on", "i raised it", "i flagged it",
            "i set out to", "i pushed for", "i made the call", "i made the case",
            "i resolved to", "i committed to",
            # Nobody else had seen it or was on it.
            "nobody had flagged", "no one had flagged", "nobody had raised", "no one had raised",
            "nobody was tracking", "no one was tracking", "nobody had noticed", "no one had noticed",
            "nobody had connected", "no one had connected", "wasn't part of my", "was not part of my",
            "wasn't in my goals", "was not in my goals", "so i took it",
        ),
        points=(7, 2),
        fail=(
            ("Nobody asked me to investigate, so I pulled the logs myself.", "Nobody asked me"),
            ("I decided to act immediately despite it not being my team's responsibility.", "I decided to"),
            ("It wasn't part of my review, and nobody had flagged it, so I pulled the invoices.", "wasn't part of my"),
            ("The problem sat between two teams and no one owned it, so I took it.", "no one owned"),
        ),
        passes=("My manager asked me to pull the logs.",),
    ),
    Rule(
        id="beyond_remit",
        dimension="ownership_signal",
        kind="signal",
        message="You acted beyond your remit, which is ownership at its strongest.",
        fix="Keep it, and say briefly why it mattered enough to act anyway.",
        phrases=(
            "not my team's responsibility", "wasn't my team's responsibility",
            "not my team's job", "wasn't my team's job", "not my responsibility",
            "wasn't my responsibility", "not my job", "wasn't my job", "outside my remit",
            "outside my role", "outside my team", "outside my area", "outside my scope",
            "not in my scope", "not my area", "another team's", "a different team's",
            "didn't own", "did not own", "wasn't my team's", "not my team's",
            "beyond my role", "beyond my remit",
        ),
        patterns=(r"(?<![\w'-])(?:not|n't)\s+(?:being\s+|really\s+|even\s+|strictly\s+|technically\s+)?(?:my|our)\s+(?:team's\s+|own\s+)?(?:responsibility|job|area|remit|problem|scope|system|service|code|project|queue)(?![\w'])",),
        points=(3,),
        fail=(("It was outside my remit, but the refunds were hurting customers.", "outside my remit"),),
        passes=("The refunds queue belonged to my team.",),
    ),
    Rule(
        id="noticed_problem",
        dimension="ownership_signal",
        kind="signal",
        message="You spotted the problem yourself rather than being handed it.",
        fix="Keep it, and add how you spotted it (a report, a log, a customer call).",
        phrases=(
            "i noticed", "i spotted", "i saw that", "i picked up on", "i caught",
            "i came across", "i realised", "i realized", "i discovered that",
        ),
        points=(3,),
        negation_guard=True,
        fail=(("While reviewing customer feedback, I noticed a billing bug.", "I noticed"),),
        passes=("My manager pointed out a billing bug.",),
    ),
    Rule(
        id="first_person_action",
        dimension="ownership_signal",
        kind="signal",
        message="An action told in the first person singular: the interviewer can credit it to you.",
        fix="Keep it.",
        patterns=(_FIRST_PERSON_ACTION,),
        scope=ACTIONS,
        points=(3, 3, 2, 2),
        fail=(("I rebuilt the rota and paired each new starter with a mentor.", "I rebuilt"),),
        passes=("We rebuilt the rota and paired each new starter with a mentor.",
                "I also helped with the testing.",
                "I thought the plan was risky, so I took a step back."),
    ),
    # ------------------------------------------------------- action specificity
    Rule(
        id="concrete_action",
        dimension="action_specificity",
        kind="signal",
        message="A concrete, checkable action.",
        fix="Keep it; say what it touched (which log, which query, which customer).",
        patterns=(rf"(?<![\w'-])(?:(?:i|we)\s+{_ADVERBS})?{_VERBS}(?![\w'])",),
        scope=NOT_CONTEXT,
        points=(3, 3, 3, 3, 2, 1),
        lexicon=True,
        fail=(("I investigated the logs and wrote a patch.", "I investigated"),),
        passes=("I worked on the issue and it got sorted.",),
    ),
    Rule(
        id="root_cause",
        dimension="action_specificity",
        kind="signal",
        message="You named the cause, which shows you dived deep rather than patched symptoms.",
        fix="Keep it; one more clause on how you proved it is even better.",
        phrases=(
            "root cause was", "root cause is", "root cause as", "root cause turned out",
            "root cause:", "the culprit was", "the cause was", "the reason was",
            "stemmed from", "came down to", "turned out to be", "turned out that",
            "race condition", "memory leak", "off-by-one", "misconfigured", "misconfiguration",
        ),
        patterns=(
            r"(?<![\w'-])(?:was|were|is|are)\s+(?:being\s+)?caused\s+by(?![\w'])",
            r"(?<![\w'-])(?:was|were)\s+causing(?![\w'])",
            r"(?<![\w'-])causing\s+(?:the|this|these|those|it|all)(?![\w'])",
            r"(?<![\w'-])traced\s+(?:it|this|them|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:back\s+)?to(?![\w'])",
        ),
        scope=NOT_CONTEXT,
        points=(5,),
        fail=(("I identified a race condition causing the issue.", "race condition"),),
        passes=("I worked with the team to identify the root cause.",),
    ),
    Rule(
        id="technical_detail",
        dimension="action_specificity",
        kind="signal",
        message="Operational or technical detail that makes the action believable.",
        fix="Keep it.",
        phrases=(
            "logs", "log files", "query", "queries", "sql", "dashboard", "spreadsheet",
            "schema", "database", "index", "cache", "caching", "config", "configuration",
            "timeout", "retry", "retries", "deadlock", "api", "endpoint", "latency",
            "p99", "p95", "load test", "a/b test", "ab test", "experiment", "cohort",
            "funnel", "survey", "interviews", "script", "pipeline", "cron", "queue",
            "stack trace", "flame graph", "profiler", "code review", "unit test",
            "integration test", "data model", "contract", "licence", "license", "sla",
            "macro", "knowledge base", "invoice", "invoices", "ledger", "reconciliation",
            "forecast", "budget", "p&l", "heatmap", "wireframe", "wireframes",
            "prototype", "usability test", "usability tests", "regression", "model",
            "training data", "feature flag", "rollback", "canary", "vendor", "quote",
            "quotes", "rota", "shift", "shifts", "routing", "inventory", "sku",
            "warehouse", "scorecard", "rubric", "job description", "sourcing",
            "offer", "onboarding", "checklist", "patch", "batch job", "etl",
            "headcount", "utilisation", "utilization", "root cause analysis",
            "session recordings", "support tickets", "ticket data", "call recordings",
            "csv", "excel", "jira", "figma", "tableau", "looker", "python", "terraform",
            "kubernetes", "lambda", "s3", "dynamodb", "postgres", "kafka", "webhook",
            "memo", "spec", "proposal", "plan", "sample", "samples",
            "training", "sessions", "playbook", "runbook", "template", "report",
        ),
        # Counts and sizes inside an action are operational detail too.
        patterns=(rf"(?<![\w'-]){DIGITS_SOURCE}(?![\w'])",
                  r"(?<![\w'-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)\s+[a-z]+s(?![\w'])"),
        scope=("task", "action"),
        points=(2, 2, 1),
        lexicon=True,
        fail=(("I pulled the logs and profiled the checkout endpoint.", "logs"),),
        passes=("I did my best and it went well.",),
    ),
    Rule(
        id="vague_action",
        dimension="action_specificity",
        kind="penalty",
        message="A vague verb. It tells the interviewer something happened, not what you did.",
        fix='Replace it with the concrete action: "{quote}" → "{rewrite}".',
        phrases=(
            "worked on", "helped with", "was involved in", "looked into things",
            "looked into it", "looked into the issue", "sorted it out", "sorted things out",
            "took care of it", "dealt with it", "handled it", "did some analysis",
            "made some changes", "made improvements", "made some improvements",
            "fixed things", "worked with the team", "worked closely with",
            "various things", "did what was needed", "did my best", "took steps",
            "took action", "did a lot of work", "put in a lot of effort",
            "leveraged", "drove alignment", "aligned stakeholders", "touched base",
            "tried to fix", "tried some things", "worked hard", "got it done",
            "did everything i could", "handled the situation", "addressed the issue",
            "addressed it", "got involved", "and so on", "and stuff", "stuff like that",
            "things like that", "some tweaks", "a few tweaks", "figured it out",
        ),
        # Working "with the engineering team" names a partner, not an action.
        patterns=(
            r"(?<![\w'-])worked\s+(?:closely\s+)?with\s+(?:the|our|my|their)\s+(?:[a-z-]+\s+)?(?:team|teams|folks)(?![\w'])",
            r"(?<![\w'-])was\s+(?:also\s+)?involved\s+in(?![\w'])",
        ),
        scope=NOT_CONTEXT,
        points=(-4, -3, -3, -2),
        rewrites=(
            (r"^worked\s+on", "rewrote"),
            (r"^helped\s+with", "built"),
            (r"^was\s+involved\s+in", "ran"),
            (r"^looked\s+into\s+(?:things|it|the\s+issue)", "traced the failures to the retry job"),
            (r"^(?:sorted|figured)\s+(?:it|things)\s+out", "patched the timeout and re-ran the backlog"),
            (r"^worked\s+(?:closely\s+)?with(?:\s+(?:the|our|my|their)\s+(?:[a-z-]+\s+)?(?:team|teams|folks))?", "paired with the on-call engineer to"),
            (r"^was\s+(?:also\s+)?involved\s+in", "ran"),
            (r"^(?:made\s+(?:some\s+)?(?:changes|improvements)|(?:some|a\s+few)\s+tweaks)", "raised the timeout from 2 s to 10 s"),
        ),
        fail=(
            ("I worked on the issue and sorted it out.", "worked on"),
            ("I worked with the team to identify the root cause.", "worked with the team"),
            ("I worked with the engineering team to get it into production.", "worked with the engineering team"),
        ),
        passes=("I traced the failures to a retry loop and capped it at three attempts.",
                "I paired with an engineer on the data team to move the job to the new cluster.",),
    ),
    Rule(
        id="effort_not_action",
        dimension="action_specificity",
        kind="penalty",
        message="Effort, composure or resolve, not an action. Late nights, meetings and standing firm "
                "show how hard you tried; the interviewer still cannot tell what you examined or changed.",
        fix='Say what the effort produced: "{quote}" → "I rewrote the fare breakdown in two evenings '
            'and got it through review by Thursday" (your real steps).',
        phrases=(
            "stayed late", "stayed up late", "worked late", "late nights", "long hours",
            "worked weekends", "worked through the weekend", "worked through the night",
            "worked around the clock", "pulled an all-nighter", "burned the midnight oil",
            "stayed calm", "kept calm", "felt heard", "kept pushing", "pushed hard",
            "held firm", "held my ground", "stood my ground", "stood firm",
            "build alignment", "built alignment", "building alignment", "create alignment",
            "keep everyone engaged", "kept everyone engaged", "keep everyone aligned",
            "kept everyone aligned", "keep everyone in the loop", "kept everyone in the loop",
            "be more proactive", "take more ownership", "positive reinforcement",
            "believed in him", "believed in her", "believed in them",
            # A meeting cadence is coordination, not an action on the problem.
            "daily stand-up", "daily stand-ups", "daily standup", "daily standups",
            "weekly sync", "weekly syncs", "regular touchpoints", "regular check-ins",
            "status meetings", "a series of workshops", "a series of meetings",
        ),
        # Telling someone to "be more proactive" is exhortation, not coaching.
        patterns=(r"(?<![\w'-])told\s+(?:him|her|them)\s+to\s+be\s+more(?:\s+[a-z-]+)?(?![\w'])",),
        scope=NOT_CONTEXT,
        points=(-2, -2, -1),
        fail=(
            ("I stayed late for several nights to get the screen done.", "stayed late"),
            ("I held a series of workshops to build alignment around the plan.", "build alignment"),
            ("I told him to be more proactive during incidents.", "told him to be more proactive"),
            ("I raised it in the review and pushed hard on quality.", "pushed hard"),
            ("I broke the work into phases and ran a daily stand-up with support.", "daily stand-up"),
        ),
        passes=(
            "I rewrote the layout in the new component library over three evenings.",
            "I set up weekly 1:1s and paired him with the on-call lead for two rotations.",
        ),
    ),
    Rule(
        id="collective_detail",
        dimension="action_specificity",
        kind="penalty",
        message='A concrete step told as "we". It is detail about the team\'s work; the interviewer '
                "still does not know which step you took yourself.",
        fix='Say which step was yours: "{quote}" → "{rewrite}", and what you did in it.',
        patterns=(rf"(?<![\w'-])we\s+{_ADVERBS}{_COLLECTIVE_VERBS}(?![\w'])",),
        scope=("task", "action"),
        # Small: the concrete verb still earns its detail points, and "we" is
        # charged mainly to ownership.
        points=(-1, -1, -1, -1),
        rewrites=((r"^we\s+(?:(?:then|also|collectively|jointly|together|all|quickly|eventually|finally|ultimately|immediately|first|soon)\s+)?", "I "),),
        fail=(("We mapped every step of the journey and we A/B tested the new flow.", "We mapped"),),
        passes=("I mapped every step of the journey and A/B tested the new flow against the old one.",),
    ),
    Rule(
        id="fluent_filler",
        dimension="action_specificity",
        kind="penalty",
        message="Fluent filler. It sounds good and earns nothing: a Bar Raiser scores content, not delivery.",
        fix='Cut "{quote}" and spend the seconds on what you examined, found or changed.',
        phrases=(
            "passionate about", "deeply passionate", "delighting customers", "delight customers",
            "customer-centric", "customer centric", "above and beyond", "i always put the customer first",
            "at the end of the day", "synergy", "synergies", "best-in-class", "world-class",
            "game-changer", "game changer", "team player", "outside the box",
            "move the needle", "moved the needle", "i truly believe", "i strongly believe",
            "i'm a big believer", "i am a big believer", "customer is always right",
            "win-win", "low-hanging fruit", "paradigm", "holistic",
        ),
        points=(-2, -2),
        fail=(("I'm deeply passionate about delighting customers.", "deeply passionate"),),
        passes=("I called five customers who had asked for refunds.",),
    ),
    # ------------------------------------------------------- quantified impact
    Rule(
        id="result_metric",
        dimension="quantified_impact",
        kind="signal",
        message="A number tied to the result.",
        fix="Keep it; a before and after, and who it helped, make it stronger still.",
        patterns=(
            rf"(?<![\w'-]){DIGITS_SOURCE}\s*(?:%|percent(?![\w'])|per\s+cent(?![\w'])|x(?![\w'])|-?fold(?![\w']))",
            rf"(?<![\w'-]){DIGITS_SOURCE}(?:\s+|-)?{_UNITS}(?![\w'])",
            rf"(?<![\w'-]){_NUM_WORDS}[\s-]+{_UNITS}(?![\w'])",
            r"(?<![\w'.,-])(?!(?:19|20)\d\d(?!\d))[$£€¥]?\d(?:[\d,]{0,12}\d)?(?:\.\d{1,3})?(?![\w'%.,])",
            r"(?<![\w'-])(?:doubled|tripled|quadrupled|halved|tenfold|twofold|threefold|"
            r"cut\s+(?:it\s+|them\s+)?in\s+half|by\s+half|to\s+(?:a|one)\s+(?:third|quarter|half)|"
            r"to\s+zero|eliminated\s+(?:all|every)|from\s+(?:days|weeks|hours)\s+to\s+(?:hours|minutes|seconds|days))(?![\w'])",
        ),
        scope=("result",),
        points=(12, 3, 2),
        fail=(
            ("After deploying the fix, payment processing errors dropped by 40%.", "40%"),
            ("The review queue halved within a month.", "halved"),
            ("Turnaround went from three days to one.", "three days"),
        ),
        passes=("As a result, things improved significantly.",),
    ),
    Rule(
        id="before_after",
        dimension="quantified_impact",
        kind="signal",
        message="A before and after: the clearest way to show impact.",
        fix="Keep it.",
        patterns=(
            rf"(?<![\w'-])from\s+(?:about\s+|around\s+|roughly\s+|over\s+|nearly\s+|almost\s+)?{_NUMBER}(?:[\s-]+[a-z%]+){{0,3}}\s+(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|under\s+|just\s+)?{_NUMBER}(?:\s*%|(?:\s+|-)?{_UNITS}(?![\w']))?(?![\w'])",
            rf"(?<![\w'-])(?:down|up)\s+from\s+{_NUMBER}(?![\w'])",
            rf"{DIGITS_SOURCE}\s*(?:[a-z%]+\s*)?(?:->|→|=>)\s*{DIGITS_SOURCE}",
        ),
        scope=("result",),
        points=(3,),
        fail=(("Checkout latency fell from 900 ms to 300 ms.", "from 900 ms to 300 ms"),),
        passes=("Checkout latency fell by a lot.",),
    ),
    Rule(
        id="unattributed_result",
        dimension="quantified_impact",
        kind="penalty",
        message="A number for something much bigger than your change (the whole app, the company, "
                "the year). Many things moved it, and nothing in the answer ties it to what you did.",
        fix='Measure what your change touched: "{quote}" → "on the screens I rebuilt, cancellations fell '
            'from 14% to 11%, against 14% on the control group" (your real comparison).',
        patterns=(
            # A scope wider than any one change, then a number later in the sentence.
            # A time window alone ("that year") is not enough: the metric may be
            # exactly the one the candidate changed.
            r"(?<![\w'-])(?:across\s+the\s+(?:whole|entire)(?:\s+[a-z-]+)?|(?:company|org|organisation|organization|business|site)-wide|"
            r"overall\s+(?!i(?![\w']))[a-z-]+|gross\s+bookings|total\s+revenue|share\s+price|"
            r"(?:our|the)\s+(?:service|platform|site|company's|business's)\s+(?:availability|uptime|revenue|output))"
            r"(?![\w'])(?=[^.!?\n]{0,120}?\d)",
        ),
        # Tied to the change after all: a comparison or "I ..." later in the sentence.
        unless_followed_by=rf"[^.!?\n]{{0,160}}?(?:(?<![\w'-]){alternation(_ATTRIBUTION + _CAUSE)}(?![\w'])|{_FIRST_PERSON_ACTION})",
        suppressed_after=("result_attribution",),
        scope=("result",),
        points=(-8, -3),
        fail=(
            ("After launch, cancellations across the whole app dropped from 14% to 9%.", "across the whole app"),
            ("That year, overall output grew by 25%.", "overall output"),
            ("Over the next year our service availability went from 99.9% to 99.99%.", "our service availability"),
            ("Gross bookings for the quarter were up 12%.", "Gross bookings"),
        ),
        passes=(
            "After launch, cancellations across the whole app fell from 14% to 9%, compared with 13% in the control group.",
            "Across the whole app, cancellations fell from 14% to 9%, mostly because riders saw the fare up front.",
            "Across the whole app I cut cold-start time from 4 seconds to 1.5.",
            "I A/B tested the new flow. Across the whole app, cancellations fell from 14% to 11%.",
            "After the rollout, changeover time across all four plants fell from 95 to 40 minutes.",
            "Overall it was a good project and it saved the company a lot of money.",
            "Over the next year, night pages fell from 45 a month to 9, and nobody left the team that year.",
        ),
    ),
    Rule(
        id="result_attribution",
        dimension="quantified_impact",
        kind="signal",
        message="The result is tied to your change (a comparison, a control, a cohort), so a broad number still counts.",
        fix="Keep it.",
        phrases=_ATTRIBUTION,
        # Anywhere: a penalty for a missing link should err towards not firing.
        scope=None,
        points=(),
        lexicon=True,
        fail=(("I A/B tested the flow, and cancellations fell 3 points compared with the control group.", "A/B tested"),),
        passes=("Cancellations across the whole app fell from 14% to 9%.",),
    ),
    Rule(
        id="customer_impact",
        dimension="quantified_impact",
        kind="signal",
        message="The number is tied to customers or the business, not just to the system.",
        fix="Keep it.",
        phrases=(
            "customer", "customers", "client", "clients", "user", "users", "shoppers",
            "sellers", "merchants", "patients", "members", "subscribers", "complaints",
            "satisfaction", "nps", "csat", "churn", "retention", "revenue", "sales",
            "cost", "costs", "spend", "savings", "conversion", "orders", "refunds",
            "tickets", "contacts", "escalations", "on-time", "sla", "attrition",
            "engagement", "margin", "profit", "time-to-hire", "offer acceptance",
            "renewals", "bookings", "deliveries",
        ),
        scope=("result",),
        requires=("result_metric",),
        points=(2,),
        lexicon=True,
        fail=(("Customer complaints dropped by 40%.", "Customer"),),
        passes=("The service is nicer now.",),
    ),
    Rule(
        id="vague_result",
        dimension="quantified_impact",
        kind="penalty",
        message="A result without a number. The interviewer will ask how you measured it.",
        fix='Put the measurement in: "{quote}" → "from 41 complaints a week to 12" (your real before and after).',
        phrases=(
            "significantly", "a lot", "much faster", "things improved", "greatly improved",
            "dramatically", "massively", "hugely", "the team was happy", "everyone was happy",
            "positive feedback", "went well", "huge impact", "big impact", "big difference",
            "much better", "improved a lot", "way faster", "substantially", "considerably",
            "really successful", "very successful", "a great success", "made a difference",
            "was a success", "drastically", "vastly", "tremendously", "much happier",
            "really happy", "very happy", "much smoother", "a lot better", "a lot faster",
        ),
        scope=NOT_CONTEXT,
        points=(-3, -2),
        waived_by=("result_metric",),
        fail=(("As a result, things improved and the team was happy with the outcome.", "things improved"),),
        passes=("As a result, late deliveries fell from 9% to 2%.",),
    ),
    # --------------------------------------------------------- self-awareness
    Rule(
        id="reflection",
        dimension="self_awareness",
        kind="signal",
        message="A specific lesson or what you would do differently.",
        fix="Keep it.",
        phrases=(
            "lesson", "in hindsight", "looking back", "next time", "if i did it again",
            "if i were to do it again", "i would have", "i'd have", "would do differently",
            "do it differently", "i'd change", "i would change", "taught me that", "taught me to",
            "my mistake", "i should have", "i now always", "i now", "since then i",
            "the takeaway", "i took away", "in retrospect", "what i'd do differently",
            "i underestimated", "i overestimated", "i was wrong", "i misjudged",
        ),
        patterns=(r"(?<![\w'-])i\s+learn(?:ed|t)(?![\w'])(?!\s+(?:a\s+lot|so\s+much|the\s+importance)(?![\w']))",),
        points=(6, 3),
        fail=(("In hindsight, I should have looped in finance on day one.", "In hindsight"),),
        passes=("The project shipped on time.",),
    ),
    Rule(
        id="mechanism",
        dimension="self_awareness",
        kind="signal",
        message="You made the fix last with a mechanism, not good intentions.",
        fix="Keep it.",
        phrases=(
            "alarm", "alarms", "alert", "alerts", "alerting", "runbook", "playbook",
            "checklist", "mechanism", "post-mortem", "postmortem", "correction of error",
            "coe", "regression test", "automated check", "guardrail", "guardrails",
            "lint rule", "standard operating procedure", "sop", "template",
            "onboarding doc", "weekly review", "audit", "so it would not recur",
            "so it wouldn't recur", "so it would not happen again", "so it wouldn't happen again",
            "so it can't happen again", "never recurred", "hasn't recurred", "has not recurred",
            "added a test", "wrote a test", "documented", "wiki page",
        ),
        scope=NOT_CONTEXT,
        points=(5,),
        fail=(("I added an alarm on the refund queue so it would not recur.", "alarm"),),
        passes=("I fixed the refund queue.",),
    ),
    Rule(
        id="generic_reflection",
        dimension="self_awareness",
        kind="signal",
        message="A lesson, but a generic one. Say what specifically you learned or would change.",
        fix='Make it specific: "{quote}" → "I learned to check the retry settings before blaming the network".',
        phrases=(
            "i learned a lot", "i learnt a lot", "great learning experience", "a learning experience",
            "taught me a lot", "learned the importance of", "learnt the importance of",
            "learned so much", "learnt so much", "grew a lot",
        ),
        points=(2,),
        fail=(("It was a great learning experience for everyone.", "great learning experience"),),
        passes=("I learned to check retry settings first.",),
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
