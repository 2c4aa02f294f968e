"""The form 附件1 as data: every field of the notice's form is present, and the template mirrors it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.enums import Group
from app.form import FIELDS, Kind, Sensitivity, header_label
from app.scheme import default_scheme
from exports.templates import write_applications_template, write_panel_template

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_f875d3244b069646.txt"


@pytest.fixture(scope="module")
def form_text() -> str:
    if not SEED.exists():
        pytest.skip("the notice (../shared/seed) is not beside this checkout")
    text = SEED.read_text(encoding="utf-8")
    return text[text.index("附件1\n"):text.index("附件2\n2024")]


def _squash(text: str) -> str:
    return re.sub(r"[\s□：:“”\"]", "", text)


def test_every_field_of_the_form_is_described(form_text: str) -> None:
    squashed = _squash(form_text)
    for spec in FIELDS:
        if spec.in_form:
            assert _squash(spec.label) in squashed, spec.label


def test_every_label_on_the_form_has_a_field(form_text: str) -> None:
    # The form's cells hold a label each, and its checkbox rows list the choices.
    cells = [c.strip() for c in re.split(r"\n\t|\t", form_text) if c.strip()]
    labels = {_squash(s.label) for s in FIELDS}
    expected = ["姓名", "性别", "手机号码", "政治面貌", "学历", "职务", "身份证", "是否曾获劳模称号", "户籍属性",
                "是否外来务工人员", "家庭住址", "邮编", "工作单位", "单位性质", "所属行业", "工种", "工作年限", "单位地址",
                "身份", "技能等级", "职称"]
    for label in expected:
        assert label in cells and label in labels


def test_checkbox_choices_match_the_form(form_text: str) -> None:
    squashed = _squash(form_text)
    for spec in FIELDS:
        # 性别 and 组别 are blanks on the form, not checkbox rows.
        if spec.choices is not None and spec.in_form and spec.key not in ("gender", "group"):
            for label in spec.choices.labels():
                assert _squash(label) in squashed, (spec.label, label)


def test_the_eleven_groups_are_note_ones(form_text: str) -> None:
    note = form_text[form_text.index("1、组别"):]
    listed = note[note.index("：") + 1:note.index("。")].split("；")
    assert [g.label for g in Group] == listed


def test_powers_evidence_fields_follow_the_default_scheme() -> None:
    scheme = default_scheme()
    evidence = {s.key for s in FIELDS if s.power and s.kind is Kind.LONG_TEXT}
    assert evidence == {f"{p.key}_{i.key}" for p, i in scheme.items()}


def test_sensitive_fields_are_marked() -> None:
    marked = {s.key: s.sensitivity for s in FIELDS}
    assert marked["id_number"] is marked["phone"] is marked["home_address"] is Sensitivity.MASKED
    assert all(s.sensitivity is Sensitivity.OFFICE_ONLY for s in FIELDS if s.is_survey)


def test_the_applications_template_mirrors_the_form(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "t.xlsx"
    write_applications_template(path)
    book = load_workbook(path)
    sheet = book["申报表"]
    headers = [c.value for c in sheet[1]]
    assert headers == [header_label(s) for s in FIELDS]
    assert len(set(headers)) == len(headers)
    assert sheet.freeze_panes == "B2"
    validated = {str(v.sqref).split(":")[0].rstrip("0123456789") for v in sheet.data_validations.dataValidation}
    choice_columns = {sheet.cell(row=1, column=i + 1).column_letter for i, s in enumerate(FIELDS) if s.choices}
    assert validated == choice_columns
    id_column = next(i for i, s in enumerate(FIELDS) if s.key == "id_number") + 1
    letter = sheet.cell(row=1, column=id_column).column_letter
    assert sheet.column_dimensions[letter].number_format == "@"
    assert sheet.column_dimensions[letter].width >= 18
    assert book["选项"].sheet_state == "hidden"
    assert "填写说明" in book.sheetnames


def test_the_panel_template(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "p.xlsx"
    write_panel_template(path)
    sheet = load_workbook(path).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["编号", "姓名", "工作单位", "角色"]
    assert '"专家,组长"' in [v.formula1 for v in sheet.data_validations.dataValidation]
