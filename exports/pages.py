"""The page furniture every printed sheet shares: A4 page templates, styles, title block, footer.

The reviewer's personal score sheet, the panel's result sheet and the office's candidate list are
all built here: A4 portrait and landscape templates (a story may switch between them with
``NextPageTemplate("landscape")``), the embedded CJK font (``exports.fonts``), paragraph styles
that wrap Chinese text, a title block, a table style, and on every page a footer naming the batch,
"第 x 页 共 y 页", and an optional short digest with a QR code carrying it, so that a paper copy
can be matched to its electronic twin.

The page count is known only when the story has been laid out, so the canvas keeps each finished
page aside and draws the footers when the document is saved (one layout pass, not two). The QR
code is drawn once, as a form XObject, and placed on every page.

reportlab is imported only inside functions: it is slow to import and must stay off the
application's start-up path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from exports.files import atomic_write

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable, TableStyle

    from app.batch import BatchIdentity

MM = 72 / 25.4  # points per millimetre (reportlab.lib.units.mm without the import)
A4_PORTRAIT = (210 * MM, 297 * MM)
A4_LANDSCAPE = (297 * MM, 210 * MM)
MARGIN = 16 * MM  # left, right and top
FOOTER_HEIGHT = 26 * MM  # the bottom margin: the footer lives in it
QR_SIZE = 17 * MM
MONO_FONT_NAME = "CJKMono"
_QR_FORM = "furnitureQR"

# Colours as RGB fractions (no reportlab import needed to name them)
RULE_GREY = (0.55, 0.55, 0.55)
HEADER_FILL = (0.90, 0.92, 0.95)
ZEBRA_FILL = (0.97, 0.97, 0.97)
TEXT_GREY = (0.30, 0.30, 0.30)

_mono: str | None = None


@dataclass(frozen=True)
class Furniture:
    """What every page of one document carries besides its content."""

    identity: str  # the batch line in the footer, see identity_line()
    digest: str = ""  # a short digest of the electronic twin; shown and QR-coded when not empty
    digest_label: str = "摘要"
    title: str = ""  # PDF metadata
    author: str = ""
    subject: str = ""


def identity_line(identity: BatchIdentity) -> str:
    """The batch as printed on every page: "2024年 G03 计算机通信 第1场 · 批次 1a2b3c4d"."""
    return (f"{identity.year}年 {identity.group} {identity.group_label} 第{identity.session}场"
            f" · 批次 {identity.batch_id[:8]}")


def fonts() -> tuple[str, str]:
    """Register the embedded fonts once; return (text font, fixed-width font for fingerprints).

    The fixed-width face is the "Mono" face of the same collection when it has one (WenQuanYi
    Micro Hei Mono); otherwise fingerprints are set in the text font.
    """
    global _mono
    from exports.fonts import find_cjk_font, register_cjk_font

    text = register_cjk_font()
    if _mono is None:
        _mono = text
        path = find_cjk_font()
        if path.suffix.lower() == ".ttc":
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFError, TTFont

            try:
                face = TTFont(MONO_FONT_NAME, str(path), subfontIndex=1)
            except (TTFError, OSError, IndexError, ValueError, KeyError):
                face = None
            name = getattr(getattr(face, "face", None), "name", b"")
            if face is not None and b"mono" in (name if isinstance(name, bytes) else str(name).encode()).lower():
                pdfmetrics.registerFont(face)
                _mono = MONO_FONT_NAME
    return text, _mono


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for Chinese text (wordWrap="CJK" breaks between any two characters)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    label: ParagraphStyle
    mono: ParagraphStyle
    fingerprint: ParagraphStyle


def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    text, mono = fonts()

    def style(name: str, size: float, leading: float | None = None, **extra: Any) -> ParagraphStyle:
        values: dict[str, Any] = {"fontName": text, "fontSize": size, "leading": leading or size * 1.45,
                                  "wordWrap": "CJK", "alignment": TA_LEFT}
        values.update(extra)
        return ParagraphStyle(name, **values)

    grey = colors.Color(*TEXT_GREY)
    return Styles(
        title=style("title", 20, 28, alignment=TA_CENTER, spaceAfter=2 * MM),
        subtitle=style("subtitle", 11, 16, alignment=TA_CENTER, textColor=grey, spaceAfter=4 * MM),
        heading=style("heading", 12.5, 18, spaceBefore=4 * MM, spaceAfter=2 * MM),
        body=style("body", 10.5, 16),
        small=style("small", 8.5, 12, textColor=grey),
        cell=style("cell", 9.5, 13),
        cell_center=style("cell_center", 9.5, 13, alignment=TA_CENTER),
        cell_right=style("cell_right", 9.5, 13, alignment=TA_RIGHT),
        header_cell=style("header_cell", 9.5, 13, alignment=TA_CENTER),
        label=style("label", 9.5, 13, textColor=grey),
        mono=style("mono", 9.5, 13, fontName=mono, wordWrap=None),
        fingerprint=style("fingerprint", 20, 26, fontName=mono, alignment=TA_CENTER, wordWrap=None),
    )


def escape(text: object) -> str:
    """Text for a Paragraph: its markup characters escaped, line breaks kept."""
    from xml.sax.saxutils import escape as xml_escape

    return xml_escape("" if text is None else str(text)).replace("\n", "<br/>")


def table_style(*, header_rows: int = 1, zebra: bool = True,
                extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Grid, a tinted header, optional zebra rows; every cell in the embedded font."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    text, _ = fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), text),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(*RULE_GREY)),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(*HEADER_FILL)))
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, colors.black))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.Color(*ZEBRA_FILL)]))
    commands.extend(extra)
    return TableStyle(commands)


def title_block(title: str, subtitle: str = "", facts: Sequence[tuple[str, str]] = (), *,
                columns: int = 2, width: float | None = None) -> list[Flowable]:
    """The title, a subtitle and a grid of "label: value" facts (``columns`` pairs a row)."""
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    st = styles()
    story: list[Flowable] = [Paragraph(escape(title), st.title)]
    if subtitle:
        story.append(Paragraph(escape(subtitle), st.subtitle))
    if facts:
        text, _ = fonts()
        rows: list[list[Any]] = []
        for start in range(0, len(facts), columns):
            row: list[Any] = []
            for label, value in facts[start:start + columns]:
                row.extend([Paragraph(escape(label), st.label), Paragraph(escape(value), st.cell)])
            row.extend([""] * (2 * columns - len(row)))
            rows.append(row)
        usable = width or (A4_PORTRAIT[0] - 2 * MARGIN)
        label_width = 18 * MM
        value_width = usable / columns - label_width
        table = Table(rows, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), text),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]))
        story.extend([table, Spacer(1, 3 * MM)])
    return story


def signature_lines(rows: Sequence[Sequence[str]], *, width: float | None = None) -> Flowable:
    """Rows of "label ________" blanks to write on by hand: [["专家签名", "日期"]] is one row of two."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()
    usable = width or (A4_PORTRAIT[0] - 2 * MARGIN)
    per_row = max(len(row) for row in rows)
    label_width = 22 * MM
    blank_width = usable / per_row - label_width - 4 * MM
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts()[0]),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    for row_index, row in enumerate(rows):
        cells: list[Any] = []
        for column, label in enumerate(row):
            cells.extend([Paragraph(escape(label), st.body), "", ""])
            commands.append(("LINEBELOW", (3 * column + 1, row_index), (3 * column + 1, row_index), 0.8,
                             colors.black))
        cells.extend([""] * (3 * per_row - len(cells)))
        data.append(cells)
    table = Table(data, colWidths=[label_width, blank_width, 4 * MM] * per_row,
                  rowHeights=[11 * MM] * len(data), hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def usable_width(landscape: bool = False) -> float:
    size = A4_LANDSCAPE if landscape else A4_PORTRAIT
    return size[0] - 2 * MARGIN


def _canvas_maker(furniture: Furniture) -> Callable[..., Canvas]:
    """A canvas class that holds finished pages back until it knows how many there are."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas as BaseCanvas

    text, mono = fonts()

    class FurnishedCanvas(BaseCanvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []
            self._qr = {"defined": False}  # shared by the held page states, which are shallow copies

        def showPage(self) -> None:  # reportlab's name
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self._draw_furniture(number, total)
                BaseCanvas.showPage(self)
            BaseCanvas.save(self)

        def _define_qr(self) -> None:
            # The widget's modules drawn as plain rectangles: renderPDF would set (and so add) Helvetica.
            widget = QrCodeWidget(furniture.digest, barWidth=QR_SIZE, barHeight=QR_SIZE, barLevel="M",
                                  barBorder=2)
            self.beginForm(_QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
            self.setFillColor(colors.black)
            for shape in widget.draw().contents:
                if getattr(shape, "fillColor", None) is not None:
                    self.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)
            self.endForm()
            self._qr["defined"] = True

        def _draw_furniture(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            right = width - MARGIN
            self.saveState()
            self.setStrokeColor(colors.Color(*RULE_GREY))
            self.setLineWidth(0.5)
            self.line(MARGIN, FOOTER_HEIGHT - 4 * MM, right, FOOTER_HEIGHT - 4 * MM)
            self.setFillColor(colors.Color(*TEXT_GREY))
            self.setFont(text, 8.5)
            self.drawString(MARGIN, FOOTER_HEIGHT - 9 * MM, furniture.identity)
            text_right = right
            if furniture.digest:
                if not self._qr["defined"]:
                    self._define_qr()
                self.saveState()
                self.translate(right - QR_SIZE, FOOTER_HEIGHT - 5 * MM - QR_SIZE)
                self.doForm(_QR_FORM)
                self.restoreState()
                text_right = right - QR_SIZE - 3 * MM
                self.setFont(text, 8.5)
                label = f"{furniture.digest_label}："
                self.drawString(MARGIN, FOOTER_HEIGHT - 14 * MM, label)
                self.setFont(mono, 8.5)
                self.drawString(MARGIN + self.stringWidth(label, text, 8.5), FOOTER_HEIGHT - 14 * MM,
                                furniture.digest)
            self.setFont(text, 9)
            self.setFillColor(colors.black)
            self.drawRightString(text_right, FOOTER_HEIGHT - 9 * MM, f"第 {number} 页 共 {total} 页")
            self.restoreState()

    return FurnishedCanvas


def build_pdf(out: Path | BinaryIO, story: list[Flowable], furniture: Furniture, *, landscape: bool = False) -> None:
    """Lay out ``story`` on A4 pages with the furniture and write the PDF to ``out`` atomically.

    ``out`` may also be an in-memory stream (a preview on screen), so that nothing touches the disk.

    The first page is portrait unless ``landscape``; a story switches templates with
    ``NextPageTemplate("portrait" | "landscape")``.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    text, _ = fonts()

    def template(name: str, size: tuple[float, float]) -> PageTemplate:
        frame = Frame(MARGIN, FOOTER_HEIGHT, size[0] - 2 * MARGIN, size[1] - MARGIN - FOOTER_HEIGHT,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{name}-body")
        return PageTemplate(id=name, frames=[frame], pagesize=size)

    templates = [template("portrait", A4_PORTRAIT), template("landscape", A4_LANDSCAPE)]
    if landscape:
        templates.reverse()
    maker = _canvas_maker(furniture)

    def write(path: Path | BinaryIO) -> None:
        doc = BaseDocTemplate(
            path if not isinstance(path, Path) else str(path), pagesize=templates[0].pagesize, pageTemplates=templates,
            leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=FOOTER_HEIGHT,
            title=furniture.title, author=furniture.author, subject=furniture.subject,
            creator="craftsman-review", initialFontName=text, invariant=False,
        )
        doc.build(story, canvasmaker=maker)

    if isinstance(out, Path):
        atomic_write(out, write)
    else:
        write(out)
