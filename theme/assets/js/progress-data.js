// The reader's progress, as the quiz, the calibration widget and the home page
// share it: the calibration history's helpers and the versioned export file
// that carries quiz, calibration and practice scores. The keys themselves, and
// their validation, are storage.js's. Nothing here leaves the device.

import { is } from "./store.js";
import {
  MAX_CALIBRATION_RUNS, calibrationStore, practiceScoresStore, quizStore, validCalibration, validPracticeScores, validQuiz,
} from "./storage.js";

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
