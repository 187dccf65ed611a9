// The story bank's "Plan my loop": choose the loop's principles (or arrive
// from a mock interview's debrief with them chosen), and see which saved story
// to tell in each interview and which principles still need a good story.

import { el } from "./dom.js";
import * as model from "./story-model.js";
import { GOOD, planLoop } from "./loop-planner.js";
import { historyStore, loadStories } from "./storage.js";

export function mount(root) {
  const data = JSON.parse(root.dataset.island);
  const lpIds = new Set(data.principles.map((p) => p.id));
  const titles = Object.fromEntries(data.principles.map((p) => [p.id, p.title]));
  const fromUrl = (new URLSearchParams(window.location.search).get("plan") || "").split(",").filter((id) => lpIds.has(id));
  const loops = historyStore().read().value.loops;
  const last = loops.length ? loops[loops.length - 1].interviews.map((q) => q.lp).filter((id) => lpIds.has(id)) : [];
  const ticked = new Set(fromUrl.length ? fromUrl : last);
  const boxes = data.principles.map((p) => el("input", { type: "checkbox", value: p.id, checked: ticked.has(p.id), data: { loopPlanLp: "" } }));
  const output = el("div", { class: "lp-loop-plan__result", data: { loopPlanResult: "" } });
  const status = el("p", { role: "status", "aria-live": "polite", class: "lp-loop-plan__status" });
  const run = el("button", { type: "button", class: "md-button md-button--primary", data: { loopPlanRun: "" }, onclick: () => plan() }, "Plan my loop");

  function plan() {
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (!chosen.length) {
      status.textContent = "Choose the principles of your loop first.";
      output.replaceChildren();
      return;
    }
    const { bank } = loadStories(lpIds);
    const { rows, gaps } = planLoop(chosen, bank.stories);
    const table = el("table", {},
      el("caption", { class: "lp-visually-hidden", text: "A story for each interview" }),
      el("thead", {}, el("tr", {}, ...["Principle", "Tell this story", "Its best score"].map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...rows.map((r) => el("tr", { data: { loopPlanRow: r.lp, storyId: r.story ? r.story.id : "", fit: r.fit === null ? "" : String(r.fit) } },
        el("th", { scope: "row", text: titles[r.lp] }),
        el("td", { text: r.story ? r.story.title : "No story mapped to this principle" }),
        el("td", { text: r.fit === null ? "" : `${r.fit}/100${r.good ? "" : " (below Hire)"}` })))));
    const gapList = gaps.length
      ? el("div", { data: { loopPlanGaps: String(gaps.length) } },
        el("p", { text: `No good story yet (none scoring ${GOOD} or more that is not already told elsewhere in the loop):` }),
        el("ul", {}, ...gaps.map((lp) => {
          const p = data.principles.find((x) => x.id === lp);
          return el("li", { data: { loopPlanGap: lp } }, el("a", { href: p.practice, text: `${p.title}: write and score one in Practice` }));
        })))
      : el("p", { data: { loopPlanGaps: "0" }, text: "Every principle has a good story, and none is told twice." });
    output.replaceChildren(table, gapList);
    status.textContent = `Planned ${rows.length} interview${rows.length === 1 ? "" : "s"} from ${bank.stories.length} saved stor${bank.stories.length === 1 ? "y" : "ies"}.`;
  }

  root.replaceChildren(
    el("fieldset", { class: "lp-loop-plan__lps" }, el("legend", { text: "The principles of your loop" }),
      ...boxes.map((box, i) => el("label", {}, box, ` ${data.principles[i].title}`))),
    el("p", {}, run), status, output);
  root.dataset.enhanced = "true";
  if (ticked.size) plan();
}
