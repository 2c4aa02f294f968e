"""Synthetic attachment PDFs (附件) for the demo candidates, drawn with reportlab in memory.

Four kinds, as the notice asks candidates to hand in: the identity card copied front and back
on one page (身份证复印件), the union membership card (工会会员服务卡), an honour certificate
(荣誉证书) for the first honour listed, and a work photo (工作照), here a drawn vector scene.
Every page is plainly synthetic: identity numbers are masked, pages carry a 复印件 or 演示
mark, and no image file is read. reportlab is imported inside the functions (it is slow to
import and must stay off the application's start-up path); the output is byte-for-byte the same
for the same values (reportlab's invariant mode).
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections.abc import Callable
from typing import Any

from app.demo.content import hometown_place
from app.enums import Group
from exports.fonts import register_cjk_font

Value = str | int | float | None
Canvas = Any  # reportlab.pdfgen.canvas.Canvas; reportlab ships no type information

KINDS = ("id_card", "union_card", "certificate", "photo")
_TITLES = {
    "id_card": "居民身份证复印件",
    "union_card": "工会会员服务卡复印件",
    "certificate": "荣誉证书",
    "photo": "工作照",
}
MM = 72 / 25.4  # points per millimetre
_DEMO_NOTE = "演示数据：本页内容均为虚构，仅用于“上海工匠”评审系统的演示与测试"


def make_attachment_pdf(kind: str, values: dict[str, Value]) -> bytes:
    """One attachment of ``kind`` (one of ``KINDS``) for the candidate described by ``values``."""
    drawers: dict[str, Callable[[Canvas, str, dict[str, Value], float, float], None]] = {
        "id_card": _draw_id_card,
        "union_card": _draw_union_card,
        "certificate": _draw_certificate,
        "photo": _draw_photo,
    }
    if kind not in drawers:
        raise ValueError(f"unknown attachment kind {kind!r}; expected one of {', '.join(KINDS)}")
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    font = register_cjk_font()
    buffer = io.BytesIO()
    size = landscape(A4) if kind == "certificate" else A4
    pdf = canvas.Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    pdf.setTitle(f"{_TITLES[kind]} - {_text(values, 'name')}")
    pdf.setAuthor("上海工匠评审 演示数据（虚构）")
    pdf.setCreator("craftsman-review demo")
    drawers[kind](pdf, font, values, size[0], size[1])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------

def _text(values: dict[str, Value], key: str, default: str = "") -> str:
    value = values.get(key)
    return default if value is None or str(value).strip() == "" else str(value).strip()


def _digest(*parts: str) -> int:
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:12], 16)


def _birth(values: dict[str, Value]) -> tuple[str, str, str]:
    number = _text(values, "id_number")
    if re.fullmatch(r"\d{17}[\dXx]", number):
        return number[6:10], str(int(number[10:12])), str(int(number[12:14]))
    return "", "", ""


def _masked_id(number: str) -> str:
    if len(number) < 10:
        return number
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def _masked_address(address: str) -> str:
    return re.sub(r"\d+(?=[弄号室组])", lambda m: "*" * len(m.group(0)), address)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for char in text:
        if stringWidth(current + char, font, size) > width and current:
            lines.append(current)
            current = char
        else:
            current += char
    if current:
        lines.append(current)
    return lines


def _watermark(pdf: Canvas, font: str, text: str, width: float, height: float) -> None:
    pdf.saveState()
    pdf.setFillGray(0.35)
    pdf.setFillAlpha(0.18)
    pdf.setFont(font, 96)
    pdf.translate(width / 2, height / 2)
    pdf.rotate(35)
    pdf.drawCentredString(0, -30, text)
    pdf.restoreState()


def _footer(pdf: Canvas, font: str, width: float) -> None:
    pdf.setFont(font, 8)
    pdf.setFillGray(0.45)
    pdf.drawCentredString(width / 2, 14 * MM, _DEMO_NOTE)


def _group(values: dict[str, Value]) -> Group | None:
    group = Group.from_label(_text(values, "group"))
    if group is not None:
        return group
    parts = _text(values, "application_no").split("-")
    return Group.from_label(parts[1]) if len(parts) == 3 else None


def _silhouette(pdf: Canvas, x: float, y: float, w: float, h: float, gray: float = 0.55) -> None:
    """A head-and-shoulders outline standing in for a portrait photograph."""
    pdf.saveState()
    pdf.setFillGray(gray)
    pdf.setStrokeGray(gray)
    head_r = w * 0.2
    cx = x + w / 2
    pdf.circle(cx, y + h * 0.62, head_r, stroke=0, fill=1)
    path = pdf.beginPath()
    path.moveTo(x + w * 0.08, y)
    path.curveTo(x + w * 0.1, y + h * 0.3, x + w * 0.3, y + h * 0.42, cx, y + h * 0.42)
    path.curveTo(x + w * 0.7, y + h * 0.42, x + w * 0.9, y + h * 0.3, x + w * 0.92, y)
    path.close()
    pdf.drawPath(path, stroke=0, fill=1)
    pdf.restoreState()


def _star(pdf: Canvas, cx: float, cy: float, r: float) -> None:
    path = pdf.beginPath()
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = math.pi / 2 + i * math.pi / 5
        px, py = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    path.close()
    pdf.drawPath(path, stroke=0, fill=1)


def _seal(pdf: Canvas, font: str, cx: float, cy: float, r: float, issuer: str) -> None:
    """A red round seal: double ring, a star, the issuer's name around the upper arc."""
    pdf.saveState()
    pdf.setStrokeColorRGB(0.85, 0.1, 0.1)
    pdf.setFillColorRGB(0.85, 0.1, 0.1)
    pdf.setStrokeAlpha(0.85)
    pdf.setFillAlpha(0.85)
    pdf.setLineWidth(2.6)
    pdf.circle(cx, cy, r, stroke=1, fill=0)
    pdf.setLineWidth(0.8)
    pdf.circle(cx, cy, r - 4, stroke=1, fill=0)
    _star(pdf, cx, cy, r * 0.3)
    chars = list(issuer)
    size = min(15.0, r * 0.32)
    pdf.setFont(font, size)
    span = min(250.0, 22.0 * len(chars))
    start = 90 + span / 2
    step = span / max(1, len(chars) - 1)
    for i, char in enumerate(chars):
        angle = math.radians(start - i * step)
        radius = r - 6 - size * 0.85
        pdf.saveState()
        pdf.translate(cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        pdf.rotate(math.degrees(angle) - 90)
        pdf.drawCentredString(0, 0, char)
        pdf.restoreState()
    pdf.setFont(font, size * 0.8)
    pdf.drawCentredString(cx, cy - r * 0.62, "专用章")
    pdf.restoreState()


# --------------------------------------------------------------------------------------------
# 身份证复印件
# --------------------------------------------------------------------------------------------

def _issuing_office(number: str, home_address: str) -> str:
    """The police office that issued the card: the Shanghai district lived in, else the home county."""
    match = re.match(r"上海市(\S{1,3}?)(新区|区)", home_address)
    if match:
        return f"上海市公安局{match.group(1)}分局"
    place = hometown_place(number[:6])
    if place:
        county = re.split(r"省|市", place)[-1] or place
        return f"{county}公安局"
    return "上海市公安局"


def _draw_id_card(pdf: Canvas, font: str, values: dict[str, Value], width: float, height: float) -> None:
    name = _text(values, "name", "（未填写）")
    number = _text(values, "id_number")
    year, month, day = _birth(values)
    pdf.setFont(font, 16)
    pdf.setFillGray(0.1)
    pdf.drawCentredString(width / 2, height - 30 * MM, "居民身份证复印件（正反面）")
    pdf.setFont(font, 10)
    pdf.setFillGray(0.35)
    number_line = f"申报编号 {_text(values, 'application_no')}    申请人 {name}"
    pdf.drawCentredString(width / 2, height - 37 * MM, number_line)

    card_w, card_h = 85.6 * MM * 1.45, 54 * MM * 1.45
    left = (width - card_w) / 2
    front_y = height - 45 * MM - card_h
    back_y = front_y - 14 * MM - card_h
    for y in (front_y, back_y):
        pdf.setFillGray(0.93)
        pdf.setStrokeGray(0.35)
        pdf.setLineWidth(1)
        pdf.roundRect(left, y, card_w, card_h, 6 * MM, stroke=1, fill=1)

    # Front (人像面)
    photo_w, photo_h = card_w * 0.3, card_h * 0.62
    photo_x, photo_y = left + card_w - photo_w - 7 * MM, front_y + card_h * 0.27
    pdf.setFillGray(0.86)
    pdf.rect(photo_x, photo_y, photo_w, photo_h, stroke=0, fill=1)
    _silhouette(pdf, photo_x + photo_w * 0.1, photo_y, photo_w * 0.8, photo_h * 0.95)
    label_x, value_x = left + 8 * MM, left + 22 * MM
    row = front_y + card_h - 13 * MM
    pdf.setFillGray(0.3)
    pdf.setFont(font, 9)
    rows = [("姓名", name), ("性别", f"{_text(values, 'gender')}        民族  汉"),
            ("出生", f"{year} 年 {month} 月 {day} 日" if year else "")]
    for label, value in rows:
        pdf.setFillGray(0.4)
        pdf.setFont(font, 9)
        pdf.drawString(label_x, row, label)
        pdf.setFillGray(0.05)
        pdf.setFont(font, 12 if label == "姓名" else 10.5)
        pdf.drawString(value_x, row, value)
        row -= 9.5 * MM
    pdf.setFillGray(0.4)
    pdf.setFont(font, 9)
    pdf.drawString(label_x, row, "住址")
    pdf.setFillGray(0.05)
    pdf.setFont(font, 10)
    address = _masked_address(_text(values, "home_address"))
    for line in _wrap(address, font, 10, photo_x - value_x - 3 * MM)[:3]:
        pdf.drawString(value_x, row, line)
        row -= 5.2 * MM
    pdf.setFillGray(0.4)
    pdf.setFont(font, 9)
    pdf.drawString(label_x, front_y + 9 * MM, "公民身份号码")
    pdf.setFillGray(0.05)
    pdf.setFont(font, 13)
    pdf.drawString(label_x + 27 * MM, front_y + 9 * MM, " ".join(_masked_id(number)))

    # Back (国徽面)
    pdf.setFillGray(0.45)
    emblem_x, emblem_y = left + 20 * MM, back_y + card_h - 22 * MM
    pdf.circle(emblem_x, emblem_y, 12 * MM, stroke=0, fill=1)
    pdf.setFillGray(0.93)
    _star(pdf, emblem_x, emblem_y + 2 * MM, 6 * MM)
    pdf.setFillGray(0.15)
    pdf.setFont(font, 17)
    pdf.drawString(left + 40 * MM, back_y + card_h - 20 * MM, "中华人民共和国")
    pdf.setFont(font, 24)
    pdf.drawString(left + 40 * MM, back_y + card_h - 34 * MM, "居 民 身 份 证")
    issued = 2010 + _digest(number, "issued") % 12
    age_at_issue = issued - int(year) if year else 30
    years_valid = 20 if age_at_issue >= 26 else 10
    validity = "长期" if age_at_issue >= 46 else f"{issued + years_valid}.{month or '1'}.{day or '1'}"
    pdf.setFont(font, 9)
    pdf.setFillGray(0.4)
    pdf.drawString(left + 14 * MM, back_y + 21 * MM, "签发机关")
    pdf.drawString(left + 14 * MM, back_y + 11 * MM, "有效期限")
    pdf.setFillGray(0.05)
    pdf.setFont(font, 10.5)
    pdf.drawString(left + 32 * MM, back_y + 21 * MM, _issuing_office(number, _text(values, "home_address")))
    pdf.drawString(left + 32 * MM, back_y + 11 * MM, f"{issued}.{month or '1'}.{day or '1'}-{validity}")

    _watermark(pdf, font, "复印件", width, height)
    pdf.setFont(font, 11)
    pdf.setFillGray(0.3)
    pdf.drawCentredString(width / 2, back_y - 14 * MM, "本复印件仅供2024年度“上海工匠”申报使用，再次复印无效")
    pdf.drawCentredString(width / 2, back_y - 21 * MM, f"本人签名：{name}")
    _footer(pdf, font, width)


# --------------------------------------------------------------------------------------------
# 工会会员服务卡
# --------------------------------------------------------------------------------------------

def member_number(values: dict[str, Value]) -> str:
    """The (invented) 16-digit member number printed on the union card, fixed per person."""
    digits = f"{_digest(_text(values, 'id_number'), _text(values, 'name'), 'union') % 10**12:012d}"
    raw = "3101" + digits
    return " ".join(raw[i:i + 4] for i in range(0, 16, 4))


def _draw_union_card(pdf: Canvas, font: str, values: dict[str, Value], width: float, height: float) -> None:
    name = _text(values, "name", "（未填写）")
    employer = _text(values, "employer")
    union = _text(values, "union") or (f"{employer}工会" if employer else "")
    pdf.setFont(font, 16)
    pdf.setFillGray(0.1)
    pdf.drawCentredString(width / 2, height - 30 * MM, "工会会员服务卡复印件（正反面）")
    pdf.setFont(font, 10)
    pdf.setFillGray(0.35)
    number_line = f"申报编号 {_text(values, 'application_no')}    会员 {name}"
    pdf.drawCentredString(width / 2, height - 37 * MM, number_line)

    card_w, card_h = 85.6 * MM * 1.45, 54 * MM * 1.45
    left = (width - card_w) / 2
    front_y = height - 45 * MM - card_h
    back_y = front_y - 14 * MM - card_h

    pdf.setFillColorRGB(0.98, 0.95, 0.92)
    pdf.setStrokeColorRGB(0.7, 0.2, 0.15)
    pdf.setLineWidth(1)
    pdf.roundRect(left, front_y, card_w, card_h, 5 * MM, stroke=1, fill=1)
    pdf.setFillColorRGB(0.78, 0.12, 0.12)
    pdf.rect(left, front_y + card_h - 20 * MM, card_w, 14 * MM, stroke=0, fill=1)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont(font, 15)
    pdf.drawString(left + 24 * MM, front_y + card_h - 15 * MM, "上海市总工会  工会会员服务卡")
    pdf.setFillColorRGB(1, 0.85, 0.2)
    pdf.circle(left + 13 * MM, front_y + card_h - 13 * MM, 5.5 * MM, stroke=0, fill=1)
    pdf.setFillColorRGB(0.78, 0.12, 0.12)
    _star(pdf, left + 13 * MM, front_y + card_h - 13 * MM, 3.5 * MM)
    pdf.setFillColorRGB(0.85, 0.7, 0.3)
    pdf.roundRect(left + 9 * MM, front_y + card_h - 40 * MM, 13 * MM, 10 * MM, 1.5 * MM, stroke=0, fill=1)
    pdf.setFillGray(0.1)
    pdf.setFont(font, 14)
    pdf.drawString(left + 9 * MM, front_y + 22 * MM, member_number(values))
    pdf.setFont(font, 10)
    pdf.drawString(left + 9 * MM, front_y + 13 * MM, f"会员姓名  {name}")
    since = 2000 + _digest(_text(values, "id_number"), "since") % 20
    pdf.drawString(left + card_w - 40 * MM, front_y + 13 * MM, f"入会 {since}年")
    pdf.setFont(font, 8)
    for i, line in enumerate(_wrap(f"所属工会  {union}", font, 8, card_w - 18 * MM)[:2]):
        pdf.drawString(left + 9 * MM, front_y + 6.5 * MM - i * 3.8 * MM, line)

    pdf.setFillColorRGB(0.98, 0.95, 0.92)
    pdf.roundRect(left, back_y, card_w, card_h, 5 * MM, stroke=1, fill=1)
    pdf.setFillGray(0.15)
    pdf.rect(left, back_y + card_h - 18 * MM, card_w, 11 * MM, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.rect(left + 8 * MM, back_y + card_h - 34 * MM, 62 * MM, 9 * MM, stroke=0, fill=1)
    pdf.setFillGray(0.2)
    pdf.setFont(font, 11)
    pdf.drawString(left + 10 * MM, back_y + card_h - 31.5 * MM, name)
    pdf.setFont(font, 8.5)
    notes = ["本卡仅限会员本人使用，凭卡享受工会会员普惠服务。", "职工服务热线 12351    申工社 微信公众号",
             "遗失请及时向所属基层工会挂失。"]
    for i, note in enumerate(notes):
        pdf.drawString(left + 8 * MM, back_y + 24 * MM - i * 6 * MM, note)

    _watermark(pdf, font, "复印件", width, height)
    pdf.setFont(font, 11)
    pdf.setFillGray(0.3)
    pdf.drawCentredString(width / 2, back_y - 14 * MM, "复印件仅供2024年度“上海工匠”申报使用")
    _footer(pdf, font, width)


# --------------------------------------------------------------------------------------------
# 荣誉证书
# --------------------------------------------------------------------------------------------

def _first_honour(values: dict[str, Value]) -> tuple[str, str]:
    """(year, title) of the first honour listed, "" year when none is given."""
    honours = [h.strip() for h in re.split(r"[；;\n]+", _text(values, "honours")) if h.strip()]
    if not honours:
        return "", "优秀职工"
    match = re.match(r"(\d{4})\s*年?\s*(.*)", honours[0])
    if match:
        return match.group(1), match.group(2).strip() or honours[0]
    return "", honours[0]


def _issuer(title: str, values: dict[str, Value]) -> str:
    if "工匠" in title:
        return _text(values, "union") or "上海市总工会"
    if title.startswith("中国工艺美术"):
        return "中国工艺美术协会"
    if title.startswith(("中国烹饪", "全国烹饪")):
        return "中国烹饪协会"
    if title.startswith(("全国技术能手", "全国行业", "全国交通", "全国卫生", "全国职工")):
        return "人力资源和社会保障部"
    if "劳动模范" in title:
        return "上海市人民政府"
    if "全国五一" in title:
        return "中华全国总工会"
    if "技术能手" in title or "首席技师" in title:
        return "上海市人力资源和社会保障局"
    if "工艺美术大师" in title:
        return "上海市经济和信息化委员会"
    if "烹饪大师" in title:
        return "上海市烹饪餐饮行业协会"
    if "三八红旗手" in title:
        return "上海市妇女联合会"
    return "上海市总工会"


def _draw_certificate(pdf: Canvas, font: str, values: dict[str, Value], width: float, height: float) -> None:
    red, gold = (0.72, 0.1, 0.1), (0.78, 0.6, 0.2)
    pdf.setFillColorRGB(1, 0.99, 0.95)
    pdf.rect(0, 0, width, height, stroke=0, fill=1)
    pdf.setStrokeColorRGB(*red)
    pdf.setLineWidth(7)
    pdf.rect(12 * MM, 12 * MM, width - 24 * MM, height - 24 * MM, stroke=1, fill=0)
    pdf.setStrokeColorRGB(*gold)
    pdf.setLineWidth(1.5)
    pdf.rect(17 * MM, 17 * MM, width - 34 * MM, height - 34 * MM, stroke=1, fill=0)
    pdf.setFillColorRGB(*gold)
    far_x, far_y = width / MM - 17, height / MM - 17
    for cx, cy in ((17, 17), (17, far_y), (far_x, 17), (far_x, far_y)):
        pdf.saveState()
        pdf.translate(cx * MM, cy * MM)
        pdf.rotate(45)
        pdf.rect(-3.5 * MM, -3.5 * MM, 7 * MM, 7 * MM, stroke=0, fill=1)
        pdf.restoreState()

    year, title = _first_honour(values)
    issuer = _issuer(title, values)
    name = _text(values, "name", "（未填写）")
    pdf.setFillColorRGB(*red)
    pdf.setFont(font, 46)
    pdf.drawCentredString(width / 2, height - 55 * MM, "荣 誉 证 书")
    pdf.setFillGray(0.1)
    pdf.setFont(font, 20)
    pdf.drawString(45 * MM, height - 82 * MM, f"{name} 同志：")
    competition = any(word in title for word in ("大赛", "竞赛", "奖", "操作法", "展"))
    placing = re.match(r"(.+?)(第[一二三]名|[一二三]等奖|金奖|银奖|铜奖)$", title)
    if not year:
        body = f"荣获“{title}”称号。"
    elif placing:
        body = f"在{year}年{placing.group(1)}中荣获{placing.group(2)}。"
    elif competition:
        body = f"在{year}年度评选中，荣获{title}。"
    else:
        body = f"在{year}年度评选中，被授予“{title}”称号。"
    pdf.setFont(font, 18)
    line_y = height - 100 * MM
    for line in [*_wrap("　　" + body, font, 18, width - 100 * MM), "　　特发此证，以资鼓励。"]:
        pdf.drawString(50 * MM, line_y, line)
        line_y -= 11 * MM
    number = f"沪{year or '2024'}-{_digest(name, title, 'certificate') % 100000:05d}"
    pdf.setFont(font, 10)
    pdf.setFillGray(0.4)
    pdf.drawString(45 * MM, 30 * MM, f"证书编号：{number}")
    issue_month = 1 + _digest(name, title, "month") % 12
    right = width - 80 * MM
    pdf.setFillGray(0.1)
    pdf.setFont(font, 16)
    pdf.drawCentredString(right, 52 * MM, issuer)
    pdf.drawCentredString(right, 42 * MM, f"{year or '2024'}年{issue_month}月")
    _seal(pdf, font, right, 50 * MM, 22 * MM, issuer)
    pdf.setFont(font, 7)
    pdf.setFillGray(0.55)
    pdf.drawCentredString(width / 2, 21 * MM, _DEMO_NOTE)


# --------------------------------------------------------------------------------------------
# 工作照
# --------------------------------------------------------------------------------------------

def _person(pdf: Canvas, x: float, y: float, scale: float, helmet: tuple[float, float, float]) -> None:
    """A standing worker seen from the side: legs, body, arm, head and a helmet or cap."""
    pdf.saveState()
    pdf.setFillColorRGB(0.2, 0.3, 0.5)
    pdf.rect(x - 5 * scale, y, 4 * scale, 32 * scale, stroke=0, fill=1)
    pdf.rect(x + 1 * scale, y, 4 * scale, 32 * scale, stroke=0, fill=1)
    pdf.setFillColorRGB(0.25, 0.4, 0.65)
    pdf.roundRect(x - 8 * scale, y + 30 * scale, 16 * scale, 30 * scale, 3 * scale, stroke=0, fill=1)
    pdf.setFillColorRGB(0.9, 0.75, 0.6)
    pdf.circle(x, y + 68 * scale, 7 * scale, stroke=0, fill=1)
    pdf.setFillColorRGB(*helmet)
    path = pdf.beginPath()
    path.arc(x - 8 * scale, y + 66 * scale, x + 8 * scale, y + 82 * scale, 0, 180)
    path.close()
    pdf.drawPath(path, stroke=0, fill=1)
    pdf.setStrokeColorRGB(0.25, 0.4, 0.65)
    pdf.setLineWidth(3.5 * scale)
    pdf.line(x + 6 * scale, y + 55 * scale, x + 20 * scale, y + 44 * scale)
    pdf.restoreState()


def _scene(pdf: Canvas, group: Group | None, x: float, y: float, w: float, h: float) -> None:
    """A simple vector picture of a workplace fitting the group."""
    pdf.saveState()
    path = pdf.beginPath()
    path.rect(x, y, w, h)
    pdf.clipPath(path, stroke=0, fill=0)
    outdoor = group in (Group.G02, Group.G07, Group.G10)
    for i in range(12):
        shade = i / 11
        if outdoor:
            pdf.setFillColorRGB(0.55 + 0.35 * shade, 0.75 + 0.2 * shade, 0.95)
        else:
            pdf.setFillColorRGB(0.82 + 0.1 * shade, 0.84 + 0.1 * shade, 0.86 + 0.1 * shade)
        pdf.rect(x, y + h * 0.35 + i * h * 0.65 / 12, w, h * 0.65 / 12 + 1, stroke=0, fill=1)
    if group is Group.G07:
        pdf.setFillColorRGB(0.45, 0.62, 0.35)
    else:
        pdf.setFillColorRGB(0.55, 0.55, 0.58)
    pdf.rect(x, y, w, h * 0.35, stroke=0, fill=1)
    ground = y + h * 0.35
    helmet = (0.95, 0.75, 0.1)
    if group in (Group.G01, Group.G04, Group.G05, Group.G11, None):
        pdf.setFillColorRGB(0.3, 0.45, 0.55)
        pdf.roundRect(x + w * 0.45, ground, w * 0.38, h * 0.4, 6, stroke=0, fill=1)
        pdf.setFillColorRGB(0.15, 0.2, 0.25)
        pdf.rect(x + w * 0.5, ground + h * 0.16, w * 0.16, h * 0.17, stroke=0, fill=1)
        pdf.setFillColorRGB(0.4, 0.9, 0.6)
        pdf.rect(x + w * 0.52, ground + h * 0.2, w * 0.12, h * 0.1, stroke=0, fill=1)
        pdf.setFillColorRGB(0.8, 0.8, 0.82)
        pdf.circle(x + w * 0.74, ground + h * 0.24, h * 0.08, stroke=0, fill=1)
        pdf.setFillColorRGB(0.9, 0.5, 0.1)
        pdf.rect(x + w * 0.45, ground + h * 0.4, w * 0.38, h * 0.02, stroke=0, fill=1)
    elif group is Group.G02:
        pdf.setStrokeColorRGB(0.95, 0.7, 0.1)
        pdf.setLineWidth(4)
        pdf.line(x + w * 0.7, ground, x + w * 0.7, y + h * 0.92)
        pdf.line(x + w * 0.45, y + h * 0.9, x + w * 0.95, y + h * 0.9)
        pdf.setLineWidth(1)
        pdf.line(x + w * 0.5, y + h * 0.9, x + w * 0.5, y + h * 0.7)
        pdf.setFillColorRGB(0.6, 0.6, 0.62)
        for floor in range(5):
            pdf.rect(x + w * 0.05, ground + floor * h * 0.09, w * 0.3, h * 0.07, stroke=0, fill=1)
    elif group is Group.G03:
        for i in range(3):
            pdf.setFillColorRGB(0.15, 0.17, 0.2)
            pdf.rect(x + w * (0.45 + i * 0.16), ground, w * 0.13, h * 0.5, stroke=0, fill=1)
            for j in range(8):
                if j % 3:
                    pdf.setFillColorRGB(0.2, 0.9, 0.4)
                else:
                    pdf.setFillColorRGB(0.2, 0.6, 1)
                pdf.circle(x + w * (0.48 + i * 0.16), ground + h * (0.05 + j * 0.055), 2, stroke=0, fill=1)
        helmet = (0.2, 0.3, 0.5)
    elif group is Group.G06:
        pdf.setFillColorRGB(1, 1, 1)
        pdf.roundRect(x + w * 0.45, ground + h * 0.05, w * 0.4, h * 0.12, 4, stroke=0, fill=1)
        pdf.setFillColorRGB(0.85, 0.15, 0.15)
        pdf.rect(x + w * 0.78, y + h * 0.72, w * 0.03, h * 0.12, stroke=0, fill=1)
        pdf.rect(x + w * 0.75, y + h * 0.765, w * 0.09, h * 0.03, stroke=0, fill=1)
        helmet = (1, 1, 1)
    elif group is Group.G07:
        for i in range(4):
            cx = x + w * (0.4 + i * 0.15)
            pdf.setFillColorRGB(0.45, 0.3, 0.15)
            pdf.rect(cx - 3, ground, 6, h * 0.2, stroke=0, fill=1)
            pdf.setFillColorRGB(0.2, 0.5 + 0.08 * i, 0.25)
            pdf.circle(cx, ground + h * 0.28, h * 0.11, stroke=0, fill=1)
        helmet = (0.3, 0.55, 0.3)
    elif group is Group.G08:
        pdf.setFillColorRGB(0.7, 0.72, 0.75)
        pdf.rect(x + w * 0.42, ground, w * 0.45, h * 0.25, stroke=0, fill=1)
        pdf.setFillColorRGB(0.25, 0.25, 0.28)
        pdf.ellipse(x + w * 0.5, ground + h * 0.25, x + w * 0.66, ground + h * 0.36, stroke=0, fill=1)
        pdf.setFillColorRGB(0.95, 0.5, 0.1)
        pdf.ellipse(x + w * 0.7, ground + h * 0.25, x + w * 0.8, ground + h * 0.29, stroke=0, fill=1)
        helmet = (1, 1, 1)
    elif group is Group.G09:
        pdf.setFillColorRGB(0.55, 0.38, 0.2)
        pdf.rect(x + w * 0.42, ground + h * 0.15, w * 0.45, h * 0.04, stroke=0, fill=1)
        pdf.setFillColorRGB(0.35, 0.65, 0.55)
        pdf.ellipse(x + w * 0.58, ground + h * 0.19, x + w * 0.68, ground + h * 0.38, stroke=0, fill=1)
        helmet = (0.3, 0.25, 0.2)
    elif group is Group.G10:
        pdf.setFillColorRGB(0.85, 0.87, 0.9)
        pdf.roundRect(x + w * 0.3, ground + h * 0.02, w * 0.65, h * 0.22, 10, stroke=0, fill=1)
        pdf.setFillColorRGB(0.2, 0.35, 0.6)
        for i in range(5):
            pdf.rect(x + w * (0.35 + i * 0.11), ground + h * 0.12, w * 0.07, h * 0.08, stroke=0, fill=1)
        pdf.setFillColorRGB(0.85, 0.2, 0.2)
        pdf.rect(x + w * 0.3, ground + h * 0.05, w * 0.65, h * 0.02, stroke=0, fill=1)
        helmet = (0.15, 0.2, 0.35)
    _person(pdf, x + w * 0.25, ground - h * 0.05, h / 200, helmet)
    pdf.restoreState()


def _draw_photo(pdf: Canvas, font: str, values: dict[str, Value], width: float, height: float) -> None:
    name = _text(values, "name", "（未填写）")
    employer = _text(values, "employer", "工作单位")
    trade = _text(values, "trade")
    pdf.setFont(font, 16)
    pdf.setFillGray(0.1)
    pdf.drawCentredString(width / 2, height - 30 * MM, "工作照")
    frame_w, frame_h = 160 * MM, 110 * MM
    x, y = (width - frame_w) / 2, height - 50 * MM - frame_h
    pdf.setFillGray(1)
    pdf.setStrokeGray(0.6)
    pdf.rect(x - 3 * MM, y - 3 * MM, frame_w + 6 * MM, frame_h + 6 * MM, stroke=1, fill=1)
    _scene(pdf, _group(values), x, y, frame_w, frame_h)
    pdf.setFillGray(0.1)
    pdf.setFont(font, 12)
    caption = f"图：{name}在{employer}工作现场" + (f"（{trade}）" if trade else "")
    line_y = y - 12 * MM
    for line in _wrap(caption, font, 12, frame_w):
        pdf.drawCentredString(width / 2, line_y, line)
        line_y -= 6 * MM
    pdf.setFont(font, 9)
    pdf.setFillGray(0.45)
    pdf.drawCentredString(width / 2, line_y - 2 * MM, "示意图（矢量绘制，非真实照片）")
    _footer(pdf, font, width)
