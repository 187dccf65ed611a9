// The reader's progress, as the quiz, the calibration widget and the home page
// share it: one Store per feature, each validated on read, plus the versioned
// export file that carries all of them. Nothing here leaves the device.

import { Store, is } from "./store.js";

const MAX_CALIBRATION_RUNS = 500; // oldest runs are dropped first; the trend needs only the recent ones
const CHOICE = /^[A-Z]$/;

const isoDate = (v) => is.string(v) && v.length <= 40 && !Number.isNaN(Date.parse(v));
const smallInt = (v, max = 1000) => is.int(v) && v >= 0 && v <= max;

const validResult = (b) => is.object(b) && smallInt(b.score) && smallInt(b.total) && b.score <= b.total && b.total > 0;

/** `quiz`: {answers: {questionId: {choice, at} | {forfeit: true, at}}, best: {principleId: {score, total, at}},
 * retrying?: {principleId: true}, retries?: {principleId: {score, total, count, at}}}.
 * best counts first attempts only; a retry of missed questions goes to retries. */
export function validQuiz(v) {
  if (!is.object(v) || !is.object(v.answers) || !is.object(v.best)) return false;
  const answersOk = Object.values(v.answers).every(
    (a) => is.object(a) && (a.forfeit === true || (is.string(a.choice) && CHOICE.test(a.choice))),
  );
  const bestOk = Object.values(v.best).every(validResult);
  const retryingOk = v.retrying === undefined || (is.object(v.retrying) && Object.values(v.retrying).every((r) => r === true));
  const retriesOk = v.retries === undefined ||
    (is.object(v.retries) && Object.values(v.retries).every((r) => validResult(r) && smallInt(r.count) && r.count > 0));
  return answersOk && bestOk && retryingOk && retriesOk;
}

function validScores(s) {
  return is.object(s) && Object.values(s).every((c) => is.object(c) && Object.values(c).every((n) => smallInt(n, 100)));
}

/** `calibration`: {runs: [{exercise, principle, at, weaker, over, distance, biased, scores}]} */
export function validCalibration(v) {
  if (!is.object(v) || !is.array(v.runs) || v.runs.length > MAX_CALIBRATION_RUNS) return false;
  return v.runs.every(
    (r) =>
      is.object(r) &&
      is.string(r.exercise) &&
      is.string(r.principle) &&
      isoDate(r.at) &&
      is.string(r.weaker) &&
      is.int(r.over) &&
      smallInt(r.distance, 100) &&
      typeof r.biased === "boolean" &&
      validScores(r.scores),
  );
}

/** `practice-scores` (written by Practice): {principleId: {best, last, band, runs, at}}.
 * Checked leniently: this page only reads it, and must not discard what Practice wrote. */
export function validPracticeScores(v) {
  return (
    is.object(v) &&
    Object.values(v).every((s) => is.object(s) && Number.isFinite(s.best) && s.best >= 0 && s.best <= 100)
  );
}

export const quizStore = () =>
  new Store("quiz", { version: 1, validate: validQuiz, empty: () => ({ answers: {}, best: {} }) });
export const calibrationStore = () =>
  new Store("calibration", { version: 1, validate: validCalibration, empty: () => ({ runs: [] }) });
export const practiceScoresStore = () =>
  new Store("practice-scores", { version: 1, validate: validPracticeScores, empty: () => ({}) });

/** Append a calibration run, keeping the history under its cap. */
export function addCalibrationRun(history, run) {
  const runs = [...history.runs, run];
  return { runs: runs.slice(Math.max(0, runs.length - MAX_CALIBRATION_RUNS)) };
}

/**
 * Is the reader's over-scoring of the weaker answer shrinking?
 * Compares the mean over-score of the earlier half of the runs with the later half.
 */
export function biasTrend(runs) {
  if (runs.length === 0) return { state: "none" };
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const overs = runs.map((r) => r.over);
  const biased = runs.filter((r) => r.biased).length;
  if (runs.length < 2) return { state: "single", latest: overs[0], biased };
  const half = Math.floor(overs.length / 2);
  const earlier = mean(overs.slice(0, half));
  const later = mean(overs.slice(half));
  let state = "steady";
  if (later < earlier - 2) state = "shrinking";
  else if (later > earlier + 2) state = "growing";
  return { state, earlier: Math.round(earlier), later: Math.round(later), biased };
}

// ---- export / import -------------------------------------------------------

export const EXPORT_FORMAT = "lp-coach-progress";
export const EXPORT_VERSION = 1;
const PARTS = [
  ["quiz", quizStore, validQuiz],
  ["calibration", calibrationStore, validCalibration],
  ["practice-scores", practiceScoresStore, validPracticeScores],
];

export function exportProgress() {
  const data = {};
  for (const [name, make] of PARTS) data[name] = make().read().value;
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: new Date().toISOString(), data };
}

/** Parse and check an export file's text. Returns {ok, data} or {ok: false, error}. */
export function parseExport(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: "This file is not JSON, so nothing was imported." };
  }
  if (!is.object(doc) || doc.format !== EXPORT_FORMAT) {
    return { ok: false, error: "This is not an LP Coach progress file, so nothing was imported." };
  }
  if (doc.version !== EXPORT_VERSION) {
    return { ok: false, error: `This progress file has version ${String(doc.version)}; this site reads version ${EXPORT_VERSION}. Nothing was imported.` };
  }
  if (!is.object(doc.data)) return { ok: false, error: "This progress file has no data, so nothing was imported." };
  for (const [name, , valid] of PARTS) {
    if (!valid(doc.data[name])) {
      return { ok: false, error: `The "${name}" part of this file is damaged, so nothing was imported.` };
    }
  }
  return { ok: true, data: doc.data };
}

/** Replace all progress with imported data, all or nothing. */
export function importProgress(data) {
  const stores = PARTS.map(([name, make]) => [name, make()]);
  const before = stores.map(([, store]) => store.read().value);
  for (const [name, store] of stores) {
    const result = store.write(data[name]);
    if (!result.ok) {
      stores.forEach(([, s], i) => s.write(before[i])); // roll back what was already written
      return { ok: false, status: result.status };
    }
  }
  return { ok: true };
}

export function resetProgress() {
  for (const [, make] of PARTS) make().clear();
}
