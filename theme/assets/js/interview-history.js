// Finished mock loops (the key `lpcoach:interview-history` and its checks are
// storage.js's): adding with a cap, recent questions, the trend and the
// export file. Nothing here leaves the device.

import { MAX_LOOPS, historyStore, validHistory, validLoop } from "./storage.js";

export const EXPORT_FORMAT = "lpcoach-interview-history";
export { historyStore, validHistory, validLoop, MAX_LOOPS };

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
