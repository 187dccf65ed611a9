// The story bank's data: shape checks, migration from older formats, storage,
// attempts built from a scoring run, merging, JSON/Markdown export and the
// word diff. Pure functions: storage.js keeps the bank under its key, with
// these checks and migrations. Nothing here leaves the device.

import { is } from "./store.js";

export const VERSION = 2;
export const FORMAT = "lpcoach-stories";
export const MAX_PRINCIPLES = 4; // more than this and a story stops being credible for each
const MAX_TITLE = 200;
const BANDS = ["Strong Hire", "Hire", "Lean No Hire", "No Hire"];

// ---------------------------------------------------------------- validation

const isIso = (v) => is.string(v) && v.length <= 40 && !Number.isNaN(Date.parse(v));
const optString = (v) => v === null || is.string(v);
const intIn = (v, lo, hi) => is.int(v) && v >= lo && v <= hi;

function validAttempt(a, lpIds) {
  return (
    is.object(a) &&
    isIso(a.at) &&
    intIn(a.total, 0, 100) &&
    BANDS.includes(a.band) &&
    is.object(a.dimensions) &&
    Object.entries(a.dimensions).every(([k, v]) => is.string(k) && intIn(v, 0, 100)) &&
    is.string(a.text) &&
    (a.lp === null || lpIds.has(a.lp)) &&
    optString(a.question) &&
    is.array(a.followups) &&
    a.followups.every(is.string)
  );
}

function validStory(s, lpIds) {
  return (
    is.object(s) &&
    is.string(s.id) && s.id.length > 0 && s.id.length <= 100 &&
    is.string(s.title) && s.title.trim().length > 0 && s.title.length <= MAX_TITLE &&
    is.array(s.principles) &&
    s.principles.every((p) => lpIds.has(p)) &&
    new Set(s.principles).size === s.principles.length &&
    isIso(s.created) && isIso(s.updated) &&
    is.array(s.attempts) && s.attempts.length > 0 &&
    s.attempts.every((a) => validAttempt(a, lpIds)) &&
    is.object(s.notes) &&
    Object.values(s.notes).every(is.string)
  );
}

/** The current format: `{stories: [...]}` with unique ids. */
export function validBank(bank, lpIds) {
  if (!is.object(bank) || !is.array(bank.stories)) return false;
  if (!bank.stories.every((s) => validStory(s, lpIds))) return false;
  return new Set(bank.stories.map((s) => s.id)).size === bank.stories.length;
}

// ----------------------------------------------------------------- migration

// Version 1 kept one answer per story and attempts without their own text,
// follow-ups or drill notes. Each step turns version n into n + 1.
const MIGRATIONS = {
  1: (bank) => ({
    stories: (is.array(bank && bank.stories) ? bank.stories : []).map((s) => {
      const attempts = is.array(s && s.attempts) ? s.attempts : [];
      const at = attempts.length && is.string(attempts[attempts.length - 1].at) ? attempts[attempts.length - 1].at : s.created;
      return {
        id: s.id,
        title: s.title,
        principles: s.principles,
        created: s.created,
        updated: at,
        attempts: attempts.map((a, i) => ({
          at: a.at,
          lp: is.string(s.principles && s.principles[0]) ? s.principles[0] : null,
          question: null,
          text: i === attempts.length - 1 && is.string(s.answer) ? s.answer : "",
          total: a.total,
          band: a.band,
          dimensions: a.dimensions,
          followups: [],
        })),
        notes: {},
      };
    }),
  }),
};

/** Bring a bank of any known version to the current one, or null when it cannot. */
export function migrate(data, version, lpIds) {
  if (!is.int(version) || version < 1 || version > VERSION) return null;
  let bank = data;
  try {
    for (let v = version; v < VERSION; v += 1) bank = MIGRATIONS[v](bank);
  } catch {
    return null;
  }
  return validBank(bank, lpIds) ? bank : null;
}

export function newId() {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, "0");
  return `s-${Date.now().toString(36)}-${random}`;
}

function followupText(f) {
  if (is.string(f)) return f;
  if (is.object(f)) for (const k of ["text", "question", "q"]) if (is.string(f[k])) return f[k];
  return null;
}

/** One attempt from the Practice widget's `lp:scored` event detail. */
export function attemptFrom(detail, at, lpIds) {
  const result = (detail && detail.result) || {};
  const dimensions = {};
  for (const [id, d] of Object.entries(is.object(result.dimensions) ? result.dimensions : {})) {
    const score = is.object(d) ? d.score : d;
    if (is.int(score)) dimensions[id] = score;
  }
  const lp = [detail && detail.lp, result.lp].find((v) => lpIds.has(v)) || null;
  return {
    at,
    lp,
    question: is.string(detail && detail.question) && detail.question ? detail.question : null,
    text: is.string(detail && detail.text) ? detail.text : "",
    total: result.total,
    band: result.band,
    dimensions,
    followups: (is.array(result.followups) ? result.followups : []).map(followupText).filter((f) => f),
  };
}

export const sameTitle = (a, b) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function findByTitle(bank, title) {
  return bank.stories.find((s) => sameTitle(s.title, title)) || null;
}

/** A copy of the bank with the attempt added to a story (new or existing). */
export function addAttempt(bank, { id, title, principles }, attempt) {
  const stories = bank.stories.map((s) => ({ ...s }));
  let story = id ? stories.find((s) => s.id === id) : null;
  if (!story) {
    story = { id: newId(), title: title.trim(), principles: [], created: attempt.at, updated: attempt.at, attempts: [], notes: {} };
    stories.push(story);
  }
  story.title = title.trim() || story.title;
  story.principles = [...new Set(principles)];
  story.attempts = [...story.attempts, attempt];
  story.updated = attempt.at;
  return { bank: { stories }, story };
}

const attemptKey = (a) => `${a.at}\u0000${a.total}\u0000${a.text}`;

/** Two versions of one story as one: every attempt once, in time order; principles and notes joined. */
export function mergeStory(mine, theirs) {
  const attempts = new Map();
  for (const a of [...mine.attempts, ...theirs.attempts]) if (!attempts.has(attemptKey(a))) attempts.set(attemptKey(a), a);
  const ordered = [...attempts.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
  const later = (x, y) => (Date.parse(x) >= Date.parse(y) ? x : y);
  const earlier = (x, y) => (Date.parse(x) <= Date.parse(y) ? x : y);
  return {
    ...mine,
    principles: [...new Set([...mine.principles, ...theirs.principles])],
    created: earlier(mine.created, theirs.created),
    updated: later(mine.updated, theirs.updated),
    attempts: ordered,
    notes: { ...theirs.notes, ...Object.fromEntries(Object.entries(mine.notes).filter(([, v]) => v.trim())) },
  };
}

/** The existing story an imported one matches: the same id, or else the same title. */
export function counterpart(bank, story) {
  return bank.stories.find((s) => s.id === story.id) || findByTitle(bank, story.title);
}

// -------------------------------------------------------------------- export

export function toJson(bank) {
  return JSON.stringify({ format: FORMAT, version: VERSION, exported: new Date().toISOString(), stories: bank.stories }, null, 2) + "\n";
}

/** Parse an exported file: `{bank}` or `{error}` with a message for the reader. */
export function fromJson(text, lpIds) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: "This file is not valid JSON." };
  }
  if (!is.object(parsed) || parsed.format !== FORMAT) return { error: "This file is not an LP Coach story bank export." };
  if (!is.int(parsed.version) || parsed.version > VERSION) {
    return { error: "This file comes from a newer version of LP Coach; update the site and try again." };
  }
  const bank = migrate({ stories: parsed.stories }, parsed.version, lpIds);
  if (!bank) return { error: "This file's stories are incomplete or damaged, so nothing was imported." };
  return { bank };
}

export const latest = (story) => story.attempts[story.attempts.length - 1];
export const best = (story) => story.attempts.reduce((m, a) => Math.max(m, a.total), 0);

/** One line on a story's result, for the cheat sheet and Markdown. */
export function summary(story, dims) {
  const last = latest(story);
  const n = story.attempts.length;
  const parts = [`Latest ${last.total}/100 (${last.band})`];
  if (n > 1) parts.push(`best ${best(story)}`);
  parts.push(`${n} attempt${n === 1 ? "" : "s"}`);
  const scored = dims.filter((d) => is.int(last.dimensions[d.id])).map((d) => ({ ...d, share: last.dimensions[d.id] / d.max }));
  if (scored.length) {
    const weakest = scored.reduce((m, d) => (d.share < m.share ? d : m));
    parts.push(`work on ${weakest.title.toLocaleLowerCase()} (${last.dimensions[weakest.id]}/${weakest.max})`);
  }
  return parts.join(", ");
}

export function toMarkdown(bank, titles, dims) {
  const lines = ["# My story bank", "", `Exported from LP Coach on ${new Date().toISOString().slice(0, 10)}.`, ""];
  for (const story of bank.stories) {
    const last = latest(story);
    lines.push(`## ${story.title}`, "");
    lines.push(`- Principles: ${story.principles.map((p) => titles[p] || p).join(", ") || "none chosen"}`);
    lines.push(`- Result: ${summary(story, dims)}`);
    const history = story.attempts.map((a) => `${a.at.slice(0, 10)}: ${a.total} (${a.band})`).join("; ");
    lines.push(`- History: ${history}`, "");
    lines.push("### Answer", "", last.text.trim() || "(no text kept)", "");
    if (last.followups.length) {
      lines.push("### Follow-up questions", "");
      for (const q of last.followups) {
        lines.push(`- ${q}`);
        const note = story.notes[q];
        if (note && note.trim()) lines.push(`  - My note: ${note.trim().replace(/\s*\n\s*/g, " ")}`);
      }
      lines.push("");
    }
  }
  if (!bank.stories.length) lines.push("No stories yet.", "");
  return lines.join("\n");
}

// ---------------------------------------------------------------------- diff

const MAX_DIFF_CELLS = 4_000_000; // beyond this, show the drafts as one removal and one addition

/** Word-level diff: a list of `{op: "same" | "add" | "del", text}`, whitespace kept with its word. */
export function diffWords(before, after) {
  const a = before.match(/\s*\S+\s*/g) || [];
  const b = after.match(/\s*\S+\s*/g) || [];
  const key = (t) => t.trim();
  // Common head and tail first: most redrafts change the middle.
  let head = 0;
  while (head < a.length && head < b.length && key(a[head]) === key(b[head])) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && key(a[a.length - 1 - tail]) === key(b[b.length - 1 - tail])) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const out = [];
  const push = (op, text) => {
    const prev = out[out.length - 1];
    if (prev && prev.op === op) prev.text += text;
    else out.push({ op, text });
  };
  b.slice(0, head).forEach((t) => push("same", t));
  if ((x.length + 1) * (y.length + 1) > MAX_DIFF_CELLS) {
    x.forEach((t) => push("del", t));
    y.forEach((t) => push("add", t));
  } else {
    // Longest common subsequence table, filled from the end.
    const w = y.length + 1;
    const table = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i -= 1) {
      for (let j = y.length - 1; j >= 0; j -= 1) {
        table[i * w + j] = key(x[i]) === key(y[j]) ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) {
      if (key(x[i]) === key(y[j])) {
        push("same", y[j]);
        i += 1;
        j += 1;
      } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) {
        push("del", x[i++]);
      } else {
        push("add", y[j++]);
      }
    }
    while (i < x.length) push("del", x[i++]);
    while (j < y.length) push("add", y[j++]);
  }
  b.slice(b.length - tail).forEach((t) => push("same", t));
  return out;
}
