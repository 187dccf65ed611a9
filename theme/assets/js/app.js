// One entry module for every page. Widgets are islands: an element with a
// data-* hook and its data in a <script type="application/json">. Each widget's
// code is imported only on pages that have its island, and each island is
// mounted once, on the first load and after every instant navigation.

const WIDGETS = [
  ["[data-scorer]", "./practice.js"],
  ["[data-quiz]", "./quiz.js"],
  ["[data-calibrate]", "./calibrate.js"],
  ["[data-fixit]", "./fixit.js"],
  ["[data-progress]", "./progress.js"],
  ["[data-stories]", "./stories.js"],
  ["[data-story-save-panel]", "./story-save.js"],
  ["[data-interview]", "./interview.js"],
  ["[data-interview-trend]", "./interview-trend.js"],
  ["[data-loop-plan]", "./loop-plan.js"],
];

function mountAll(root = document) {
  for (const [selector, modulePath] of WIDGETS) {
    const islands = [...root.querySelectorAll(selector)].filter((el) => !el.hasAttribute("data-mounted"));
    if (islands.length === 0) continue;
    islands.forEach((el) => el.setAttribute("data-mounted", ""));
    import(modulePath)
      .then((widget) => islands.forEach((el) => widget.mount(el)))
      .catch((error) => {
        islands.forEach((el) => el.setAttribute("data-mount-error", String(error && error.message)));
        console.warn(`LP Coach: could not start ${modulePath}`, error);
      });
  }
}

// Material's document$ replays the current page to new subscribers and emits
// again after each instant navigation; without it, mount once on load.
if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => mountAll());
} else {
  mountAll();
}
