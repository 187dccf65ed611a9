// The mock interview page: setup, one question at a time with a clock, up to
// three follow-ups, and the debrief. The scorer runs in the shared worker
// (scorer-client.js); the listening rules are in interview-judge.js. Every
// word the reader typed goes on the page as text, never as HTML.

import { el } from "./dom.js";
import * as scorerClient from "./scorer-client.js";
import * as judge from "./interview-judge.js";
import { drawLoop } from "./interview-plan.js";
import * as history from "./interview-history.js";
import { markdown, practiseNext } from "./interview-report.js";
import * as stories from "./story-model.js";
import { showNotice } from "./store.js";
import { historyStore, loadStories, saveStories } from "./storage.js";

const SIGNS = {
  two: "Two minutes: time to land the result.",
  three: "Three minutes: wrap up in a sentence or two.",
};
const today = () => new Date().toISOString().slice(0, 10);

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el("textarea", { class: "lp-visually-hidden", readonly: true });
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
}

const bandClass = (band) => "lp-band lp-band--" + String(band).toLowerCase().replace(/[^a-z]+/g, "-");

export function mount(root) {
  const data = JSON.parse(root.dataset.island);
  new Interview(root, data).start();
}

class Interview {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.principles = new Map(data.principles.map((p) => [p.id, p]));
    this.lpIds = new Set(data.all_principles);
    this.timer = null;
    this.retry = null; // the action to run again after "Try again"
  }

  start() {
    this.status = el("p", { class: "lp-interview__status", role: "status", "aria-live": "polite", data: { interviewStatus: "" } });
    this.setup = el("section", { class: "lp-interview__setup", "aria-label": "Set up the interview", data: { interviewSetup: "" } });
    this.stage = el("section", { class: "lp-interview__stage", "aria-label": "The interview", data: { interviewStage: "" } });
    this.debrief = el("section", { class: "lp-interview__debrief", "aria-label": "Debrief", tabindex: "-1", data: { interviewDebrief: "" } });
    this.error = el("section", { class: "lp-interview__error", "aria-label": "The scorer stopped", data: { interviewError: "" } });
    this.root.replaceChildren(this.status, this.setup, this.stage, this.debrief, this.error);
    this.renderSetup();
    this.setState("setup");
  }

  setState(state) {
    this.root.dataset.state = state;
    this.setup.hidden = state !== "setup";
    this.stage.hidden = state !== "question" && state !== "followup";
    this.debrief.hidden = state !== "debrief";
    this.error.hidden = state !== "error";
  }

  say(text, kind = "info") {
    this.status.dataset.kind = kind;
    this.status.textContent = text;
  }

  alive() {
    if (this.root.isConnected) return true;
    clearInterval(this.timer); // the page was swapped away by instant navigation
    return false;
  }

  // ------------------------------------------------------------------ setup

  renderSetup() {
    const params = new URLSearchParams(window.location.search);
    const wanted = this.principles.has(params.get("lp")) ? params.get("lp") : "";
    this.sizeSelect = el("select", { id: "lp-interview-size", data: { interviewSize: "" } },
      ...this.data.sizes.map((n) => el("option", { value: String(n), text: n === 1 ? "1: a quick round" : n === 4 ? "4: an onsite loop" : String(n) })));
    this.sizeSelect.value = wanted ? "1" : "4";
    const presets = this.data.presets.map((p) => el("option", { value: `preset:${p.id}`,
      text: `${p.title} (${p.principles.length} interviews)` }));
    this.lpSelect = el("select", { id: "lp-interview-lp", data: { interviewLp: "" } },
      el("option", { value: "", text: "Any, drawn at random" }),
      el("optgroup", { label: "Start with this principle" },
        ...[...this.principles.values()].map((p) => el("option", { value: p.id, text: p.title }))),
      presets.length ? el("optgroup", { label: "A level-based loop" }, ...presets) : null);
    this.lpSelect.value = wanted;
    this.lpSelect.addEventListener("change", () => {
      this.sizeSelect.disabled = this.lpSelect.value.startsWith("preset:");
    });
    this.showName = el("input", { type: "checkbox", id: "lp-interview-show-lp", data: { interviewShowLp: "" } });
    const start = el("button", { type: "button", class: "md-button md-button--primary", data: { interviewStart: "" },
      onclick: () => this.begin() }, "Start the interview");
    this.historyBox = el("div", { class: "lp-interview__history", data: { interviewHistory: "" } });
    this.setup.replaceChildren(
      el("div", { class: "lp-interview__choose" },
        el("div", { class: "lp-field" }, el("label", { for: "lp-interview-size", text: "Questions" }), this.sizeSelect),
        el("div", { class: "lp-field" }, el("label", { for: "lp-interview-lp", text: "Principles" }), this.lpSelect)),
      el("p", { class: "lp-interview__option" }, this.showName,
        el("label", { for: "lp-interview-show-lp", text: " Show each question's principle (real interviewers do not announce it)" })),
      el("p", { class: "lp-interview__help", text: `Each answer has a ${judge.clock(this.data.budget_seconds)} budget when spoken; ` +
        "the clock gives a gentle sign at two minutes and at three. Ctrl+Enter (⌘+Enter on a Mac) submits." }),
      el("p", {}, start),
      this.historyBox);
    this.renderHistory();
  }

  renderHistory() {
    const { value, status } = historyStore().read();
    if (status === "corrupt") showNotice(this.root, "Your saved interview history could not be read and was cleared.", "warning");
    this.history = value;
    const loops = value.loops.slice().reverse();
    const exportButton = el("button", { type: "button", class: "md-button", data: { interviewExport: "" },
      disabled: loops.length === 0, onclick: () => {
        download(`lp-coach-interviews-${today()}.json`, history.toJson(this.history), "application/json");
        this.say(`Exported ${this.history.loops.length} mock interview${this.history.loops.length === 1 ? "" : "s"} as JSON.`, "ok");
      } }, "Export history (JSON)");
    const list = el("ol", { class: "lp-interview__loops", reversed: true },
      ...loops.map((loop) => el("li", { data: { interviewHistoryLoop: loop.id, decision: loop.decision } },
        `${new Date(loop.at).toLocaleDateString()}: ${loop.interviews.length} question${loop.interviews.length === 1 ? "" : "s"} `
        + `(${loop.interviews.map((q) => (this.principles.get(q.lp) || { title: q.lp }).title).join(", ")}), `
        + `mean ${history.meanTotal(loop)}/100, ${loop.decision === "hire" ? "hire" : "no hire"}`)));
    this.historyBox.replaceChildren(el("h2", { text: "Your past mock interviews" }),
      loops.length ? list : el("p", { text: "None yet. Each finished interview is kept here, in this browser only." }),
      el("p", {}, exportButton));
  }

  begin() {
    const choice = this.lpSelect.value;
    const preset = choice.startsWith("preset:") ? this.data.presets.find((p) => `preset:${p.id}` === choice) : null;
    const lp = preset ? "" : choice;
    const plan = drawLoop(this.data.principles, { size: Number(this.sizeSelect.value), lp, preset },
      history.recentQuestions(this.history));
    scorerClient.boot({ pyodide: this.data.pyodide, scorer: this.data.scorer, pyodide_integrity: this.data.pyodide_integrity });
    this.loop = { at: new Date().toISOString(), plan, done: [], showName: this.showName.checked };
    this.ask(0);
  }

  // -------------------------------------------------------------- question

  ask(index) {
    const { lp, question } = this.loop.plan[index];
    const principle = this.principles.get(lp);
    this.current = { index, lp, title: principle.title, question, followups: [], plan: [], at: 0 };
    const n = this.loop.plan.length;
    this.answer = el("textarea", { id: "lp-interview-answer", rows: "10", spellcheck: "true", data: { interviewAnswer: "" },
      "aria-describedby": "lp-interview-timer-sign" });
    this.answer.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.submit();
      }
    });
    this.submitButton = el("button", { type: "button", class: "md-button md-button--primary", data: { interviewSubmit: "" },
      onclick: () => this.submit() }, "Submit my answer");
    this.clock = el("span", { class: "lp-interview__clock", role: "timer", "aria-label": "Time on this answer", data: { interviewTimer: "" } }, "0:00");
    this.sign = el("p", { id: "lp-interview-timer-sign", class: "lp-interview__sign", "aria-live": "polite", data: { interviewTimerSign: "" } });
    this.followBox = el("div", { class: "lp-interview__followups", hidden: true, data: { interviewFollowups: "" } });
    const heading = el("h2", { class: "lp-interview__heading", tabindex: "-1" },
      n > 1 ? `Interview ${index + 1} of ${n}` : "Your question");
    this.stage.replaceChildren(
      heading,
      el("div", { class: "lp-interview__question", data: { interviewQuestion: "", lp, questionId: question.id, initiative: String(question.initiative) } },
        this.loop.showName ? el("p", { class: "lp-chip", text: principle.title }) : null,
        el("p", { class: "lp-interview__prompt", text: question.text })),
      el("p", { class: "lp-interview__timer" }, "Elapsed ", this.clock),
      this.sign,
      el("label", { for: "lp-interview-answer", class: "lp-interview__label", text: "Your answer" }),
      this.answer,
      el("p", { class: "lp-interview__actions" }, this.submitButton),
      this.followBox);
    this.setState("question");
    this.say("");
    this.startClock();
    heading.focus();
  }

  startClock() {
    clearInterval(this.timer);
    const started = performance.now();
    let shown = "";
    this.current.elapsed = () => Math.round((performance.now() - started) / 1000);
    const tick = () => {
      if (!this.alive()) return;
      const s = this.current.elapsed();
      this.clock.textContent = judge.clock(s);
      const stage = judge.timerStage(s, this.data.budget_seconds);
      if (stage !== shown) {
        shown = stage;
        this.clock.dataset.sign = stage;
        this.sign.textContent = SIGNS[stage] || "";
      }
    };
    tick();
    this.timer = setInterval(tick, 250);
  }

  /** Score in the worker; on failure, the error state with a way to try again. */
  async scored(text, action) {
    const status = scorerClient.status();
    if (status.state !== "ready") this.say("The scorer is loading in this page (once per visit); your answer stays on this device…");
    try {
      return await scorerClient.score(text, this.current.lp, this.current.question.initiative);
    } catch (error) {
      if (!this.alive()) return null;
      this.fail(error, action);
      return null;
    }
  }

  fail(error, action) {
    this.resumeState = this.root.dataset.state;
    this.retry = action;
    const again = el("button", { type: "button", class: "md-button md-button--primary", data: { interviewRetry: "" },
      onclick: () => {
        this.setState(this.resumeState);
        scorerClient.restart();
        this.retry();
      } }, "Try again");
    this.error.replaceChildren(el("p", { text: `The scorer stopped (${error.message}). What you typed is kept.` }), el("p", {}, again));
    this.setState("error");
    again.focus();
  }

  async submit() {
    const text = this.answer.value.trim();
    if (!text) {
      this.answer.focus();
      return this.say("Type your answer first.", "warn");
    }
    if (this.submitButton.disabled) return;
    if (!this.current.seconds) this.current.seconds = this.current.elapsed();
    clearInterval(this.timer);
    this.submitButton.disabled = true;
    this.answer.readOnly = true;
    this.say("The interviewer is reading your answer…");
    const result = await this.scored(this.answer.value, () => this.retrySubmit());
    if (!result) return;
    this.current.answer = this.answer.value;
    this.current.result = result;
    const p = this.principles.get(this.current.lp);
    this.current.plan = judge.planFollowups(result, p.followups);
    this.say("");
    this.showFollowups();
  }

  retrySubmit() {
    this.submitButton.disabled = false;
    this.submit();
  }

  // ------------------------------------------------------------- follow-ups

  showFollowups() {
    const plan = this.current.plan;
    const asked = this.current.followups.length;
    const last = this.current.index === this.loop.plan.length - 1;
    this.nextButton = el("button", { type: "button", class: "md-button", data: { interviewNext: "" }, onclick: () => this.next() },
      last ? "Go to the debrief" : "Next question");
    const log = el("ol", { class: "lp-interview__asked" }, ...this.current.followups.map((f) =>
      el("li", { data: { interviewFollowupResult: f.kind, outcome: f.outcome } },
        el("span", { class: "lp-interview__asked-q", text: f.question }), " ",
        el("span", { class: "lp-chip", text: f.outcome === "shown" ? "showed it" : "missed it" }))));
    const parts = [el("h3", { text: "Follow-up questions" }), log];
    if (asked < plan.length) {
      const f = plan[asked];
      this.reply = el("textarea", { id: "lp-interview-followup-answer", rows: "5", spellcheck: "true", data: { interviewFollowupAnswer: "" } });
      this.replyButton = el("button", { type: "button", class: "md-button md-button--primary", data: { interviewFollowupSubmit: "" },
        onclick: () => this.submitReply() }, "Answer");
      this.reply.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          this.submitReply();
        }
      });
      parts.push(
        el("p", { class: "lp-interview__count", text: `Follow-up ${asked + 1} of ${plan.length}` }),
        el("p", { class: "lp-interview__prompt", data: { interviewFollowup: "", kind: f.kind }, text: f.question }),
        el("label", { for: "lp-interview-followup-answer", class: "lp-interview__label", text: "Your reply" }),
        this.reply,
        el("p", { class: "lp-interview__actions" }, this.replyButton, " ", this.nextButton,
          el("span", { class: "lp-interview__help", text: " Moving on skips the follow-ups left." })));
    } else {
      parts.push(el("p", { text: "No more follow-ups on this answer." }), el("p", { class: "lp-interview__actions" }, this.nextButton));
    }
    this.followBox.replaceChildren(...parts);
    this.followBox.hidden = false;
    this.setState("followup");
    (asked < plan.length ? this.reply : this.nextButton).focus();
  }

  async submitReply() {
    const reply = this.reply.value.trim();
    if (!reply) {
      this.reply.focus();
      return this.say("Type a reply, or move on to skip it.", "warn");
    }
    if (this.replyButton.disabled) return;
    this.replyButton.disabled = true;
    this.reply.readOnly = true;
    this.say("The interviewer is listening…");
    const result = await this.scored(this.reply.value, () => {
      this.replyButton.disabled = false;
      this.reply.readOnly = false;
      this.submitReply();
    });
    if (!result) return;
    const probe = this.current.plan[this.current.followups.length];
    const reading = judge.readReply(probe.kind, this.reply.value, result);
    this.current.followups.push({ ...probe, reply: this.reply.value, ...reading });
    this.say(`Reply ${reading.outcome === "shown" ? "showed" : "did not show"} ${judge.PROBES[probe.kind].needs}.`);
    this.showFollowups();
  }

  next() {
    const c = this.current;
    for (const probe of c.plan.slice(c.followups.length)) c.followups.push({ ...probe, reply: "", outcome: "skipped", evidence: null, why: "skipped" });
    c.after = judge.bandAfter(c.result, c.followups.map((f) => f.outcome));
    this.loop.done.push(c);
    if (this.loop.done.length < this.loop.plan.length) this.ask(this.loop.done.length);
    else this.finish();
  }

  // ---------------------------------------------------------------- debrief

  finish() {
    const interviews = this.loop.done;
    const { decision, reason } = judge.decide(interviews.map((q) => ({ band: q.after.band, initiative: q.question.initiative, title: q.title })));
    const reused = judge.reusedPairs(interviews.map((q) => q.answer));
    const next = practiseNext(interviews, this.principles, this.data.dimensions);
    const report = { at: this.loop.at, interviews, decision, reason, rule: this.data.rule, reused, next, budget: this.data.budget_seconds };
    const saved = history.addLoop({
      id: `i-${Date.now().toString(36)}`, at: this.loop.at, decision, reason,
      interviews: interviews.map((q) => ({
        lp: q.lp, question: q.question.id, text: q.question.text, initiative: q.question.initiative,
        total: q.result.total, band: q.result.band, final: q.after.band, seconds: q.seconds,
        spoken: q.result.speaking_seconds, answer: q.answer,
        followups: q.followups.map((f) => ({ kind: f.kind, question: f.question, reply: f.reply, outcome: f.outcome })),
      })),
    });
    this.renderDebrief(report, saved);
    this.setState("debrief");
    this.say(saved.ok ? "The debrief is ready; this interview is kept in your history." : "The debrief is ready. It could not be kept in your history (storage is off or full).",
      saved.ok ? "ok" : "warn");
    this.renderHistory();
    this.debrief.focus();
  }

  renderDebrief(report, saved) {
    const { interviews, decision, reason, reused, next } = report;
    const overall = el("div", { class: "lp-interview__overall", data: { interviewOverall: "", decision } },
      el("p", { class: "lp-interview__decision" }, el("strong", { text: decision === "hire" ? "Hire" : "No hire" }), `. ${reason}`),
      el("p", { class: "lp-interview__rule", text: `How this is decided: ${this.data.rule}` }));
    const articles = interviews.map((q, i) => this.interviewCard(q, i, interviews.length));
    const reuse = el("section", { class: "lp-interview__reuse", data: { interviewReuse: String(reused.length) } },
      el("h3", { text: "Stories told twice" }),
      reused.length ? el("ul", {}, ...reused.map(([a, b]) => el("li", { text: `Interviews ${a + 1} and ${b + 1} told the same story. In a real loop each interviewer needs a different one.` })))
        : el("p", { text: interviews.length > 1 ? "None: every interview heard a different story." : "One interview, one story." }));
    const practise = el("section", { class: "lp-interview__next", data: { interviewPractise: "" } },
      el("h3", { text: "What to practise next" }),
      el("ul", {}, ...next.map((n) => el("li", {}, n.text, n.href ? " " : null, n.href ? el("a", { href: n.href, text: n.label }) : null))));
    const plan = `${this.data.stories}?plan=${interviews.map((q) => q.lp).join(",")}`;
    const tools = el("p", { class: "lp-interview__tools" },
      el("button", { type: "button", class: "md-button", data: { interviewCopy: "" }, onclick: async () => {
        const ok = await copyText(markdown(report));
        this.say(ok ? "The debrief is on your clipboard as Markdown." : "The browser would not copy; use Print instead.", ok ? "ok" : "warn");
      } }, "Copy as Markdown"), " ",
      el("button", { type: "button", class: "md-button", data: { interviewPrint: "" }, onclick: () => window.print() }, "Print"), " ",
      el("a", { class: "md-button", href: plan, data: { interviewPlan: "" } }, "Plan stories for this loop"), " ",
      el("button", { type: "button", class: "md-button md-button--primary", data: { interviewAgain: "" }, onclick: () => {
        this.renderSetup();
        this.setState("setup");
      } }, "Another interview"));
    this.debrief.replaceChildren(el("h2", { text: "Debrief" }), overall, ...articles, reuse, practise, tools,
      saved.ok ? null : el("p", { class: "lp-notice", data: { kind: "warn" }, text: "This interview could not be kept in your history: storage is off or full." }));
  }

  interviewCard(q, i, n) {
    const r = q.result;
    const dims = this.data.dimensions.map((d) => `${d.title} ${r.dimensions[d.id] ? r.dimensions[d.id].score : 0}/${d.max}`).join(" · ");
    const moved = q.after.moved > 0 ? "up" : q.after.moved < 0 ? "down" : "same";
    const faults = (r.markers || []).filter((m) => m.kind !== "signal");
    const signals = (r.markers || []).filter((m) => m.kind === "signal").slice(0, 3);
    const evidence = el("ul", { class: "lp-interview__evidence" },
      ...faults.map((m) => el("li", { data: { evidenceMarker: m.id } }, el("strong", { text: m.kind === "auto_fail" ? "Auto-fail " : "Cost " }),
        el("q", { text: m.quote }), `: ${m.message}`)),
      ...signals.map((m) => el("li", { data: { evidenceMarker: m.id } }, el("strong", { text: "Earned " }), el("q", { text: m.quote }), `: ${m.message}`)));
    const followups = el("ul", { class: "lp-interview__changed" }, ...q.followups.map((f) => el("li", { data: { interviewFollowupOutcome: f.kind, outcome: f.outcome } },
      el("span", { text: f.question }), " — ",
      f.outcome === "skipped" ? "skipped, so no evidence either way."
        : `${f.outcome === "shown" ? "showed" : "missed"} ${judge.PROBES[f.kind].needs}: ${f.why}`,
      f.evidence ? [" ", el("q", { text: f.evidence.quote })] : null)));
    const over = r.speaking_seconds > this.data.budget_seconds + 60 ? " (long: trim the situation)" : r.speaking_seconds < 60 ? " (short: add what you did and the result)" : "";
    const title = el("input", { type: "text", maxlength: "120", autocomplete: "off", id: `lp-interview-story-${i}`, data: { interviewStoryTitle: "" } });
    const saveStatus = el("span", { class: "lp-interview__saved", role: "status", "aria-live": "polite" });
    const save = el("button", { type: "button", class: "md-button", data: { interviewStorySave: "" }, onclick: () => this.saveStory(q, title, saveStatus, save) },
      "Save to my story bank");
    return el("article", { class: "lp-interview__card", data: { interviewItem: String(i + 1) } },
      el("h3", { text: n > 1 ? `Interview ${i + 1}: ${q.title}` : q.title }),
      el("p", { class: "lp-interview__prompt", text: q.question.text }),
      q.question.initiative ? el("p", { class: "lp-interview__help", text: "This question asks for a story you started yourself: an assigned story is an auto-fail." }) : null,
      el("p", { class: "lp-interview__verdict", data: { interviewVerdict: "", lp: q.lp, total: String(r.total), band: r.band, initiative: String(q.question.initiative), finalBand: q.after.band, moved } },
        "Scorer: ", el("strong", { text: `${r.total}/100` }), " ", el("span", { class: bandClass(r.band), text: r.band }),
        r.auto_fail ? " (auto-fail)" : "", ". After follow-ups: ", el("span", { class: bandClass(q.after.band), text: q.after.band }),
        `, because ${q.after.why}.`),
      el("p", { class: "lp-interview__dims", text: dims }),
      el("p", { class: "lp-interview__time", data: { interviewTime: String(q.seconds) } },
        `Written in ${judge.clock(q.seconds)}; about ${r.speaking_seconds} s when spoken, against a ${judge.clock(this.data.budget_seconds)} budget${over}.`),
      el("h4", { text: "What the follow-ups changed" }), followups,
      el("h4", { text: "Evidence from your answer" }), faults.length + signals.length ? evidence : el("p", { text: "The scorer quoted nothing from this answer." }),
      el("details", { class: "lp-interview__answer" }, el("summary", { text: "Your answer" }), el("p", { class: "lp-interview__text", text: q.answer })),
      el("div", { class: "lp-interview__save" },
        el("label", { for: `lp-interview-story-${i}`, text: "Story title" }), title, save, saveStatus));
  }

  saveStory(q, titleInput, status, button) {
    const name = titleInput.value.trim();
    if (!name) {
      titleInput.focus();
      status.textContent = "Give the story a title first.";
      return;
    }
    const loaded = loadStories(this.lpIds);
    if (loaded.status === "newer" || loaded.status === "unavailable") {
      status.textContent = "The story bank cannot be written in this browser now.";
      return;
    }
    const attempt = stories.attemptFrom({ result: q.result, lp: q.lp, question: q.question.id, text: q.answer }, new Date().toISOString(), this.lpIds);
    const target = stories.findByTitle(loaded.bank, name);
    const principles = target ? [...new Set([...target.principles, q.lp])].slice(0, stories.MAX_PRINCIPLES) : [q.lp];
    const { bank, story } = stories.addAttempt(loaded.bank, { id: target && target.id, title: name, principles }, attempt);
    const written = saveStories(bank, this.lpIds);
    if (!written.ok) {
      status.textContent = "Not saved: the browser's storage for this site is full or off.";
      return;
    }
    button.disabled = true;
    button.dataset.saved = story.id;
    status.textContent = story.attempts.length === 1 ? ` Saved “${story.title}”.` : ` Saved attempt ${story.attempts.length} of “${story.title}”.`;
  }
}
