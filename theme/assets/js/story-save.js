// Placeholder: this widget is not interactive yet; the page reads without it.
export function mount(root) {
  root.setAttribute("data-enhanced", "false");
}
