// Every key LP Coach keeps in this browser, in one place: its name, schema,
// validation and migrations. Widgets read and write only through the stores
// made here, so two readers can never hold different ideas of one key (and
// erase each other's data). Nothing here leaves the device.
//
//   lpcoach:quiz               quiz answers, best first attempts, retries
//   lpcoach:calibration        Evaluate runs
//   lpcoach:practice-scores    best and last Practice score per principle
//   lpcoach:practice-draft     the Practice draft
//   lpcoach:interview-history  finished mock loops
//   lpcoach:stories            the story bank (versioned, with migrations)

import { Store, is } from "./store.js";
import { BANDS } from "./interview-judge.js";
import { VERSION as STORIES_VERSION, migrate as migrateStories, validBank } from "./story-model.js";

export const STORIES_KEY = "lpcoach:stories"; // read raw only to migrate or rescue
export const MAX_CALIBRATION_RUNS = 500; // oldest runs are dropped first; the trend needs only the recent ones
export const MAX_LOOPS = 50; // oldest dropped first; each keeps its answers

const CHOICE = /^[A-Z]$/;
const isoDate = (v) => is.string(v) && v.length <= 40 && !Number.isNaN(Date.parse(v));
const smallInt = (v, max = 1000) => is.int(v) && v >= 0 && v <= max;
const intIn = (v, lo, hi) => is.int(v) && v >= lo && v <= hi;

// ---------------------------------------------------------------- quiz

const validResult = (b) => is.object(b) && smallInt(b.score) && smallInt(b.total) && b.score <= b.total && b.total > 0;

/** `quiz`: {answers: {questionId: {choice, at} | {forfeit: true, at}}, best: {principleId: {score, total, at}},
 * retrying?: {principleId: true}, retries?: {principleId: {score, total, count, at}}}.
 * best counts first attempts only; a retry of missed questions goes to retries. */
export function validQuiz(v) {
  if (!is.object(v) || !is.object(v.answers) || !is.object(v.best)) return false;
  const answersOk = Object.values(v.answers).every(
    (a) => is.object(a) && (a.forfeit === true || (is.string(a.choice) && CHOICE.test(a.choice))),
  );
  const retryingOk = v.retrying === undefined || (is.object(v.retrying) && Object.values(v.retrying).every((r) => r === true));
  const retriesOk = v.retries === undefined ||
    (is.object(v.retries) && Object.values(v.retries).every((r) => validResult(r) && smallInt(r.count) && r.count > 0));
  return answersOk && Object.values(v.best).every(validResult) && retryingOk && retriesOk;
}

export const quizStore = () =>
  new Store("quiz", { version: 1, validate: validQuiz, empty: () => ({ answers: {}, best: {} }) });

// ---------------------------------------------------------------- calibration

function validScores(s) {
  return is.object(s) && Object.values(s).every((c) => is.object(c) && Object.values(c).every((n) => smallInt(n, 100)));
}

/** `calibration`: {runs: [{exercise, principle, at, weaker, over, distance, biased, scores}]} */
export function validCalibration(v) {
  if (!is.object(v) || !is.array(v.runs) || v.runs.length > MAX_CALIBRATION_RUNS) return false;
  return v.runs.every(
    (r) => is.object(r) && is.string(r.exercise) && is.string(r.principle) && isoDate(r.at) && is.string(r.weaker) &&
      is.int(r.over) && smallInt(r.distance, 100) && typeof r.biased === "boolean" && validScores(r.scores),
  );
}

export const calibrationStore = () =>
  new Store("calibration", { version: 1, validate: validCalibration, empty: () => ({ runs: [] }) });

// ---------------------------------------------------------------- practice

/** One principle's Practice record: best is required; the rest Practice adds as it scores. */
export function validPracticeEntry(e) {
  return is.object(e) && Number.isFinite(e.best) && e.best >= 0 && e.best <= 100 &&
    (e.last === undefined || (Number.isFinite(e.last) && e.last >= 0 && e.last <= 100)) &&
    (e.band === undefined || is.string(e.band)) && (e.runs === undefined || smallInt(e.runs, 1e9)) &&
    (e.at === undefined || isoDate(e.at));
}

/** `practice-scores`: {principleId: {best, last?, band?, runs?, at?}}, the one validator every reader uses. */
export function validPracticeScores(v) {
  return is.object(v) && Object.values(v).every(validPracticeEntry);
}

// A damaged entry is dropped alone; the other principles' scores are kept.
function repairPracticeScores(v) {
  if (!is.object(v)) return null;
  return Object.fromEntries(Object.entries(v).filter(([, e]) => validPracticeEntry(e)));
}

export const practiceScoresStore = () =>
  new Store("practice-scores", { version: 1, validate: validPracticeScores, repair: repairPracticeScores, empty: () => ({}) });

/** `practice-draft`: {text, lp, question} */
export const practiceDraftStore = () => new Store("practice-draft", {
  version: 1,
  validate: (d) => is.object(d) && is.string(d.text) && is.string(d.lp) && (d.question === null || is.string(d.question)),
  empty: () => null,
});

// ---------------------------------------------------------------- mock interviews

const OUTCOMES = ["shown", "missed", "skipped"];
const KINDS = ["assignment", "self", "measure", "lesson", "detail"];

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
    is.object(l) && is.string(l.id) && l.id.length <= 100 && isoDate(l.at) &&
    ["hire", "no-hire"].includes(l.decision) && is.string(l.reason) &&
    is.array(l.interviews) && l.interviews.length > 0 && l.interviews.length <= 16 && l.interviews.every(validInterview)
  );
}

export function validHistory(h) {
  return is.object(h) && is.array(h.loops) && h.loops.length <= MAX_LOOPS && h.loops.every(validLoop);
}

export const historyStore = () => new Store("interview-history", { version: 1, validate: validHistory, empty: () => ({ loops: [] }) });

// ---------------------------------------------------------------- story bank

const storiesStore = (lpIds) =>
  new Store("stories", { version: STORIES_VERSION, validate: (b) => validBank(b, lpIds), empty: () => ({ stories: [] }) });

function rawStories() {
  try {
    return window.localStorage.getItem(STORIES_KEY);
  } catch {
    return null;
  }
}

/**
 * Read the bank: `{bank, status, rescue}`. An older version is migrated and
 * written back; an unreadable value is kept in `rescue` (its raw text) so the
 * page can offer it as a download before it is gone for good.
 */
export function loadStories(lpIds) {
  const store = storiesStore(lpIds);
  const raw = rawStories();
  if (raw !== null) {
    let envelope = null;
    try {
      envelope = JSON.parse(raw);
    } catch {
      /* Store.read reports it as corrupt */
    }
    if (envelope && is.int(envelope.v) && envelope.v > STORIES_VERSION) {
      // Written by a newer LP Coach (another tab after an update): leave it alone.
      return { bank: { stories: [] }, status: "newer", rescue: null };
    }
    if (envelope && is.int(envelope.v) && envelope.v < STORIES_VERSION) {
      const bank = migrateStories(envelope.data, envelope.v, lpIds);
      if (bank && store.write(bank).ok) return { bank, status: "migrated", rescue: null };
    }
  }
  const { value, status } = store.read();
  return { bank: value, status, rescue: status === "corrupt" ? raw : null };
}

export function saveStories(bank, lpIds) {
  return storiesStore(lpIds).write(bank);
}
