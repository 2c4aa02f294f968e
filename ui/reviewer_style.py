"""The reviewer app's look in one place: calm colours, the larger reading font, the state colours.

Experts sit in this app for hours: text is a size larger than the office's, score fields larger
still, colours muted, and each scoring state (未评, 草稿, 已完成, 回避) has one colour used everywhere.
Larger type is given as points above the app's text size (``relative_font``), so 视图 › 放大字体
scales the scoring panel with everything else.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase

from app.review_store import CandidateState
from ui.preferences import relative_point_size

BASE_POINT_SIZE = 12  # the reviewer app's default text size (ui.app.run_reviewer), before the person's step
# Points above the app's text size (which follows 放大/缩小字体):
SCORE_EXTRA = 2  # score fields
NAME_EXTRA = 4  # the candidate's name over the scoring panel
PROGRESS_EXTRA = 6  # "3 / 5 已完成"
TOTAL_EXTRA = 10  # the total

INK = "#1f2933"
MUTED = "#5f6b7a"
FAINT = "#9aa5b1"
ACCENT = "#1f4e79"
LINE = "#d5dbe3"
PANEL_BACKGROUND = "#f6f7f9"
ERROR = "#b42318"
ERROR_BACKGROUND = "#fdecea"
OK = "#1e6b35"

# (text colour, background tint) per state: readable on white, never loud.
STATE_COLOURS: dict[CandidateState, tuple[str, str]] = {
    CandidateState.UNSCORED: ("#5f6b7a", "#ffffff"),
    CandidateState.DRAFT: ("#8a5a00", "#fff6dc"),
    CandidateState.COMPLETE: ("#1e6b35", "#e6f4ea"),
    CandidateState.RECUSED: ("#6b4c9a", "#f1ecf8"),
}


def state_colours(state: CandidateState) -> tuple[QColor, QColor]:
    text, background = STATE_COLOURS[state]
    return QColor(text), QColor(background)


def monospace_font(point_size: int) -> QFont:
    """A fixed-pitch font for fingerprints (they are read aloud and compared character by character)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def sized(font: QFont, point_size: int, *, bold: bool = False) -> QFont:
    result = QFont(font)
    result.setPointSize(point_size)
    result.setBold(bold)
    return result


def relative_font(font: QFont, extra: int, *, bold: bool = False) -> QFont:
    """``font`` at ``extra`` points above the app's current text size; call it again when the app's
    font changes (a widget's FontChange event), since an explicit size no longer follows it."""
    return sized(font, relative_point_size(extra), bold=bold)


STYLE_SHEET = f"""
QWidget#scoringPanel, QWidget#scoringItems {{ background: {PANEL_BACKGROUND}; }}
QGroupBox {{ font-weight: bold; color: {ACCENT}; border: 1px solid {LINE}; border-radius: 6px;
             margin-top: 12px; padding: 6px 4px 2px 4px; background: #ffffff; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QLineEdit[role="score"] {{ border: 1px solid #b8c2cc; border-radius: 4px; padding: 1px 6px;
                           background: #ffffff; color: {INK}; }}
QLineEdit[role="score"]:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit[role="score"][state="invalid"] {{ border: 2px solid {ERROR}; background: {ERROR_BACKGROUND};
                                           color: {ERROR}; }}
QLineEdit[role="score"][state="pending"] {{ background: #fffbea; }}
QLineEdit[role="score"]:read-only {{ background: #eef1f4; color: {MUTED}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="help"] {{ color: {INK}; background: #ffffff; border: 1px solid {LINE}; border-radius: 6px;
                       padding: 4px 8px; }}
QLabel[role="banner"] {{ border-radius: 6px; padding: 6px 10px; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: #ffffff; border: none; border-radius: 5px;
                               padding: 7px 16px; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: #b8c2cc; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #9cc3e6; }}
"""
