// Small DOM helpers shared by the widgets. Everything the reader typed goes in
// through textContent or attributes, never as HTML.

/**
 * createElement with props and children.
 * props: text → textContent; class/className → className; data → dataset entries;
 * onX → event listener; a non-string value for a known property (checked, disabled)
 * sets the property; true → empty attribute; null/undefined/false → skipped.
 * Children may be nodes, strings (become text) or arrays of them.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class" || key === "className") node.className = value;
    else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = v;
    else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key in node && typeof value !== "string" && value !== true) node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

