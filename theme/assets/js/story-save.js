// The save panel inside the Practice widget: after each scoring run it offers
// to keep the answer and its score as a story, or as a new attempt of one.

import * as model from "./story-model.js";
import { loadStories, saveStories } from "./storage.js";

function principleIds(panel) {
  return new Set([...panel.querySelectorAll("input[data-story-lp]")].map((box) => box.value));
}

export function mount(panel) {
  const scorer = panel.closest("[data-scorer]");
  if (!scorer) return;
  const lpIds = principleIds(panel);
  const title = panel.querySelector("input[data-story-title]");
  const chooser = panel.querySelector("select[data-story-choose]");
  const button = panel.querySelector("button[data-story-save]");
  const status = panel.querySelector("[data-story-save-status]");
  const boxes = [...panel.querySelectorAll("input[data-story-lp]")];
  let scored = null; // the latest lp:scored detail and when it happened
  let savedRun = null; // the run already kept, so one click cannot save it twice

  const say = (text, kind = "info") => {
    status.dataset.kind = kind;
    status.textContent = text;
  };
  const bank = () => loadStories(lpIds).bank;
  const chosen = () => bank().stories.find((s) => s.id === chooser.value) || null;
  const check = (ids) => boxes.forEach((box) => (box.checked = ids.has(box.value)));

  function fillChooser() {
    const keep = chooser.value;
    while (chooser.options.length > 1) chooser.remove(1);
    for (const story of bank().stories) chooser.add(new Option(story.title, story.id));
    chooser.value = [...chooser.options].some((o) => o.value === keep) ? keep : "";
  }

  function syncButton() {
    const story = chosen();
    button.textContent = story ? `Add this attempt to “${story.title}”` : "Save as a new story";
  }

  function choose(story) {
    chooser.value = story ? story.id : "";
    const ids = new Set(story ? story.principles : []);
    if (scored && scored.detail.lp) ids.add(scored.detail.lp);
    check(ids);
    syncButton();
  }

  scorer.addEventListener("lp:scored", (event) => {
    if (!event.detail || !event.detail.result) return;
    const first = scored === null;
    scored = { detail: event.detail, at: new Date().toISOString() };
    fillChooser();
    const story = chosen();
    // The scored principle is always ticked; the reader's other choices stay.
    if (first) choose(story);
    else boxes.forEach((box) => box.value === event.detail.lp && (box.checked = true));
    panel.hidden = false;
    syncButton();
    say(story ? `Scored ${event.detail.result.total}. Save it as another attempt of “${story.title}”, or choose another story.`
      : `Scored ${event.detail.result.total}. Give the story a short title to keep it.`);
  });

  chooser.addEventListener("focus", fillChooser);
  chooser.addEventListener("change", () => {
    const story = chosen();
    if (story) title.value = story.title;
    choose(story);
  });
  // Typing an existing story's title picks that story; anything else is a new one.
  title.addEventListener("input", () => {
    const story = model.findByTitle(bank(), title.value);
    if ((story ? story.id : "") !== chooser.value) choose(story);
  });

  button.addEventListener("click", () => {
    if (!scored) return say("Score your answer first.", "warn");
    if (savedRun === scored) return say("This score is already in your story bank. Score a new draft to add an attempt.", "warn");
    const name = title.value.trim();
    if (!name) {
      title.focus();
      return say("Give the story a title first.", "warn");
    }
    const principles = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!principles.length) return say("Choose at least one principle this story serves.", "warn");
    const loaded = loadStories(lpIds);
    if (loaded.status === "newer") return say("Your story bank was saved by a newer version of this site; reload the page.", "error");
    if (loaded.status === "unavailable") return say("This browser is not letting the site keep data, so the story cannot be saved.", "error");
    const attempt = model.attemptFrom(scored.detail, scored.at, lpIds);
    const target = loaded.bank.stories.find((s) => s.id === chooser.value) || model.findByTitle(loaded.bank, name);
    const { bank: next, story } = model.addAttempt(loaded.bank, { id: target && target.id, title: name, principles }, attempt);
    const written = saveStories(next, lpIds);
    if (!written.ok) {
      const why = written.status === "too-large" || written.status === "full" ? "the browser's storage for this site is full" : "storage is not available";
      return say(`Not saved: ${why}. Export your stories from the story bank to keep a copy.`, "error");
    }
    savedRun = scored;
    fillChooser();
    chooser.value = story.id;
    title.value = story.title;
    syncButton();
    const n = story.attempts.length;
    say(n === 1 ? `Saved “${story.title}” to your story bank.` : `Saved attempt ${n} of “${story.title}”.`, "ok");
    panel.dataset.storySaved = String(n);
  });

  fillChooser();
  syncButton();
}
