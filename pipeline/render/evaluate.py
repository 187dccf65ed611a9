"""The Evaluate (calibration) island: two answers, then the Bar Raiser's reference.

Without JavaScript the reference sits in a <details>; the calibration widget
adds score inputs and reveals it once the reader has committed their scores.
"""

from __future__ import annotations

from scorer import rubric

from ..models import Candidate, Exercise, Marker
from .markup import attrs, block, esc, island_data, md_block, md_inline

# The three dimensions the reader scores before the reveal.
CALIBRATED_DIMENSIONS = ("ownership_signal", "action_specificity", "quantified_impact")


def _minutes(value: float) -> str:
    return f"{value:g} min"


def answer_html(answer: str) -> str:
    """The answer as HTML paragraphs of plain text, with no marks.

    Before the reveal nothing may give the verdict away, not even the gap or the
    tooltip a hidden mark leaves; calibrate.js adds the marks from the island's
    data on reveal, as text nodes split around each quote.
    """
    return "".join(f"<p>{esc(para.strip())}</p>" for para in answer.strip().split("\n\n") if para.strip())


def marker_data(c: Candidate) -> list[dict]:
    return [{"id": m.id, "kind": m.kind, "dimension": m.dimension, "quote": m.quote, "why": m.why} for m in c.markers]


def _candidate(c: Candidate) -> list[str]:
    lines = [f'<article class="lp-candidate"{attrs(data_answer_of=c.label)}>',
             f"<h4>Candidate {esc(c.label)}</h4>",
             f'<div class="lp-answer" data-answer-text>{answer_html(c.answer)}</div>']
    if c.delivery:
        lines.append(f'<p class="lp-candidate__delivery">{md_inline(c.delivery)}</p>')
    lines.append("</article>")
    return lines


def score_table(exercise: Exercise) -> list[str]:
    cands = exercise.candidates
    head = "".join(f"<th scope=\"col\">Candidate {esc(c.label)}</th>" for c in cands)
    lines = ['<table class="lp-score-table">',
             f'<thead><tr><th scope="col">Dimension</th><th scope="col">Weight</th>{head}</tr></thead><tbody>']
    for dim in rubric.DIMENSIONS:
        cells = "".join(f"<td{attrs(data_reference=c.label, data_dimension=dim.id)}>{c.scores[dim.id]}</td>" for c in cands)
        lines.append(f"<tr><th scope=\"row\">{esc(dim.title)}</th><td>{dim.max}%</td>{cells}</tr>")
    totals = "".join(
        f"<td{attrs(data_reference_total=c.label)}><strong>{c.total}</strong> "
        f'<span class="lp-band lp-band--{esc(c.band.lower().replace(" ", "-"))}">{esc(c.band)}</span></td>'
        for c in cands)
    lines.append(f"<tr class=\"lp-score-table__total\"><th scope=\"row\">Total</th><td>100%</td>{totals}</tr>")
    lines.append("</tbody></table>")
    return lines


def _marker_list(exercise: Exercise) -> list[str]:
    items = []
    for c in exercise.candidates:
        for m in [*c.markers]:
            kind = m.kind.replace("_", "-")
            items.append(
                f'<li class="lp-marker-note lp-marker-note--{esc(m.kind)}">'
                f'<span class="lp-kind lp-kind--{esc(m.kind)}">{esc(kind)}</span> '
                f"<strong>Candidate {esc(c.label)}</strong>: &ldquo;{esc(m.quote)}&rdquo; "
                f"<span class=\"lp-marker-note__dim\">({esc(m.dimension)})</span> &mdash; {md_inline(m.why)}</li>")
    return ['<ul class="lp-marker-list">', *items, "</ul>"] if items else []


def _auto_fail_notes(exercise: Exercise) -> list[str]:
    notes = []
    for c in exercise.candidates:
        for m in c.markers:
            if m.kind == "auto_fail":
                notes.append(f'<p class="lp-autofail"><strong>Auto-fail, candidate {esc(c.label)}:</strong> '
                             f"&ldquo;{esc(m.quote)}&rdquo; &mdash; ownership scored at most "
                             f"{rubric.AUTO_FAIL_OWNERSHIP_CAP}, band {esc(rubric.AUTO_FAIL_BAND)}.</p>")
    return notes


def _drills(exercise: Exercise) -> list[str]:
    """The follow-ups a Bar Raiser would ask next, each with a weak and a strong reply (shown with the reference)."""
    if not exercise.drills:
        return []
    lines = ['<div class="lp-drills" data-drills><h5>Follow-up drills</h5>',
             "<p>Answer each probe aloud before you read the replies.</p><ol>"]
    for d in exercise.drills:
        lines += [f"<li data-drill><p class=\"lp-drill__question\">{md_inline(d.question)}</p>",
                  f'<p class="lp-drill__weak"><strong>Weak:</strong> {md_inline(d.weak)}</p>',
                  f'<p class="lp-drill__strong"><strong>Strong:</strong> {md_inline(d.strong)}</p>',
                  f'<p class="lp-drill__why">{md_inline(d.why)}</p></li>']
    return [*lines, "</ol></div>"]


def reference_data(exercise: Exercise, principle_id: str, initiative: bool = False) -> dict:
    return {
        "id": exercise.id,
        "principle": principle_id,
        "initiative": initiative,
        "markers": {c.label: marker_data(c) for c in exercise.candidates},
        "calibrated": list(CALIBRATED_DIMENSIONS),
        "dimensions": [{"id": d.id, "title": d.title, "max": d.max} for d in rubric.DIMENSIONS],
        "candidates": [{"label": c.label, "scores": c.scores, "total": c.total, "band": c.band,
                        "auto_fail": c.auto_fail} for c in exercise.candidates],
    }


def exercise_island(exercise: Exercise, question_text: str, principle_id: str, initiative: bool = False) -> str:
    premise = ('<span class="lp-chip">'
               "Premise: you started it</span> ") if initiative else ""
    lines = [f'<div class="lp-exercise"{attrs(data_calibrate=True, data_exercise_id=exercise.id, data_initiative=str(initiative).lower())}'
             f'{island_data(reference_data(exercise, principle_id, initiative))}>',
             f'<p class="lp-exercise__meta"><span class="lp-chip">{esc(exercise.level)}</span> '
             f'<span class="lp-chip">{esc(_minutes(exercise.minutes))}</span> {premise}'
             '<span class="lp-chip">Content scored, not delivery</span></p>',
             f'<blockquote class="lp-exercise__question">{md_block(question_text)}</blockquote>']
    if exercise.level_note:
        lines.append(f'<p class="lp-exercise__level-note"><strong>At this level:</strong> {md_inline(exercise.level_note)}</p>')
    lines += ['<div class="lp-candidates">']
    for c in exercise.candidates:
        lines += _candidate(c)
    lines += ["</div>",
              # The verdict stays out of the search index, so searching cannot reveal it.
              '<details class="lp-reference" data-search-exclude><summary>Bar Raiser scores, markers and notes</summary>',
              *score_table(exercise), *_auto_fail_notes(exercise), *_marker_list(exercise),
              '<div class="lp-notes"><h5>Bar Raiser notes</h5>', md_block(exercise.notes), "</div>",
              *_drills(exercise),
              "</details>", "</div>"]
    return block(lines)
