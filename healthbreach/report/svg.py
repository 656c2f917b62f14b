"""Bar charts as inline SVG strings: no JavaScript library, nothing fetched."""

from __future__ import annotations

from html import escape

BAR = "#2f6f9f"
TEXT = "#222"
MUTED = "#777"


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if value <= step * 5:
            return max(step * ((value + step - 1) // step), step)
    return value



def _column_frame(chart_id: str, title: str, width: int, height: int, top: int, left: int, head: int, plot_h: float,
                  axis_end: int) -> list[str]:
    """The opening of a column chart's SVG: its title and the 0 / half / top grid lines with their labels."""
    parts = [
        f'<svg id="{chart_id}" class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, top // 2, top):
        y = head + plot_h - plot_h * tick / top
        parts.append(f'<line x1="{left - 4}" x2="{axis_end}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="10" fill="{MUTED}">{tick}</text>')
    return parts

def column_chart(items: list[tuple[str, int]], *, chart_id: str, title: str, height: int = 220) -> str:
    """Vertical bars, one per label (months on the x axis)."""
    if not items:
        return f'<p class="empty" id="{chart_id}">No data yet.</p>'
    top = _nice_max(max(n for _, n in items))
    bar_w, gap, left, bottom, head = 22, 6, 34, 46, 12
    width = left + len(items) * (bar_w + gap) + 10
    plot_h = height - bottom - head
    parts = _column_frame(chart_id, title, width, height, top, left, head, plot_h, axis_end=width)
    for i, (label, n) in enumerate(items):
        x = left + i * (bar_w + gap)
        h = plot_h * n / top
        y = head + plot_h - h
        parts.append(
            f'<rect class="bar" x="{x}" y="{y:.1f}" width="{bar_w}" height="{h:.1f}" fill="{BAR}">'
            f"<title>{escape(label)}: {n}</title></rect>"
        )
        lx, ly = x + bar_w / 2, head + plot_h + 8
        parts.append(
            f'<text x="{lx:.1f}" y="{ly}" font-size="10" fill="{TEXT}" text-anchor="end" '
            f'transform="rotate(-60 {lx:.1f} {ly})">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(items: list[tuple[str, int, str]], *, chart_id: str, title: str, label_width: int = 260) -> str:
    """Horizontal bars: (label, value, value shown as text)."""
    if not items:
        return f'<p class="empty" id="{chart_id}">No data yet.</p>'
    top = max(n for _, n, _ in items) or 1
    row_h, plot_w = 24, 360
    width, height = label_width + plot_w + 130, row_h * len(items) + 8
    parts = [
        f'<svg id="{chart_id}" class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, n, shown) in enumerate(items):
        y = 4 + i * row_h
        w = max(plot_w * n / top, 1)
        short = label if len(label) <= 42 else label[:41] + "…"
        parts.append(f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" font-size="12" fill="{TEXT}">'
                     f"{escape(short)}</text>")
        parts.append(f'<rect class="bar" x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{BAR}">'
                     f"<title>{escape(label)}: {escape(shown)}</title></rect>")
        parts.append(f'<text x="{label_width + w + 6:.1f}" y="{y + 15}" font-size="12" fill="{MUTED}">{escape(shown)}</text>')
    parts.append("</svg>")
    return "".join(parts)


# One colour per series, told apart without relying on red/green.
SERIES = ["#2f6f9f", "#e08a1e", "#5aa05a", "#9b5fb4", "#c9483b", "#3bb0c9", "#8c6d3f", "#999999"]


def stacked_column_chart(months: list[str], series: dict[str, list[int]], *, chart_id: str, title: str,
                         height: int = 240) -> str:
    """Vertical stacked bars, one per month, one colour per series, with a legend."""
    if not months or not series:
        return f'<p class="empty" id="{chart_id}">No data yet.</p>'
    totals = [sum(values[i] for values in series.values()) for i in range(len(months))]
    top = _nice_max(max(totals) or 1)
    bar_w, gap, left, bottom, head = 22, 6, 34, 46, 12
    legend_w = 170
    width = left + len(months) * (bar_w + gap) + 10 + legend_w
    plot_h = height - bottom - head
    parts = _column_frame(chart_id, title, width, height, top, left, head, plot_h, axis_end=width - legend_w)
    colours = {name: SERIES[i % len(SERIES)] for i, name in enumerate(series)}
    for i, month in enumerate(months):
        x = left + i * (bar_w + gap)
        base = head + plot_h
        for name, values in series.items():
            if not values[i]:
                continue
            h = plot_h * values[i] / top
            base -= h
            parts.append(
                f'<rect class="bar" data-series="{escape(name)}" x="{x}" y="{base:.1f}" width="{bar_w}" height="{h:.1f}" '
                f'fill="{colours[name]}"><title>{escape(month)} {escape(name)}: {values[i]}</title></rect>'
            )
        lx, ly = x + bar_w / 2, head + plot_h + 8
        parts.append(
            f'<text x="{lx:.1f}" y="{ly}" font-size="10" fill="{TEXT}" text-anchor="end" '
            f'transform="rotate(-60 {lx:.1f} {ly})">{escape(month)}</text>'
        )
    lx = width - legend_w + 10
    for j, name in enumerate(series):
        y = head + j * 18
        parts.append(f'<rect x="{lx}" y="{y}" width="12" height="12" fill="{colours[name]}"/>')
        parts.append(f'<text x="{lx + 18}" y="{y + 10}" font-size="11" fill="{TEXT}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
