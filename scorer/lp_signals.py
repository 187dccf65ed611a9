"""What each Leadership Principle listens for, as data.

A signal is shown when any of its phrases appears in the answer, or when any
of the named scorer rules fired. lp_fit reports these; it never moves a score.
"""

from __future__ import annotations

from typing import NamedTuple


class Signal(NamedTuple):
    id: str
    label: str
    hint: str  # what to add when the signal is missing
    phrases: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()


_CUSTOMER = ("customer", "customers", "client", "clients", "user", "users", "shopper",
             "shoppers", "seller", "sellers", "merchant", "merchants", "patient", "patients",
             "buyer", "buyers", "subscriber", "subscribers", "guest", "guests", "member", "members")

SIGNALS: dict[str, tuple[Signal, ...]] = {
    "customer-obsession": (
        Signal("named_customer", "a named customer or customer group",
               "Say who the customer was and what they experienced.", _CUSTOMER),
        Signal("customer_outcome", "a customer outcome",
               "Say what changed for the customer, with a number.",
               ("complaints", "satisfaction", "nps", "csat", "churn", "retention", "refunds",
                "contacts", "on-time", "customer experience", "reviews", "star rating"),
               ("customer_impact",)),
        Signal("customer_voice", "evidence from customers",
               "Show how you heard the customer: calls, tickets, reviews, interviews.",
               ("feedback", "tickets", "reviews", "interviews", "interviewed", "called",
                "survey", "complained", "complaint")),
    ),
    "ownership": (
        Signal("self_started", "you started it", "Say what made you act when nobody asked.",
               rules=("self_initiated", "noticed_problem")),
        Signal("beyond_remit", "action beyond your remit",
               "Show it was not strictly your job, and you took it on anyway.",
               rules=("beyond_remit",)),
        Signal("long_term", "long-term thinking",
               "Say how you made the fix last beyond the immediate problem.",
               ("long term", "long-term", "for good", "permanently", "so it would not recur",
                "so it wouldn't recur"), ("mechanism",)),
    ),
    "invent-and-simplify": (
        Signal("new_approach", "a new approach",
               "Name the idea that was new, and what it replaced.",
               ("new approach", "invented", "prototype", "prototyped", "instead of", "replaced",
                "rethought", "reimagined", "novel", "built a tool", "automated")),
        Signal("simplification", "something made simpler",
               "Say what you removed or made simpler, and by how much.",
               ("simplified", "removed", "fewer steps", "one step", "cut the steps", "eliminated",
                "consolidated", "streamlined", "merged")),
    ),
    "are-right-a-lot": (
        Signal("judgement_call", "a judgement call under uncertainty",
               "Describe the decision and what was uncertain about it.",
               ("decided", "judgement", "judgment", "call", "bet", "uncertain", "ambiguous",
                "trade-off", "tradeoff", "instinct", "hypothesis")),
        Signal("sought_dissent", "seeking out other views or data",
               "Show how you tested your view against data or people who disagreed.",
               ("disconfirm", "challenged", "second opinion", "devil's advocate", "data",
                "tested", "validated", "asked for feedback", "sought", "pushed back")),
        Signal("proved_right", "how it turned out",
               "Say how the call turned out, and how you knew.", rules=("result_metric",)),
    ),
    "learn-and-be-curious": (
        Signal("learned_new", "something new you learned",
               "Name the skill or domain you taught yourself.",
               ("learned", "learnt", "taught myself", "studied", "course", "read up",
                "new to me", "unfamiliar", "picked up", "self-taught")),
        Signal("applied_it", "learning put to use",
               "Show what you did with what you learned and what it changed.",
               rules=("concrete_action", "result_metric")),
    ),
    "hire-and-develop-the-best": (
        Signal("raised_bar", "raising the bar in hiring or growth",
               "Show how you judged or raised the bar, not just filled a seat.",
               ("hired", "hiring", "interview", "interviewed", "bar", "promotion", "promoted",
                "candidate", "candidates", "rubric", "scorecard", "loop")),
        Signal("developed_someone", "developing someone",
               "Name the person you developed and what they can do now.",
               ("mentored", "coached", "mentoring", "coaching", "feedback", "career", "grew",
                "stretch", "development plan", "trained")),
    ),
    "insist-on-the-highest-standards": (
        Signal("raised_standard", "a standard you raised",
               "Name the bar you held and why the old one was not good enough.",
               ("standard", "standards", "quality", "bar", "defect", "defects", "bugs",
                "review", "refused to ship", "would not ship", "wouldn't ship", "acceptable")),
        Signal("made_it_stick", "a mechanism that keeps the bar",
               "Show the check, test or review that keeps quality up after you.",
               rules=("mechanism",)),
    ),
    "think-big": (
        Signal("bold_vision", "a bold direction",
               "State the bigger vision and how it went beyond the request.",
               ("vision", "roadmap", "long-term", "long term", "platform", "company-wide",
                "across the org", "every team", "strategy", "ambitious", "10x", "bigger")),
        Signal("scaled_result", "results at scale",
               "Quantify the scale: how many teams, customers or markets.", rules=("result_metric",)),
    ),
    "bias-for-action": (
        Signal("speed", "speed of action",
               "Say how quickly you acted and what waiting would have cost.",
               ("same day", "within hours", "within a day", "that afternoon", "immediately",
                "quickly", "overnight", "that night", "within the hour", "right away")),
        Signal("calculated_risk", "a calculated, reversible risk",
               "Say why the decision was reversible and how you limited the risk.",
               ("reversible", "roll back", "rollback", "rolled back", "risk", "two-way door",
                "feature flag", "pilot", "small test", "trial")),
    ),
    "frugality": (
        Signal("constraint", "a constraint you worked within",
               "Name the budget, headcount or time constraint.",
               ("budget", "no budget", "headcount", "constraint", "limited", "without hiring",
                "no extra", "existing", "freeze", "shoestring", "cheap", "free tier")),
        Signal("saved", "what was saved",
               "Say what you saved, in money or time.",
               ("saved", "saving", "savings", "cut costs", "cost", "costs", "spend", "dollars",
                "pounds", "per month", "a year", "annually")),
    ),
    "earn-trust": (
        Signal("candour", "candour or admitting a mistake",
               "Show where you were open about a problem or your own mistake.",
               ("admitted", "my mistake", "i was wrong", "owned up", "apologised", "apologized",
                "transparent", "candid", "honest", "told them the truth", "flagged")),
        Signal("relationship", "a relationship repaired or built",
               "Say whose trust you earned and how you know.",
               ("trust", "relationship", "rapport", "listened", "one-on-one", "1:1",
                "stakeholder", "partner team", "credibility")),
    ),
    "dive-deep": (
        Signal("data", "data you examined",
               "Say which data you examined: logs, queries, tickets, records.",
               ("data", "logs", "query", "queries", "metrics", "dashboard", "spreadsheet",
                "records", "samples", "traces"), ("technical_detail",)),
        Signal("root_cause", "a named root cause",
               "Name the root cause you found and how you proved it.", rules=("root_cause",)),
    ),
    "have-backbone-disagree-and-commit": (
        Signal("disagreement", "the disagreement",
               "State what you disagreed with, with whom, and your evidence.",
               ("disagreed", "pushed back", "challenged", "objected", "raised concerns",
                "argued", "spoke up", "wasn't convinced", "was not convinced", "concern")),
        Signal("commitment", "the commitment after the decision",
               "Say how you committed fully once the decision was made.",
               ("committed", "commit", "disagree and commit", "backed the decision",
                "fully supported", "went with", "got behind")),
    ),
    "deliver-results": (
        Signal("obstacle", "an obstacle overcome",
               "Name the setback and how you got past it.",
               ("obstacle", "setback", "blocked", "blocker", "despite", "deadline", "slipped",
                "behind schedule", "at risk", "lost", "outage")),
        Signal("delivered", "the delivered result",
               "Say what you delivered, when, against what goal.",
               ("delivered", "shipped", "launched", "on time", "ahead of schedule", "met the",
                "hit the", "goal"), ("result_metric",)),
    ),
    "strive-to-be-earths-best-employer": (
        Signal("people_care", "care for the people around you",
               "Show what you did for colleagues' safety, growth or wellbeing.",
               ("wellbeing", "well-being", "burnout", "morale", "safety", "inclusive",
                "inclusion", "psychological safety", "workload", "on-call", "flexible")),
        Signal("people_outcome", "a people outcome",
               "Quantify the change for people: attrition, engagement, pages, hours.",
               ("attrition", "engagement", "retention", "survey", "pages", "overtime"),
               ("result_metric",)),
    ),
    "success-and-scale-bring-broad-responsibility": (
        Signal("wider_impact", "impact beyond the business",
               "Name the community, environment or society effect you weighed.",
               ("community", "environment", "carbon", "emissions", "waste", "accessibility",
                "privacy", "society", "sustainability", "sustainable", "packaging", "energy", "second-order")),
        Signal("responsible_choice", "a responsible choice and its effect",
               "Say what you changed and what it did for people outside the company.",
               rules=("result_metric",)),
    ),
}
