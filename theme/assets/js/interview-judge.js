// How the mock interviewer listens: which follow-ups an answer calls for, how
// each reply is read, how the replies move the verdict, and the loop's hire or
// no-hire decision. Pure functions over the scorer's JSON; no DOM, no storage.
//
// A reply is read with the same scorer as the main answer (scored alone, for
// the same principle and premise) and judged on the markers the probe needs:
// result_metric for a number, reflection for a lesson, and no manager_directed,
// collective_language, helped_dilution or vague_action where the probe asks
// what the candidate did. "Is there an action in the first person" has no
// marker we can rely on, so it is a small word check (ownAction) that the
// browser tests exercise directly.

export const BANDS = ["No Hire", "Lean No Hire", "Hire", "Strong Hire"]; // worst first
const HIRE = BANDS.indexOf("Hire");

// What each probe listens for, what it asks when the scorer offers no wording,
// and the words the debrief uses for it.
export const PROBES = {
  assignment: {
    ask: "You said this was asked of you. What did you decide to do beyond what was asked, and whose call was it?",
    match: /\b(who (asked|decided|assigned)|whose (idea|call)|asked (you|of you)|beyond what)\b/i,
    needs: "a decision of your own beyond the assignment",
  },
  self: {
    ask: "What exactly did you do yourself, as opposed to the team?",
    match: /\b(yourself|you personally|your (own )?(part|role|contribution))\b/i,
    needs: "an action in the first person",
  },
  measure: {
    ask: "How did you measure the result? What was the number before and after?",
    match: /\b(measure|number|metric|how (much|many)|quantif)/i,
    needs: "a number that measures the result",
  },
  lesson: {
    ask: "Looking back, what would you do differently next time?",
    match: /\b(differently|learn|lesson|look(ing)? back)\b/i,
    needs: "a lesson you took from it",
  },
  detail: {
    ask: "Walk me through the steps you took, one by one.",
    match: null,
    needs: "concrete steps you took yourself",
  },
};
const ORDER = ["assignment", "self", "measure", "lesson", "detail"];
export const MAX_FOLLOWUPS = 3;

const ids = (result) => new Set(((result && result.markers) || []).map((m) => m.id));
const firstMarker = (result, id) => ((result && result.markers) || []).find((m) => m.id === id) || null;
const questionText = (f) => (typeof f === "string" ? f : f && (f.question || f.text || "")) || "";

// Words after "I" that state, hedge or dilute rather than act.
const NOT_ACTIONS = new Set([
  "am", "was", "were", "had", "have", "think", "thought", "feel", "felt", "believe", "believed", "guess", "hope",
  "hoped", "want", "wanted", "wish", "would", "could", "should", "might", "may", "can", "will", "must", "helped",
  "assisted", "supported", "participated", "contributed", "tried", "attempted", "suppose", "mean",
  "know", "knew", "like", "liked", "need", "needed", "got", "get", "kind", "sort", "just", "don't", "didn't",
  "wasn't", "can't", "couldn't", "wouldn't", "never", "not",
]);
const FILLERS = new Set(["also", "then", "first", "personally", "myself", "immediately", "quickly", "finally", "later", "soon", "directly"]);

/** The first "I <verb>" that is an action of the speaker's own, as {start, end, quote}, or null. */
export function ownAction(text) {
  const pattern = /\bI\s+([A-Za-z'\u2019]+)(?:\s+([A-Za-z'\u2019]+))?/g;
  for (const m of String(text).matchAll(pattern)) {
    const first = m[1].toLowerCase().replace("\u2019", "'");
    const skip = FILLERS.has(first) || /ly$/.test(first); // "I also wrote", "I quickly rolled"
    const word = skip ? (m[2] || "").toLowerCase().replace("\u2019", "'") : first;
    if (!word || NOT_ACTIONS.has(word) || word.startsWith("'")) continue;
    const quote = skip ? m[0] : m[0].slice(0, m[0].indexOf(m[1]) + m[1].length);
    return { start: m.index, end: m.index + quote.length, quote };
  }
  return null;
}

/**
 * The follow-ups to ask after a main answer: one to three, most telling first.
 * From the scorer's markers (assignment, "we"), what the answer lacks (a
 * number, a lesson), the scorer's own follow-up wording where it fits, and the
 * principle's follow-ups when the answer lacks nothing.
 */
export function planFollowups(result, principleFollowups = [], rng = Math.random) {
  const found = ids(result);
  const wanted = new Set();
  if (found.has("manager_directed")) wanted.add("assignment");
  if (found.has("collective_language") || found.has("helped_dilution") || found.has("vague_action")) wanted.add("self");
  if (!found.has("result_metric")) wanted.add("measure");
  if (!found.has("reflection")) wanted.add("lesson");
  const offered = ((result && result.followups) || []).map(questionText).filter(Boolean);
  const plan = ORDER.filter((kind) => wanted.has(kind)).slice(0, MAX_FOLLOWUPS).map((kind) => ({
    kind,
    question: offered.find((q) => PROBES[kind].match && PROBES[kind].match.test(q)) || PROBES[kind].ask,
  }));
  if (plan.length === 0) {
    // A strong answer still gets probed, as an interviewer would: on the principle itself.
    const pick = principleFollowups[Math.floor(rng() * principleFollowups.length)] || offered[0] || PROBES.detail.ask;
    plan.push({ kind: "detail", question: pick });
  }
  return plan;
}

/**
 * Read a follow-up reply for what its probe needs.
 * Returns {outcome: "shown" | "missed", evidence: {quote} | null, why}.
 */
export function readReply(kind, reply, result) {
  const found = ids(result);
  const diluted = ["collective_language", "helped_dilution", "vague_action"].find((id) => found.has(id));
  const action = ownAction(reply);
  const quoteOf = (id) => {
    const m = firstMarker(result, id);
    return m ? { quote: m.quote } : null;
  };
  const shown = (evidence, why) => ({ outcome: "shown", evidence, why });
  const missed = (why, evidence = null) => ({ outcome: "missed", evidence, why });
  if (kind === "measure") {
    return found.has("result_metric") ? shown(quoteOf("result_metric"), "gave a number for the result")
      : missed("gave no number, so the result stays unmeasured");
  }
  if (kind === "lesson") {
    return found.has("reflection") ? shown(quoteOf("reflection"), "named a lesson and what changed")
      : missed("named no lesson or change");
  }
  if (kind === "assignment") {
    if (found.has("manager_directed")) return missed("confirmed the work was assigned", quoteOf("manager_directed"));
    return action ? shown({ quote: action.quote }, "named a decision of their own") : missed("named no decision of their own");
  }
  // self and detail: an action in the first person, not diluted into "we" or vague verbs.
  if (diluted) return missed(diluted === "vague_action" ? "stayed vague about the action" : "still said what the team did, not what they did", quoteOf(diluted));
  if (!action) return missed("named no action of their own");
  if (kind === "detail" && ((result && result.word_count) || 0) < 15) return missed("was too short to show the steps");
  return shown({ quote: action.quote }, "named an action of their own");
}

const bandIndex = (band) => Math.max(0, BANDS.indexOf(band));

/**
 * The verdict after the follow-ups: more replies that show what was asked than
 * miss it lift the band by one; more misses lower it by one; skips count
 * neither way. An auto-fail stands, and an off-principle answer stays at Lean
 * No Hire at best (the scorer's own cap).
 */
export function bandAfter(result, outcomes) {
  const start = bandIndex(result.band);
  const shown = outcomes.filter((o) => o === "shown").length;
  const missed = outcomes.filter((o) => o === "missed").length;
  if (result.auto_fail) return { band: result.band, moved: 0, why: "an auto-fail stands whatever the follow-ups show" };
  let index = start + Math.sign(shown - missed);
  if (ids(result).has("off_principle")) index = Math.min(index, BANDS.indexOf("Lean No Hire"));
  index = Math.min(BANDS.length - 1, Math.max(0, index));
  const moved = Math.sign(index - start);
  const why = shown + missed === 0 ? "no follow-up was answered"
    : moved > 0 ? `the follow-ups filled what the answer lacked (${shown} shown, ${missed} missed)`
      : moved < 0 ? `the follow-ups confirmed what the answer lacked (${shown} shown, ${missed} missed)`
        : `the follow-ups left it where it was (${shown} shown, ${missed} missed)`;
  return { band: BANDS[index], moved, why };
}

/**
 * The loop's decision from each interview's band after follow-ups:
 * every interview at Hire or better, with one exception allowed in a loop of
 * three or more, as long as it is not a No Hire on an initiative question.
 * interviews: [{band, initiative, title}] in order. Returns {decision, reason}.
 */
export function decide(interviews) {
  const below = interviews.map((q, i) => ({ ...q, n: i + 1 })).filter((q) => bandIndex(q.band) < HIRE);
  const initiativeNoHire = below.find((q) => q.band === "No Hire" && q.initiative);
  const label = (q) => `interview ${q.n} (${q.title}: ${q.band})`;
  if (initiativeNoHire) {
    return { decision: "no-hire", reason: `No Hire on a question that asks for a story you started yourself: ${label(initiativeNoHire)}.` };
  }
  const allowed = interviews.length >= 3 ? 1 : 0;
  if (below.length > allowed) {
    return { decision: "no-hire", reason: below.length === 1 ? `The interview ended below Hire: ${label(below[0])}.`
      : `${below.length} interviews ended below Hire: ${below.map(label).join(", ")}.` };
  }
  if (below.length === 1) return { decision: "hire", reason: `Every interview but one ended at Hire or better; the exception, ${label(below[0])}, is outweighed.` };
  return { decision: "hire", reason: interviews.length === 1 ? "The interview ended at Hire or better." : "Every interview ended at Hire or better." };
}

/** The timer's gentle signs: "" under two minutes, then "two", then "three". */
export function timerStage(seconds, budget = 120) {
  if (seconds >= budget + 60) return "three";
  if (seconds >= budget) return "two";
  return "";
}

export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const WORDS = /[\p{L}\p{N}]{4,}/gu;
const wordSet = (text) => new Set((String(text).toLowerCase().match(WORDS) || []));

/** How much two answers share, 0..1 (Jaccard on words of four letters or more). */
export function overlap(a, b) {
  const x = wordSet(a);
  const y = wordSet(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both += 1;
  return both / (x.size + y.size - both);
}
export const SAME_STORY = 0.35; // above this, two answers are telling the same story

/** Pairs of interviews in a loop that told the same story: [[i, j], ...] (0-based). */
export function reusedPairs(answers) {
  const pairs = [];
  for (let i = 0; i < answers.length; i += 1) {
    for (let j = i + 1; j < answers.length; j += 1) if (overlap(answers[i], answers[j]) >= SAME_STORY) pairs.push([i, j]);
  }
  return pairs;
}
