"""Pure functions from content models to Markdown pages (strings in, strings out)."""
