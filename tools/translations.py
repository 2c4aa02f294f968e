"""Keep the interface's translations in step with the sources, with Qt's own tools.

    python tools/translations.py update [CATALOG...]  # refresh .ts files from the sources (keeps translations)
    python tools/translations.py release [CATALOG...] # compile .ts files to the .qm the app loads
    python tools/translations.py check [CATALOG...]   # list texts without a translation (exit 1 if any)

Without CATALOG, every catalog.
Translators edit ``ui/translations/<catalog>_en.ts`` with Qt Linguist (``pyside6-linguist``), then
run ``release``. Catalogs (see ui/i18n.py): ``office``, ``reviewer`` and ``chair`` hold the texts of
the ui modules named so, ``common`` the rest of ui/, and ``domain`` the core's labels (groups,
powers and sub-items, form fields and sections, procedure stages, steps and outcomes, attachment
kinds), which are not ``tr`` calls: ``update`` writes them from the core's own lists, so a label
added there shows up untranslated. ``messages`` holds the core's messages (``app.messages``): the
templates of ``msg(...)`` calls and the plain texts given to the project's exceptions, read from
the sources of app/, scoring/ and exports/.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.messages import MESSAGES_CONTEXT  # noqa: E402
from ui.i18n import CATALOGS, DOMAIN_CONTEXT, SOURCE_LANGUAGE, TRANSLATIONS_DIR  # noqa: E402

TARGET_LANGUAGES = ("en",)
ROLE_PREFIXES = ("office", "reviewer", "chair")


def qt_tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease) next to this Python."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def catalog_sources(catalog: str) -> list[Path]:
    """The ui modules whose texts belong to ``catalog`` (empty for the generated catalogs)."""
    modules = sorted((ROOT / "ui").glob("*.py"))
    if catalog in ROLE_PREFIXES:
        return [m for m in modules if m.name.startswith(f"{catalog}_")]
    if catalog == "common":
        return [m for m in modules if not m.name.startswith(tuple(f"{p}_" for p in ROLE_PREFIXES))]
    return []


def ts_path(catalog: str, language: str) -> Path:
    return TRANSLATIONS_DIR / f"{catalog}_{language}.ts"


def qm_path(catalog: str, language: str) -> Path:
    return TRANSLATIONS_DIR / f"{catalog}_{language}.qm"


def domain_texts() -> list[str]:
    """Every label of the Qt-free core that the interface shows, in a stable order, once each."""
    from app import enums, form, office_overview
    from app.intake import ATTACHMENT_KINDS
    from app.scheme import default_scheme

    texts: list[str] = []
    # The procedure's steps, outcomes and session states live beside the office's overview, not in enums.
    for module in (enums, office_overview):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enums.LabelledEnum) and value is not enums.LabelledEnum:
                texts.extend(value.labels())
    texts.extend(label for label, _words in ATTACHMENT_KINDS.values())
    texts.extend(section.value for section in form.Section)
    for spec in form.FIELDS:
        texts.append(spec.label)
        texts.append(form.header_label(spec))
    scheme = default_scheme()
    for power in scheme.powers:
        texts.append(power.label)
        texts.extend(item.label for item in power.items)
    return list(dict.fromkeys(t for t in texts if t))


MESSAGE_SOURCES = ("app", "scoring", "exports")
HAS_CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # ideographs and full-width punctuation
# Calls whose first argument is a message for the person at the screen (or, for joined(), the
# separator between messages): msg() and the project's exceptions (app.errors and the readers' own
# subclasses are all named so).
MESSAGE_CALL = re.compile(r"^(msg|joined|[A-Z]\w*(Error|Refused|Failed|Locked|Available))$")


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def message_calls(tree: ast.AST) -> Iterator[tuple[ast.Call, ast.expr]]:
    """Each call in ``tree`` that takes a message (msg or an exception), with its first argument."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args and MESSAGE_CALL.match(_called_name(node)):
            yield node, node.args[0]


def message_texts() -> list[str]:
    """Every message template of the core, in a stable order, once each: the literal first argument
    of each msg() or exception call that has Chinese in it."""
    texts: list[str] = []
    for folder in MESSAGE_SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for _call, first in message_calls(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and HAS_CHINESE.search(first.value):
                    texts.append(first.value)
    return list(dict.fromkeys(texts))


GENERATED = {"domain": (DOMAIN_CONTEXT, domain_texts), "messages": (MESSAGES_CONTEXT, message_texts)}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file (obsolete and vanished ones left out)."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            messages.append(Message(name, message.findtext("source", ""),
                                    (translation.text or "") if translation is not None else "",
                                    kind != "unfinished"))
    return messages


def _write_generated_ts(path: Path, language: str, context_name: str, texts: list[str]) -> None:
    """Write a catalog of the core's texts (labels or messages), keeping translations already made."""
    known = {m.source: m for m in read_ts(path)} if path.exists() else {}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = context_name
    for text in texts:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        old = known.get(text)
        translation = ET.SubElement(message, "translation")
        if old is not None and old.translation:
            translation.text = old.translation
            if not old.finished:
                translation.set("type", "unfinished")
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update_catalog(catalog: str, language: str, target: Path | None = None) -> Path:
    """Refresh one .ts (or write a fresh one at ``target``) from the sources; the path written."""
    path = target or ts_path(catalog, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    if target is not None and target != ts_path(catalog, language) and ts_path(catalog, language).exists():
        path.write_bytes(ts_path(catalog, language).read_bytes())  # start from the committed translations
    if catalog in GENERATED:
        context_name, texts = GENERATED[catalog]
        _write_generated_ts(path, language, context_name, texts())
        return path
    sources = [str(p) for p in catalog_sources(catalog)]
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *sources, "-ts", str(path), "-no-obsolete", "-locations", "none",
         "-source-language", SOURCE_LANGUAGE, "-target-language", language, "-silent"],
        check=True,
    )
    return path


def release_catalog(catalog: str, language: str, target: Path | None = None) -> Path:
    """Compile one .ts to its .qm (or to ``target``); the path written."""
    out = target or qm_path(catalog, language)
    subprocess.run([qt_tool("pyside6-lrelease"), str(ts_path(catalog, language)), "-qm", str(out), "-silent"],
                   check=True)
    return out


def untranslated(catalog: str, language: str) -> Iterator[Message]:
    """The texts the sources have today that lack a finished translation (checked on a fresh lupdate)."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = update_catalog(catalog, language, Path(folder) / f"{catalog}_{language}.ts")
        for message in read_ts(fresh):
            if not message.finished or not message.translation.strip():
                yield message


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "check"])
    parser.add_argument("catalogs", nargs="*", choices=[*CATALOGS, []], metavar="CATALOG",
                        help=f"one of {', '.join(CATALOGS)} (default: all)")
    args = parser.parse_args(argv)
    missing = 0
    for catalog in args.catalogs or CATALOGS:
        for language in TARGET_LANGUAGES:
            if args.command == "update":
                print(update_catalog(catalog, language).relative_to(ROOT))
            elif args.command == "release":
                print(release_catalog(catalog, language).relative_to(ROOT))
            else:
                for message in untranslated(catalog, language):
                    missing += 1
                    print(f"{catalog}_{language}: [{message.context}] {message.source!r}")
    if missing:
        print(f"{missing} text(s) without a translation", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
