"""Pattern building: phrase lists become one escaped, longest-first alternation.

The alternation is written as a trie (`a(?:dded|nalysed)` rather than
`added|analysed`), which tries the same phrases in the same longest-first
order but lets `re` rule out most of them from the first letter.
Phrases are written in plain lower case. Words match across any run of
whitespace, so line breaks and double spaces inside a phrase still match.
Free regexes are used only where a phrase list cannot say it; none of them
nests a quantifier inside another.
"""

from __future__ import annotations

import re
from typing import Iterable

FLAGS = re.UNICODE

# Word boundaries that also treat apostrophes and hyphens as word characters,
# so "we" never matches inside "we've" or "well-we".
BEFORE = r"(?<![\w'-])"
AFTER = r"(?![\w'])"
WS = r"\s+"


def phrase_source(phrase: str) -> str:
    """One phrase as regex source: escaped words joined by whitespace runs."""
    words = phrase.strip().lower().split()
    if not words:
        raise ValueError("empty phrase")
    return WS.join(re.escape(word) for word in words)


class _Trie:
    def __init__(self) -> None:
        self.children: dict[str, _Trie] = {}
        self.terminal = False

    def add(self, entry: str) -> None:
        node = self
        for ch in entry:
            node = node.children.setdefault(ch, _Trie())
        node.terminal = True

    def source(self, end: str, order: str, space: str) -> str:
        # At most one child can match the next character (a space stands for
        # a whitespace run, which no other child starts with), so trying the
        # children before ending here is trying the longer entries first, and
        # the order of the children changes only the speed.
        alts = []
        for ch in sorted(self.children, key=lambda c: (order.find(c) % (len(order) + 1), c)):
            step = space if ch == " " else re.escape(ch)
            alts.append(step + self.children[ch].source(end, "", space))
        if self.terminal:
            alts.append(end)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def trie_source(entries: Iterable[str], end: str = "", order: str = "", space: str = WS) -> str:
    """Regex source matching the longest of `entries` (words separated by single spaces).

    `end` is appended wherever an entry ends (a boundary check, say); `order`
    lists the first characters to try first; `space` matches a space.
    """
    trie = _Trie()
    for entry in entries:
        trie.add(entry)
    return trie.source(end, order, space) if trie.children else "(?!)"


def alternation(phrases: Iterable[str]) -> str:
    """Escaped, longest-first, de-duplicated alternation (no boundaries)."""
    unique = sorted({p.strip().lower() for p in phrases}, key=lambda p: (-len(p), p))
    canonical = [" ".join(p.lower().split()) for p in unique]
    if not all(canonical):
        raise ValueError("empty phrase")
    if canonical != unique:  # odd spacing inside a phrase: its length no longer ranks it
        return "(?:" + "|".join(phrase_source(p) for p in unique) + ")"
    return "(?:" + trie_source(unique) + ")" if unique else "(?:)"


def bounded(source: str) -> str:
    """Wrap regex source in word boundaries."""
    return f"{BEFORE}{source}{AFTER}"


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    return re.compile(bounded(alternation(phrases)), FLAGS)


def compile_free(source: str) -> re.Pattern[str]:
    return re.compile(source, FLAGS)


# --- Shared vocabularies, used by several rules and by segmentation. -------

# Concrete, checkable things a person does. Vague verbs (worked, helped,
# handled, supported) are deliberately absent.
CONCRETE_VERBS = (
    "investigated", "analysed", "analyzed", "traced", "profiled", "queried",
    "audited", "benchmarked", "measured", "instrumented", "debugged", "diagnosed",
    "reproduced", "identified", "discovered", "found", "isolated", "pinpointed",
    "mapped", "interviewed", "surveyed", "shadowed", "called", "phoned", "met with",
    "wrote", "rewrote", "built", "rebuilt", "designed", "redesigned", "prototyped",
    "implemented", "deployed", "shipped", "launched", "migrated", "refactored",
    "automated", "configured", "reconfigured", "patched", "fixed", "replaced",
    "removed", "added", "introduced", "created", "drafted", "proposed",
    "negotiated", "renegotiated", "consolidated", "cancelled", "canceled",
    "retired", "decommissioned", "scheduled", "rescheduled", "trained", "coached",
    "mentored", "hired", "recruited", "sourced", "screened", "tested", "ran",
    "compared", "modelled", "modeled", "reconciled", "escalated",
    "documented", "presented", "pitched", "convinced", "persuaded", "set up",
    "rolled out", "rolled back", "split", "sharded", "cached", "indexed", "tuned",
    "optimised", "optimized", "restructured", "simplified", "standardised",
    "standardized", "merged", "scripted", "coded", "sketched", "wireframed",
    "reorganised", "reorganized", "prioritised", "prioritized", "triaged",
    "cross-checked", "validated", "verified", "dug into", "combed through",
    "went through", "read through", "sat with", "spoke with", "spoke to",
    "talked to", "reached out to", "emailed", "organised", "organized",
    "facilitated", "delegated", "flagged", "challenged", "pushed back",
    "disagreed", "committed", "pulled", "exported", "graphed", "plotted",
    "segmented", "sampled", "labelled", "labeled", "annotated", "calculated",
    "estimated", "quantified", "costed", "priced", "repriced", "renamed",
    "rewired", "reran", "rehearsed", "recorded", "published", "shared", "sent",
    "booked", "hosted", "piloted", "trialled", "trialed", "tracked",
    "monitored", "collected", "gathered", "compiled", "checked", "inspected",
    "examined", "reviewed", "read", "listened to", "visited", "walked",
    "moved", "swapped", "switched", "upgraded", "downgraded", "disabled",
    "enabled", "throttled", "batched", "parallelised", "parallelized",
    "deduplicated", "cleaned", "drew", "filed",
    "opened", "closed", "approved", "rejected", "allocated", "reallocated",
    "budgeted", "capped", "paused", "stopped", "killed",
)

# Irregular and common past-tense forms that mark an action by someone.
ACTION_VERB_SOURCE = r"(?:[a-z]+ed|wrote|rewrote|built|rebuilt|ran|found|made|took|sent|set|met|led|drove|spoke|told|began|chose|drew|sat|dug|went|got|put|cut|split|read|sold|brought|thought|caught|shipped|kept)"

# Numbers written as words, for results such as "from three days to one".
NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "a hundred", "hundred", "hundreds",
    "a thousand", "thousands", "a dozen", "dozens", "a million", "millions",
    "half", "a half", "a third", "a quarter", "zero", "no",
)

# Units that make a bare number into a measurement.
UNITS = (
    "ms", "millisecond", "milliseconds", "second", "seconds", "sec", "secs", "s",
    "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
    "day", "days", "week", "weeks", "month", "months", "quarter", "quarters",
    "year", "years",
    "customer", "customers", "user", "users", "ticket", "tickets", "order",
    "orders", "complaint", "complaints", "error", "errors", "incident",
    "incidents", "call", "calls", "contact", "contacts", "hire", "hires",
    "candidate", "candidates", "people", "engineer", "engineers", "point",
    "points", "star", "stars", "request", "requests", "transaction",
    "transactions", "delivery", "deliveries", "shipment", "shipments",
    "session", "sessions", "page", "pages", "defect", "defects", "bug", "bugs",
    "return", "returns", "refund", "refunds", "gb", "tb", "mb", "k", "m", "bn",
    "million", "billion", "thousand", "dollars", "pounds", "euros", "usd",
    "gbp", "eur", "percent", "per cent", "percentage points", "pp", "bps",
    "basis points", "x", "times", "escalations", "escalation", "outages",
    "outage", "pages a week", "a week", "a day", "a month", "per week",
    "per day", "per month", "steps", "clicks", "fields", "screens", "sellers",
    "stores", "sites", "warehouses", "trucks", "units", "items", "skus",
    "invoices", "accounts", "signups", "sign-ups", "subscribers", "members",
    "patients", "students", "reviews", "runs", "builds", "deploys",
    "releases", "alerts", "jobs", "servers", "hosts", "instances", "licences",
    "licenses", "seats", "vendors", "roles", "reqs", "offers", "interviews",
)

# A number: digits (optionally with currency, separators and a suffix).
DIGITS_SOURCE = r"(?<![\d.,])[$£€¥]?\d(?:[\d,.]{0,15}\d)?(?:k|m|bn)?"
