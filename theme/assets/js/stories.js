// The story bank page: every saved story with its scores over time, the
// principles it covers, a diff of the latest draft, follow-up drills, export,
// import and a printable cheat sheet. Everything the reader wrote is put on
// the page as text nodes, never parsed as HTML.

import * as model from "./story-model.js";
import { STORIES_KEY, loadStories, saveStories } from "./storage.js";
import { MAX_BYTES } from "./store.js";
import { el } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";


function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const day = (iso) => new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
const PLURALS = { story: "stories" };
const plural = (n, word) => `${n} ${n === 1 ? word : PLURALS[word] || `${word}s`}`;
const today = () => new Date().toISOString().slice(0, 10);

export function mount(root) {
  const data = JSON.parse(root.dataset.island);
  const view = new StoryBank(root, data);
  view.start();
}

class StoryBank {
  constructor(root, data) {
    this.root = root;
    this.principles = data.principles;
    this.lpIds = new Set(data.principles.map((p) => p.id));
    this.titles = Object.fromEntries(data.principles.map((p) => [p.id, p.title]));
    this.dims = data.dimensions;
    this.practice = data.practice;
    this.maxPrinciples = data.max_principles || model.MAX_PRINCIPLES;
    this.drillAt = new Map(); // story id -> follow-up shown
    this.open = new Set(); // "<story id>:<section>" of <details> left open, kept across redraws
  }

  start() {
    const { bank, status, rescue } = loadStories(this.lpIds);
    this.bank = bank;
    this.status = el("p", { class: "lp-stories__status", role: "status", "aria-live": "polite", data: { storiesStatus: "" } });
    this.prompt = el("div", { class: "lp-stories__prompt", data: { storiesPrompt: "" }, hidden: true });
    this.body = el("div", { class: "lp-stories__body" });
    const notice = this.storageNotice(status, rescue);
    this.root.replaceChildren(...[this.tools(), this.status, this.prompt, notice, this.body].filter(Boolean));
    this.root.dataset.enhanced = "true";
    this.render();
    // Another tab saved or deleted a story: show it, so no later change here overwrites it.
    const onStorage = (event) => {
      if (!this.root.isConnected) return window.removeEventListener("storage", onStorage);
      if (event.key === null || event.key === STORIES_KEY) this.refresh() && this.render();
    };
    window.addEventListener("storage", onStorage);
  }

  /** Re-read the bank before a change; false (and nothing read) when storage cannot be trusted now. */
  refresh() {
    const { bank, status } = loadStories(this.lpIds);
    if (status !== "ok" && status !== "empty" && status !== "migrated") return false;
    this.bank = bank;
    return true;
  }

  say(text, kind = "info") {
    this.status.dataset.kind = kind;
    this.status.textContent = text;
  }

  /** Write the bank; on failure keep the old one and say why. */
  commit(next, done) {
    const written = saveStories(next, this.lpIds);
    if (!written.ok) {
      const why = written.status === "unavailable" ? "this browser is not letting the site keep data" : "the browser's storage for this site is full";
      this.say(`Nothing was changed: ${why}.`, "error");
      return false;
    }
    this.bank = next;
    this.render();
    if (done) this.say(done, "ok");
    return true;
  }

  storageNotice(status, rescue) {
    if (status === "unavailable") {
      return el("p", { class: "lp-notice", data: { kind: "warn" } },
        "This browser is not letting the site keep data (storage is off or blocked), so no story can be saved here.");
    }
    if (status === "newer") {
      return el("p", { class: "lp-notice", data: { kind: "warn" } },
        "Your stories were saved by a newer version of this site. Reload the page to use them.");
    }
    if (status === "corrupt" && rescue) {
      return el("p", { class: "lp-notice", data: { kind: "error" } },
        "Your saved stories could not be read, so the bank starts empty. ",
        el("button", { type: "button", class: "md-button", data: { storiesRescue: "" },
          onclick: () => download(`lp-coach-stories-unreadable-${today()}.json`, rescue, "application/json") },
        "Download the unreadable data"));
    }
    return null;
  }

  // ------------------------------------------------------------------ tools

  tools() {
    const file = el("input", { type: "file", accept: ".json,application/json", id: "lp-stories-import",
      class: "lp-stories__file", data: { storiesImport: "" }, onchange: (e) => this.importFile(e.target) });
    return el("div", { class: "lp-stories__tools", role: "group", "aria-label": "Export, import and print" },
      el("button", { type: "button", class: "md-button", data: { storiesExport: "" }, onclick: () => this.exportJson() }, "Export JSON"),
      el("button", { type: "button", class: "md-button", data: { storiesExportMd: "" }, onclick: () => this.exportMarkdown() }, "Export Markdown"),
      el("span", { class: "lp-stories__import" }, el("label", { for: "lp-stories-import" }, "Import a JSON export"), file),
      el("button", { type: "button", class: "md-button", data: { storiesPrint: "" }, onclick: () => window.print() }, "Print cheat sheet"));
  }

  exportJson() {
    download(`lp-coach-stories-${today()}.json`, model.toJson(this.bank), "application/json");
    this.say(`Exported ${plural(this.bank.stories.length, "story")} as JSON.`, "ok");
  }

  exportMarkdown() {
    download(`lp-coach-stories-${today()}.md`, model.toMarkdown(this.bank, this.titles, this.dims), "text/markdown");
    this.say(`Exported ${plural(this.bank.stories.length, "story")} as Markdown.`, "ok");
  }

  async importFile(input) {
    const file = input.files && input.files[0];
    input.value = "";
    if (!file) return;
    this.closePrompt();
    if (file.size > MAX_BYTES) return this.say("This file is too large to be a story bank export; nothing was imported.", "error");
    let text;
    try {
      text = await file.text();
    } catch {
      return this.say("This file could not be read; nothing was imported.", "error");
    }
    const parsed = model.fromJson(text, this.lpIds);
    if (parsed.error) return this.say(`${parsed.error} Your stories were not changed.`, "error");
    const incoming = parsed.bank.stories;
    if (!incoming.length) return this.say("This file holds no stories; nothing was imported.", "info");
    const clashes = incoming.filter((s) => model.counterpart(this.bank, s));
    if (!clashes.length) return this.applyImport(incoming, false);
    this.ask(
      `${plural(clashes.length, "story")} in this file ${clashes.length === 1 ? "is" : "are"} already in your bank: ` +
        `${clashes.map((s) => `“${s.title}”`).join(", ")}. Merge ${clashes.length === 1 ? "it" : "them"} with yours? ` +
        "Merging keeps every attempt of both once.",
      [
        ["merge", "Merge", () => this.applyImport(incoming, true)],
        ["new-only", "Import only the new ones", () => this.applyImport(incoming.filter((s) => !clashes.includes(s)), false)],
        ["cancel", "Cancel import", () => this.say("Import cancelled; nothing was changed.")],
      ]);
  }

  applyImport(incoming, merge) {
    this.refresh();
    const stories = this.bank.stories.map((s) => s);
    let added = 0;
    let merged = 0;
    for (const story of incoming) {
      const mine = model.counterpart({ stories }, story);
      if (!mine) {
        stories.push(story);
        added += 1;
      } else if (merge) {
        stories[stories.indexOf(mine)] = model.mergeStory(mine, story);
        merged += 1;
      }
    }
    const next = { stories };
    if (!model.validBank(next, this.lpIds)) return this.say("These stories could not be combined with yours; nothing was changed.", "error");
    const parts = [added && `added ${plural(added, "story")}`, merged && `merged ${plural(merged, "story")}`].filter(Boolean);
    this.commit(next, parts.length ? `Imported: ${parts.join(", ")}.` : "Nothing new to import.");
  }

  /** An in-page question with a few answers; the first answer gets focus. */
  ask(question, choices) {
    this.prompt.replaceChildren(
      el("p", { id: "lp-stories-prompt-text" }, question),
      el("div", { class: "lp-stories__choices" }, choices.map(([id, label, act], i) =>
        el("button", { type: "button", class: i === 0 ? "md-button md-button--primary" : "md-button", data: { promptChoice: id },
          onclick: () => { this.closePrompt(); act(); } }, label))));
    this.prompt.setAttribute("role", "group");
    this.prompt.setAttribute("aria-labelledby", "lp-stories-prompt-text");
    this.prompt.hidden = false;
    this.prompt.querySelector("button").focus();
  }

  closePrompt() {
    this.prompt.hidden = true;
    this.prompt.replaceChildren();
  }

  // ----------------------------------------------------------------- render

  render() {
    const stories = [...this.bank.stories].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
    this.root.dataset.count = String(stories.length);
    const parts = [
      this.coverage(stories),
      this.warnings(stories),
      el("section", { class: "lp-stories__list", "aria-labelledby": "lp-stories-list" },
        el("h2", { id: "lp-stories-list", tabindex: "-1" }, `Your stories (${stories.length})`),
        stories.length ? stories.map((s) => this.story(s))
          : el("p", { data: { storiesEmpty: "" } }, "No stories yet. Score an answer in ",
            el("a", { href: this.practice }, "Practice"), " and save it to your story bank.")),
      this.cheatSheet(stories)];
    this.body.replaceChildren(...parts.filter(Boolean));
  }

  coverage(stories) {
    const cells = this.principles.map((p) => {
      const serving = stories.filter((s) => s.principles.includes(p.id));
      const n = serving.length;
      const state = n === 0 ? "gap" : n === 1 ? "thin" : "ok";
      return el("li", { class: `lp-coverage__cell lp-coverage__cell--${state}`, data: { coverageLp: p.id, count: String(n) },
        title: serving.map((s) => s.title).join("\n") || null },
        el("a", { href: p.href, class: "lp-coverage__title" }, p.title),
        el("span", { class: "lp-coverage__count" }, n === 0 ? "No story yet" : plural(n, "story")),
        n === 0 ? el("a", { href: p.practice, class: "lp-coverage__go", "aria-label": `Practise ${p.title}` }, "Practise") : null);
    });
    const gaps = cells.filter((c) => c.dataset.count === "0").length;
    return el("section", { class: "lp-coverage", "aria-labelledby": "lp-coverage-title" },
      el("h2", { id: "lp-coverage-title" }, "Coverage"),
      el("p", { class: "lp-coverage__lead" }, gaps === 0 ? "Every principle has at least one story."
        : `${plural(gaps, "principle")} of ${this.principles.length} ${gaps === 1 ? "has" : "have"} no story yet (shown with a dashed border).`),
      el("ul", { class: "lp-coverage__grid", data: { coverage: "" } }, cells));
  }

  warnings(stories) {
    const items = [];
    for (const s of stories) {
      if (s.principles.length > this.maxPrinciples) {
        items.push(el("li", { data: { warning: "overloaded", storyRef: s.id } },
          `“${s.title}” is mapped to ${s.principles.length} principles; one story credibly carries about ${this.maxPrinciples}. Keep the ones it shows best.`));
      }
    }
    for (const p of this.principles) {
      const serving = stories.filter((s) => s.principles.includes(p.id));
      if (serving.length === 1) {
        items.push(el("li", { data: { warning: "single", lp: p.id } },
          `${p.title} rests on one story (“${serving[0].title}”). Interviewers often ask two questions per principle; prepare a second.`));
      }
    }
    if (!items.length) return null;
    return el("section", { class: "lp-stories__warnings", "aria-labelledby": "lp-stories-warnings" },
      el("h2", { id: "lp-stories-warnings" }, "Worth fixing"),
      el("ul", { data: { storiesWarnings: "" } }, items));
  }

  story(s) {
    const last = model.latest(s);
    const n = s.attempts.length;
    const headingId = `lp-story-${s.id}`;
    return el("article", { class: "lp-story", "aria-labelledby": headingId,
      data: { story: "", storyId: s.id, attempts: String(n), latest: String(last.total), best: String(model.best(s)) } },
      el("h3", { id: headingId, class: "lp-story__title" }, s.title),
      el("p", { class: "lp-story__principles" }, s.principles.map((p) => el("span", { class: "lp-chip" }, this.titles[p] || p))),
      el("p", { class: "lp-story__scores" },
        el("span", {}, "Latest ", el("strong", {}, String(last.total)), " ",
          el("span", { class: `lp-band lp-band--${last.band.toLowerCase().replace(/ /g, "-")}` }, last.band)),
        el("span", {}, "Best ", el("strong", {}, String(model.best(s)))),
        el("span", {}, plural(n, "attempt")),
        el("span", {}, `Updated ${day(s.updated)}`)),
      this.chart(s),
      this.section(s, "answer", "Latest answer", () => el("p", { class: "lp-story__answer" }, last.text || "(no text kept)")),
      this.section(s, "diff", "What changed in the latest draft", () => this.diff(s)),
      this.section(s, "drill", `Drill the follow-ups (${last.followups.length})`, () => this.drill(s)),
      this.deleteControl(s));
  }

  /** A <details> whose open state survives redraws; its body is built on first open. */
  section(s, name, label, build) {
    const key = `${s.id}:${name}`;
    const body = el("div", { class: "lp-story__section-body" });
    const details = el("details", { class: `lp-story__${name}`, data: { storySection: name } }, el("summary", {}, label), body);
    const fill = () => body.childElementCount || body.append(build());
    details.addEventListener("toggle", () => {
      if (details.open) {
        fill();
        this.open.add(key);
      } else this.open.delete(key);
    });
    if (this.open.has(key)) {
      details.open = true;
      fill();
    }
    return details;
  }

  // ------------------------------------------------------------------ chart

  chart(s) {
    const W = 320;
    const H = 130;
    const pad = { l: 30, r: 10, t: 8, b: 20 };
    const n = s.attempts.length;
    const x = (i) => (n === 1 ? (pad.l + W - pad.r) / 2 : pad.l + (i * (W - pad.l - pad.r)) / (n - 1));
    const y = (share) => pad.t + (1 - Math.max(0, Math.min(1, share))) * (H - pad.t - pad.b);
    const series = [{ id: "total", title: "Total", max: 100, value: (a) => a.total },
      ...this.dims.map((d) => ({ id: d.id, title: d.title, max: d.max, value: (a) => a.dimensions[d.id] }))];
    const grid = [0, 0.5, 1].map((share) => svg("g", { class: "lp-chart__grid" },
      svg("line", { x1: pad.l, x2: W - pad.r, y1: y(share), y2: y(share) }),
      svg("text", { x: pad.l - 4, y: y(share) + 3, "text-anchor": "end" }, `${share * 100}%`)));
    const axis = s.attempts.map((a, i) => svg("text", { x: x(i), y: H - 5, "text-anchor": "middle", class: "lp-chart__tick" }, String(i + 1)));
    const lines = series.map((ser, k) => {
      const pts = s.attempts.map((a, i) => [i, ser.value(a)]).filter(([, v]) => Number.isInteger(v));
      const coords = pts.map(([i, v]) => `${x(i).toFixed(1)},${y(v / ser.max).toFixed(1)}`);
      return svg("g", { class: `lp-chart__series lp-chart__series--${k}`, "data-series": ser.id },
        svg("polyline", { points: coords.join(" "), fill: "none" }),
        ...pts.map(([i, v]) => svg("circle", { cx: x(i).toFixed(1), cy: y(v / ser.max).toFixed(1), r: k === 0 ? 3.5 : 2.5, "data-chart-point": "" },
          svg("title", {}, `Attempt ${i + 1}: ${ser.title} ${v}/${ser.max}`))));
    });
    const totals = s.attempts.map((a) => a.total).join(", ");
    const label = `Scores across ${plural(n, "attempt")}: totals ${totals} out of 100.`;
    const figure = el("figure", { class: "lp-chart", data: { storyChart: "", points: String(n) } });
    figure.append(svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": label, focusable: "false" }, ...grid, ...axis, ...lines),
      el("figcaption", {}, el("ul", { class: "lp-chart__legend" }, series.map((ser, k) =>
        el("li", { class: `lp-chart__key lp-chart__key--${k}` }, ser.title)))));
    return figure;
  }

  // ------------------------------------------------------------------- diff

  diff(s) {
    const n = s.attempts.length;
    if (n < 2) return el("p", {}, "One draft so far. Save another scored attempt to see what changed.");
    const before = s.attempts[n - 2];
    const after = s.attempts[n - 1];
    const parts = model.diffWords(before.text, after.text);
    const count = (op) => parts.filter((p) => p.op === op).reduce((m, p) => m + p.text.trim().split(/\s+/).filter(Boolean).length, 0);
    const delta = after.total - before.total;
    return el("div", { data: { storyDiff: "" } },
      el("p", { class: "lp-diff__summary" },
        `Attempt ${n - 1} → ${n}: ${count("add")} words added, ${count("del")} removed; total ${before.total} → ${after.total} (${delta >= 0 ? "+" : ""}${delta}).`),
      el("p", { class: "lp-diff" }, parts.map((p) =>
        p.op === "same" ? p.text
          : el(p.op === "add" ? "ins" : "del", { class: `lp-diff__${p.op}` },
            el("span", { class: "lp-visually-hidden" }, p.op === "add" ? "[added: " : "[removed: "), p.text,
            el("span", { class: "lp-visually-hidden" }, "]")))));
  }

  // ------------------------------------------------------------------ drill

  drill(s) {
    const box = el("div", { class: "lp-drill", data: { storyDrill: "" } });
    const show = () => {
      const story = this.bank.stories.find((x) => x.id === s.id) || s;
      const questions = model.latest(story).followups;
      if (!questions.length) {
        box.replaceChildren(el("p", {}, "The scorer asked no follow-up questions for the latest draft."));
        return;
      }
      const i = Math.min(this.drillAt.get(s.id) || 0, questions.length - 1);
      const q = questions[i];
      const noteId = `lp-drill-${s.id}`;
      const note = el("textarea", { id: noteId, rows: "4", class: "lp-drill__note", data: { drillNote: "" } });
      note.value = story.notes[q] || "";
      const saved = el("span", { class: "lp-drill__saved", "aria-live": "polite" });
      let timer = null;
      const keep = () => {
        clearTimeout(timer);
        saved.textContent = this.saveNote(s.id, q, note.value) ? "Note kept in this browser." : "Could not keep the note.";
      };
      note.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(keep, 400);
      });
      note.addEventListener("change", keep);
      const go = (step) => {
        keep();
        this.drillAt.set(s.id, i + step);
        show();
        box.querySelector("textarea").focus();
      };
      box.replaceChildren(
        el("p", { class: "lp-drill__count", data: { drillIndex: String(i + 1) } }, `Question ${i + 1} of ${questions.length}`),
        el("p", { class: "lp-drill__question", data: { drillQuestion: "" } }, q),
        el("label", { for: noteId }, "Your answer, in a few words"), note,
        el("div", { class: "lp-drill__nav" },
          el("button", { type: "button", class: "md-button", disabled: i === 0, onclick: () => go(-1), data: { drillPrev: "" } }, "Previous question"),
          el("button", { type: "button", class: "md-button", disabled: i === questions.length - 1, onclick: () => go(1), data: { drillNext: "" } }, "Next question"),
          saved));
    };
    show();
    return box;
  }

  /** Keep a drill note without redrawing the page (the reader is typing). */
  saveNote(id, question, text) {
    const { bank } = loadStories(this.lpIds);
    const current = bank.stories.some((s) => s.id === id) ? bank : this.bank;
    const stories = current.stories.map((s) => (s.id === id ? { ...s, notes: { ...s.notes, [question]: text } } : s));
    const next = { stories };
    if (!saveStories(next, this.lpIds).ok) return false;
    this.bank = next;
    return true;
  }

  // ----------------------------------------------------------------- delete

  deleteControl(s) {
    const area = el("div", { class: "lp-story__actions" });
    const reset = () => area.replaceChildren(el("button", { type: "button", class: "md-button lp-story__delete", data: { storyDelete: "" },
      onclick: confirm }, "Delete story"));
    const confirm = () => {
      const keep = el("button", { type: "button", class: "md-button", data: { deleteChoice: "keep" }, onclick: () => {
        reset();
        area.querySelector("button").focus();
      } }, "Keep it");
      area.replaceChildren(el("div", { role: "group", "aria-label": `Delete “${s.title}”?`, class: "lp-story__confirm" },
        el("p", {}, `Delete “${s.title}” and its ${plural(s.attempts.length, "attempt")}? This cannot be undone; export first to keep a copy.`),
        el("button", { type: "button", class: "md-button lp-story__delete", data: { deleteChoice: "delete" }, onclick: () => this.remove(s) }, "Delete"),
        " ", keep));
      keep.focus();
    };
    reset();
    return area;
  }

  remove(s) {
    this.refresh();
    const next = { stories: this.bank.stories.filter((x) => x.id !== s.id) };
    if (this.commit(next, `Deleted “${s.title}”.`)) this.root.querySelector("#lp-stories-list").focus();
  }

  // ------------------------------------------------------------ cheat sheet

  cheatSheet(stories) {
    if (!stories.length) return null;
    return el("section", { class: "lp-cheat", data: { storiesCheat: "" }, "aria-labelledby": "lp-cheat-title" },
      el("h2", { id: "lp-cheat-title" }, "Cheat sheet"),
      el("table", {},
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Story"), el("th", { scope: "col" }, "Principles"), el("th", { scope: "col" }, "Result"))),
        el("tbody", {}, stories.map((s) => el("tr", {},
          el("th", { scope: "row" }, s.title),
          el("td", {}, s.principles.map((p) => this.titles[p] || p).join(", ")),
          el("td", {}, model.summary(s, this.dims)))))));
  }
}
