// Practice mode: score your own answer with the Python scorer, in this browser.
// The scorer itself (one worker shared across instant navigation) lives in
// scorer-client.js; this module is the widget around it.
// Everything the reader types is rendered with textContent, never as HTML.

import { showNotice, is } from "./store.js";
import { practiceDraftStore, practiceScoresStore } from "./storage.js";
import { el } from "./dom.js";
import * as scorerClient from "./scorer-client.js";

const DRAFT_DELAY_MS = 400;
const STAGE_TEXT = {
  idle: "The scorer is starting…",
  runtime: "Loading the Python runtime (once per visit; your answer stays on this device)…",
  scorer: "Loading the scorer…",
  ready: "The scorer is ready. It runs in this page; your answer never leaves your device.",
};
const STAGE_STEP = { idle: 0, runtime: 1, scorer: 2, ready: 3 };
const KIND_LABEL = { auto_fail: "Auto-fail", penalty: "Costs points", signal: "Earns points" };
const KIND_ORDER = { auto_fail: 0, penalty: 1 }; // anything else (signals) after

// The same stores, and so the same validators, as every other reader of these keys.
const draftStore = practiceDraftStore();
const scoresStore = practiceScoresStore();

/* ------------------------------------------------------------ small bits -- */


// The scorer counts words with [^\W_](?:[\w'-]*[^\W_])? on a copy with curly
// apostrophes and dashes folded; this is the same rule in JavaScript.
const WORD = /[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}\p{Pc}'\u2019\u2010-\u2015-]*[\p{L}\p{N}\p{M}])?/gu;
export function wordCount(text) {
  return (text.match(WORD) || []).length;
}

export function speakingText(seconds) {
  if (seconds < 60) return `about ${seconds} s spoken`;
  const s = seconds % 60;
  return `about ${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ""} spoken`;
}

function bandClass(band) {
  return "lp-band--" + String(band).toLowerCase().replace(/[^a-z]+/g, "-");
}

function followupText(item) {
  if (typeof item === "string") return item;
  if (is.object(item)) return String(item.question || item.text || item.prompt || "");
  return "";
}

/**
 * Split the answer into runs of plain text and marked text. The scorer's
 * offsets count code points; JavaScript strings count UTF-16 units, so work
 * on Array.from(text). Overlapping markers: faults win over signals, then the
 * earlier marker, then the one on the heavier dimension (`dimensions` maps a
 * dimension id to its {max}); each keeps whatever part of its span is still free.
 */
export function markedRuns(text, markers, dimensions = {}) {
  const chars = Array.from(text);
  const owner = new Array(chars.length).fill(-1);
  const weight = (m) => (dimensions[m.dimension] && dimensions[m.dimension].max) || 0;
  const order = markers.map((m, i) => i).sort((a, b) =>
    (KIND_ORDER[markers[a].kind] ?? 2) - (KIND_ORDER[markers[b].kind] ?? 2) ||
    markers[a].start - markers[b].start || weight(markers[b]) - weight(markers[a]));
  for (const i of order) {
    const { start, end } = markers[i];
    for (let k = Math.max(0, start); k < Math.min(end, chars.length); k++) if (owner[k] === -1) owner[k] = i;
  }
  const runs = [];
  let from = 0;
  for (let k = 1; k <= chars.length; k++) {
    if (k === chars.length || owner[k] !== owner[from]) {
      runs.push({ text: chars.slice(from, k).join(""), marker: owner[from] });
      from = k;
    }
  }
  return runs;
}

/* ---------------------------------------------------------------- report -- */

function markdownReport({ text, lpTitle, question, result }) {
  const lines = [`# LP Coach score: ${result.total}/100, ${result.band}`, ""];
  if (lpTitle) lines.push(`Principle: ${lpTitle}`);
  if (question) lines.push(`Question: ${question}`);
  lines.push(`Length: ${result.word_count} words, ${speakingText(result.speaking_seconds)}`, "");
  if (result.auto_fail) lines.push("**Auto-fail:** a marker below forces No Hire.", "");
  lines.push("## Dimensions", "", "| Dimension | Score |", "| --- | --- |");
  for (const [id, d] of Object.entries(result.dimensions || {})) lines.push(`| ${d.title || id} | ${d.score}/${d.max} |`);
  lines.push("", "## Answer", "", ...text.split("\n").map((line) => `> ${line}`), "");
  const faults = (result.markers || []).filter((m) => m.kind !== "signal");
  if (faults.length) {
    lines.push("## What to fix", "");
    for (const m of faults) lines.push(`- **${KIND_LABEL[m.kind] || m.kind}** "${m.quote}": ${m.message} Fix: ${m.fix}`);
    lines.push("");
  }
  const followups = (result.followups || []).map(followupText).filter(Boolean);
  if (followups.length) lines.push("## Follow-up questions to expect", "", ...followups.map((q, i) => `${i + 1}. ${q}`), "");
  const fit = result.lp_fit || {};
  if ((fit.shows || []).length || (fit.lacks || []).length) {
    lines.push(`## Principle fit${fit.title ? `: ${fit.title}` : ""}`, "");
    for (const s of fit.shows || []) lines.push(`- Shows ${s.label}${s.quote ? ` ("${s.quote}")` : ""}`);
    for (const l of fit.lacks || []) lines.push(`- Lacks ${l.label}${l.hint ? `: ${l.hint}` : ""}`);
    lines.push("");
  }
  for (const note of result.notes || []) lines.push(`_${note}_`);
  return lines.join("\n").trim() + "\n";
}

async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* permission refused: try the older way */
  }
  const area = el("textarea", { class: "lp-visually-hidden", "aria-hidden": "true" });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/* ---------------------------------------------------------------- widget -- */

export function mount(root) {
  let data;
  try {
    data = JSON.parse(root.dataset.island);
  } catch {
    root.dataset.state = "error";
    return;
  }
  const ui = {
    status: root.querySelector("[data-scorer-status-text]") || root.querySelector("[data-scorer-status]"),
    progress: root.querySelector("[data-scorer-progress]"),
    lp: root.querySelector("select[data-scorer-lp]"),
    questionField: root.querySelector("[data-scorer-question-field]"),
    question: root.querySelector("select[data-scorer-question]"),
    prompt: root.querySelector("[data-scorer-prompt]"),
    input: root.querySelector("textarea[data-scorer-input]"),
    count: root.querySelector("[data-scorer-count]"),
    draft: root.querySelector("[data-scorer-draft]"),
    run: root.querySelector("button[data-scorer-run]"),
    result: root.querySelector("[data-scorer-result]"),
  };
  const principles = new Map((data.principles || []).map((p) => [p.id, p]));
  const wpm = data.speaking_wpm || 150;
  let runs = 0;
  let busy = false;
  let draftTimer = null;
  let draftWarned = false;
  let message = ""; // the latest thing the status line must say besides the stage

  /* ---- state and status ---- */
  function render() {
    const { state, stage, reason } = scorerClient.status();
    root.dataset.state = state;
    if (ui.progress) {
      ui.progress.hidden = state !== "loading";
      ui.progress.value = STAGE_STEP[stage] || 0;
    }
    let text = STAGE_TEXT[stage] || STAGE_TEXT.idle;
    if (state === "error") {
      text = "The scorer could not start in this browser"
        + (reason ? ` (${reason})` : "")
        + ". Your draft is still kept on this device, and the lessons and quizzes work as usual."
        + " Reload the page to try again, or use an up-to-date browser with WebAssembly turned on.";
    }
    ui.status.textContent = message ? `${message} ${state === "ready" ? "" : text}`.trim() : text;
    ui.run.disabled = state === "error";
    retryButton(state === "error");
  }

  let retry = null;
  function retryButton(show) {
    if (show && !retry) {
      retry = el("button", { type: "button", class: "md-button", "data-scorer-retry": true, text: "Try again" });
      retry.addEventListener("click", () => {
        message = "";
        scorerClient.restart();
      });
      ui.run.after(retry);
    } else if (!show && retry) {
      retry.remove();
      retry = null;
    }
  }

  const unsubscribe = scorerClient.subscribe(() => {
    if (!root.isConnected) {
      unsubscribe(); // the page was swapped away by instant navigation
      return;
    }
    render();
  });

  /* ---- principle and question ---- */
  function fillQuestions(lp, chosen) {
    const questions = (principles.get(lp) || {}).questions || [];
    ui.question.replaceChildren(el("option", { value: "", text: "Any question (no prompt)" }),
      ...questions.map((q) => el("option", { value: q.id, text: q.text })));
    ui.questionField.hidden = questions.length === 0;
    ui.question.value = questions.some((q) => q.id === chosen) ? chosen : "";
    showPrompt();
  }

  function currentQuestion() {
    const questions = (principles.get(ui.lp.value) || {}).questions || [];
    return questions.find((q) => q.id === ui.question.value) || null;
  }

  function showPrompt() {
    const q = currentQuestion();
    ui.prompt.hidden = !q;
    ui.prompt.textContent = q ? q.text : "";
  }

  /* ---- draft ---- */
  function storageWarning(status, what) {
    if (draftWarned) return;
    draftWarned = true;
    const why = status === "unavailable" ? "this browser's storage is turned off"
      : status === "too-large" ? "the answer is too long to store"
        : "this browser's storage is full";
    showNotice(root, `${what} are not being kept on this device (${why}). Scoring still works.`, "warning");
  }

  function saveDraft() {
    draftTimer = null;
    const outcome = draftStore.write({ text: ui.input.value, lp: ui.lp.value, question: ui.question.value || null });
    if (outcome.ok) ui.draft.textContent = "Draft saved on this device.";
    else {
      ui.draft.textContent = "";
      storageWarning(outcome.status, "Drafts");
    }
  }

  function scheduleDraft() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(saveDraft, DRAFT_DELAY_MS);
  }

  function restore() {
    const params = new URLSearchParams(window.location.search);
    const { value: draft, status } = draftStore.read();
    if (status === "unavailable") storageWarning(status, "Drafts");
    else if (status === "corrupt") showNotice(root, "Your saved draft could not be read, so it was cleared.", "warning");
    const fromUrl = principles.has(params.get("lp")) ? params.get("lp") : null;
    const lp = fromUrl || (draft && principles.has(draft.lp) ? draft.lp : ui.lp.value);
    ui.lp.value = lp;
    const question = fromUrl ? params.get("q") || (draft && draft.lp === lp ? draft.question : null)
      : draft ? draft.question : null;
    fillQuestions(lp, question);
    if (draft) ui.input.value = draft.text;
  }

  /* ---- counts ---- */
  function updateCount() {
    const words = wordCount(ui.input.value);
    ui.count.textContent = `${words} ${words === 1 ? "word" : "words"}, ${speakingText(Math.round(words * 60 / wpm))}`;
  }

  /* ---- scoring ---- */
  function recordScore(lp, result) {
    const { value } = scoresStore.read();
    const all = is.object(value) ? { ...value } : {};
    const previous = all[lp];
    all[lp] = {
      best: previous && Number.isFinite(previous.best) ? Math.max(previous.best, result.total) : result.total,
      last: result.total,
      band: result.band,
      runs: (previous && is.int(previous.runs) ? previous.runs : 0) + 1,
      at: new Date().toISOString(),
    };
    const outcome = scoresStore.write(all);
    if (!outcome.ok) storageWarning(outcome.status, "Scores");
  }

  async function run() {
    const text = ui.input.value;
    if (!text.trim()) {
      message = "Write your answer first, then score it.";
      render();
      ui.input.focus();
      return;
    }
    if (busy || scorerClient.status().state === "error") return;
    busy = true;
    root.setAttribute("aria-busy", "true");
    message = scorerClient.status().state === "ready" ? "Scoring…" : "Scoring as soon as the scorer is ready…";
    render();
    const lp = ui.lp.value;
    const question = currentQuestion();
    try {
      // The chosen question's premise: a question asking for self-initiated work scores an assigned story as such.
      const result = await scorerClient.score(text, lp, Boolean(question && question.initiative === true));
      showResult({ text, lp, question, result, json: JSON.stringify(result) });
      recordScore(lp, result);
      runs += 1;
      root.dataset.runs = String(runs);
      message = `Scored: ${result.total} out of 100, ${result.band}.`;
      root.dispatchEvent(new CustomEvent("lp:scored", {
        bubbles: true,
        detail: { text, lp, question: question ? question.id : null, result },
      }));
    } catch (error) {
      message = `This answer could not be scored (${error.message}). Your draft is unchanged.`;
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
      render();
    }
  }

  /* ---- result ---- */
  function showResult({ text, lp, question, result, json }) {
    const markers = result.markers || [];
    const ids = markers.map((_, i) => `lp-marker-${runs}-${i}`);
    const lpTitle = (principles.get(lp) || {}).title || "";
    const head = el("div", { class: "lp-result__head" }, [
      el("p", { class: "lp-result__score" }, [
        el("span", { class: "lp-result__total", "data-scorer-total": true, text: String(result.total) }),
        el("span", { class: "lp-result__of", text: "/100" }),
        " ",
        el("span", { class: `lp-band ${bandClass(result.band)}`, "data-scorer-band": true, text: result.band }),
      ]),
      el("p", { class: "lp-result__meta", text: `${lpTitle ? lpTitle + " · " : ""}${result.word_count} words, ${speakingText(result.speaking_seconds)}` }),
    ]);
    const parts = [el("h2", { class: "lp-result__title", tabindex: "-1", text: "Your score" }), head];
    if (result.auto_fail) {
      parts.push(el("p", { class: "lp-autofail", text: "Auto-fail: one marker below forces No Hire whatever else the answer shows. Fix it first." }));
    }
    if ((result.notes || []).length) parts.push(el("ul", { class: "lp-result__notes" }, result.notes.map((n) => el("li", { text: n }))));
    parts.push(dimensionBars(result.dimensions || {}));
    parts.push(el("h3", { text: "Your answer, marked" }), legend(), answerView(text, markers, ids, result.dimensions || {}));
    parts.push(markerList(markers, ids));
    const followups = (result.followups || []).map(followupText).filter(Boolean);
    if (followups.length) {
      parts.push(el("h3", { text: "Follow-up questions to expect" }),
        el("ol", { class: "lp-followups" }, followups.map((q) => el("li", { text: q }))));
    }
    parts.push(fitView(result.lp_fit || {}));
    parts.push(copyControl({ text, lpTitle, question: question ? question.text : "", result }));
    parts.push(el("output", { class: "lp-visually-hidden", "data-scorer-json": true, "aria-hidden": "true", text: json }));
    ui.result.replaceChildren(...parts);
    ui.result.hidden = false;
  }

  function dimensionBars(dimensions) {
    const items = Object.entries(dimensions).map(([id, d]) => {
      const pct = d.max ? Math.round((100 * d.score) / d.max) : 0;
      const fill = el("span", { class: "lp-dim__fill" });
      fill.style.width = `${pct}%`;
      const item = el("li", { class: "lp-dim", "data-scorer-dimension": id, "data-score": d.score }, [
        el("span", { class: "lp-dim__label", text: d.title || id }),
        el("span", { class: "lp-dim__bar", "aria-hidden": "true" }, fill),
        el("span", { class: "lp-dim__score", text: `${d.score} / ${d.max}` }),
      ]);
      if ((d.notes || []).length) item.append(el("span", { class: "lp-dim__notes", text: d.notes.join(" ") }));
      return item;
    });
    return el("div", {}, [el("h3", { text: "Dimensions" }), el("ul", { class: "lp-dims" }, items)]);
  }

  function legend() {
    return el("p", { class: "lp-legend" }, Object.entries(KIND_LABEL).map(([kind, label]) =>
      el("span", { class: `lp-kind lp-kind--${kind}`, text: label })));
  }

  function answerView(text, markers, ids, dimensions) {
    const box = el("div", { class: "lp-answer" });
    const tip = el("div", { class: "lp-tip", role: "tooltip", hidden: true });
    for (const run of markedRuns(text, markers, dimensions)) {
      if (run.marker < 0) {
        box.append(document.createTextNode(run.text));
        continue;
      }
      const m = markers[run.marker];
      const mark = el("mark", {
        tabindex: "0", "data-marker": m.id, "data-kind": m.kind, class: `lp-mark lp-mark--${m.kind}`,
        "aria-describedby": ids[run.marker], text: run.text,
      });
      mark.dataset.index = String(run.marker);
      box.append(mark);
    }
    box.append(tip);
    const show = (mark) => {
      const m = markers[Number(mark.dataset.index)];
      tip.replaceChildren(el("strong", { text: `${KIND_LABEL[m.kind] || m.kind}: ` }), m.message,
        el("br"), el("span", { class: "lp-tip__fix", text: `Fix: ${m.fix}` }));
      tip.hidden = false;
      const boxRect = box.getBoundingClientRect();
      const rect = mark.getClientRects()[0] || mark.getBoundingClientRect();
      const width = tip.offsetWidth;
      const left = Math.max(0, Math.min(rect.left - boxRect.left, box.clientWidth - width));
      tip.style.left = `${left}px`;
      tip.style.top = `${rect.bottom - boxRect.top + 4}px`;
    };
    const hide = () => { tip.hidden = true; };
    box.addEventListener("mouseover", (e) => { const m = e.target.closest("mark[data-marker]"); if (m) show(m); });
    box.addEventListener("mouseout", (e) => { if (e.target.closest("mark[data-marker]") && document.activeElement?.closest?.(".lp-answer") !== box) hide(); });
    box.addEventListener("focusin", (e) => { const m = e.target.closest("mark[data-marker]"); if (m) show(m); });
    box.addEventListener("focusout", hide);
    box.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
    return box;
  }

  function markerList(markers, ids) {
    const items = markers.map((m, i) => el("li", { id: ids[i], class: "lp-finding", "data-finding": m.id }, [
      el("span", { class: `lp-kind lp-kind--${m.kind}`, text: KIND_LABEL[m.kind] || m.kind }), " ",
      el("q", { text: m.quote }), " ", m.message, " ",
      el("span", { class: "lp-finding__fix", text: m.kind === "signal" ? m.fix : `Fix: ${m.fix}` }),
    ]));
    if (!items.length) return el("p", { text: "No phrase stood out either way." });
    return el("div", {}, [el("h3", { text: "What the interviewer hears" }), el("ul", { class: "lp-findings" }, items)]);
  }

  function fitView(fit) {
    const box = el("div", { class: "lp-fit" }, el("h3", { text: `Principle fit${fit.title ? `: ${fit.title}` : ""}` }));
    const list = el("ul");
    for (const s of fit.shows || []) {
      list.append(el("li", {}, [el("span", { class: "lp-fit__yes", text: "Shows " }), s.label || s.id,
        s.quote ? " (" : "", s.quote ? el("q", { text: s.quote }) : "", s.quote ? ")" : ""]));
    }
    for (const l of fit.lacks || []) {
      list.append(el("li", {}, [el("span", { class: "lp-fit__no", text: "Lacks " }), l.label || l.id, l.hint ? `: ${l.hint}` : ""]));
    }
    if (list.children.length) box.append(list);
    const best = (fit.best_fit || []).filter((b) => b && b.title);
    if (best.length) {
      box.append(el("p", { text: "Closest principles for this story: "
        + best.map((b) => `${b.title} (${b.shows} of ${b.of} signs)`).join(", ") + "." }));
    }
    return box;
  }

  function copyControl(report) {
    const said = el("span", { class: "lp-copy__status", role: "status" });
    const button = el("button", { type: "button", class: "md-button", "data-scorer-copy": true, text: "Copy as Markdown" });
    const wrap = el("p", { class: "lp-copy" }, [button, " ", said]);
    button.addEventListener("click", async () => {
      const markdown = markdownReport(report);
      if (await copyText(markdown)) {
        said.textContent = "Copied the report to the clipboard.";
        return;
      }
      // No clipboard access: show the Markdown, selected, for a manual copy.
      said.textContent = "Your browser blocked the clipboard; the report is below, selected for copying.";
      let area = wrap.nextElementSibling;
      if (!area || !area.matches("textarea.lp-copy__text")) {
        area = el("textarea", { class: "lp-copy__text", rows: "10", readonly: true, "aria-label": "Report as Markdown" });
        wrap.after(area);
      }
      area.value = markdown;
      area.focus();
      area.select();
    });
    return wrap;
  }

  /* ---- wiring ---- */
  restore();
  updateCount();
  ui.input.addEventListener("input", () => {
    updateCount();
    scheduleDraft();
  });
  ui.lp.addEventListener("change", () => {
    fillQuestions(ui.lp.value, null);
    scheduleDraft();
  });
  ui.question.addEventListener("change", () => {
    showPrompt();
    scheduleDraft();
  });
  ui.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  ui.run.addEventListener("click", run);
  // Keep the last keystrokes when the reader leaves before the debounce fires.
  window.addEventListener("pagehide", () => { if (draftTimer) saveDraft(); });
  document.addEventListener("click", function flushOnLeave(event) {
    if (!root.isConnected) { document.removeEventListener("click", flushOnLeave, true); return; }
    if (draftTimer && event.target.closest && event.target.closest("a[href]")) saveDraft();
  }, true);
  scorerClient.boot(data);
  render();
}
