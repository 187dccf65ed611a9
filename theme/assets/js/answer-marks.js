// Marks on an Evaluate answer, added only on reveal. The answer is rendered as
// whole paragraphs of text, so before the reveal nothing in it (no mark, no
// gap, no tooltip) hints at what the Bar Raiser flagged. Marks are built from
// text nodes split around each quote, never from HTML.

import { el } from "./dom.js";

/** Wrap the first occurrence of each marker's quote (inside one paragraph) in a <mark>. */
export function addMarks(container, markers) {
  for (const m of markers) {
    for (const para of container.querySelectorAll("p")) {
      if (wrapFirst(para, m)) break;
    }
  }
}

function wrapFirst(para, m) {
  for (const node of [...para.childNodes]) {
    if (node.nodeType !== Node.TEXT_NODE) continue; // already marked text is left alone
    const at = node.data.indexOf(m.quote);
    if (at < 0) continue;
    const rest = node.splitText(at);
    rest.splitText(m.quote.length);
    const mark = el("mark", {
      className: `lp-marker lp-marker--${m.kind}`, "data-marker": m.id, "data-kind": m.kind,
      title: m.why, tabindex: "0", text: m.quote,
    });
    rest.replaceWith(mark);
    return true;
  }
  return false;
}

/** Take every mark out again, leaving the text exactly as it was. */
export function removeMarks(container) {
  for (const mark of [...container.querySelectorAll("mark.lp-marker")]) {
    mark.replaceWith(document.createTextNode(mark.textContent));
  }
  container.normalize();
}
