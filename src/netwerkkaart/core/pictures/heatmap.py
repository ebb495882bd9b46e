"""Heat map: rows x columns of values, each cell shaded light to dark and its value written in it.

Used for the coordination matrix of seed 000 (the aspects completeness, task integration and
cooperation against the elements policy and means, providers and clients, plus the internal and
external information rows), where light cells are the gaps to talk about. One hue from light to
dark keeps the order readable for colour-blind readers, and the written value carries it anyway.
"""

from __future__ import annotations

from netwerkkaart.core.pictures.data import HeatCell, Heatmap, HeatRow, Labels
from netwerkkaart.core.pictures.svg import (
    DEFAULT_WIDTH,
    INK,
    LINE,
    MARGIN,
    MUTED,
    PAPER,
    SMALL,
    TEXT,
    Element,
    Sheet,
    add,
    figure,
    hatch,
    ink_on,
    label,
    label_height,
    num,
    ramp,
    suppressed,
    text_width,
    write,
)

CELL_HEIGHT = 46.0
KEY_STEPS = 5


def heatmap(
    data: Heatmap, *, labels: Labels | None = None, width: int = DEFAULT_WIDTH, heading: bool = True
) -> str:
    """Draw a grid of shaded cells with their values, extra rows below a gap, and a colour key.

    Parameters
    ----------
    data
        Column labels, rows of cells (a number, ``None`` for no answer, or a :class:`HeatCell`),
        optional extra rows under their heading, the value range and the ends of the key.
    labels
        The words the picture writes itself (``suppressed_short`` in suppressed cells,
        ``no_answer`` in empty ones).
    width
        Width in pixels.
    heading
        Whether to write the title at the top.

    Returns
    -------
    str
        An ``<svg>`` document; every cell is a ``<rect data-kind="cell">`` with its
        ``data-row``, ``data-column`` and ``data-value`` (a suppressed cell is hatched instead).
    """
    labels = labels or Labels()
    cells = [_cell(c) for row in (*data.rows, *data.extra_rows) for c in row.cells]
    if not cells or all(c.suppressed for c in cells):
        return suppressed("heatmap", data, labels, width, heading)
    sheet = Sheet("heatmap", data, labels, width, heading)
    label_width = min(sheet.inner * 0.3, 180.0)
    left = MARGIN + label_width + 8
    cell_width = (sheet.width - MARGIN - left) / max(1, len(data.columns))
    grid = add(sheet.body, "g", data_kind="grid")
    header = max(label_height(c, cell_width - 8, SMALL, 3) for c in data.columns)
    for j, column in enumerate(data.columns):
        label(grid, left + (j + 0.5) * cell_width, sheet.y + SMALL, column, cell_width - 8,
              size=SMALL, anchor="middle", max_lines=3, weight="bold")  # fmt: skip
    sheet.y += header + 6
    for i, row in enumerate(data.rows):
        _row(grid, sheet, data, labels, row, f"{i}", left, cell_width, label_width)
    if data.extra_rows:
        sheet.y += 10
        if data.extra_heading:
            write(grid, MARGIN, sheet.y + SMALL, data.extra_heading, size=SMALL, weight="bold",
                  fill=MUTED)  # fmt: skip
            sheet.y += SMALL * LINE + 4
        for i, row in enumerate(data.extra_rows):
            _row(grid, sheet, data, labels, row, f"extra-{i}", left, cell_width, label_width)
    sheet.y += MARGIN
    _key(sheet, data)
    return sheet.render()


def _cell(cell: HeatCell | float | None) -> HeatCell:
    return cell if isinstance(cell, HeatCell) else HeatCell(None if cell is None else float(cell))


def _row(
    grid: Element,
    sheet: Sheet,
    data: Heatmap,
    labels: Labels,
    row: HeatRow,
    key: str,
    left: float,
    cell_width: float,
    label_width: float,
) -> None:
    y = sheet.y
    lines = label_height(row.label, label_width, max_lines=2)
    label(grid, MARGIN, y + (CELL_HEIGHT - lines) / 2 + TEXT, row.label, label_width)
    span = len(data.columns) if len(row.cells) == 1 else 1
    for j, raw in enumerate(row.cells):
        cell = _cell(raw)
        x, w = left + j * cell_width, cell_width * span
        cx, cy = x + w / 2, y + CELL_HEIGHT / 2
        if cell.suppressed:
            hatched = hatch(grid, x + 1, y + 1, w - 2, CELL_HEIGHT - 2)
            hatched.set("data-row", key)
            hatched.set("data-column", str(j))
            label(grid, cx, cy + SMALL * 0.35, labels.suppressed_short, w - 8, size=SMALL,
                  anchor="middle", max_lines=1)  # fmt: skip
            continue
        if cell.value is None:
            add(grid, "rect", x=x + 1, y=y + 1, width=w - 2, height=CELL_HEIGHT - 2, fill=PAPER,
                stroke=MUTED, stroke_dasharray="3 3", data_kind="cell", data_row=key,
                data_column=j)  # fmt: skip
            write(grid, cx, cy + TEXT * 0.35, cell.text or labels.no_answer, anchor="middle",
                  fill=MUTED)  # fmt: skip
            continue
        share = (cell.value - data.minimum) / (data.maximum - data.minimum)
        fill = ramp(share)
        add(grid, "rect", x=x + 1, y=y + 1, width=w - 2, height=CELL_HEIGHT - 2, fill=fill,
            stroke=PAPER, data_kind="cell", data_row=key, data_column=j,
            data_value=num(cell.value, data.decimals))  # fmt: skip
        text = cell.text if cell.text is not None else figure(cell.value, data.decimals)
        lift = SMALL * 0.6 if cell.note else 0.0
        write(grid, cx, cy + TEXT * 0.35 - lift, text, anchor="middle", fill=ink_on(fill),
              weight="bold")  # fmt: skip
        if cell.note:
            write(grid, cx, cy + TEXT * 0.35 + SMALL * 0.75, cell.note, size=SMALL,
                  anchor="middle", fill=ink_on(fill), data_kind="note")  # fmt: skip
    sheet.y = y + CELL_HEIGHT


def _key(sheet: Sheet, data: Heatmap) -> None:
    """Five shades from minimum to maximum, the ends' values and names under the first and last."""
    group = add(sheet.body, "g", data_kind="legend")
    low = _end(data.minimum, data.low_label, data.decimals)
    high = _end(data.maximum, data.high_label, data.decimals)
    needed = text_width(low, SMALL) + text_width(high, SMALL) + 16
    box = min(max(36.0, needed / KEY_STEPS), sheet.inner / KEY_STEPS)
    y = sheet.y
    for i in range(KEY_STEPS):
        add(group, "rect", x=MARGIN + i * box, y=y, width=box, height=14.0,
            fill=ramp(i / (KEY_STEPS - 1)), stroke=INK, stroke_width=0.5)  # fmt: skip
    below = y + 14 + SMALL * LINE
    write(group, MARGIN, below, low, size=SMALL, fill=MUTED)
    write(group, MARGIN + KEY_STEPS * box, below, high, size=SMALL, fill=MUTED, anchor="end")
    sheet.y = below + MARGIN


def _end(value: float, name: str, decimals: int) -> str:
    return f"{figure(value, decimals)} {name}".strip()
