"""A small chart of one candidate's scores: each reviewer's subtotal for each power, as grouped bars.

PySide6-Essentials ships no QtCharts, so this is drawn with QPainter: one group per power (引领力,
实践力…), one bar per scoring reviewer in a fixed colour (the legend names them), the panel's
published result for that power as a dark rule across the group. Reviewers whose totals were left
out by trimming are drawn hatched and marked "（去掉）" in the legend. Hovering a bar names the
reviewer and the score.

Sizes follow the widget's font (the app's text size), and lines are placed on device pixels, so the
chart stays sharp on a high-DPI screen (devicePixelRatio 2): everything is painted in
device-independent pixels and only the hairlines are snapped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.review_store import format_score

#: Tableau 10, slightly muted: distinct for up to ten reviewers, calm on white.
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#c9a227", "#b07aa1", "#ff9da7",
           "#9c755f", "#8c8c8c")
INK = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
GRID = QColor("#e3e7ed")
RESULT = QColor("#1f2933")


@dataclass
class ChartData:
    """What the chart shows for one candidate."""

    title: str = ""
    powers: list[tuple[str, str, Decimal]] = field(default_factory=list)  # key, label, maximum
    reviewers: list[tuple[str, str]] = field(default_factory=list)  # number, name
    values: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # [reviewer][power]
    result: dict[str, Decimal] = field(default_factory=dict)  # the panel's published result per power
    dropped: set[str] = field(default_factory=set)  # reviewers whose totals were trimmed away
    decimals: int = 2  # of the published result, as the table shows it


def colour_of(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def device_ratio(painter: QPainter) -> float:
    """Device pixels per painted pixel: 2 on a "200 %" screen or a pixmap with devicePixelRatio 2."""
    scale = abs(painter.deviceTransform().m11())
    return scale if scale > 0 else 1.0


def crisp(value: float, ratio: float, width: float = 1.0) -> float:
    """``value`` moved to where a line ``width`` pixels wide covers whole device pixels (no blur)."""
    device_width = max(round(width * ratio), 1)
    offset = 0.5 if device_width % 2 else 0.0
    return (math.floor(value * ratio) + offset) / ratio


def nice_step(maximum: float) -> float:
    """A grid step giving at most 5 lines up to ``maximum``."""
    for step in (0.5, 1, 2, 5, 10, 20, 25, 50, 100):
        if maximum / step <= 5:
            return float(step)
    return maximum / 5


class PowerChart(QWidget):
    """Grouped bars: powers along the bottom, one bar per reviewer, the panel's result as a rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self._bars: list[tuple[QRectF, str]] = []
        self.plot = QRectF()  # where the bars were last drawn (for tests)
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("候选人各项得分图"))
        self.setAccessibleDescription(self.tr("每位专家按五力给出的分数（柱），横线为全组结果；悬停柱子查看分数"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def set_data(self, data: ChartData | None) -> None:
        self.data = data or ChartData()
        self.update()

    def bar_count(self) -> int:
        return len(self._bars)

    # -- drawing --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._bars = []
        data = self.data
        font = QFont(self.font())
        painter.setFont(font)
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        ratio = device_ratio(painter)
        unit = max(metrics.height() / 16, 1.0)  # the chart's small distances grow with its type
        if not data.powers or not data.values:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("选择一位候选人，查看各位专家按“五力”的评分"))
            painter.end()
            return

        legend_rows = self._legend_rows(metrics)
        left = metrics.horizontalAdvance("100.0") + 8 * unit
        top = line + 10 * unit if data.title else 10 * unit
        bottom = line * (2 + len(legend_rows)) + 20 * unit
        plot = QRectF(left, top, max(self.width() - left - 12 * unit, 10), max(self.height() - top - bottom, 10))
        self.plot = plot
        if data.title:
            painter.setPen(INK)
            title_font = QFont(font)
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.drawText(QRectF(0, 2, self.width(), line + 4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, data.title)
            painter.setFont(font)

        maximum = float(max(m for _, _, m in data.powers))
        step = nice_step(maximum)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * min(max(value, 0.0), maximum) / maximum

        # Grid and the scale.
        value = 0.0
        while value <= maximum + 1e-9:
            y = crisp(y_of(value), ratio)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - line / 2, left - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             format_score(Decimal(str(value))))
            value += step

        reviewers = [r for r in data.reviewers if r[0] in data.values]
        group_width = plot.width() / len(data.powers)
        # The powers' names under their bars: a smaller type when one is wider than its group (English
        # "Problem-solving" on a narrow pane), elided only below three quarters of the chart's type.
        label_font = QFont(font)
        widest = max(metrics.horizontalAdvance(label) for _, label, _ in data.powers)
        if widest > group_width - 2 and font.pointSizeF() > 0:
            label_font.setPointSizeF(max(font.pointSizeF() * (group_width - 2) / widest, font.pointSizeF() * 0.75))
        label_metrics = QFontMetrics(label_font)
        inner = group_width * 0.78
        bar_width = inner / max(len(reviewers), 1)
        for group, (key, label, power_max) in enumerate(data.powers):
            x0 = plot.left() + group * group_width + (group_width - inner) / 2
            for position, (number, _name) in enumerate(reviewers):
                score = data.values.get(number, {}).get(key)
                if score is None:
                    continue
                colour = colour_of(data.reviewers.index((number, _name)))
                rect = QRectF(x0 + position * bar_width + 1, y_of(float(score)), max(bar_width - 2, 1),
                              plot.bottom() - y_of(float(score)))
                if number in data.dropped:
                    painter.setPen(QPen(colour, 1))
                    painter.setBrush(QBrush(colour.lighter(150), Qt.BrushStyle.BDiagPattern))
                else:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                painter.drawRect(rect)
                self._bars.append((rect, self.tr("{reviewer}：{power} {score} / {maximum}").format(
                    reviewer=f"{number} {_name}", power=label, score=format_score(score),
                    maximum=format_score(power_max))))
            result = data.result.get(key)
            if result is not None:
                y = crisp(y_of(float(result)), ratio, 2)
                painter.setPen(QPen(RESULT, 2))
                painter.drawLine(QPointF(x0 - 4, y), QPointF(x0 + inner + 4, y))
            painter.setPen(INK)
            painter.setFont(label_font)
            group_left = plot.left() + group * group_width
            painter.drawText(QRectF(group_left, plot.bottom() + 4, group_width, line),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             label_metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(group_width)))
            painter.setFont(font)
            if result is not None:
                painter.setPen(MUTED)
                painter.drawText(QRectF(x0 - 6, plot.bottom() + 4 + line, inner + 12, line),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 f"{result:.{data.decimals}f}")
        painter.setPen(QPen(MUTED, 1))
        axis = crisp(plot.bottom(), ratio)
        painter.drawLine(QPointF(plot.left(), axis), QPointF(plot.right(), axis))

        # Legend: one row or more of coloured squares.
        y = plot.bottom() + 2 * line + 12 * unit
        side = 10 * unit
        for row in legend_rows:
            x = plot.left()
            for index, text in row:
                colour = colour_of(index)
                square = QRectF(x, y + (line - side) / 2, side, side)
                number = data.reviewers[index][0] if index >= 0 else ""
                if index < 0:
                    painter.setPen(QPen(RESULT, 2))
                    middle = crisp(y + line / 2, ratio, 2)
                    painter.drawLine(QPointF(x, middle), QPointF(x + side * 1.4, middle))
                    x += side * 1.8
                else:
                    if number in data.dropped:
                        painter.setPen(QPen(colour, 1))
                        painter.setBrush(QBrush(colour.lighter(150), Qt.BrushStyle.BDiagPattern))
                    else:
                        painter.setPen(Qt.PenStyle.NoPen)
                        painter.setBrush(colour)
                    painter.drawRect(square)
                    x += side * 1.4
                painter.setPen(INK)
                painter.drawText(QRectF(x, y, metrics.horizontalAdvance(text) + 2, line),
                                 Qt.AlignmentFlag.AlignVCenter, text)
                x += metrics.horizontalAdvance(text) + side * 1.6
            y += line
        painter.end()

    def _legend_entries(self) -> list[tuple[int, str]]:
        entries = []
        for index, (number, name) in enumerate(self.data.reviewers):
            if number not in self.data.values:
                continue
            text = f"{number} {name}" + (self.tr("（去掉）") if number in self.data.dropped else "")
            entries.append((index, text))
        entries.append((-1, self.tr("全组结果")))
        return entries

    def _legend_rows(self, metrics: QFontMetrics) -> list[list[tuple[int, str]]]:
        available = max(self.width() - metrics.horizontalAdvance("100.0") - 40, 100)
        rows: list[list[tuple[int, str]]] = [[]]
        used = 0
        for entry in self._legend_entries():
            width = metrics.horizontalAdvance(entry[1]) + round(metrics.height() * 2)
            if rows[-1] and used + width > available:
                rows.append([])
                used = 0
            rows[-1].append(entry)
            used += width
        return rows

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, text in self._bars:
                if rect.adjusted(-1, -2, 1, 0).contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
