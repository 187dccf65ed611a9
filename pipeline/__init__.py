"""The content pipeline: YAML in, validated models, Markdown pages, a built site."""
