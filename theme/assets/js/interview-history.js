// Finished mock loops, kept in this browser under `lpcoach:interview-history`:
// shape checks on every read (a corrupt value is cleared), a cap, and the
// export file. Nothing here leaves the device.

import { Store, is } from "./store.js";
import { BANDS } from "./interview-judge.js";

export const MAX_LOOPS = 50; // oldest dropped first; each keeps its answers
export const EXPORT_FORMAT = "lpcoach-interview-history";
const OUTCOMES = ["shown", "missed", "skipped"];
const KINDS = ["assignment", "self", "measure", "lesson", "detail"];

const isIso = (v) => is.string(v) && v.length <= 40 && !Number.isNaN(Date.parse(v));
const intIn = (v, lo, hi) => is.int(v) && v >= lo && v <= hi;

function validFollowup(f) {
  return is.object(f) && KINDS.includes(f.kind) && OUTCOMES.includes(f.outcome) && is.string(f.question) && is.string(f.reply);
}

function validInterview(q) {
  return (
    is.object(q) && is.string(q.lp) && is.string(q.question) && is.string(q.text) &&
    typeof q.initiative === "boolean" && intIn(q.total, 0, 100) && BANDS.includes(q.band) && BANDS.includes(q.final) &&
    intIn(q.seconds, 0, 86_400) && intIn(q.spoken, 0, 86_400) && is.string(q.answer) &&
    is.array(q.followups) && q.followups.every(validFollowup)
  );
}

export function validLoop(l) {
  return (
    is.object(l) && is.string(l.id) && l.id.length <= 100 && isIso(l.at) &&
    ["hire", "no-hire"].includes(l.decision) && is.string(l.reason) &&
    is.array(l.interviews) && l.interviews.length > 0 && l.interviews.length <= 16 && l.interviews.every(validInterview)
  );
}

export function validHistory(h) {
  return is.object(h) && is.array(h.loops) && h.loops.length <= MAX_LOOPS && h.loops.every(validLoop);
}

export const historyStore = () => new Store("interview-history", { version: 1, validate: validHistory, empty: () => ({ loops: [] }) });

/** Add a finished loop, keeping the newest MAX_LOOPS. Returns the store's write result. */
export function addLoop(loop) {
  const store = historyStore();
  const { value } = store.read();
  const loops = [...value.loops, loop];
  return store.write({ loops: loops.slice(Math.max(0, loops.length - MAX_LOOPS)) });
}

/** Question ids asked in the latest loops, most recent first, so a new loop can avoid them. */
export function recentQuestions(history, loops = 3) {
  return history.loops.slice(-loops).reverse().flatMap((l) => l.interviews.map((q) => q.question));
}

export const meanTotal = (loop) => Math.round(loop.interviews.reduce((s, q) => s + q.total, 0) / loop.interviews.length);

export function toJson(history) {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: new Date().toISOString(), loops: history.loops }, null, 2) + "\n";
}

/** Is the reader improving? The mean total of the earlier half of the loops against the later half. */
export function trend(history) {
  const means = history.loops.map(meanTotal);
  if (means.length < 2) return { state: means.length ? "single" : "none", latest: means[0] };
  const half = Math.floor(means.length / 2);
  const avg = (xs) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  const earlier = avg(means.slice(0, half));
  const later = avg(means.slice(half));
  const state = later > earlier + 2 ? "rising" : later < earlier - 2 ? "falling" : "steady";
  return { state, earlier, later };
}
