// Evaluate mode: the reader scores both candidates on the three calibrated
// dimensions before anything is shown; reveal opens the Bar Raiser's table,
// highlights the markers and measures the reader's calibration, warning when the
// weaker, more fluent answer was scored too high. Runs are kept on the device.

import { showNotice } from "./store.js";
import { addCalibrationRun } from "./progress-data.js";
import { calibrationStore } from "./storage.js";
import { el } from "./dom.js";
import { addMarks, removeMarks } from "./answer-marks.js";

// Over-scoring the weaker answer by this many points (summed over the three
// dimensions, out of 75) is a clear fluency bias rather than noise.
export const FLUENCY_MARGIN = 10;


const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : "0");

export function mount(root) {
  let data;
  try {
    data = JSON.parse(root.dataset.island);
  } catch {
    return; // the reference stays readable in its <details>
  }
  const dims = data.dimensions.filter((d) => data.calibrated.includes(d.id));
  const reference = root.querySelector("details.lp-reference");
  const answers = [...root.querySelectorAll("[data-answer-of]")];
  const markersOf = data.markers || {};
  const store = calibrationStore();
  const uid = `cal-${data.id}`;

  const { form, inputs, message, reveal, again } = buildForm(data, dims, uid);
  const feedback = el("div", { className: "lp-calibrate__feedback", "data-calibrate-feedback": "", tabindex: "-1", hidden: "" });
  (reference || root.lastElementChild).before(form);
  form.after(feedback);

  // Until the reader commits, nothing may hint at the reference: it is hidden,
  // and the answers carry no marks at all.
  function conceal() {
    root.removeAttribute("data-revealed");
    if (reference) {
      reference.open = false;
      reference.hidden = true;
    }
    answers.forEach((answer) => removeMarks(answer.querySelector("[data-answer-text]") || answer));
    feedback.hidden = true;
    feedback.replaceChildren();
    inputs.forEach((input) => (input.readOnly = false));
    reveal.hidden = false;
    again.hidden = true;
  }

  function readScores() {
    const scores = {};
    const bad = [];
    for (const input of inputs) {
      const max = Number(input.max);
      const raw = input.value.trim();
      const value = Number(raw);
      const ok = raw !== "" && Number.isInteger(value) && value >= 0 && value <= max;
      input.setAttribute("aria-invalid", ok ? "false" : "true");
      if (!ok) bad.push(input);
      (scores[input.dataset.candidate] ||= {})[input.dataset.dimension] = value;
    }
    return { scores, bad };
  }

  reveal.addEventListener("click", () => {
    if (root.hasAttribute("data-revealed")) return; // Enter in a read-only field must not record a second run
    const { scores, bad } = readScores();
    if (bad.length) {
      const empty = bad.filter((input) => input.value.trim() === "").length;
      message.textContent = empty === inputs.length
        ? "Score both candidates first: enter all six scores, then reveal."
        : `Enter a whole number in range for every score before the reveal (${bad.length} still missing or out of range).`;
      root.setAttribute("data-calibrate-state", "incomplete");
      bad[0].focus();
      return;
    }
    message.textContent = "";
    root.setAttribute("data-calibrate-state", "revealed");
    root.setAttribute("data-revealed", "");
    if (reference) {
      reference.hidden = false;
      reference.open = true;
    }
    for (const answer of answers) {
      addMarks(answer.querySelector("[data-answer-text]") || answer, markersOf[answer.dataset.answerOf] || []);
    }
    inputs.forEach((input) => (input.readOnly = true));
    reveal.hidden = true;
    again.hidden = false;
    const result = assess(data, dims, scores);
    renderFeedback(feedback, data, dims, scores, result, record(result, scores));
    feedback.hidden = false;
    feedback.focus({ preventScroll: false });
  });

  again.addEventListener("click", () => {
    inputs.forEach((input) => {
      input.value = "";
      input.removeAttribute("aria-invalid");
    });
    conceal();
    root.setAttribute("data-calibrate-state", "scoring");
    inputs[0].focus();
  });

  function record(result, scores) {
    const saved = store.read();
    if (saved.status === "corrupt") showNotice(root, "Your saved calibration history could not be read and was cleared.", "warning");
    const run = {
      exercise: data.id, principle: data.principle, at: new Date().toISOString(), weaker: result.weaker.label,
      over: result.over, distance: result.distance, biased: result.biased, scores,
    };
    const written = store.write(addCalibrationRun(saved.value, run));
    const count = saved.value.runs.filter((r) => r.exercise === data.id).length + 1;
    return { count, kept: written.ok };
  }

  conceal();
  root.setAttribute("data-calibrate-state", "scoring");
  root.setAttribute("data-enhanced", "true");
}

function buildForm(data, dims, uid) {
  const form = el("form", { className: "lp-calibrate", novalidate: "", "aria-label": "Your scores before the reveal" });
  form.append(el("p", { className: "lp-calibrate__intro",
    text: "Your scores first: rate each candidate on the three dimensions below, then reveal the Bar Raiser's scores." }));
  const grid = el("div", { className: "lp-calibrate__grid" });
  const inputs = [];
  for (const c of data.candidates) {
    const set = el("fieldset", { className: "lp-calibrate__candidate" }, el("legend", { text: `Candidate ${c.label}: your scores` }));
    for (const d of dims) {
      const id = `${uid}-${c.label}-${d.id}`;
      const input = el("input", {
        id, type: "number", inputmode: "numeric", min: "0", max: String(d.max), step: "1",
        "data-calibrate-score": "", "data-candidate": c.label, "data-dimension": d.id, autocomplete: "off",
      });
      inputs.push(input);
      set.append(el("p", { className: "lp-calibrate__field" },
        el("label", { for: id, text: `${d.title} (0\u2013${d.max})` }), input));
    }
    grid.append(set);
  }
  const message = el("p", { className: "lp-calibrate__message", role: "alert", "data-calibrate-message": "" });
  const reveal = el("button", { type: "submit", className: "md-button md-button--primary", "data-calibrate-reveal": "", text: "Reveal the Bar Raiser's scores" });
  const again = el("button", { type: "button", className: "md-button", "data-calibrate-again": "", text: "Score this exercise again", hidden: "" });
  form.append(grid, message, el("p", { className: "lp-calibrate__actions" }, reveal, " ", again));
  // Enter in a score field reveals, like the button; no page reload.
  form.addEventListener("submit", (event) => event.preventDefault());
  return { form, inputs, message, reveal, again };
}

/** Compare the reader's scores with the reference. */
export function assess(data, dims, scores) {
  const [weaker, stronger] = [...data.candidates].sort((a, b) => a.total - b.total);
  const sum = (obj) => dims.reduce((total, d) => total + obj[d.id], 0);
  let absolute = 0;
  for (const c of data.candidates) for (const d of dims) absolute += Math.abs(scores[c.label][d.id] - c.scores[d.id]);
  const over = sum(scores[weaker.label]) - sum(weaker.scores);
  const under = sum(stronger.scores) - sum(scores[stronger.label]);
  const rest = weaker.total - sum(weaker.scores); // the two dimensions the reader did not score
  return {
    weaker, stronger, over, under,
    estimate: rest + sum(scores[weaker.label]),
    distance: Math.round(absolute / (dims.length * data.candidates.length)),
    biased: over >= FLUENCY_MARGIN,
  };
}

function renderFeedback(box, data, dims, scores, result, history) {
  const head = el("tr", {}, el("th", { scope: "col", text: "Dimension" }),
    ...data.candidates.map((c) => el("th", { scope: "col", text: `Candidate ${c.label}` })));
  const body = el("tbody");
  for (const d of dims) {
    const row = el("tr", { "data-calibrate-row": d.id }, el("th", { scope: "row", text: `${d.title} (of ${d.max})` }));
    for (const c of data.candidates) {
      const diff = scores[c.label][d.id] - c.scores[d.id];
      row.append(el("td", {},
        `${scores[c.label][d.id]} vs ${c.scores[d.id]} `,
        el("span", { "data-calibrate-diff": `${c.label}:${d.id}`, "data-diff": String(diff),
          className: Math.abs(diff) >= 5 ? "lp-calibrate__diff lp-calibrate__diff--far" : "lp-calibrate__diff", text: `(${signed(diff)})` })));
    }
    body.append(row);
  }
  const table = el("table", { className: "lp-calibrate__table" },
    el("caption", { text: "Your score vs the Bar Raiser's (difference)" }), el("thead", {}, head), body);

  const parts = [el("h5", { text: "Your calibration" }), el("div", { className: "lp-calibrate__table-wrap" }, table),
    el("p", { "data-calibrate-distance": String(result.distance),
      text: `On average you were ${result.distance} point${result.distance === 1 ? "" : "s"} from the Bar Raiser on each score.` })];

  const w = result.weaker.label;
  if (result.biased) {
    parts.push(el("p", { className: "lp-calibrate__warning", "data-calibrate-fluency": "biased" },
      el("strong", { text: "Your calibration is biased toward fluency. " }),
      `You scored Candidate ${w}, the weaker answer, ${result.over} points above the Bar Raiser on these three dimensions, ` +
      `which puts it at about ${result.estimate}/100 against the reference ${result.weaker.total} (${result.weaker.band}). ` +
      "A smooth, confident answer is not evidence: look for what the candidate personally did, how specifically, and what was measured."));
  } else {
    parts.push(el("p", { className: "lp-calibrate__ok", "data-calibrate-fluency": "ok",
      text: result.over > 0
        ? `You scored Candidate ${w}, the weaker answer, ${result.over} point${result.over === 1 ? "" : "s"} above the Bar Raiser: within the margin, no sign of being swayed by fluency.`
        : `You did not over-score Candidate ${w}, the weaker answer: no sign of being swayed by fluency.` }));
  }
  if (result.under >= FLUENCY_MARGIN) {
    parts.push(el("p", { className: "lp-calibrate__note", "data-calibrate-harsh": "",
      text: `You scored Candidate ${result.stronger.label}, the stronger answer, ${result.under} points below the Bar Raiser: ` +
        "credit specific, first-person actions and measured results when they are there." }));
  }
  parts.push(el("p", { className: "lp-calibrate__history",
    text: history.kept
      ? `Calibration ${history.count} on this exercise, kept on this device; the home page shows whether your bias is shrinking.`
      : "This calibration could not be kept: this browser's storage is unavailable or full." }));
  box.replaceChildren(...parts);
}
