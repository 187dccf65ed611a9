// "Plan my loop": give each of the loop's principles a saved story, none told
// twice, so that as many principles as possible get a good story and, among
// those plans, the stories fit best. An assignment problem, solved exactly
// with the Hungarian method (principles and stories are a few dozen at most).

import { best } from "./story-model.js";

export const GOOD = 70; // a story that scored Hire or better for the principle

/** How well a story serves a principle: its best score told for it, else its best overall; null if not mapped to it. */
export function fit(story, lp) {
  if (!story.principles.includes(lp)) return null;
  const forLp = story.attempts.filter((a) => a.lp === lp).map((a) => a.total);
  return forLp.length ? Math.max(...forLp) : best(story);
}

/** Minimum-cost assignment of every row to a distinct column (rows <= columns). Returns the column of each row. */
export function hungarian(cost) {
  const n = cost.length;
  const m = n ? cost[0].length : 0;
  const u = new Array(n + 1).fill(0);
  const v = new Array(m + 1).fill(0);
  const p = new Array(m + 1).fill(0); // p[j]: the row (1-based) holding column j
  const way = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(m + 1).fill(Infinity);
    const used = new Array(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const assigned = new Array(n).fill(-1);
  for (let j = 1; j <= m; j += 1) if (p[j]) assigned[p[j] - 1] = j - 1;
  return assigned;
}

/**
 * principles: ids in the loop; stories: the bank's stories.
 * Returns {rows: [{lp, story: story|null, fit: int|null, good: bool}], gaps: [lp without a good story]}.
 */
export function planLoop(principles, stories) {
  // A good story outweighs any number of points; then points decide. No story for a principle costs nothing.
  const weight = (s, lp) => {
    const f = fit(s, lp);
    return f === null ? null : (f >= GOOD ? 10_000 : 0) + 100 + f;
  };
  const cost = principles.map((lp) => [
    ...stories.map((s) => {
      const w = weight(s, lp);
      return w === null ? 1e9 : -w;
    }),
    ...principles.map(() => 0), // "no story" columns, one per principle
  ]);
  const columns = principles.length ? hungarian(cost) : [];
  const rows = principles.map((lp, i) => {
    const j = columns[i];
    const story = j >= 0 && j < stories.length && cost[i][j] < 0 ? stories[j] : null;
    const f = story ? fit(story, lp) : null;
    return { lp, story, fit: f, good: f !== null && f >= GOOD };
  });
  return { rows, gaps: rows.filter((r) => !r.good).map((r) => r.lp) };
}
