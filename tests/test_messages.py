"""The core's messages: Chinese everywhere they are printed, translatable where the interface shows them.

The sources are checked so that no message slips past the catalog (an f-string given to an exception
would be shown in Chinese in the English interface), and ``ui.i18n.message_text`` is checked on real
messages from the catalog with the English catalogs installed.
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.errors import CraftsmanError, InputRefused
from app.messages import Message, joined, msg
from app.signed_file import FileRefused
from tools.translations import HAS_CHINESE, MESSAGE_SOURCES, ROOT, message_calls, message_texts
from ui.i18n import SOURCE_LANGUAGE, install_language, message_text


def _sources() -> list[Path]:
    return [path for folder in MESSAGE_SOURCES for path in sorted((ROOT / folder).rglob("*.py"))]


def _has_chinese(node: ast.AST) -> bool:
    return any(isinstance(part, ast.Constant) and isinstance(part.value, str) and HAS_CHINESE.search(part.value)
               for part in ast.walk(node))


def test_no_message_is_an_f_string_or_built_by_hand() -> None:
    """Every message given to msg(), joined() or an exception is a literal template: an f-string, a
    concatenation or a .format() there would reach the English interface untranslated."""
    problems = []
    for path in _sources():
        for call, first in message_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(first, ast.Constant) or not _has_chinese(first):
                continue
            if isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and first.func.id in ("msg", "joined"):
                continue  # checked as a call of its own
            problems.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(first)[:80]}")
    assert not problems, "messages that the catalog cannot collect:\n" + "\n".join(problems)


def test_every_template_formats_with_the_fields_it_is_given() -> None:
    """A template's fields are exactly the keywords its msg() call passes (a typo would raise at the
    moment of the error, the worst moment)."""
    import string

    problems = []
    for path in _sources():
        for call, first in message_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(call.func, ast.Name) and call.func.id == "msg" and isinstance(first, ast.Constant)):
                continue
            fields = {name for _text, name, _spec, _conv in string.Formatter().parse(first.value) if name is not None}
            given = {keyword.arg for keyword in call.keywords}
            if None in given:  # msg(template, **values): checked where the values are made
                continue
            if fields != given:
                problems.append(f"{path.relative_to(ROOT)}:{call.lineno}: fields {sorted(fields)} given {sorted(given)}")
    assert not problems, "\n".join(problems)


def test_a_message_is_the_same_chinese_text_and_keeps_its_template() -> None:
    message = msg("{name}：批次文件头已损坏", name="a.crbatch")
    assert message == "a.crbatch：批次文件头已损坏" and isinstance(message, str)
    assert message.template == "{name}：批次文件头已损坏" and message.values == {"name": "a.crbatch"}
    error = FileRefused(message)
    assert str(error) == "a.crbatch：批次文件头已损坏" and error.source is message


def test_messages_and_errors_survive_pickling_with_their_templates() -> None:
    """Braces quoted from a file are not read as fields when a message is rebuilt."""
    message = msg("{name}：不是{what}", name="{x}.crbatch", what=msg("批次文件"))
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.template == message.template and again.values["what"].template == "批次文件"
    error = pickle.loads(pickle.dumps(InputRefused(message)))
    assert str(error) == str(message) and isinstance(error.source, Message)
    parts = pickle.loads(pickle.dumps(joined("；", [message, "x"])))
    assert parts == f"{message}；x" and parts.parts == (message, "x")


def test_a_hostile_value_cannot_reach_past_its_field() -> None:
    """Values are filled once: a file name that looks like a template stays text."""
    message = msg("{file}：文件是空的", file="{name}{0}{__class__}")
    assert message == "{name}{0}{__class__}：文件是空的"


@pytest.fixture
def english(qapp: QApplication) -> Any:
    install_language(qapp, "en")
    yield qapp
    install_language(qapp, SOURCE_LANGUAGE)


def test_the_catalog_has_the_messages_the_sources_use() -> None:
    texts = message_texts()
    assert "{name}：批次文件头已损坏" in texts and "；" in texts
    assert all(HAS_CHINESE.search(text) for text in texts)


def test_errors_show_in_english_with_their_values(english: QApplication) -> None:
    error = FileRefused(msg("{name}：批次文件头已损坏", name="甲.crbatch"))
    text = message_text(error)
    assert "甲.crbatch" in text and not HAS_CHINESE.search(text.replace("甲", "")), text


def test_messages_inside_messages_and_joined_parts_are_translated(english: QApplication) -> None:
    inner = CraftsmanError(msg("{file}：文件是空的", file="b.xlsx"))
    outer = InputRefused(msg("{file} 第 {row} 行：{error}", file="名单.xlsx", row=3, error=inner))
    text = message_text(outer)
    assert "b.xlsx" in text and "3" in text and not HAS_CHINESE.search(text.replace("名单", "")), text
    both = message_text(joined("；", [msg("{file}：文件是空的", file="c.xlsx"), msg("{file}：文件是空的", file="d.xlsx")]))
    assert "c.xlsx" in both and "d.xlsx" in both and not HAS_CHINESE.search(both), both


def test_core_labels_given_as_values_are_translated(english: QApplication) -> None:
    """A group's or power's Chinese label passed as a value shows in the domain catalog's English."""
    from app.enums import Group

    group = Group.G01
    text = message_text(msg("{group} {label} 第 {session} 场没有资格审查合格的候选人，无法生成批次",
                            group=group.value, label=group.label, session=2))
    assert group.label not in text and not HAS_CHINESE.search(text), text


def test_chinese_stays_chinese(qapp: QApplication) -> None:
    install_language(qapp, SOURCE_LANGUAGE)
    error = InputRefused(msg("{file} 第 {row} 行：{error}", file="名单.xlsx", row=3,
                             error=CraftsmanError(msg("{file}：文件是空的", file="b.xlsx"))))
    assert message_text(error) == str(error) == "名单.xlsx 第 3 行：b.xlsx：文件是空的"


def test_a_translation_that_lost_a_field_falls_back_to_the_chinese(english: QApplication,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.i18n

    class Broken:
        @staticmethod
        def translate(context: str, text: str, *rest: Any) -> str:
            return "broken {missing}"

    monkeypatch.setattr(ui.i18n, "QCoreApplication", Broken)
    error = InputRefused(msg("{file}：文件是空的", file="e.xlsx"))
    assert message_text(error) == "e.xlsx：文件是空的"


def test_findings_read_back_from_the_database_get_their_templates_back(tmp_path: Path) -> None:
    """The database keeps a finding's Chinese text; app.intake.stored_reason rebuilds its message, so
    the English interface can show it. Every finding a faulty workbook produces must come back with a
    template of the catalog (its own text when it has no values), and the same text."""
    import datetime as dt

    from app.idcard import make_id
    from app.intake import IntakeRules, run_intake, stored_reason
    from app.storage import OfficeDatabase
    from tests.factories import person, write_applications

    first = person(1)
    rows = [first, person(2, phone="123", home_postcode="2000", gender="女", position="副局长",
                          craft_spirit="短", has_patents="否", years_worked=60),
            person(3, id_number="310104197803141", channel="个人自荐", honours=None, education="博士后",
                   model_worker_title="否、上海劳模", birth_date="1990-01-01"),
            person(4, id_number=first["id_number"], name=first["name"]),
            person(5, id_number=make_id("310104", dt.date(2015, 1, 1), 11), statement="太短")]
    office = OfficeDatabase(tmp_path / "office.db")
    run_intake(write_applications(tmp_path / "a.xlsx", rows), office,
               rules=IntakeRules(today=dt.date(2024, 7, 1)))
    templates = set(message_texts())
    findings = office.findings()
    assert len(findings) >= 10
    lost = []
    for finding in findings:
        reason = stored_reason(finding["reason"])
        assert reason == finding["reason"]
        template = reason.template if isinstance(reason, Message) else reason
        if template not in templates:
            lost.append(finding["reason"])
    assert not lost, "findings the English interface would show in Chinese:\n" + "\n".join(lost)


def test_an_error_keeps_its_message_for_showing_only_when_it_fits_the_screen() -> None:
    fit = InputRefused(msg("{file}：文件是空的", file="a.xlsx"))
    assert fit.shown is fit.source and isinstance(fit.shown, Message)
    hostile = InputRefused(msg("{file}：文件是空的", file="a\x00.xlsx"))
    assert hostile.shown == "a\\x00.xlsx：文件是空的" and not isinstance(hostile.shown, Message)
