"""The scorer's rules, as data, in the style of a prose linter.

Each rule has a stable id, the dimension it informs, its kind (`auto_fail`,
`penalty`, `signal`), how it matches, a message, a fix, and fail and pass
examples that the tests walk (at least three each, one in the present tense
and one from a role outside engineering).

How a rule matches is one of a few typed checks on the clause reading
(clauses.py), never on a STAR label:

- `phrases`: lemma sequences ("pull the log" matches pulled, pulls, pulling;
  "*" stands for up to three words), optionally only in clauses whose actor
  and verb class are as given;
- `clause`: a named predicate on a clause's reading (CLAUSE_CHECKS below);
- `unit`: a named predicate on a whole sentence or bullet.

Rules find evidence and show it; the points come from the fitted model
(model.py) over the features the rules feed (features.py).
"""

from __future__ import annotations

from typing import NamedTuple


class Rule(NamedTuple):
    id: str
    dimension: str
    kind: str                      # auto_fail | penalty | signal
    message: str
    fix: str
    phrases: tuple[str, ...] = ()
    clause: str = ""               # a CLAUSE_CHECKS name
    unit: str = ""                 # a UNIT_CHECKS name
    actors: tuple[str, ...] = ()   # with phrases: only in clauses with these actors
    verb_classes: tuple[str, ...] = ()
    affirmative: bool = True       # with phrases: not in a negated or hypothetical clause
    fail: tuple[str, ...] = ()     # each must produce this rule's marker
    passes: tuple[str, ...] = ()   # none may


SELF = ("i",)
SELF_OR_WE = ("i", "we", "team")

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- ownership
    Rule(
        id="manager_directed",
        dimension="ownership_signal",
        kind="auto_fail",
        message="The work came to you from someone else. A Bar Raiser asks what you decided yourself, "
                "beyond what was asked; if the answer shows nothing beyond the assignment, it shows execution, not ownership.",
        fix='Say how it came to you in one line, then spend the answer on what you chose to do beyond it: '
            '"{quote}" → "It came to me as a ticket; what nobody asked for was finding why it kept coming back."',
        clause="assignment",
        fail=(
            "My manager asked me to investigate the delayed deliveries.",
            "The ticket landed in my queue on a Monday.",
            "My director picks me to lead the vendor review.",
            "I was assigned the rota problem after the reorg.",
            "It became my OKR for the quarter, so I got on with it.",
            "My boss volunteered me for the audit.",
            "I got voluntold to run the stock count.",
        ),
        passes=(
            "Nobody asked me to look at it; I pulled the refund data myself.",
            "I asked my manager for budget to buy a second scanner.",
            "I told my lead I'd take it, and I started that afternoon.",
            "My manager only heard about it afterwards, when the numbers improved.",
            "I notice the backlog in the weekly report and I decide to fix it.",
        ),
    ),
    Rule(
        id="collective_language",
        dimension="ownership_signal",
        kind="penalty",
        message='"We" with an action hides what you did yourself; the interviewer cannot credit it to you.',
        fix='Name your own part: "{quote}" → "I …" for what you did, "the team …" for the rest.',
        clause="we_action",
        fail=(
            "We rebuilt the rota and we trained the new starters.",
            "So we pull the data and we find the gap.",
            "We collectively decided to switch suppliers.",
        ),
        passes=(
            "I rebuilt the rota and trained the new starters.",
            "We had a backlog of 400 claims.",
            "I pull the data and find the gap.",
        ),
    ),
    Rule(
        id="passive_actor",
        dimension="ownership_signal",
        kind="penalty",
        message="Told in the passive, the action has no actor: was it you?",
        fix='Put yourself in the sentence: "{quote}" → "I …".',
        clause="passive_action",
        fail=(
            "The logs were analysed and a fix was deployed.",
            "The shelves are relabelled overnight.",
            "A new checklist was introduced on the ward.",
        ),
        passes=(
            "I analysed the logs and deployed a fix.",
            "I relabel the shelves overnight.",
            "I introduced a new checklist on the ward.",
        ),
    ),
    Rule(
        id="helped_dilution",
        dimension="ownership_signal",
        kind="penalty",
        message='"I helped" or "I supported" leaves your own part unclear.',
        fix='Say which part was yours: "{quote}" → "I wrote / I ran / I decided …".',
        phrases=("help", "help with", "help out", "support", "assist", "be involved in", "be part of", "contribute to"),
        actors=SELF,
        fail=(
            "I helped with the migration.",
            "I support the team on the quarter-end close.",
            "I was involved in the recruitment drive.",
        ),
        passes=(
            "I wrote the migration script.",
            "I ran the quarter-end close myself.",
            "The team helped me test it.",
        ),
    ),
    Rule(
        id="blame_shifting",
        dimension="ownership_signal",
        kind="penalty",
        message="Blaming others takes the focus off what you owned. A Bar Raiser listens for your part in it.",
        fix='Say what was yours to change: "{quote}" → "What I missed was …".',
        phrases=("their fault", "not my fault", "be not my fault", "drop the ball", "throw * under the bus",
                 "nothing i could do", "nothing i can do", "out of my hands", "because they fail", "because they do not",
                 "the other team mess up", "they mess up", "i blame", "to blame", "blame it on", "incompetent", "useless"),
        affirmative=False,
        fail=(
            "It wasn't my fault; the other team dropped the ball.",
            "The warehouse keeps messing up, honestly it's their fault.",
            "Honestly there was nothing I could do, the agency was useless.",
        ),
        passes=(
            "I missed the warning signs, so I changed how I review handovers.",
            "I own the miss: I did not check the supplier's dates.",
            "The agency was late, so I booked a second one as a backup.",
        ),
    ),
    Rule(
        id="self_initiated",
        dimension="ownership_signal",
        kind="signal",
        message="You started this yourself. That is the ownership signal a Bar Raiser listens for.",
        fix="Keep it, and say early what made you act.",
        phrases=("nobody ask me", "no one ask me", "nobody have ask", "no one have ask", "without be ask",
                 "nobody tell me", "no one tell me", "no ticket", "without a ticket", "on my own initiative",
                 "off my own bat", "on my own", "of my own accord", "i decide to", "i decide that", "i choose to",
                 "i volunteer to", "i take it upon myself", "i take the initiative", "i take ownership",
                 "i take it on", "i take this on", "i step in", "i step up", "i push for", "i propose",
                 "i make the call", "i make the case", "nobody own", "no one own", "nobody be look",
                 "no one be look", "i offer to", "i tell my * i would take", "i tell my * i will take",
                 "i tell my * i'd take"),
        affirmative=False,
        fail=(
            "Nobody asked me to, but I pulled the refund data.",
            "I decide to rebuild the rota myself.",
            "I told my lead I'd take it on.",
        ),
        passes=(
            "My manager asked me to pull the refund data.",
            "The rota was rebuilt by the scheduling team.",
            "I was told to take it on.",
        ),
    ),
    Rule(
        id="beyond_remit",
        dimension="ownership_signal",
        kind="signal",
        message="You acted beyond your remit, which is ownership at its strongest.",
        fix="Keep it, and say why it mattered enough to act anyway.",
        phrases=("not my job", "not my responsibility", "not my team", "not my area", "not my problem",
                 "not my project", "not my department", "not part of my", "outside my remit", "outside my role",
                 "outside my area", "outside my team", "outside my scope", "beyond my role", "beyond my remit",
                 "another team's", "a different team's", "another department", "nobody's job", "no one's job",
                 "fall between", "beyond what * ask"),
        affirmative=False,
        fail=(
            "It was outside my remit, but the refunds were hurting customers.",
            "It's not my department, but I sit with the night shift anyway.",
            "The problem fell between two teams, so I went beyond what I was asked.",
        ),
        passes=(
            "The refunds queue belonged to my team.",
            "I fix the scheduling bug in my own service.",
            "It was my responsibility, so I fixed it.",
        ),
    ),
    Rule(
        id="widened_scope",
        dimension="ownership_signal",
        kind="signal",
        message="You went past what was asked: the scope you widened is your own.",
        fix="Keep it, and say why the wider problem mattered.",
        phrases=("not just", "rather than just", "instead of just", "go further", "widen", "extend it to", "beyond the",
                 "while i be at it", "as well as fix", "the real problem", "the bigger problem", "the wider",
                 "what nobody ask", "what no one ask", "more than what", "push back on", "question whether",
                 "i also look", "i also check", "i dig further", "i go back to why", "ask why"),
        affirmative=False,
        fail=(
            "I fixed the report, but not just that: I rebuilt the feed behind it.",
            "While I was at it, I checked the other three wards' rotas too.",
            "I pushed back on the brief and asked why the form existed at all.",
        ),
        passes=(
            "I fixed the report.",
            "I checked the rota for my ward.",
            "I filled in the form and sent it back.",
        ),
    ),
    Rule(
        id="noticed_problem",
        dimension="ownership_signal",
        kind="signal",
        message="You spotted the problem yourself rather than being handed it.",
        fix="Keep it, and add how you spotted it (a report, a log, a customer call).",
        clause="own_discovery",
        fail=(
            "While reviewing the weekly report, I noticed that refunds took nine days.",
            "I notice the same complaint on three different wards.",
            "I spotted a pattern in the supplier invoices.",
        ),
        passes=(
            "My manager noticed the refunds took nine days.",
            "The auditors spotted a pattern in the invoices.",
            "I didn't notice the pattern until later.",
        ),
    ),
    # ------------------------------------------------------- action specificity
    Rule(
        id="concrete_action",
        dimension="action_specificity",
        kind="signal",
        message="A concrete action of your own: the interviewer can picture exactly what you did.",
        fix="Keep it.",
        clause="own_concrete",
        fail=(
            "I pulled three months of refund data from the warehouse.",
            "I rewrite the handover checklist and pin it at the nurses' station.",
            "- Traced every failed pick to one mislabelled bay",
        ),
        passes=(
            "I worked on the refund process.",
            "We pulled three months of refund data.",
            "I would pull the data first.",
        ),
    ),
    Rule(
        id="vague_action",
        dimension="action_specificity",
        kind="penalty",
        message="A vague verb: it says effort happened, not what you did.",
        fix='Replace it with what you actually did: "{quote}" → "I compared / I rewrote / I called …".',
        clause="vague_doing",
        fail=(
            "I worked on the onboarding process.",
            "I handle the escalations and I take care of the rota.",
            "We looked into the complaints.",
        ),
        passes=(
            "I rewrote the onboarding checklist.",
            "I call every escalated customer back within a day.",
            "I compared the complaints against the delivery logs.",
        ),
    ),
    Rule(
        id="root_cause",
        dimension="action_specificity",
        kind="signal",
        message="You found the cause, not just the symptom.",
        fix="Keep it, and say how you confirmed it.",
        phrases=("root cause", "the cause be", "the real cause", "the underlying cause", "cause by", "trace * to",
                 "trace it back", "turn out", "it turn out", "the reason be", "narrow it down", "narrow * down to",
                 "pin * down", "rule out", "because of a", "the problem be that", "the issue be that", "come down to"),
        affirmative=False,
        fail=(
            "I traced every slow refund to a nightly batch job.",
            "It turns out the night shift use a different form.",
            "The root cause was a supplier changing their invoice layout.",
        ),
        passes=(
            "I fixed the slow refunds.",
            "The night shift use a different form.",
            "We changed supplier.",
        ),
    ),
    Rule(
        id="trade_off",
        dimension="action_specificity",
        kind="signal",
        message="You weighed options, which shows judgement in the actions.",
        fix="Keep it, and say what you gave up.",
        phrases=("instead of", "rather than", "trade-off", "trade off", "tradeoff", "weigh", "the downside",
                 "the risk be", "option a", "two option", "three option", "pro and con", "at the cost of", "versus"),
        affirmative=False,
        fail=(
            "I chose a manual check rather than a new system.",
            "I weigh the cost of a second van against the late fees.",
            "There were two options, and the downside of the first was the cost.",
        ),
        passes=(
            "I chose a manual check.",
            "I bought a second van.",
            "I picked the first supplier.",
        ),
    ),
    Rule(
        id="hypothetical",
        dimension="action_specificity",
        kind="penalty",
        message="What you would do is not evidence of what you did. Bar Raisers score only what happened.",
        fix='Tell a real time: "{quote}" → "When this happened at …, I …".',
        clause="hypothetical_doing",
        fail=(
            "I would pull the data and talk to the customers.",
            "What I'd do is sit down with the team first.",
            "If I had this again I will call the supplier.",
        ),
        passes=(
            "I pulled the data and talked to the customers.",
            "I sit down with the team first.",
            "I would have called the supplier sooner.",
        ),
    ),
    Rule(
        id="fluent_filler",
        dimension="action_specificity",
        kind="penalty",
        message="Buzzwords in place of actions: they sound strong and say nothing a Bar Raiser can credit.",
        fix='Replace the buzzword with the action behind it: "{quote}" → what you did, to what, with what.',
        phrases=("synergy", "synergies", "best practice", "move the needle", "circle back", "paradigm",
                 "customer-obsessed", "customer obsession", "data-driven", "bias for action", "think big",
                 "holistic", "end-to-end ownership", "drive alignment", "stakeholder alignment", "value-add",
                 "deep dive", "low-hanging fruit", "north star", "game-changer", "world-class", "cutting-edge",
                 "mechanism", "leverage", "deliver result", "dive deep", "ownership mindset", "win-win",
                 "high-impact", "impactful", "robust", "seamless", "strategic initiative"),
        affirmative=False,
        fail=(
            "I drove stakeholder alignment with a data-driven, customer-obsessed approach.",
            "Basically I leverage best practices to move the needle.",
            "We took a holistic, end-to-end ownership view of the ward's processes.",
        ),
        passes=(
            "I met the three store managers and agreed a single delivery window.",
            "I compared last year's rota against this year's absences.",
            "I asked the ward sisters which step they skip most.",
        ),
    ),
    Rule(
        id="verbless_fragment",
        dimension="structure_star",
        kind="penalty",
        message="A fragment with no action in it: a list of phrases is not a story.",
        fix='Turn it into what happened: "{quote}" → "I … , so … ".',
        unit="verbless",
        fail=(
            "Customer obsession, root cause analysis, 40% uplift.",
            "Stakeholder alignment and data-driven decisions across the whole region.",
            "Strong ownership mindset, end-to-end accountability, measurable impact.",
        ),
        passes=(
            "- Pulled three months of refunds",
            "I found the root cause in the supplier data.",
            "Complaints fell by 40%.",
        ),
    ),
    # --------------------------------------------------------- quantified impact
    Rule(
        id="result_metric",
        dimension="quantified_impact",
        kind="signal",
        message="A measured result: the interviewer can see how much changed.",
        fix="Keep it, and give the baseline if you have it.",
        clause="measured_result",
        fail=(
            "Refund time fell from nine days to two.",
            "Complaints drop by 35% the next month.",
            "We halved the waiting list in six weeks.",
        ),
        passes=(
            "Things got a lot better.",
            "I have worked there for six years.",
            "I led a team of 12 nurses.",
        ),
    ),
    Rule(
        id="before_after",
        dimension="quantified_impact",
        kind="signal",
        message="A before and an after: the strongest way to show a result.",
        fix="Keep it.",
        phrases=("from * to", "down from", "up from", "compare to", "compared with", "versus", "before * after",
                 "baseline", "than before", "than last", "year on year", "year over year", "against a target"),
        affirmative=False,
        fail=(
            "Refund time fell from nine days to two.",
            "Absence is down from 8% to 3%.",
            "We closed 140 cases, against a target of 100.",
        ),
        passes=(
            "Refund time fell to two days.",
            "Absence is down.",
            "We closed a lot of cases.",
        ),
    ),
    Rule(
        id="vague_result",
        dimension="quantified_impact",
        kind="penalty",
        message="A result without a measure: how much, and compared with what?",
        fix='Give the number, or your honest estimate and how you measured it: "{quote}" → "from … to …".',
        phrases=("significantly", "significant improvement", "a lot better", "much better", "greatly", "hugely",
                 "a huge impact", "a big impact", "a big difference", "really well", "go well", "go really well",
                 "very successful", "massively", "tremendous", "positive feedback", "positive impact", "improve thing",
                 "dramatically", "substantially", "a lot of improvement", "noticeably"),
        affirmative=False,
        fail=(
            "It went really well and the client was happy.",
            "The process improves significantly.",
            "Overall it had a huge impact on the team.",
        ),
        passes=(
            "Complaints fell from 30 a week to 4.",
            "The client renewed for two more years.",
            "The process takes one day instead of three.",
        ),
    ),
    Rule(
        id="background_number",
        dimension="quantified_impact",
        kind="penalty",
        message="A number that is not a result (tenure, team size, a budget): it does not show impact.",
        fix="Keep numbers for what changed: say how much better things were after what you did.",
        clause="background_number",
        fail=(
            "I have been a nurse for twelve years.",
            "I lead a team of 40 pickers.",
            "In 2019 I joined a company of 3,000 people.",
        ),
        passes=(
            "Mis-picks fell by 40%.",
            "I cut the wait from twelve days to five.",
            "Refunds took nine days, so I traced them.",
        ),
    ),
    Rule(
        id="unattributed_result",
        dimension="quantified_impact",
        kind="penalty",
        message="A result with no action of yours before it: the interviewer cannot tell what you did to earn it.",
        fix="Say which of your actions moved the number, and how you know.",
        unit="unattributed",
        fail=(
            "Sales were up 20% that year.",
            "Absence fell by half.",
            "Complaints dropped from 50 a month to 12.",
        ),
        passes=(
            "I rebuilt the rota. Absence fell by half.",
            "I called every lapsed customer, and sales were up 20%.",
            "I fixed the form. Complaints dropped from 50 a month to 12.",
        ),
    ),
    # ------------------------------------------------------------ self-awareness
    Rule(
        id="reflection",
        dimension="self_awareness",
        kind="signal",
        message="A lesson: you can say what you would do differently.",
        fix="Keep it, and say what you do differently since.",
        phrases=("i learn", "i learnt", "lesson", "look back", "in hindsight", "in retrospect", "next time",
                 "if i do it again", "if i had to do it again", "i realize that i", "my mistake", "i should have",
                 "i would have", "i'd have", "i could have", "what i take away", "takeaway", "i underestimate",
                 "i now", "since then", "these day i", "now i always", "ever since", "from then on", "now i"),
        affirmative=False,
        fail=(
            "Looking back, I should have told the client sooner.",
            "I learnt to check the supplier's dates before I sign.",
            "Since then I always run a pilot first.",
        ),
        passes=(
            "The client was happy with the result.",
            "I checked the supplier's dates.",
            "We ran a pilot first.",
        ),
    ),
    Rule(
        id="generic_reflection",
        dimension="self_awareness",
        kind="penalty",
        message="A lesson too general to show self-awareness.",
        fix='Name the specific thing you do differently: "{quote}" → "I now …".',
        phrases=("learn a lot", "learnt a lot", "great learning experience", "great experience", "grow a lot",
                 "learning experience", "learn so much", "valuable lesson", "good lesson", "i learn the importance of"),
        affirmative=False,
        fail=(
            "I learned a lot from it.",
            "Overall it was a great learning experience.",
            "It's a valuable lesson for me, honestly.",
        ),
        passes=(
            "I learned to confirm the numbers with finance before I present them.",
            "Since then I pilot every rota change on one ward.",
            "Next time I would call the supplier on day one.",
        ),
    ),
    Rule(
        id="mechanism",
        dimension="self_awareness",
        kind="signal",
        message="A mechanism that makes the fix last, not a one-off effort.",
        fix="Keep it.",
        phrases=("checklist", "runbook", "playbook", "alarm", "alert", "template", "standard operating",
                 "sop", "weekly review", "audit", "automate", "automated check", "so it would not happen again",
                 "so it doesn't happen again", "never happen again", "so it won't recur", "guardrail",
                 "a new process", "the process now", "rota rule", "training module", "a check", "handover sheet"),
        actors=("i", "we", "team", "passive", "thing"),
        fail=(
            "I added an alarm so a regression pages the owning team.",
            "I write a checklist that every new starter now uses.",
            "I set up a weekly review so it doesn't happen again.",
        ),
        passes=(
            "I fixed the bug.",
            "I told the new starters what to do.",
            "I reviewed it once.",
        ),
    ),
)

RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
