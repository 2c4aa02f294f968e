"""Find a TrueType CJK font with Latin letters and digits, and register it with reportlab.

reportlab embeds only fonts with TrueType (``glyf``) outlines; the common Noto CJK / Source Han
fonts carry CFF outlines and are refused, and Droid Sans Fallback has no ASCII digits. So the
search walks an explicit list of fonts known to work (WenQuanYi, AR PL, LXGW WenKai on Linux,
SimHei / Microsoft YaHei / SimSun on Windows, STHeiti / Arial Unicode on macOS), after the path
named by the environment variable ``CRAFTSMAN_CJK_FONT`` and, in the frozen app (build.spec), the
font bundled in its ``fonts`` folder.

reportlab is imported only inside :func:`register_cjk_font`: it is slow to import and must stay
off the application's start-up path.
"""

from __future__ import annotations

import os
import pathlib
import struct
import sys

from app.errors import CraftsmanError
from app.messages import msg

ENV_VAR = "CRAFTSMAN_CJK_FONT"
FONT_NAME = "CJK"

_LINUX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/lxgw/LXGWWenKai-Regular.ttf",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "/usr/share/fonts/truetype/fonts-lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
)
_WINDOWS_NAMES = ("simhei.ttf", "msyh.ttc", "msyh.ttf", "simsun.ttc", "simkai.ttf", "simfang.ttf")
_MACOS = (
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Songti.ttc",
)
# Never these: CFF outlines (reportlab refuses them) or no ASCII digits.
_REFUSED_NAME_PARTS = ("noto", "sourcehan", "source-han", "droidsansfallback", "droid-fallback")

_INSTALL_HINT = msg(
    "未找到可嵌入PDF的中文字体（需TrueType轮廓并含英文字母和数字）。"
    "Debian/Ubuntu 请执行：sudo apt-get install fonts-wqy-microhei；"
    "Windows 系统自带黑体 SimHei（C:/Windows/Fonts/simhei.ttf）；"
    "也可设置环境变量 {variable} 指向一个 .ttf/.ttc 字体文件。 "
    "No embeddable CJK font found (TrueType outlines with Latin letters and digits are needed). "
    "On Debian/Ubuntu run: sudo apt-get install fonts-wqy-microhei; on Windows SimHei ships "
    "with the system; or set {variable} to the path of a .ttf/.ttc font.",
    variable=ENV_VAR,
)

_registered: str | None = None


def _bundled() -> list[pathlib.Path]:
    """Fonts shipped inside the frozen app (PyInstaller puts data under ``sys._MEIPASS``).

    They come first: the frozen app then writes the same PDFs on every machine, and needs no font
    package on a clean Linux machine.
    """
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not base:
        return []
    return sorted(pathlib.Path(base, "fonts").glob("*.tt[fc]"))


def _candidates() -> list[pathlib.Path]:
    paths = _bundled()
    paths.extend(pathlib.Path(p) for p in _LINUX)
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or "C:/Windows"
    folders = [pathlib.Path(folder) / "Fonts" for folder in dict.fromkeys((windir, "C:/Windows"))]
    # Windows 10+ installs a user's own fonts (no administrator rights needed) here, not in C:/Windows/Fonts.
    if os.environ.get("LOCALAPPDATA"):
        folders.append(pathlib.Path(os.environ["LOCALAPPDATA"], "Microsoft", "Windows", "Fonts"))
    for folder in folders:
        paths.extend(folder / name for name in _WINDOWS_NAMES)
    paths.extend(pathlib.Path(p) for p in _MACOS)
    return paths


def _has_truetype_outlines(path: pathlib.Path) -> bool:
    """True when the (first) font of the file has ``glyf`` outlines and no ``CFF `` table."""
    try:
        with path.open("rb") as stream:
            head = stream.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                stream.seek(12)
                (offset,) = struct.unpack(">I", stream.read(4))
                stream.seek(offset)
                head = stream.read(12)
            if len(head) < 12 or head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False
            (count,) = struct.unpack(">H", head[4:6])
            tags = set()
            for _ in range(count):
                record = stream.read(16)
                if len(record) < 16:
                    return False
                tags.add(record[:4])
    except OSError:
        return False
    return b"glyf" in tags and b"CFF " not in tags and b"CFF2" not in tags


def _acceptable(path: pathlib.Path) -> bool:
    lowered = path.name.lower().replace(" ", "")
    if any(part in lowered for part in _REFUSED_NAME_PARTS):
        return False
    return path.is_file() and _has_truetype_outlines(path)


def find_cjk_font() -> pathlib.Path:
    """The path of a TrueType CJK font that also has Latin letters and digits.

    ``CRAFTSMAN_CJK_FONT`` wins when set; a set variable naming a missing or unusable file is
    an error rather than silently ignored. Raises :class:`CraftsmanError` when nothing is found.
    """
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        path = pathlib.Path(configured).expanduser()
        if not path.is_file():
            raise CraftsmanError(
                msg("环境变量 {variable} 指向的字体文件不存在：{path}。 The font file named by {variable} does not "
                    "exist: {path}",
                    variable=ENV_VAR, path=path)
            )
        if not _acceptable(path):
            raise CraftsmanError(
                msg("环境变量 {variable} 指向的字体不是TrueType轮廓的中文字体（Noto/思源等CFF字体不可用）：{path}。 "
                    "The font named by {variable} has no TrueType outlines (Noto/Source Han CJK cannot be embedded "
                    "by reportlab): {path}",
                    variable=ENV_VAR, path=path)
            )
        return path
    for path in _candidates():
        if _acceptable(path):
            return path
    raise CraftsmanError(_INSTALL_HINT)


def register_cjk_font() -> str:
    """Register the CJK font with reportlab once, as TTFont "CJK"; return the font name.

    reportlab embeds a subset of the glyphs used, so PDFs stay small.
    """
    global _registered
    if _registered is not None:
        return _registered
    path = find_cjk_font()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        if path.suffix.lower() == ".ttc":
            font = TTFont(FONT_NAME, str(path), subfontIndex=0)
        else:
            font = TTFont(FONT_NAME, str(path))
    except TTFError as error:
        raise CraftsmanError(msg("字体无法嵌入PDF：{path}（{error}）。 {hint}",
                                 path=path, error=str(error), hint=_INSTALL_HINT)) from error
    pdfmetrics.registerFont(font)
    _registered = FONT_NAME
    return FONT_NAME
