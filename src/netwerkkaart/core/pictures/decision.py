"""Decision path: the questions asked in order, the answer taken at each, and where it led.

Used for *think before you start* (can we do it alone? is a bilateral agreement enough? else a
network of at least three partners) and any advice reached by a sequence of questions. The path
taken is drawn solid; answers not given, and questions never reached, are faded and dashed, so
the picture reads in black and white too.
"""

from __future__ import annotations

import math

from netwerkkaart.core.pictures.data import Labels
from netwerkkaart.core.pictures.data_diagrams import DecisionPath, DecisionStep
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    INK,
    LINE,
    MARGIN,
    MUTED,
    PALETTE,
    SMALL,
    TEXT,
    Element,
    Sheet,
    add,
    label,
    label_height,
    points_attr,
    write,
)

FADED = 0.4
PAD = 8.0
GAP = 34.0  # between a question and the next: room for the arrow and its answer


def arrow(parent: Element, x1: float, y1: float, x2: float, y2: float, *, width: float) -> None:
    """A line from ``(x1, y1)`` to ``(x2, y2)`` with a drawn head (no SVG markers needed)."""
    angle = math.atan2(y2 - y1, x2 - x1)
    size = 4 + 2 * width
    back = (x2 - size * math.cos(angle), y2 - size * math.sin(angle))
    add(parent, "line", x1=x1, y1=y1, x2=back[0], y2=back[1], stroke=INK, stroke_width=width)
    left = (back[0] + size * 0.5 * math.sin(angle), back[1] - size * 0.5 * math.cos(angle))
    right = (back[0] - size * 0.5 * math.sin(angle), back[1] + size * 0.5 * math.cos(angle))
    add(parent, "polygon", points=points_attr([(x2, y2), left, right]), fill=INK)


def decision_path(
    data: DecisionPath,
    *,
    labels: Labels | None = None,
    width: int = DEFAULT_WIDTH,
    heading: bool = True,
) -> str:
    """Draw the questions top to bottom with the answer taken, ending in the recommendation.

    Parameters
    ----------
    data
        The steps (question, answers with where each ends, the answer taken), the
        recommendation, its reasons and a literature reference.
    labels
        The words the picture writes itself (``recommendation``).
    width
        Width in pixels.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document; each answer is a ``<g data-kind="option">`` with ``data-step``,
        ``data-option`` and ``data-taken`` (``true`` or ``false``; a faded one has an
        ``opacity``); each question a ``<g data-kind="step">`` with ``data-reached``.
    """
    labels = labels or Labels()
    sheet = Sheet("decision_path", data, labels, width, heading)
    box_width = max(150.0, sheet.inner * 0.46)
    arrow_width = min(70.0, sheet.inner * 0.12)
    outcome_x = MARGIN + box_width + arrow_width
    outcome_width = sheet.width - MARGIN - outcome_x
    reached = True
    for i, step in enumerate(data.steps):
        group = add(sheet.body, "g", data_kind="step", data_step=i,
                    data_reached=str(reached).lower())  # fmt: skip
        if not reached:
            group.set("opacity", str(FADED))
        top = sheet.y
        height = label_height(step.question, box_width - 2 * PAD, max_lines=4) + 2 * PAD
        add(group, "rect", x=MARGIN, y=top, width=box_width, height=height, rx=6.0,
            fill="#f5f5f5", stroke=INK, stroke_width=2.0 if reached else 1.0)  # fmt: skip
        label(group, MARGIN + PAD, top + PAD + TEXT * 0.9, step.question, box_width - 2 * PAD,
              max_lines=4, weight="bold")  # fmt: skip
        bottom = top + height
        y = top
        for j, option in enumerate(step.options):
            if option.outcome is None:
                continue
            taken = reached and step.taken == j
            y = _outcome(group, step, i, j, taken, y, outcome_x, outcome_width, arrow_width)
        bottom = max(bottom, y - 8)
        onward = [j for j, option in enumerate(step.options) if option.outcome is None]
        last = i == len(data.steps) - 1
        if onward:
            taken = reached and step.taken in onward
            answer = " / ".join(step.options[j].answer for j in onward)
            option = add(group, "g", data_kind="option", data_step=i, data_option=onward[0],
                         data_taken=str(taken).lower())  # fmt: skip
            if not taken and reached:
                option.set("opacity", str(FADED))
            x = MARGIN + 28
            arrow(option, x, top + height, x, bottom + GAP, width=2.5 if taken else 1.2)
            write(option, x + 10, top + height + GAP / 2 + 4 + (bottom - top - height) / 2,
                  answer, size=SMALL, weight="bold" if taken else None)  # fmt: skip
        reached = reached and step.taken is not None and step.options[step.taken].outcome is None
        sheet.y = bottom + (GAP if onward or last else 16)
    _recommendation(sheet, data, labels)
    return sheet.render()


def _outcome(
    group: Element,
    step: DecisionStep,
    i: int,
    j: int,
    taken: bool,
    y: float,
    x: float,
    width: float,
    arrow_width: float,
) -> float:
    """An answer that ends the path: an arrow to the right with the answer, and where it ends."""
    option = step.options[j]
    element = add(group, "g", data_kind="option", data_step=i, data_option=j,
                  data_taken=str(taken).lower())  # fmt: skip
    if not taken:
        element.set("opacity", str(FADED))
    height = label_height(option.outcome or "", width - 2 * PAD, max_lines=3) + 2 * PAD
    middle = y + height / 2
    arrow(element, x - arrow_width, middle, x - 2, middle, width=2.5 if taken else 1.2)
    write(element, x - arrow_width / 2 - 2, middle - 5, option.answer, size=SMALL,
          anchor="middle", weight="bold" if taken else None)  # fmt: skip
    add(element, "rect", x=x, y=y, width=width, height=height, rx=6.0, fill="#ffffff",
        stroke=PALETTE[0] if taken else INK, stroke_width=3.0 if taken else 1.0,
        stroke_dasharray=None if taken else "4 3")  # fmt: skip
    label(element, x + PAD, y + PAD + TEXT * 0.9, option.outcome or "", width - 2 * PAD,
          max_lines=3, weight="bold" if taken else None)  # fmt: skip
    return y + height + 8


def _recommendation(sheet: Sheet, data: DecisionPath, labels: Labels) -> None:
    """The recommendation in a heavy box, its reasons as a list, the reference under it."""
    group = add(sheet.body, "g", data_kind="recommendation")
    inner = sheet.inner - 2 * PAD
    height = PAD + SMALL * LINE + label_height(data.recommendation, inner, TEXT + 1, 3)
    reasons = [label_height(f"• {r}", inner - 10, SMALL, 3) for r in data.reasons]
    height += sum(reasons) + (6 if reasons else 0) + PAD
    top = sheet.y
    add(group, "rect", x=MARGIN, y=top, width=sheet.inner, height=height, rx=6.0,
        fill="#e8f1f8", stroke=PALETTE[0], stroke_width=3.0)  # fmt: skip
    y = top + PAD + SMALL
    write(group, MARGIN + PAD, y, labels.recommendation, size=SMALL, fill=MUTED, weight="bold")
    y += SMALL * (LINE - 1) + TEXT + 1
    y += label(group, MARGIN + PAD, y, data.recommendation, inner, size=TEXT + 1, max_lines=3,
               weight="bold")  # fmt: skip
    y += 6 - TEXT + SMALL
    for reason in data.reasons:
        y += label(group, MARGIN + PAD + 10, y, f"• {reason}", inner - 10, size=SMALL,
                   max_lines=3)  # fmt: skip
    sheet.y = top + height + MARGIN
    if data.reference:
        sheet.y += label(sheet.body, MARGIN, sheet.y + SMALL, data.reference, sheet.inner,
                         size=SMALL - 1, fill=MUTED, max_lines=3)  # fmt: skip
        sheet.y += MARGIN / 2
