// The debrief as data and as Markdown: what to practise next and the text the
// "Copy as Markdown" button puts on the clipboard. Pure functions.

import { clock, PROBES } from "./interview-judge.js";

// What a missed probe says to practise, in the reader's terms.
const PRACTISE = {
  assignment: "Choose stories you started yourself, and say what made you act when nobody asked.",
  self: "Tell every step in the first person: what you did, not what the team did.",
  measure: "Bring a number for every result: before and after, over a stated period.",
  lesson: "End with what you learned and what you now do differently.",
  detail: "Name the concrete steps you took, in order.",
};

/** The weakest dimension of a result, as {id, title, score, max}. */
export function weakest(result, dims) {
  const scored = dims.map((d) => ({ ...d, score: result.dimensions && result.dimensions[d.id] ? result.dimensions[d.id].score : 0 }));
  return scored.reduce((m, d) => (d.score / d.max < m.score / m.max ? d : m));
}

/**
 * Up to five things to practise next, each {text, href, label}: the weakest
 * dimension of every answer that did not reach Hire (with its lesson's
 * fix-its), then the habits the follow-ups found missing.
 */
export function practiseNext(interviews, principles, dims) {
  const items = [];
  const seenLp = new Set();
  for (const q of interviews) {
    const p = principles.get(q.lp);
    if (!p || seenLp.has(q.lp) || ["Hire", "Strong Hire"].includes(q.after.band)) continue;
    seenLp.add(q.lp);
    const w = weakest(q.result, dims);
    items.push({ text: `${p.title}: ${w.title.toLocaleLowerCase()} was ${w.score}/${w.max}.`, href: p.fixits, label: `The ${p.title} fix-its` });
  }
  const missedKinds = new Set(interviews.flatMap((q) => q.followups.filter((f) => f.outcome === "missed").map((f) => f.kind)));
  for (const kind of Object.keys(PROBES)) {
    if (!missedKinds.has(kind)) continue;
    const q = interviews.find((i) => i.followups.some((f) => f.kind === kind && f.outcome === "missed"));
    const p = principles.get(q.lp);
    items.push({ text: PRACTISE[kind], href: p ? p.href : null, label: p ? `Re-read ${p.title}` : null });
  }
  if (!items.length) {
    items.push({ text: "Nothing failed: run a longer loop, or the principles you have not practised yet.", href: null, label: null });
  }
  return items.slice(0, 5);
}

const quoteLine = (text) => String(text).split("\n").map((line) => `> ${line}`).join("\n");

export function markdown({ at, interviews, decision, reason, rule, reused, next, budget }) {
  const lines = [`# Mock interview debrief, ${at.slice(0, 10)}`, "",
    `**Decision: ${decision === "hire" ? "Hire" : "No hire"}.** ${reason}`, "", `_${rule}_`, ""];
  interviews.forEach((q, i) => {
    lines.push(`## Interview ${i + 1}: ${q.title}`, "", `Question: ${q.question.text}${q.question.initiative ? " (asks for a story you started yourself)" : ""}`, "");
    lines.push(`- Scorer: ${q.result.total}/100, ${q.result.band}${q.result.auto_fail ? " (auto-fail)" : ""}`);
    lines.push(`- After follow-ups: ${q.after.band} (${q.after.why})`);
    lines.push(`- Time: written in ${clock(q.seconds)}; about ${q.result.speaking_seconds} s spoken against a ${clock(budget)} budget`, "");
    lines.push("### Answer", "", quoteLine(q.answer), "");
    if (q.followups.length) {
      lines.push("### Follow-ups", "");
      for (const f of q.followups) {
        const said = f.outcome === "skipped" ? "skipped" : `${f.outcome === "shown" ? "showed" : "missed"} ${PROBES[f.kind].needs}: ${f.why}`;
        lines.push(`- ${f.question} (${said})${f.evidence ? ` "${f.evidence.quote}"` : ""}`);
      }
      lines.push("");
    }
    const faults = (q.result.markers || []).filter((m) => m.kind !== "signal");
    if (faults.length) {
      lines.push("### What cost points", "");
      for (const m of faults) lines.push(`- "${m.quote}": ${m.message}`);
      lines.push("");
    }
  });
  if (reused.length) {
    lines.push("## Stories told twice", "", ...reused.map(([a, b]) => `- Interviews ${a + 1} and ${b + 1} told the same story.`), "");
  }
  lines.push("## Practise next", "", ...next.map((n) => `- ${n.text}`), "");
  return lines.join("\n");
}
