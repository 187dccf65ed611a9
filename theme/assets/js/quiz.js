// Test mode: each answer is checked at once and its solution opened; a running
// progress bar; at the end N/M with a breakdown by difficulty, a verdict and
// "retry the ones I missed". Answers are stored by question id, not by URL.
// So that the quiz tests judgement rather than position: options are shuffled
// on every attempt (the radio value stays the content key), a hint is free,
// opening the solution first forfeits the question, and a retry of missed
// questions is kept as a retry, never as a new best.

import { showNotice } from "./store.js";
import { quizStore } from "./storage.js";
import { el } from "./dom.js";

const LEVELS = ["easy", "medium", "hard"];
const ARROWS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Fisher-Yates on a copy. */
function shuffled(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Put a question's options in a new random order and letter them by position. */
function shuffleOptions(item) {
  const fieldset = item.querySelector("fieldset");
  const labels = shuffled([...fieldset.querySelectorAll(":scope > .lp-option")]);
  const anchor = fieldset.querySelector(":scope > .lp-option")?.previousElementSibling || fieldset.querySelector("legend");
  let after = anchor;
  labels.forEach((label, i) => {
    label.querySelector(".lp-option__key").textContent = `${LETTERS[i]}.`;
    label.dataset.shown = LETTERS[i];
    after.after(label);
    after = label;
  });
  const answer = item.querySelector("[data-answer]");
  if (answer) answer.textContent = shownLetter(item, answer.dataset.answer);
}

/** The letter the reader sees for content key `key` in this attempt's order. */
function shownLetter(item, key) {
  const input = item.querySelector(`input[type="radio"][value="${CSS.escape(key)}"]`);
  return input?.closest(".lp-option")?.dataset.shown || key;
}


export function mount(root) {
  let data;
  try {
    data = JSON.parse(root.dataset.island);
  } catch {
    return; // the page still reads: every solution is in its <details>
  }
  const store = quizStore();
  const saved = store.read();
  if (saved.status === "corrupt") {
    showNotice(root, "Your saved quiz answers could not be read and were cleared.", "warning");
  } else if (saved.status === "unavailable") {
    showNotice(root, "This browser does not allow local storage, so your answers will not be kept after you leave.", "info");
  }
  let state = { retrying: {}, retries: {}, ...saved.value }; // older saves lack the retry fields
  const answerOf = Object.fromEntries(data.questions.map((q) => [q.id, q.answer]));
  const items = [...root.querySelectorAll("[data-quiz-question]")].filter((q) => q.dataset.questionId in answerOf);
  const resultBox = root.querySelector("[data-quiz-result]");

  const bar = buildProgress(root, items.length);
  const announcer = el("p", { className: "lp-visually-hidden", role: "status", "aria-live": "polite", "data-quiz-announce": "" });
  root.append(announcer);

  const save = () => {
    const result = store.write(state);
    if (!result.ok && result.status !== "unavailable") {
      showNotice(root, "Your answers could not be saved in this browser (storage is full).", "warning");
    }
  };

  // choice === null: the reader opened the solution before answering (a forfeit).
  function choose(item, choice, { restoring = false } = {}) {
    const id = item.dataset.questionId;
    const forfeit = choice === null;
    const correct = !forfeit && choice === answerOf[id];
    item.dataset.answered = correct ? "correct" : "wrong";
    if (forfeit) item.dataset.forfeit = "true";
    for (const input of item.querySelectorAll('input[type="radio"]')) {
      input.checked = input.value === choice;
      input.disabled = true;
      const label = input.closest(".lp-option");
      label.classList.toggle("lp-option--answer", input.value === answerOf[id]);
      label.classList.toggle("lp-option--wrong", input.value === choice && !correct);
    }
    const shown = shownLetter(item, answerOf[id]);
    showFeedback(item, correct, shown, forfeit);
    const details = item.querySelector("details[data-quiz-solution]");
    if (details) details.open = true;
    if (!restoring) {
      const entry = forfeit ? { forfeit: true, at: new Date().toISOString() } : { choice, at: new Date().toISOString() };
      state = { ...state, answers: { ...state.answers, [id]: entry } };
      announcer.textContent = forfeit ? `Counted as missed: the solution was opened first. The answer is ${shown}.`
        : correct ? "Correct." : `Not quite: the answer is ${shown}. The solution is open below.`;
    }
  }

  function clear(item) {
    delete item.dataset.answered;
    delete item.dataset.forfeit;
    for (const input of item.querySelectorAll('input[type="radio"]')) {
      input.checked = false;
      input.disabled = false;
      input.closest(".lp-option").classList.remove("lp-option--answer", "lp-option--wrong");
    }
    item.querySelector("[data-quiz-feedback]")?.remove();
    const details = item.querySelector("details[data-quiz-solution]");
    if (details) details.open = false;
    hideHint(item);
    shuffleOptions(item); // a new attempt, a new order
  }

  function update() {
    const visible = items.filter((item) => !item.hidden);
    const answered = items.filter((item) => item.dataset.answered);
    const right = answered.filter((item) => item.dataset.answered === "correct").length;
    bar.progress.max = visible.length;
    bar.progress.value = visible.filter((item) => item.dataset.answered).length;
    bar.label.textContent = `${bar.progress.value} of ${visible.length} answered · ${right} correct so far`;
    if (answered.length < items.length) {
      if (!root.hasAttribute("data-retrying")) resultBox.replaceChildren();
      return;
    }
    root.removeAttribute("data-retrying");
    items.forEach((item) => (item.hidden = false));
    bar.progress.max = items.length;
    bar.progress.value = items.length;
    bar.label.textContent = `${items.length} of ${items.length} answered · ${right} correct`;
    const retry = state.retrying[data.principle] === true;
    const at = new Date().toISOString();
    if (retry) {
      // Answering again what you were just shown the solution to is practice, not a score.
      const before = state.retries[data.principle];
      const retrying = { ...state.retrying };
      delete retrying[data.principle];
      state = { ...state, retrying, retries: { ...state.retries, [data.principle]: { score: right, total: items.length, count: (before ? before.count : 0) + 1, at } } };
      save();
    } else {
      const previous = state.best[data.principle];
      if (!previous || right > previous.score || previous.total !== items.length) {
        state = { ...state, best: { ...state.best, [data.principle]: { score: right, total: items.length, at } } };
        save();
      }
    }
    renderResult(retry || Boolean(lastRetry()));
  }

  // The latest retry, if it came after the best first attempt (so the result can say so).
  function lastRetry() {
    const r = state.retries[data.principle];
    const best = state.best[data.principle];
    return r && (!best || r.at >= best.at) ? r : null;
  }

  function renderResult(afterRetry) {
    const counts = Object.fromEntries(LEVELS.map((level) => [level, { right: 0, total: 0 }]));
    for (const item of items) {
      const c = counts[item.dataset.difficulty] || (counts[item.dataset.difficulty] = { right: 0, total: 0 });
      c.total += 1;
      if (item.dataset.answered === "correct") c.right += 1;
    }
    const right = items.filter((item) => item.dataset.answered === "correct").length;
    const missed = items.length - right;
    const best = state.best[data.principle];
    const breakdown = el("ul", { className: "lp-quiz__breakdown" });
    for (const [level, c] of Object.entries(counts)) {
      if (c.total === 0) continue;
      breakdown.append(el("li", { "data-quiz-level": level },
        el("span", { className: `lp-badge lp-badge--${level}`, text: level }), ` ${c.right}/${c.total}`));
    }
    const actions = el("p", { className: "lp-quiz__actions" });
    if (missed > 0) {
      const retry = el("button", { type: "button", className: "md-button md-button--primary", "data-quiz-retry": "", text: `Retry the ${missed} I missed` });
      retry.addEventListener("click", retryMissed);
      actions.append(retry, " ");
    }
    const again = el("button", { type: "button", className: "md-button", "data-quiz-restart": "", text: "Start over" });
    again.addEventListener("click", restart);
    actions.append(again);
    const retried = afterRetry ? lastRetry() : null;
    resultBox.replaceChildren(
      el("p", { className: "lp-quiz__score" }, retried ? "After your retry: " : "You got ",
        el("strong", { "data-quiz-score": "", text: `${right}/${items.length}` }), " correct."),
      retried ? el("p", { className: "lp-quiz__retry-note", "data-quiz-retry-note": "",
        text: `This is retry ${retried.count} of the questions you missed. A retry is practice: it does not change your best, which counts first attempts only. Start over for a new attempt.` }) : "",
      breakdown,
      el("p", { className: "lp-quiz__verdict", "data-quiz-verdict": verdict(counts, right, items.length).kind, text: verdict(counts, right, items.length).text }),
      best ? el("p", { className: "lp-quiz__best", "data-quiz-best": `${best.score}/${best.total}`, text: `Your best first attempt on this quiz: ${best.score}/${best.total}.` }) : "",
      actions,
      nextSteps(data),
    );
  }

  function retryMissed() {
    const missed = items.filter((item) => item.dataset.answered === "wrong");
    const answers = { ...state.answers };
    for (const item of items) {
      const miss = item.dataset.answered === "wrong";
      item.hidden = !miss;
      if (miss) {
        clear(item);
        delete answers[item.dataset.questionId];
      }
    }
    state = { ...state, answers, retrying: { ...state.retrying, [data.principle]: true } };
    save();
    root.setAttribute("data-retrying", "");
    resultBox.replaceChildren(el("p", { text: `Showing only the ${missed.length} question${missed.length === 1 ? "" : "s"} you missed.` }));
    update();
    focusFirst(missed[0]);
  }

  function restart() {
    const answers = { ...state.answers };
    for (const item of items) {
      clear(item);
      item.hidden = false;
      delete answers[item.dataset.questionId];
    }
    const retrying = { ...state.retrying };
    delete retrying[data.principle]; // starting over is a new first attempt
    state = { ...state, answers, retrying };
    save();
    update();
    focusFirst(items[0]);
  }

  function focusFirst(item) {
    const input = item && item.querySelector('input[type="radio"]');
    if (input) {
      item.scrollIntoView({ block: "center" });
      input.focus({ preventScroll: true });
    }
  }

  // Clicking (or Space on) an option answers at once. Arrow keys only move the
  // selection inside the group; Enter or Space then checks the chosen option.
  for (const item of items) {
    let arrowMoved = false;
    const fieldset = item.querySelector("fieldset");
    fieldset.addEventListener("keydown", (event) => {
      if (ARROWS.has(event.key)) arrowMoved = true;
      if ((event.key === "Enter" || event.key === " ") && !item.dataset.answered) {
        const checked = item.querySelector('input[type="radio"]:checked');
        if (checked) {
          event.preventDefault();
          commit(item, checked.value);
        }
      }
    });
    fieldset.addEventListener("change", (event) => {
      if (item.dataset.answered || !event.target.matches('input[type="radio"]')) return;
      if (arrowMoved) {
        arrowMoved = false;
        return;
      }
      commit(item, event.target.value);
    });
    addKeyboardHint(item, fieldset);
    const hint = item.querySelector("button[data-quiz-hint]");
    hint?.addEventListener("click", () => {
      const text = item.querySelector("[data-quiz-hint-text]");
      text.hidden = !text.hidden; // free: a hint is never counted against the reader
      hint.setAttribute("aria-expanded", String(!text.hidden));
      hint.textContent = text.hidden ? "Show a hint" : "Hide the hint";
    });
    const solution = item.querySelector("details[data-quiz-solution]");
    solution?.addEventListener("toggle", () => {
      if (solution.open && !item.dataset.answered) commit(item, null);
    });
  }

  function commit(item, choice) {
    choose(item, choice);
    update();
    save();
  }

  for (const item of items) {
    shuffleOptions(item);
    const previous = state.answers[item.dataset.questionId];
    if (previous && previous.forfeit) {
      choose(item, null, { restoring: true });
    } else if (previous && item.querySelector(`input[type="radio"][value="${CSS.escape(previous.choice)}"]`)) {
      choose(item, previous.choice, { restoring: true });
    }
  }
  if (state.retrying[data.principle]) {
    // A retry left half done: carry on with it, still as a retry.
    const open = items.filter((item) => !item.dataset.answered);
    if (open.length) {
      items.forEach((item) => (item.hidden = Boolean(item.dataset.answered)));
      root.setAttribute("data-retrying", "");
    }
  }
  update();
  root.setAttribute("data-enhanced", "true");
}

function nextSteps(data) {
  const p = el("p", { className: "lp-quiz__next" }, "Next: ");
  if (data.practice) p.append(el("a", { href: data.practice, text: `score your own ${data.title} answer in Practice` }));
  if (data.practice && data.lesson) p.append(", or ");
  if (data.lesson) p.append(el("a", { href: `${data.lesson}#evaluate`, text: "calibrate on the Evaluate exercises" }));
  p.append(".");
  return data.practice || data.lesson ? p : "";
}

function buildProgress(root, total) {
  const label = el("span", { className: "lp-quiz__progress-label", id: `${root.dataset.principle}-quiz-progress` });
  const progress = el("progress", { max: String(total), value: "0", "aria-labelledby": label.id });
  const wrap = el("div", { className: "lp-quiz__progress", "data-quiz-progress": "" }, progress, label);
  root.prepend(wrap);
  return { progress, label };
}

function addKeyboardHint(item, fieldset) {
  const id = `${item.dataset.questionId}-keys`;
  fieldset.append(el("p", { className: "lp-visually-hidden", id, text: "Arrow keys move between answers; Enter or Space checks the selected one." }));
  fieldset.setAttribute("aria-describedby", id);
}

function showFeedback(item, correct, answer, forfeit) {
  item.querySelector("[data-quiz-feedback]")?.remove();
  const note = el("p", { className: `lp-quiz__feedback lp-quiz__feedback--${correct ? "right" : "wrong"}`, "data-quiz-feedback": correct ? "correct" : "wrong" },
    el("strong", { text: correct ? "Correct." : forfeit ? "Counted as missed." : "Not quite." }),
    correct ? " The solution below shows why."
      : forfeit ? ` You opened the solution before answering. The answer is ${answer}; the solution and the usual mistakes are below.`
      : ` The answer is ${answer}; the solution and the usual mistakes are below.`);
  item.querySelector("fieldset").after(note);
}

function hideHint(item) {
  const text = item.querySelector("[data-quiz-hint-text]");
  const button = item.querySelector("button[data-quiz-hint]");
  if (text) text.hidden = true;
  if (button) {
    button.setAttribute("aria-expanded", "false");
    button.textContent = "Show a hint";
  }
}

/** A verdict on the pattern, not just the count: hard questions weigh most. */
export function verdict(counts, right, total) {
  const ratio = (c) => (c && c.total ? c.right / c.total : 1);
  const overall = total ? right / total : 0;
  const hard = ratio(counts.hard);
  const easy = ratio(counts.easy);
  if (overall >= 0.8 && hard >= 2 / 3) {
    return { kind: "strong", text: "Strong: you get the hard questions too, where principles collide and the signal is subtle. Move on to Practice with your own story." };
  }
  if (easy < 2 / 3) {
    return { kind: "foundations", text: "Start with the foundations: several easy questions were missed. Reread the lesson's \"What interviewers listen for\" and red flags, then retry." };
  }
  if (hard < 0.5) {
    return { kind: "basics", text: "Solid on the basics, shaky on the hard questions. Read their solutions closely: they test judgement between two plausible answers." };
  }
  return { kind: "developing", text: "Getting there: most of the ideas are in place. Retry the ones you missed, then calibrate on the Evaluate exercises." };
}
