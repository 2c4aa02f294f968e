"""The user guide (docs/guide/) does not go stale: what it shows and quotes still exists.

Every picture it embeds is there (with its English twin), every link between its pages reaches a
page and a heading, every command it quotes parses with the real command-line parser, every message
it quotes in errors.md is still written by the code (``……`` standing for the parts that vary), and
every key it names still appears in the interface's code.
"""

from __future__ import annotations

import ast
import re
import shlex
from functools import cache
from pathlib import Path

import pytest

from app.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guide"
PAGES = sorted(GUIDE.glob("*.md"))
PLACEHOLDER = "……"
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
KEY = re.compile(r"<kbd>([^<]+)</kbd>")


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    return {_anchor(line.lstrip("#")) for line in _text(page).splitlines() if line.startswith("#")}


@cache
def _code_strings() -> tuple[str, ...]:
    """Every string the code can show: literals and f-strings (formatted parts as \\x00), adjacent
    literals joined as Python joins them."""
    found: list[str] = []
    for folder in ("app", "ui", "exports", "scoring"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.append(node.value)
                elif isinstance(node, ast.JoinedStr):
                    found.append("".join(part.value if isinstance(part, ast.Constant) else "\x00"
                                         for part in node.values))
    return tuple(found)


def _quoted_messages() -> list[str]:
    """The messages errors.md quotes: the code span opening the first cell of each table row."""
    messages = []
    for line in _text(GUIDE / "errors.md").splitlines():
        match = re.match(r"\| `([^`]+)`", line)
        if match:
            messages.append(match.group(1))
    return messages


def _message_pattern(message: str) -> re.Pattern[str]:
    """The quoted message as a pattern: ``……`` matches whatever the code puts there."""
    parts = [re.escape(part) for part in message.split(PLACEHOLDER) if part]
    return re.compile(".*?".join(parts), re.DOTALL)


def _commands() -> list[tuple[Path, str]]:
    """Each ``craftsman-review ...`` line of the guide's code blocks (comments dropped)."""
    found = []
    for page in PAGES:
        for block in FENCE.findall(_text(page)):
            for line in block.replace("\\\n", " ").splitlines():
                line = line.split(" #", 1)[0].strip()
                if line.startswith("craftsman-review"):
                    found.append((page, line))
    return found


def test_the_guide_has_a_page_per_role_and_one_for_errors() -> None:
    assert {p.name for p in PAGES} >= {"README.md", "office.md", "reviewer.md", "chair.md", "errors.md"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_picture_exists_in_both_languages(page: Path) -> None:
    pictures = IMAGE.findall(_text(page))
    if page.name in ("office.md", "reviewer.md", "chair.md", "errors.md"):
        assert pictures, f"{page.name} shows no screenshot"
    for link in pictures:
        picture = (page.parent / link).resolve()
        assert picture.is_file(), f"{page.name}: {link} is missing (run tools/screenshots.py)"
        assert picture.name.endswith(".zh_CN.png"), f"{page.name}: {link} is not the Chinese screenshot"
        english = picture.with_name(picture.name.replace(".zh_CN.png", ".en.png"))
        assert english.is_file(), f"{page.name}: {english.name} (the English twin) is missing"


def test_every_screenshot_has_both_languages() -> None:
    folder = ROOT / "docs" / "screenshots"
    chinese = {p.name.removesuffix(".zh_CN.png") for p in folder.glob("*.zh_CN.png")}
    english = {p.name.removesuffix(".en.png") for p in folder.glob("*.en.png")}
    assert chinese and chinese == english


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_reaches_a_page_and_heading(page: Path) -> None:
    for link in LINK.findall(_text(page)):
        if "://" in link:
            continue
        target, _, fragment = link.partition("#")
        path = (page.parent / target).resolve() if target else page
        assert path.exists(), f"{page.name}: {link} leads nowhere"
        if fragment:
            assert fragment in _anchors(path), f"{page.name}: {link}: no such heading in {path.name}"


def test_commands_quoted_are_found() -> None:
    assert len(_commands()) >= 10


@pytest.mark.parametrize(("page", "command"), _commands(), ids=lambda v: v.name if isinstance(v, Path) else v[:60])
def test_every_command_parses(page: Path, command: str) -> None:
    words = shlex.split(command)
    try:
        build_parser().parse_args(words[1:])
    except SystemExit as error:  # argparse's way of refusing
        pytest.fail(f"{page.name}: `{command}` is refused by the command line (exit {error.code})")


def test_messages_quoted_are_found() -> None:
    assert len(_quoted_messages()) >= 40


@pytest.mark.parametrize("message", _quoted_messages())
def test_every_quoted_message_is_still_in_the_code(message: str) -> None:
    pattern = _message_pattern(message)
    assert any(pattern.search(text) for text in _code_strings()), (
        f"errors.md quotes “{message}”, which the code no longer writes")


def test_the_message_check_can_fail() -> None:
    pattern = _message_pattern("……：口令错误（请核对评审现场宣布的密码）")  # 密码 where the code says 口令
    assert not any(pattern.search(text) for text in _code_strings())


def test_every_key_named_is_in_the_interface() -> None:
    from ui.i18n import LANGUAGES

    code = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "ui").glob("*.py"))
    # The 视图 menu numbers its languages in a loop: Ctrl+Alt+1, Ctrl+Alt+2...
    numbered = {f"Ctrl+Alt+{index}" for index in range(1, len(LANGUAGES) + 1)}
    keys = {key for page in PAGES for key in KEY.findall(_text(page))}
    assert keys
    missing = sorted(key for key in keys if key not in code and key not in numbered and key != "Alt")
    assert not missing, f"keys the guide names but the interface does not: {missing}"


@pytest.mark.slow
def test_the_screenshot_script_makes_every_screen_in_the_guide(tmp_path: Path) -> None:
    """tools/screenshots.py still drives every screen (it calls the windows' own methods), and makes
    exactly the set of pictures kept in docs/screenshots/, each a real picture of a window."""
    import os
    import subprocess
    import sys

    from PIL import Image

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("DISPLAY", None)
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), "--lang", "zh_CN",
                           "--out", str(tmp_path)], env=environment, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    made = {p.name for p in tmp_path.glob("*.png")}
    kept = {p.name for p in (ROOT / "docs" / "screenshots").glob("*.zh_CN.png")}
    assert made == kept, f"made but not kept: {sorted(made - kept)}; kept but no longer made: {sorted(kept - made)}"
    for name in made:
        with Image.open(tmp_path / name) as picture:
            width, height = picture.size
            colours = picture.convert("RGB").getcolors(maxcolors=1 << 16)
        assert width >= 200 and height >= 60, name
        assert colours is None or len(colours) > 8, f"{name} is nearly blank"
