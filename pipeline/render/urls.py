"""The site's URLs (as in the contract) and the Markdown file behind each."""

HOME = ""
PRACTICE = "practice/"
STORIES = "stories/"
INTERVIEW = "interview/"
GUIDES = "guides/"


def guide(slug: str) -> str:
    return f"guides/{slug}/"


def principle(pid: str) -> str:
    return f"principles/{pid}/"


def quiz(pid: str) -> str:
    return f"principles/{pid}/quiz/"


def source_of(url: str) -> str:
    """The docs-relative Markdown path that MkDocs turns into `url`."""
    if url == "":
        return "index.md"
    if url.endswith("/quiz/"):
        return url[:-1] + ".md"
    return url + "index.md"
