"""From content to a built site: generate the docs folder, build elsewhere, swap."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import assets, engine, siteconfig
from .content import Content
from .render import guides, home, interview, practice, principle, quiz, stories, urls

BUILD_DIR = Path("build")


@dataclass(frozen=True)
class Layout:
    """Where each stage reads and writes: the repository, a work folder, the site."""

    repo: Path
    work: Path | None = None
    site_dir: Path | None = None

    @property
    def work_dir(self) -> Path:
        return self.work or self.repo / BUILD_DIR

    @property
    def docs(self) -> Path:
        return self.work_dir / "docs"

    @property
    def config(self) -> Path:
        return self.work_dir / "mkdocs.yml"

    @property
    def site(self) -> Path:
        return self.site_dir or self.repo / "site"


def runtime_settings(repo: Path) -> dict:
    extra = (siteconfig.load_settings(repo).get("extra") or {}).get("lpcoach") or {}
    return {"pyodide_url": extra.get("pyodide_url"), "pyodide_integrity": extra.get("pyodide_integrity")}


def render_pages(content: Content, scorer_bundle: str, runtime: dict) -> dict[str, str]:
    """Every page's Markdown, keyed by its docs-relative path. Pure: no I/O."""
    by_id = content.by_id()
    titles = {pid: p.title for pid, p in by_id.items()}
    out = {urls.source_of(urls.HOME): home.home_page(by_id, content.guides),
           urls.source_of(urls.PRACTICE): practice.practice_page(by_id, scorer_bundle, runtime, content.guides),
           urls.source_of(urls.INTERVIEW): interview.interview_page(by_id, scorer_bundle, runtime),
           urls.source_of(urls.STORIES): stories.stories_page(),
           urls.source_of(urls.GUIDES): guides.index_page(content.guides)}
    for g in content.guides:
        out[urls.source_of(urls.guide(g.slug))] = guides.guide_page(g, content.guides)
    fixit_runtime = {"scorer": scorer_bundle, "pyodide": runtime.get("pyodide_url") or practice.DEFAULT_PYODIDE,
                     "pyodide_integrity": runtime.get("pyodide_integrity")}
    for p in content.principles:
        out[urls.source_of(urls.principle(p.id))] = principle.principle_page(p, titles, fixit_runtime, content.guides)
        out[urls.source_of(urls.quiz(p.id))] = quiz.quiz_page(p)
    return out


def generate(layout: Layout, content: Content) -> None:
    """Write the docs folder (pages, theme assets, Pyodide, scorer bundle) and the engine config."""
    docs = layout.docs
    docs.mkdir(parents=True, exist_ok=True)
    assets.copy_tree(layout.repo / "theme" / "assets", docs / "assets")
    runtime = runtime_settings(layout.repo)
    if runtime["pyodide_url"] is None:
        assets.copy_pyodide(layout.repo, docs / "assets" / "pyodide")
    bundle = "assets/scorer/" + assets.write_scorer_bundle(layout.repo / "scorer", docs / "assets" / "scorer")
    rendered = render_pages(content, bundle, runtime)
    for relative, text in rendered.items():
        assets.write_if_changed(docs / relative, text.encode("utf-8"))
    for stale in docs.rglob("*.md"):
        if stale.relative_to(docs).as_posix() not in rendered:
            stale.unlink()
    siteconfig.write_config(layout.repo, docs, layout.config, [p.id for p in content.principles],
                            [(g.title, g.slug) for g in content.guides])


def build(layout: Layout) -> tuple[bool, str]:
    """Build into a fresh folder beside site/, then swap it in; site/ is untouched on failure."""
    layout.work_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="site-", dir=layout.work_dir))
    ok, output = engine.build(layout.config, staging)
    if not ok:
        shutil.rmtree(staging, ignore_errors=True)
        return False, output
    retired = None
    if layout.site.exists():
        retired = Path(tempfile.mkdtemp(prefix="old-site-", dir=layout.work_dir))
        layout.site.rename(retired / "site")
    staging.rename(layout.site)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
    return True, output
