"""Intake (资格审查): every check of the notice, idempotence, corrections, and refusals of bad workbooks."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InputRefused, WorkbookError
from app.exclusions import add_exclusion
from app.idcard import check_character, make_id
from app.intake import IntakeReport, IntakeRules, run_intake
from app.storage import OfficeDatabase
from fuzz.mutations import fuzz_examples
from tests.factories import STATEMENT, good_application, person, write_applications

TODAY = dt.date(2024, 7, 1)
RULES = IntakeRules(today=TODAY, year=2024)


@pytest.fixture
def office(tmp_path: Path) -> OfficeDatabase:
    database = OfficeDatabase(tmp_path / "office.db")
    yield database
    database.close()


def intake(tmp_path: Path, office: OfficeDatabase, rows: list[dict[str, Any]], name: str = "apps.xlsx",
           **kwargs: Any) -> IntakeReport:
    return run_intake(write_applications(tmp_path / name, rows), office, rules=RULES, **kwargs)


def only(report: IntakeReport, row_index: int = 0) -> dict[str, Any]:
    return report.candidates[row_index].as_dict()


def problem_fields(entry: dict[str, Any]) -> list[str]:
    return [p["field"] for p in entry["problems"]]


def dump(office: OfficeDatabase) -> list[str]:
    return list(office.db.conn.iterdump())


# ------------------------------------------------------------------------------------------------
# The good row


def test_a_complete_application_is_eligible_without_warnings(tmp_path: Path, office: OfficeDatabase) -> None:
    entry = only(intake(tmp_path, office, [good_application()]))
    assert entry["eligible"] is True
    assert entry["problems"] == [] and entry["warnings"] == []
    assert entry["id"] == "2024-G01-001" and entry["row"] == 2 and entry["name"] == "陈建国"
    stored = office.candidate("2024-G01-001")
    assert stored is not None
    assert stored["group"] == "G01" and stored["channel"] == "unit" and stored["gender"] == "male"
    assert stored["eligible"] == 1 and stored["stage"] == "eligibility"


def test_income_survey_is_kept_apart_from_the_dossier(tmp_path: Path, office: OfficeDatabase) -> None:
    intake(tmp_path, office, [good_application()])
    stored = office.candidate("2024-G01-001")
    assert stored is not None and "monthly_income" not in stored
    survey = office.survey("2024-G01-001")
    assert survey is not None and survey["monthly_income"] == 12500 and survey["income_level"] == "fairly_high"


def test_the_survey_is_voluntary(tmp_path: Path, office: OfficeDatabase) -> None:
    blank = {k: None for k in ("monthly_income", "income_level", "rank_equivalent", "expected_income",
                               "innovation_promotion", "innovation_bonus", "innovation_income",
                               "work_environment", "public_welfare")}
    assert only(intake(tmp_path, office, [good_application(**blank)]))["eligible"] is True


# ------------------------------------------------------------------------------------------------
# Problems: each makes the candidate ineligible, naming the form's label


@pytest.mark.parametrize(("key", "label"), [
    ("name", "姓名"), ("employer", "工作单位"), ("id_number", "身份证"), ("phone", "手机号码"),
    ("statement", "个人自述"), ("craft_spirit", "对“工匠精神”的理解"), ("trade", "工种"),
    ("home_address", "家庭住址"), ("skill_level", "技能等级"), ("group", "组别"), ("channel", "申请渠道"),
])
def test_a_missing_required_field_is_a_problem(tmp_path: Path, office: OfficeDatabase, key: str,
                                               label: str) -> None:
    entry = only(intake(tmp_path, office, [good_application(**{key: None})]))
    assert entry["eligible"] is False
    assert label in problem_fields(entry)
    assert any("未填写" in p["reason"] for p in entry["problems"] if p["field"] == label)


def test_union_is_required_for_recommended_candidates_only(tmp_path: Path, office: OfficeDatabase) -> None:
    report = intake(tmp_path, office, [
        person(1, union=None),
        person(2, union=None, channel="个人自荐", honours=None),
    ])
    assert "所属区局（产业）工会/社团" in problem_fields(only(report, 0))
    assert only(report, 1)["eligible"] is True


def test_a_power_without_any_evidence_is_a_problem(tmp_path: Path, office: OfficeDatabase) -> None:
    entry = only(intake(tmp_path, office, [good_application(
        tackle_shoulder_key_tasks=None, tackle_collaboration=None, tackle_face_hard_problems=None)]))
    assert problem_fields(entry) == ["攻关力"]


@pytest.mark.parametrize(("id_number", "reason"), [
    ("31010419780314135", "应为18位"),
    ("3101041978031413567", "应为18位"),
    ("310104197803141Z5X", "只能由17位数字"),
    ("990104197803141350", "地区码"),
    ("310104197802301350", "不是真实日期"),
    ("310104209901011350", "不合理"),
])
def test_malformed_id_numbers_are_problems(tmp_path: Path, office: OfficeDatabase, id_number: str,
                                           reason: str) -> None:
    entry = only(intake(tmp_path, office, [good_application(id_number=id_number)]))
    assert entry["eligible"] is False
    assert any(p["field"] == "身份证" and reason in p["reason"] for p in entry["problems"]), entry["problems"]


def test_a_wrong_check_digit_is_a_problem(tmp_path: Path, office: OfficeDatabase) -> None:
    valid = make_id("310104", dt.date(1978, 3, 14), 135)
    wrong = valid[:17] + ("0" if valid[17] != "0" else "1")
    entry = only(intake(tmp_path, office, [good_application(id_number=wrong)]))
    assert any("校验码" in p["reason"] for p in entry["problems"])


def test_a_lower_case_x_and_full_width_digits_are_accepted(tmp_path: Path, office: OfficeDatabase) -> None:
    for sequence in range(100, 140):
        first17 = f"31010419780314{sequence:03d}"
        if check_character(first17) == "X":
            break
    number = first17 + "x"
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
    gender = "男" if sequence % 2 else "女"
    report = intake(tmp_path, office, [person(1, id_number=number, gender=gender),
                                       person(2, id_number=wide.replace(first17[:6], "310104"), gender=gender)])
    assert only(report, 0)["eligible"] is True
    stored = office.candidate("2024-G01-001")
    assert stored is not None and stored["id_number"] == first17 + "X"


def test_an_id_stored_as_a_number_is_refused_plainly(tmp_path: Path, office: OfficeDatabase) -> None:
    entry = only(intake(tmp_path, office, [good_application(id_number=3.101041978031413e17)]))
    assert any("数字格式" in p["reason"] for p in entry["problems"] if p["field"] == "身份证")


def test_gender_must_match_the_id(tmp_path: Path, office: OfficeDatabase) -> None:
    entry = only(intake(tmp_path, office, [good_application(gender="女")]))
    assert problem_fields(entry) == ["性别"]
    assert "男" in entry["problems"][0]["reason"]


def test_birth_date_must_match_the_id_when_given(tmp_path: Path, office: OfficeDatabase) -> None:
    report = intake(tmp_path, office, [person(1, birth_date="1978-03-15"), person(2, birth_date=None)])
    assert only(report, 0)["eligible"] is False and problem_fields(only(report, 0)) == ["出生日期"]
    matching = person(3)
    id_number = matching["id_number"]
    matching["birth_date"] = dt.datetime(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    assert only(intake(tmp_path, office, [matching], "b.xlsx"))["eligible"] is True


@pytest.mark.parametrize("phone", ["1381661234", "23816612345", "138166123456", "13816612abc", "12816612345"])
def test_malformed_phones_are_problems(tmp_path: Path, office: OfficeDatabase, phone: str) -> None:
    assert problem_fields(only(intake(tmp_path, office, [good_application(phone=phone)]))) == ["手机号码"]


@pytest.mark.parametrize("phone", ["138 1661 2345", "+86 138-1661-2345", 13816612345])
def test_phones_in_common_layouts_are_accepted(tmp_path: Path, office: OfficeDatabase, phone: Any) -> None:
    assert only(intake(tmp_path, office, [good_application(phone=phone)]))["eligible"] is True
    stored = office.candidate("2024-G01-001")
    assert stored is not None and stored["phone"] == "13816612345"


@pytest.mark.parametrize(("key", "value"), [
    ("home_postcode", "20003"), ("home_postcode", "2000300"), ("employer_postcode", "20024A"),
    ("employer_postcode", "900245"),
])
def test_malformed_postcodes_are_problems(tmp_path: Path, office: OfficeDatabase, key: str, value: str) -> None:
    entry = only(intake(tmp_path, office, [good_application(**{key: value})]))
    assert problem_fields(entry) == ["邮编"]
    assert ("家庭住址" if key == "home_postcode" else "单位地址") in entry["problems"][0]["reason"]


def test_a_postcode_typed_as_a_number_keeps_its_leading_zero(tmp_path: Path, office: OfficeDatabase) -> None:
    assert only(intake(tmp_path, office, [good_application(home_postcode=10020)]))["eligible"] is True
    stored = office.candidate("2024-G01-001")
    assert stored is not None and stored["home_postcode"] == "010020"


def test_craft_spirit_over_100_characters_is_a_problem(tmp_path: Path, office: OfficeDatabase) -> None:
    exactly = "精" * 100
    over = "精益求精" * 26  # 104 characters
    report = intake(tmp_path, office, [person(1, craft_spirit=exactly), person(2, craft_spirit=over)])
    assert only(report, 0)["eligible"] is True
    entry = only(report, 1)
    assert problem_fields(entry) == ["对“工匠精神”的理解"]
    assert "104 字" in entry["problems"][0]["reason"] and "4 字" in entry["problems"][0]["reason"]


def test_a_statement_far_from_500_characters_says_how_far(tmp_path: Path, office: OfficeDatabase) -> None:
    short = STATEMENT[:180]
    long = STATEMENT * 2
    report = intake(tmp_path, office, [person(1, statement=short), person(2, statement=long),
                                       person(3, statement=STATEMENT[:420])])
    short_reason = only(report, 0)["problems"][0]["reason"]
    assert "180 字" in short_reason and "少 320 字" in short_reason
    long_reason = only(report, 1)["problems"][0]["reason"]
    assert "998 字" in long_reason and "多 498 字" in long_reason
    assert only(report, 2)["eligible"] is True  # "500字左右" tolerates some distance


@pytest.mark.parametrize("group", ["航空航天", "G12", "12", ""])
def test_an_unknown_group_is_a_problem(tmp_path: Path, office: OfficeDatabase, group: str) -> None:
    entry = only(intake(tmp_path, office, [good_application(group=group or None)]))
    assert problem_fields(entry) == ["组别"]


@pytest.mark.parametrize(("group", "code"), [("计算机通信", "G03"), ("G03", "G03"), ("冶金,机械和电气", "G01"),
                                              ("其他", "G11"), ("其它", "G11"), (" 交通运输 ", "G10")])
def test_group_spellings_are_accepted(tmp_path: Path, office: OfficeDatabase, group: str, code: str) -> None:
    assert only(intake(tmp_path, office, [good_application(group=group)]))["eligible"] is True
    stored = office.candidate("2024-G01-001")
    assert stored is not None and stored["group"] == code


@pytest.mark.parametrize("channel", ["网络报名", "推荐", "自荐申报"])
def test_an_unknown_channel_is_a_problem(tmp_path: Path, office: OfficeDatabase, channel: str) -> None:
    assert problem_fields(only(intake(tmp_path, office, [good_application(channel=channel)]))) == ["申请渠道"]


def test_a_checkbox_value_outside_the_form_is_a_problem(tmp_path: Path, office: OfficeDatabase) -> None:
    report = intake(tmp_path, office, [person(1, skill_level="特级技师"), person(2, household="城镇"),
                                       person(3, model_worker_title="上海劳模、全国五一"),
                                       person(4, model_worker_title="否、上海劳模")])
    assert problem_fields(only(report, 0)) == ["技能等级"]
    assert problem_fields(only(report, 1)) == ["户籍属性"]
    assert only(report, 2)["eligible"] is True
    assert problem_fields(only(report, 3)) == ["是否曾获劳模称号"]


def test_the_same_person_twice_flags_the_later_application(tmp_path: Path, office: OfficeDatabase) -> None:
    first = person(1)
    again = person(2, id_number=first["id_number"], name=first["name"])
    report = intake(tmp_path, office, [first, person(3), again])
    assert only(report, 0)["eligible"] is True
    entry = only(report, 2)
    assert problem_fields(entry) == ["身份证"]
    assert "重复" in entry["problems"][0]["reason"] and "第 2 行" in entry["problems"][0]["reason"]


def test_a_person_already_in_the_database_is_a_duplicate(tmp_path: Path, office: OfficeDatabase) -> None:
    first = person(1)
    intake(tmp_path, office, [first], "first.xlsx")
    report = intake(tmp_path, office, [person(9, id_number=first["id_number"])], "second.xlsx")
    entry = only(report)
    assert "身份证" in problem_fields(entry) and "2024-G01-001" in entry["problems"][0]["reason"]


def test_the_exclusion_list_bars_persons_and_units(tmp_path: Path, office: OfficeDatabase) -> None:
    barred = person(1)
    add_exclusion(office, "id_number", barred["id_number"], "2023年虚报业绩", dt.date(2026, 6, 30))
    add_exclusion(office, "employer", "上海某某机械有限公司", "2022年瞒报", dt.date(2025, 6, 30))
    add_exclusion(office, "employer", "上海过期机械有限公司", "2019年瞒报", dt.date(2022, 6, 30))
    report = intake(tmp_path, office, [
        barred,
        person(2, employer="上海某某机械有限公司"),
        person(3, employer="上海过期机械有限公司"),
    ])
    assert problem_fields(only(report, 0)) == ["限制申报名单"]
    assert "虚报" in only(report, 0)["problems"][0]["reason"]
    assert problem_fields(only(report, 1)) == ["限制申报名单"]
    assert only(report, 2)["eligible"] is True  # the bar ended


def test_a_zip_ending_that_names_several_disks_is_refused_plainly(tmp_path: Path) -> None:
    """Found by atheris (panel workbook, 240 s run): zipfile.is_zipfile raised BadZipFile on it."""
    import struct

    from app.workbook import read_sheet

    path = tmp_path / "disks.xlsx"
    path.write_bytes(b"PK\x06\x07" + struct.pack("<IQI", 0, 0, 2) + b"PK\x05\x06" + bytes(18))
    with pytest.raises(WorkbookError, match=r"disks\.xlsx"):
        read_sheet(path, lambda headers: 0, max_rows=10)


def test_the_reference_date_is_fixed_at_the_first_intake_not_read_from_the_clock(
        tmp_path: Path, office: OfficeDatabase) -> None:
    """Ages and exclusion bars are judged on the day of the database's first intake, stored: a corrected
    workbook imported a year later, or on a laptop whose clock is wrong, gets the same answers."""
    from app.intake import REFERENCE_DATE_SETTING

    barred = person(1)
    add_exclusion(office, "id_number", barred["id_number"], "2023年虚报业绩", dt.date(2025, 6, 30))
    office.set_setting(REFERENCE_DATE_SETTING, "2024-05-31")  # as the first intake left it
    workbook = write_applications(tmp_path / "apps.xlsx", [barred, person(2)])
    report = run_intake(workbook, office)  # the rules come from the database, the clock says 2026 or later
    assert problem_fields(only(report, 0)) == ["限制申报名单"]  # barred until 2025-06-30: still, on 2024-05-31
    assert only(report, 1)["eligible"] is True

    fresh = OfficeDatabase(tmp_path / "fresh.db")
    try:
        assert fresh.setting(REFERENCE_DATE_SETTING, None) is None
        run_intake(workbook, fresh)
        assert fresh.setting(REFERENCE_DATE_SETTING, None) == dt.date.today().isoformat()
    finally:
        fresh.close()


# ------------------------------------------------------------------------------------------------
# Warnings: for the office to confirm, never a rejection


def warning_fields(entry: dict[str, Any]) -> list[str]:
    return [w["field"] for w in entry["warnings"]]


def test_a_senior_post_is_a_warning(tmp_path: Path, office: OfficeDatabase) -> None:
    report = intake(tmp_path, office, [person(1, position="副局长"), person(2, position="车间主任"),
                                       person(3, position="集团公司总经理助理")])
    assert only(report, 0)["eligible"] is True and warning_fields(only(report, 0)) == ["职务"]
    assert warning_fields(only(report, 1)) == []
    assert warning_fields(only(report, 2)) == ["职务"]


def test_senior_post_words_are_configurable(tmp_path: Path, office: OfficeDatabase) -> None:
    rules = IntakeRules(senior_post_words=("首席",), today=TODAY, year=2024)
    report = run_intake(write_applications(tmp_path / "a.xlsx", [person(1, position="首席技师"),
                                                                person(2, position="副局长")]), office, rules=rules)
    assert warning_fields(only(report, 0)) == ["职务"] and warning_fields(only(report, 1)) == []


def test_recommended_candidates_without_a_local_craftsman_title_are_warned(tmp_path: Path,
                                                                          office: OfficeDatabase) -> None:
    report = intake(tmp_path, office, [
        person(1, honours="2021年 上海市五一劳动奖章"),
        person(2, honours=None, channel="社团推荐"),
        person(3, honours=None, channel="个人自荐"),
    ])
    assert warning_fields(only(report, 0)) == ["曾经获得的荣誉"] and only(report, 0)["eligible"] is True
    assert warning_fields(only(report, 1)) == ["曾经获得的荣誉"]
    assert warning_fields(only(report, 2)) == []


def test_missing_attachments_are_warned_when_a_folder_is_given(tmp_path: Path, office: OfficeDatabase) -> None:
    folder = tmp_path / "attachments"
    complete = folder / "2024-G01-001"
    complete.mkdir(parents=True)
    (complete / "身份证复印件.pdf").write_bytes(b"%PDF-1.4 id")
    (complete / "工会会员服务卡.jpg").write_bytes(b"\xff\xd8\xff member")
    by_id = person(2)
    partial = folder / by_id["id_number"]
    partial.mkdir()
    (partial / "身份证.pdf").write_bytes(b"%PDF-1.4 other id")
    report = intake(tmp_path, office, [person(1), by_id, person(3)], attachments=folder)
    assert warning_fields(only(report, 0)) == []
    assert [w["reason"] for w in only(report, 1)["warnings"]] == ["缺少工会会员服务卡（文件夹 " + by_id["id_number"]
                                                                  + " 中未找到）"]
    assert len(only(report, 2)["warnings"]) == 2 and all(e["eligible"] for e in report.as_dict()["candidates"])
    stored = office.attachments("2024-G01-001")
    assert {a["kind"] for a in stored} == {"id_card", "union_card"}
    id_copy = next(a for a in stored if a["kind"] == "id_card")
    assert office.attachment_data(id_copy["id"]).startswith(b"%PDF")


def test_no_attachment_warnings_without_a_folder(tmp_path: Path, office: OfficeDatabase) -> None:
    assert only(intake(tmp_path, office, [good_application()]))["warnings"] == []


def test_an_attachments_path_that_is_not_a_folder_is_refused(tmp_path: Path, office: OfficeDatabase) -> None:
    with pytest.raises(InputRefused, match="附件文件夹"):
        intake(tmp_path, office, [good_application()], attachments=tmp_path / "missing")
    assert office.candidates() == []


# ------------------------------------------------------------------------------------------------
# Re-runs and corrections


def test_rerunning_the_same_workbook_changes_nothing(tmp_path: Path, office: OfficeDatabase) -> None:
    rows = [person(1), person(2, phone="123"), person(3, position="副局长"), person(4, application_no=None)]
    path = write_applications(tmp_path / "apps.xlsx", rows)
    folder = tmp_path / "att"
    (folder / "2024-G01-001").mkdir(parents=True)
    (folder / "2024-G01-001" / "身份证.pdf").write_bytes(b"%PDF-1.4")
    first = run_intake(path, office, rules=RULES, attachments=folder)
    assert [c.status for c in first.candidates] == ["new"] * 4
    before = dump(office)
    second = run_intake(path, office, rules=RULES, attachments=folder)
    assert [c.status for c in second.candidates] == ["unchanged"] * 4
    assert [c.as_dict()["problems"] for c in second.candidates] == [c.as_dict()["problems"] for c in first.candidates]
    assert dump(office) == before


def test_a_generated_application_number_is_stable(tmp_path: Path, office: OfficeDatabase) -> None:
    path = write_applications(tmp_path / "apps.xlsx", [person(1, application_no=None, group="计算机通信")])
    assert run_intake(path, office, rules=RULES).candidates[0].application_no == "2024-G03-001"
    assert run_intake(path, office, rules=RULES).candidates[0].application_no == "2024-G03-001"
    assert len(office.candidates()) == 1


def test_a_corrected_workbook_updates_and_says_what_changed(tmp_path: Path, office: OfficeDatabase) -> None:
    intake(tmp_path, office, [person(1), person(2, phone="1391234"), person(3)], "v1.xlsx")
    report = intake(tmp_path, office, [person(1), person(2, phone="13912345678"),
                                       person(3, trade="焊工")], "v2.xlsx")
    statuses = [c.status for c in report.candidates]
    assert statuses == ["unchanged", "updated", "updated"]
    assert only(report, 1)["eligible"] is True
    assert only(report, 1)["changes"] == [{"field": "手机号码", "old": "1391234", "new": "13912345678"}]
    assert only(report, 2)["changes"] == [{"field": "工种", "old": "数控车工", "new": "焊工"}]
    stored = office.candidate("2024-G01-002")
    assert stored is not None and stored["eligible"] == 1 and office.findings("2024-G01-002") == []
    logged = list(office.db.query("SELECT application_no, field, old, new FROM changes ORDER BY id"))
    assert {"application_no": "2024-G01-003", "field": "工种", "old": "数控车工", "new": "焊工"} in logged


# ------------------------------------------------------------------------------------------------
# Workbooks that are refused whole: nothing is imported


@pytest.fixture
def populated(tmp_path: Path, office: OfficeDatabase) -> list[str]:
    intake(tmp_path, office, [person(1), person(2)], "base.xlsx")
    return dump(office)


def refuse(tmp_path: Path, office: OfficeDatabase, path: Path, match: str, before: list[str]) -> None:
    with pytest.raises(WorkbookError, match=match) as caught:
        run_intake(path, office, rules=RULES)
    assert "\n" not in str(caught.value)
    assert dump(office) == before


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path, office: OfficeDatabase,
                                                  populated: list[str]) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    refuse(tmp_path, office, path, "不是 Excel 工作簿", populated)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refuse(tmp_path, office, empty, "空的", populated)
    other_zip = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refuse(tmp_path, office, other_zip, "没有工作簿内容", populated)


def test_a_truncated_workbook_is_refused(tmp_path: Path, office: OfficeDatabase, populated: list[str]) -> None:
    whole = write_applications(tmp_path / "whole.xlsx", [person(5)]).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    refuse(tmp_path, office, cut, "损坏|不是 Excel", populated)


def test_a_corrupted_workbook_is_refused(tmp_path: Path, office: OfficeDatabase, populated: list[str]) -> None:
    data = bytearray(write_applications(tmp_path / "whole.xlsx", [person(5)]).read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bytes(data))
    refuse(tmp_path, office, broken, "损坏|无法打开|读取|不是", populated)


def test_a_password_protected_workbook_is_refused(tmp_path: Path, office: OfficeDatabase,
                                                  populated: list[str]) -> None:
    # An encrypted .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
                     + bytes(2048))
    refuse(tmp_path, office, path, "密码", populated)


def test_a_legacy_xls_is_refused_with_advice(tmp_path: Path, office: OfficeDatabase, populated: list[str]) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    refuse(tmp_path, office, path, r"另存为 \.xlsx", populated)


def test_missing_header_columns_are_named(tmp_path: Path, office: OfficeDatabase, populated: list[str]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "性别", "身份证", "组别", "申请渠道"])
    sheet.append(["张三", "男", make_id("310104", dt.date(1980, 1, 1), 11), "仪电", "个人自荐"])
    path = tmp_path / "partial.xlsx"
    book.save(path)
    refuse(tmp_path, office, path, "缺少必需的列：.*手机号码.*工作单位", populated)


def test_formulas_instead_of_values_are_refused(tmp_path: Path, office: OfficeDatabase,
                                                populated: list[str]) -> None:
    from openpyxl import load_workbook

    path = write_applications(tmp_path / "formula.xlsx", [person(5), person(6)])
    book = load_workbook(path)
    sheet = book["申报表"]
    sheet["W3"] = "=W2+1"
    book.save(path)
    refuse(tmp_path, office, path, "公式.*W3.*粘贴为数值", populated)


def test_a_sheet_with_no_recognisable_header_is_refused(tmp_path: Path, office: OfficeDatabase,
                                                        populated: list[str]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in range(10):
        sheet.append([f"x{row}", row, "junk"])
    path = tmp_path / "junk.xlsx"
    book.save(path)
    refuse(tmp_path, office, path, "找不到表头", populated)


@pytest.mark.slow
def test_a_hundred_thousand_junk_rows_are_refused_quickly(tmp_path: Path, office: OfficeDatabase,
                                                          populated: list[str]) -> None:
    import time

    from openpyxl import Workbook

    from app.form import FIELDS, header_label

    book = Workbook(write_only=True)
    sheet = book.create_sheet("申报表")
    sheet.append([header_label(s) for s in FIELDS])
    for row in range(100_000):
        sheet.append([f"垃圾{row}", row])
    path = tmp_path / "huge.xlsx"
    book.save(path)
    started = time.perf_counter()
    refuse(tmp_path, office, path, "超过 5000 行", populated)
    assert time.perf_counter() - started < 30


def test_a_zip_bomb_is_refused_before_inflating(tmp_path: Path, office: OfficeDatabase,
                                                populated: list[str]) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        chunk = b"\0" * (1024 * 1024)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(450):
                member.write(chunk)
    refuse(tmp_path, office, path, "解压后内容过大", populated)


# ------------------------------------------------------------------------------------------------
# Headers written by hand from the form's labels


def test_headers_as_people_write_them_from_the_form(tmp_path: Path, office: OfficeDatabase) -> None:
    """Two plain 邮编 columns, remarks in brackets, numbered survey questions: all understood."""
    from openpyxl import Workbook

    from app.form import FIELDS

    values = good_application()
    headers = {
        "union": "所属区局（产业）工会/社团", "home_postcode": "邮编", "employer_postcode": "邮编",
        "craft_spirit": "对“工匠精神”的理解（100字以内）", "statement": "个人自述（500字左右，包括技术特长、社会贡献等）",
        "honours": "曾经获得的荣誉（区局以上）", "monthly_income": "1.月工资实际到手收入：元/月",
        "income_level": "2.在本单位所处收入水平", "public_welfare": "9.如被命名“上海工匠”，是否愿意参加劳模工匠助企行等社会公益活动",
        "lead_take_on_burdens": "引领力-勇挑重担", "id_number": "身份证号码",
    }
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([headers.get(s.key, s.label) for s in FIELDS])
    sheet.append([values.get(s.key) for s in FIELDS])
    path = tmp_path / "handmade.xlsx"
    book.save(path)
    report = run_intake(path, office, rules=RULES)
    assert report.ignored_columns == []
    assert only(report)["eligible"] is True, only(report)["problems"]
    stored = office.candidate("2024-G01-001")
    assert stored is not None
    assert (stored["home_postcode"], stored["employer_postcode"]) == ("200030", "200245")
    survey = office.survey("2024-G01-001")
    assert survey is not None and survey["monthly_income"] == 12500 and survey["public_welfare"] == "yes"


def test_a_header_row_below_a_title_row_is_found(tmp_path: Path, office: OfficeDatabase) -> None:
    from openpyxl import Workbook

    from app.form import FIELDS, header_label

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2024年度“上海工匠”申报审批表汇总"])
    sheet.append([header_label(s) for s in FIELDS])
    values = good_application()
    sheet.append([values.get(s.key) for s in FIELDS])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    entry = only(run_intake(path, office, rules=RULES))
    assert entry["row"] == 3 and entry["eligible"] is True


def test_a_database_that_is_not_the_offices_is_refused(tmp_path: Path) -> None:
    from app.errors import StorageError

    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="其他程序"):
        OfficeDatabase(other)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="不是本程序的数据库"):
        OfficeDatabase(garbage)


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    from app.errors import StorageError
    from app.storage import SCHEMA_VERSION

    path = tmp_path / "office.db"
    OfficeDatabase(path).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="更新版本"):
        OfficeDatabase(path)


def test_database_file_digest_is_unchanged_by_a_refused_intake(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    office = OfficeDatabase(path)
    run_intake(write_applications(tmp_path / "a.xlsx", [person(1)]), office, rules=RULES)
    office.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    office = OfficeDatabase(path)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(WorkbookError):
        run_intake(bad, office, rules=RULES)
    office.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_checkbox_rows_copied_from_the_form_count_only_the_ticked_boxes(tmp_path: Path,
                                                                         office: OfficeDatabase) -> None:
    ticked = person(1, model_worker_title="□全国劳模  ☑上海劳模 □部劳模 ☑全国五一  □否", migrant_worker="□是    ☑否",
                    household="非农业")
    ticked["gender"] = "男性"
    report = intake(tmp_path, office, [ticked, person(2, model_worker_title="□全国劳模 □上海劳模 □部劳模 □全国五一 □否")])
    assert only(report, 0)["eligible"] is True, only(report, 0)["problems"]
    stored = office.candidate("2024-G01-001")
    assert stored is not None
    assert (stored["model_worker_title"], stored["migrant_worker"]) == ("shanghai,may_first", "no")
    assert problem_fields(only(report, 1)) == ["是否曾获劳模称号"]  # nothing ticked is not an answer
    assert "没有勾选" in only(report, 1)["problems"][0]["reason"]


# ------------------------------------------------------------------------------------------------
# Fuzzing (issue 9): workbooks that claim or hold far more than they should, and mutated real ones


def _edit_sheet(source: Path, out: Path, edit: Any) -> Path:
    """``source`` with its first worksheet's XML passed through ``edit`` (text -> text), re-zipped."""
    from fuzz.harness import rezip, zip_members

    members = [(name, edit(body.decode("utf-8")).encode("utf-8") if name == "xl/worksheets/sheet1.xml" else body)
               for name, body in zip_members(source.read_bytes())]
    out.write_bytes(rezip(members))
    return out


def test_a_sheet_claiming_a_million_rows_is_refused_at_once(tmp_path: Path, office: OfficeDatabase,
                                                            populated: list[str]) -> None:
    import re
    import time

    source = write_applications(tmp_path / "apps.xlsx", [person(3)])
    path = _edit_sheet(source, tmp_path / "claims.xlsx",
                       lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1000000"/>', xml))
    started = time.perf_counter()
    refuse(tmp_path, office, path, "声明有 1000000 行", populated)
    assert time.perf_counter() - started < 2


def test_a_far_away_row_is_refused_without_reading_the_gap(tmp_path: Path, office: OfficeDatabase,
                                                           populated: list[str]) -> None:
    import re
    import time

    source = write_applications(tmp_path / "apps.xlsx", [person(3)])
    far = '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>迟到的一行</t></is></c></row></sheetData>'
    path = _edit_sheet(source, tmp_path / "far.xlsx", lambda xml: re.sub(
        r'<dimension ref="[^"]*"/>', "", xml).replace("</sheetData>", far))
    started = time.perf_counter()
    refuse(tmp_path, office, path, "行数超过", populated)
    assert time.perf_counter() - started < 10


def test_a_sheet_claiming_every_column_reads_only_the_headers_columns(tmp_path: Path, office: OfficeDatabase) -> None:
    import re

    source = write_applications(tmp_path / "apps.xlsx", [person(3)])
    path = _edit_sheet(source, tmp_path / "wide.xlsx",
                       lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD5"/>', xml))
    report = run_intake(path, office, rules=RULES)
    assert [c.as_dict()["eligible"] for c in report.candidates] == [True]


@pytest.fixture(scope="module")
def fuzz_applications() -> tuple[Any, list[bytes]]:
    from fuzz.fuzz_applications import ApplicationsTarget
    from fuzz.harness import Scratch
    from fuzz.world import shared

    target = ApplicationsTarget(shared(), Scratch())
    return target, target.seeds()


@settings(max_examples=fuzz_examples(40), deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzz_mutated_applications_workbooks_raise_only_own_errors(
        fuzz_applications: tuple[Any, list[bytes]], data: st.DataObject) -> None:
    from fuzz.harness import check
    from fuzz.mutations import draw_input

    target, seeds = fuzz_applications
    check(lambda: target.run(draw_input(data, target, seeds)))


@settings(max_examples=fuzz_examples(60), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_mutated_panel_workbooks_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.fuzz_panel import PanelTarget
    from fuzz.harness import Scratch, check
    from fuzz.mutations import draw_input
    from fuzz.world import shared

    target = PanelTarget(shared(), Scratch(shared().folder / "panel-fuzz"))
    target.scratch.folder.mkdir(exist_ok=True)
    check(lambda: target.run(draw_input(data, target, target.seeds())))
