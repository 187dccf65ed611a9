// Fix-it: the reader rewrites an original sentence, the scorer scores both
// (same scorer, same principle) and the change shows per dimension; only then,
// or on "Show the model rewrite", does the model rewrite appear. The scorer
// client is imported, and the runtime booted, only when the reader starts a
// fix-it, so a lesson page costs no Pyodide bytes until then.

import { el } from "./dom.js";

let clientModule = null;
function client(island) {
  if (!clientModule) clientModule = import("./scorer-client.js");
  return clientModule.then((c) => {
    c.boot({ pyodide: island.pyodide, scorer: island.scorer, pyodide_integrity: island.pyodide_integrity });
    return c;
  });
}

const signed = (n) => (n > 0 ? `+${n}` : String(n));

export function mount(root) {
  let island;
  try {
    island = JSON.parse(root.dataset.island);
  } catch {
    return; // the model rewrite still reads in its <details>
  }
  const ui = {
    before: root.querySelector("[data-fixit-before]"),
    input: root.querySelector("textarea[data-fixit-input]"),
    check: root.querySelector("button[data-fixit-check]"),
    reveal: root.querySelector("button[data-fixit-reveal]"),
    status: root.querySelector("[data-fixit-status]"),
    delta: root.querySelector("[data-fixit-delta]"),
    model: root.querySelector("details[data-fixit-model]"),
  };
  let busy = false;

  const revealModel = () => {
    ui.model.open = true;
    root.dataset.revealed = "true";
  };
  // Starting to write is starting the fix-it: warm the scorer up while the reader types.
  ui.input.addEventListener("focus", () => client(island).catch(() => {}), { once: true });
  ui.reveal.addEventListener("click", revealModel);

  ui.check.addEventListener("click", async () => {
    const rewrite = ui.input.value;
    if (!rewrite.trim()) {
      ui.status.textContent = "Write your own rewrite first, then check it.";
      ui.input.focus();
      return;
    }
    if (busy) return;
    busy = true;
    root.setAttribute("aria-busy", "true");
    ui.status.textContent = "Scoring the original and your rewrite…";
    try {
      const c = await client(island);
      // No interview question here, so no self-initiation premise: both sides alike.
      const [original, yours] = await Promise.all([c.score(ui.before.textContent, island.principle), c.score(rewrite, island.principle)]);
      showDelta(original, yours);
      ui.status.textContent = `Your rewrite scores ${yours.total}, the original ${original.total}.`;
      revealModel();
    } catch (error) {
      ui.status.replaceChildren(`Your rewrite could not be scored (${error.message}). `,
        el("button", { type: "button", className: "md-button", text: "Try again", onclick: retry }));
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
    }
  });

  async function retry() {
    const c = await (clientModule || import("./scorer-client.js"));
    c.restart();
    ui.check.click();
  }

  function showDelta(original, yours) {
    const delta = yours.total - original.total;
    const rows = Object.entries(yours.dimensions || {}).map(([id, d]) => {
      const was = (original.dimensions || {})[id]?.score ?? 0;
      const change = d.score - was;
      return el("li", { "data-fixit-dimension": id, "data-delta": String(change), className: change > 0 ? "lp-up" : change < 0 ? "lp-down" : "" },
        el("span", { className: "lp-fixit__dim", text: id.replace(/_/g, " ") }),
        ` ${was} → ${d.score} (${signed(change)})`,
        id === island.dimension ? el("span", { className: "lp-chip", text: "this fix-it's target" }) : "");
    });
    ui.delta.dataset.delta = String(delta);
    ui.delta.replaceChildren(
      el("p", { className: "lp-fixit__total" }, el("strong", { text: signed(delta) }),
        ` points: ${original.total} (${original.band}) → ${yours.total} (${yours.band})`),
      el("ul", { className: "lp-fixit__dims" }, rows),
      el("p", { className: "lp-fixit__note", text: "A sentence alone scores low on every dimension; what matters is the change, and that your rewrite says only what is true." }),
    );
    ui.delta.hidden = false;
  }
}
