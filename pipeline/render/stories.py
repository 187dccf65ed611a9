"""The story bank page's shell; the widget fills it from local storage."""

from __future__ import annotations

from scorer import rubric

from .common import front_matter
from .markup import attrs, block, esc, island_data


def stories_page() -> str:
    island = ['<div class="lp-stories" data-stories>',
              "<p>Your story bank lives in this browser. Save a scored answer from Practice to start it.</p>",
              "</div>"]
    return (front_matter("Story bank", "Your stories, mapped to principles, on your device only")
            + "# Story bank\n\n" + block(island) + "\n")
