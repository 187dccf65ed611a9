"""What each principle's question is about: its core signals, as lemma phrases.

An answer with none of its principle's core signals does not answer that
principle's question (marker off_principle). The lists are deliberately
broad: a story that touches the principle at all is not off it. Display
signals for the principle fit (shows / lacks) live in lp_signals.py.
"""

from __future__ import annotations

CORE: dict[str, tuple[str, ...]] = {
    "customer-obsession": (
        "customer", "client", "user", "patient", "guest", "shopper", "buyer", "member", "subscriber", "resident",
        "parent", "passenger", "tenant", "donor", "family", "caller", "consumer", "citizen", "traveller", "student",
        "end user", "the people we serve", "account", "complaint", "visitor", "diner", "seller", "merchant",
    ),
    "ownership": (
        "nobody ask", "no one ask", "not my job", "not my responsibility", "outside my", "on my own", "take ownership",
        "take it on", "long term", "long-term", "responsibility", "step in", "step up", "beyond", "i decide to",
        "own it", "i own", "accountable", "accountability", "nobody own", "no one own", "not my team", "my problem",
        "take charge", "volunteer", "initiative", "whole", "end to end",
    ),
    "invent-and-simplify": (
        "simplify", "simple", "simpler", "new way", "invent", "idea", "prototype", "automate", "replace", "remove",
        "eliminate", "streamline", "instead of", "redesign", "tool", "template", "fewer step", "consolidate",
        "reinvent", "creative", "workaround", "new approach", "innovate", "innovation", "cut out", "one step", "merge",
    ),
    "are-right-a-lot": (
        "judgement", "judgment", "decision", "decide", "call", "bet", "instinct", "gut", "hypothesis", "wrong",
        "right", "evidence", "predict", "assumption", "second opinion", "uncertain", "data", "turn out", "correct",
        "disagree", "intuition", "hunch", "convince", "proof", "prove",
    ),
    "learn-and-be-curious": (
        "learn", "learnt", "curious", "curiosity", "teach myself", "study", "course", "read", "research", "new to me",
        "unfamiliar", "pick up", "explore", "book", "podcast", "certification", "wonder", "why", "understand",
        "self-taught", "question", "experiment", "discover",
    ),
    "hire-and-develop-the-best": (
        "hire", "recruit", "interview", "candidate", "mentor", "coach", "develop", "promote", "promotion", "train",
        "feedback", "grow", "career", "onboard", "new starter", "junior", "apprentice", "succession", "talent",
        "bar", "mentee", "stretch", "shadow", "development", "skill", "teach", "grad", "graduate",
    ),
    "insist-on-the-highest-standards": (
        "standard", "quality", "bar", "defect", "error", "mistake", "review", "refuse", "acceptable", "rework",
        "audit", "accuracy", "accurate", "compliance", "good enough", "excellence", "detail", "check", "precision",
        "not ship", "sign off", "rigour", "rigor", "bug", "flaw", "redo",
    ),
    "think-big": (
        "vision", "big", "bigger", "bold", "scale", "roadmap", "strategy", "long-term", "long term", "platform",
        "company-wide", "region", "national", "ambitious", "transform", "future", "network", "every store",
        "every site", "whole company", "across the", "10x", "moonshot", "industry", "global", "expand",
    ),
    "bias-for-action": (
        "quick", "quickly", "fast", "immediately", "same day", "hour", "overnight", "right away", "deadline",
        "urgent", "wait", "reversible", "pilot", "trial", "speed", "act", "calculated risk", "risk", "that night",
        "that afternoon", "within a day", "minute", "before", "rather than wait", "without wait", "move",
    ),
    "frugality": (
        "cost", "budget", "save", "saving", "cheap", "cheaper", "spend", "money", "free", "reuse", "without hire",
        "constraint", "limited", "resource", "existing", "frugal", "expensive", "price", "dollar", "pound", "euro",
        "$", "£", "€", "afford", "waste", "headcount", "less", "do more with less", "spare", "second-hand",
    ),
    "earn-trust": (
        "trust", "honest", "honestly", "transparent", "admit", "apologize", "candid", "relationship", "credibility",
        "listen", "respect", "mistake", "wrong", "promise", "rapport", "openly", "truth", "feedback", "confidence",
        "reliable", "own up", "vulnerable", "bad news", "tell them",
    ),
    "dive-deep": (
        "data", "log", "detail", "root cause", "dig", "trace", "analyze", "investigate", "query", "record",
        "spreadsheet", "number", "pattern", "sample", "audit", "metric", "anomaly", "discrepancy", "report",
        "figure", "turn out", "cause", "drill", "line by line", "one by one", "evidence",
    ),
    "have-backbone-disagree-and-commit": (
        "disagree", "push back", "pushback", "challenge", "object", "argue", "concern", "convince", "persuade",
        "oppose", "commit", "against", "not convinced", "debate", "speak up", "stand firm", "overrule", "push-back",
        "disagreement", "raise it", "stick to", "stand my ground", "say no", "do not agree", "not agree",
    ),
    "deliver-results": (
        "deliver", "deadline", "goal", "target", "on time", "launch", "ship", "obstacle", "setback", "despite",
        "complete", "finish", "date", "milestone", "block", "behind schedule", "ahead of", "commitment", "go live",
        "go-live", "due", "result", "outcome", "achieve", "hit", "meet",
    ),
    "strive-to-be-earths-best-employer": (
        "wellbeing", "well-being", "burnout", "morale", "safety", "safe", "inclusive", "inclusion", "workload",
        "overtime", "growth", "career", "fun", "diverse", "diversity", "welfare", "stress", "flexible",
        "engagement", "attrition", "retention", "rota", "shift", "colleague", "staff", "people", "team member",
        "belong", "productivity", "environment", "happy",
    ),
    "success-and-scale-bring-broad-responsibility": (
        "community", "environment", "carbon", "emission", "waste", "accessibility", "accessible", "privacy",
        "society", "sustainable", "sustainability", "packaging", "energy", "responsibility", "safety", "public",
        "local", "harm", "ethical", "recycle", "neighbour", "neighbor", "charity", "wider", "impact on",
        "second-order", "regulator", "fair", "planet", "consequence",
    ),
}

# Rule findings that also show a principle's core (read with the phrases above).
CORE_RULES: dict[str, tuple[str, ...]] = {
    "ownership": ("self_initiated", "beyond_remit", "noticed_problem", "mechanism", "widened_scope"),
    "dive-deep": ("root_cause",),
    "insist-on-the-highest-standards": ("mechanism",),
    "deliver-results": ("result_metric",),
    "invent-and-simplify": ("trade_off",),
    "are-right-a-lot": ("trade_off",),
}
