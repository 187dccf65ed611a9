// The home page's mock-interview trend: the latest finished loops with their
// mean score and decision, and whether the scores are rising. Read-only; the
// history lives in this browser (interview-history.js).

import { el } from "./dom.js";
import { meanTotal, trend } from "./interview-history.js";
import { historyStore } from "./storage.js";

const SAY = {
  rising: (t) => `Rising: your mean score went from ${t.earlier} to ${t.later} between your earlier and later interviews.`,
  falling: (t) => `Falling: your mean score went from ${t.earlier} to ${t.later}. Re-read the lessons of the principles that dropped.`,
  steady: (t) => `Steady at about ${t.later}. Try a loop of principles you have not practised.`,
  single: (t) => `One interview so far, mean ${t.latest}/100. Sit another to see a trend.`,
};
const SHOWN = 10;

export function mount(root) {
  const data = JSON.parse(root.dataset.island);
  const { value, status } = historyStore().read();
  const loops = value.loops.slice(-SHOWN);
  if (!loops.length) {
    root.replaceChildren(el("p", {}, status === "corrupt" ? "Your saved interview history could not be read and was cleared. " : "",
      "No mock interview yet. ", el("a", { href: data.interview, text: "Sit one" }), ": a question, a clock, follow-ups and a debrief."));
    root.dataset.enhanced = "true";
    return;
  }
  const t = trend(value);
  const rows = loops.slice().reverse().map((loop) => el("tr", { data: { interviewTrendLoop: loop.id } },
    el("td", { text: new Date(loop.at).toLocaleDateString() }),
    el("td", { text: String(loop.interviews.length) }),
    el("td", { text: `${meanTotal(loop)}/100` }),
    el("td", { text: loop.decision === "hire" ? "Hire" : "No hire" })));
  root.replaceChildren(
    el("p", { data: { interviewTrendState: t.state }, text: SAY[t.state](t) }),
    el("table", {},
      el("caption", { class: "lp-visually-hidden", text: "Your latest mock interviews" }),
      el("thead", {}, el("tr", {}, ...["Date", "Questions", "Mean score", "Decision"].map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, ...rows)),
    el("p", {}, el("a", { href: data.interview, text: "Sit another mock interview" })));
  root.dataset.enhanced = "true";
}
