// The home page's progress grid: for each principle its quiz best, the
// exercises calibrated and the best practice score, plus whether the reader's
// fluency bias is shrinking. Export, import and reset all progress; all of it
// stays in this browser unless the reader saves the export file.

import { showNotice, storageAvailable } from "./store.js";
import { biasTrend, exportProgress, importProgress, parseExport, resetProgress } from "./progress-data.js";
import { calibrationStore, practiceScoresStore, quizStore } from "./storage.js";
import { el } from "./dom.js";

const MAX_IMPORT_BYTES = 5_000_000;


export function mount(root) {
  let data;
  try {
    data = JSON.parse(root.dataset.island);
  } catch {
    return;
  }
  const view = el("div", { className: "lp-progress__view" });
  const message = el("p", { className: "lp-progress__message", role: "status", "aria-live": "polite", "data-progress-message": "" });
  root.replaceChildren(view, controls(root, message, () => render(root, view, data)), message);
  render(root, view, data);
  root.setAttribute("data-enhanced", "true");
}

function readAll(root) {
  const names = { quiz: "quiz answers", calibration: "calibration history", "practice-scores": "practice scores" };
  const stores = { quiz: quizStore(), calibration: calibrationStore(), "practice-scores": practiceScoresStore() };
  const values = {};
  const cleared = [];
  for (const [key, store] of Object.entries(stores)) {
    const { value, status } = store.read();
    values[key] = value;
    if (status === "corrupt") cleared.push(names[key]);
  }
  if (cleared.length) {
    showNotice(root, `Your saved ${cleared.join(" and ")} could not be read and ${cleared.length > 1 ? "were" : "was"} cleared.`, "warning");
  }
  return values;
}

function render(root, view, data) {
  const { quiz, calibration, "practice-scores": practice } = readAll(root);
  const rows = [];
  let quizzesDone = 0;
  let calibrated = 0;
  let exercises = 0;
  let practised = 0;
  for (const p of data.principles) {
    const best = quiz.best[p.id];
    const answered = p.quiz.filter((id) => id in quiz.answers).length;
    const done = new Set(calibration.runs.filter((r) => p.exercises.includes(r.exercise)).map((r) => r.exercise)).size;
    const score = practice[p.id];
    quizzesDone += best ? 1 : 0;
    calibrated += done;
    exercises += p.exercises.length;
    practised += score ? 1 : 0;
    const title = p.available ? el("a", { href: `principles/${p.id}/`, text: p.title }) : p.title;
    rows.push(el("tr", { "data-progress-lp": p.id },
      el("th", { scope: "row" }, title),
      cell("quiz", best ? `${best.score}/${best.total}` : answered ? `${answered}/${p.quiz.length} answered` : null,
        best ? best.score / best.total : null),
      cell("calibrated", done ? `${done}/${p.exercises.length}` : null, done ? done / p.exercises.length : null, true),
      cell("practice", score ? `${Math.round(score.best)}${score.band ? ` ${score.band}` : ""}` : null, score ? score.best / 100 : null)));
  }
  const table = el("table", { className: "lp-progress__table", "data-progress-grid": "" },
    el("caption", { className: "lp-visually-hidden", text: "Your progress by principle" }),
    el("thead", {}, el("tr", {},
      el("th", { scope: "col", text: "Principle" }), el("th", { scope: "col", text: "Quiz best" }),
      el("th", { scope: "col", text: "Calibrated" }), el("th", { scope: "col", text: "Practice best" }))),
    el("tbody", {}, ...rows));
  const summary = el("p", { className: "lp-progress__summary", "data-progress-summary": "" },
    `Quizzes completed: ${quizzesDone} of ${data.principles.length} · exercises calibrated: ${calibrated} of ${exercises} · ` +
    `principles practised: ${practised} of ${data.principles.length}.`);
  const nothing = quizzesDone + calibrated + practised === 0 && Object.keys(quiz.answers).length === 0;
  view.replaceChildren(
    summary,
    bias(calibration.runs),
    el("div", { className: "lp-progress__scroll" }, table),
    el("p", { className: "lp-progress__privacy", text: nothing
      ? "Nothing yet: take a quiz, calibrate an exercise or score an answer in Practice. Progress is kept in this browser only."
      : "Kept in this browser only. Export it to move it to another browser or device." }),
  );
  if (!storageAvailable()) {
    showNotice(root, "This browser does not allow local storage, so progress cannot be kept here.", "info");
  }
}

function cell(kind, text, ratio, partial = false) {
  const td = el("td", { [`data-progress-${kind}`]: text ?? "" });
  if (text === null) {
    td.append(el("span", { className: "lp-progress__none", "aria-hidden": "true", text: "\u2013" }),
      el("span", { className: "lp-visually-hidden", text: "not yet" }));
    return td;
  }
  let level = "some";
  if (ratio !== null && ratio >= 0.8) level = "good";
  else if (ratio !== null && ratio < 0.5 && !partial) level = "low";
  td.className = `lp-progress__cell lp-progress__cell--${level}`;
  td.textContent = text;
  return td;
}

function bias(runs) {
  const trend = biasTrend(runs);
  const p = el("p", { className: "lp-progress__bias", "data-progress-bias": trend.state });
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  switch (trend.state) {
    case "none":
      p.textContent = "Fluency bias: calibrate an Evaluate exercise to see whether you over-score smooth but weak answers.";
      break;
    case "single":
      p.textContent = `Fluency bias: one calibration so far; you scored the weaker answer ${trend.latest} points ${trend.latest >= 0 ? "above" : "below"} the Bar Raiser.`;
      break;
    default: {
      const words = { shrinking: "shrinking", growing: "growing", steady: "about the same" };
      p.textContent = `Fluency bias is ${words[trend.state]}: over ${plural(runs.length, "calibration")}, you scored the weaker answer ` +
        `${trend.earlier} points above the Bar Raiser on average at first and ${trend.later} recently ` +
        `(${plural(trend.biased, "run")} flagged as biased toward fluency).`;
    }
  }
  return p;
}

function controls(root, message, rerender) {
  const exportButton = el("button", { type: "button", className: "md-button", "data-progress-export": "", text: "Export progress" });
  const importId = "lp-progress-import";
  const importInput = el("input", { id: importId, type: "file", accept: "application/json,.json", "data-progress-import": "", className: "lp-progress__file lp-visually-hidden" });
  const importLabel = el("label", { for: importId, className: "md-button lp-progress__import" }, "Import progress");
  const resetButton = el("button", { type: "button", className: "md-button", "data-progress-reset": "", text: "Reset progress" });
  const confirmYes = el("button", { type: "button", className: "md-button md-button--primary", "data-progress-reset-confirm": "", text: "Yes, delete my progress" });
  const confirmNo = el("button", { type: "button", className: "md-button", "data-progress-reset-cancel": "", text: "Keep it" });
  const confirmPanel = el("div", { className: "lp-progress__confirm", role: "group", "aria-labelledby": "lp-progress-confirm-q", "data-progress-confirm": "", hidden: "" },
    el("p", { id: "lp-progress-confirm-q", text: "Delete all quiz answers, calibrations and practice scores from this browser? Your story bank is kept. This cannot be undone unless you exported your progress." }),
    el("p", {}, confirmYes, " ", confirmNo));

  exportButton.addEventListener("click", () => {
    const doc = exportProgress();
    const blob = new Blob([JSON.stringify(doc, null, 2)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: `lp-coach-progress-${doc.exported.slice(0, 10)}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    message.textContent = "Progress exported as a JSON file. Import it on another browser or device to carry on there.";
  });

  importInput.addEventListener("change", async () => {
    const file = importInput.files && importInput.files[0];
    importInput.value = "";
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      message.textContent = "This file is too large to be an LP Coach progress file; nothing was imported.";
      return;
    }
    const parsed = parseExport(await file.text());
    if (!parsed.ok) {
      message.textContent = parsed.error;
      root.setAttribute("data-progress-import-state", "refused");
      return;
    }
    const result = importProgress(parsed.data);
    if (!result.ok) {
      message.textContent = "This browser could not store the imported progress (storage is unavailable or full); nothing changed.";
      root.setAttribute("data-progress-import-state", "refused");
      return;
    }
    rerender();
    message.textContent = "Progress imported: it replaces what this browser had.";
    root.setAttribute("data-progress-import-state", "done");
  });

  resetButton.addEventListener("click", () => {
    confirmPanel.hidden = false;
    resetButton.setAttribute("aria-expanded", "true");
    confirmNo.focus();
  });
  const closeConfirm = () => {
    confirmPanel.hidden = true;
    resetButton.setAttribute("aria-expanded", "false");
    resetButton.focus();
  };
  confirmNo.addEventListener("click", () => {
    closeConfirm();
    message.textContent = "Nothing was deleted.";
  });
  confirmYes.addEventListener("click", () => {
    resetProgress();
    rerender();
    closeConfirm();
    message.textContent = "Your progress was deleted from this browser.";
  });
  resetButton.setAttribute("aria-expanded", "false");

  return el("div", { className: "lp-progress__controls" },
    el("p", { className: "lp-progress__buttons" }, exportButton, " ", importInput, importLabel, " ", resetButton),
    confirmPanel);
}
