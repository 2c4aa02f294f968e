"""The office's overview, its recorded decisions, and what it writes out: each file read back.

One small year (tests.factories.make_year: G03 in two sessions, G05 in one, results back for G03)
is built once; every test works on its own copy of the office database.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.errors import InputRefused, UsageError
from app.office_backup import backup_database, inspect_office_file, restore_database
from app.office_overview import (
    Outcome,
    SessionState,
    Step,
    candidate_statuses,
    decision_history,
    overview,
    record_decision,
)
from app.storage import SCHEMA_VERSION, OfficeDatabase
from exports.candidate_list import reviewed_rows, write_candidate_list_pdf
from exports.notice_list import write_notice_pdf, write_notice_xlsx
from exports.statistics_table import write_statistics_folder, write_statistics_workbook
from exports.survey_report import MERGED, SUPPRESSED, Respondent, breakdown, money_column, write_survey_report
from tests.factories import Year, make_year

SELF_INTERVIEWED = "2024-G01-008"  # 个人自荐, interview recorded by make_year
SELF_NOT_INTERVIEWED = "2024-G01-017"
INELIGIBLE = "2024-G01-020"


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Year:
    return make_year(tmp_path_factory.mktemp("year"))


@pytest.fixture
def office(year: Year, tmp_path: Path) -> Any:
    copy = tmp_path / "office.db"
    source = OfficeDatabase(year.database, create=False)
    source.db.execute(f"VACUUM INTO '{copy}'")
    source.close()
    database = OfficeDatabase(copy, create=False)
    yield database
    database.close()


def dump(office: OfficeDatabase) -> list[str]:
    return list(office.db.conn.iterdump())


def recommended(office: OfficeDatabase) -> list[str]:
    return [c.application_no for c in candidate_statuses(office) if c.result and c.result.recommended]


def advance(office: OfficeDatabase) -> dict[str, list[str]]:
    """Take the recommended candidates along: most approved, one failing the credit check, one objection
    upheld, two named. Returns the numbers by what happened to them."""
    chosen = recommended(office)
    assert len(chosen) == 6
    failed, approved = chosen[0], chosen[1:]
    record_decision(office, failed, "credit_check", "未通过", "公共信用信息平台有严重失信记录", by="测试")
    for number in approved:
        record_decision(office, number, Step.CREDIT_CHECK, Outcome.PASSED, by="测试")
        record_decision(office, number, Step.APPROVAL, Outcome.PASSED, "主席办公会议审定", by="测试")
    upheld = approved[0]
    record_decision(office, upheld, Step.PUBLIC_NOTICE, Outcome.OBJECTION, "来信反映业绩不实", by="测试")
    record_decision(office, upheld, Step.PUBLIC_NOTICE, Outcome.OBJECTION_UPHELD, "经核实业绩有夸大", by="测试")
    named = approved[1:3]
    for number in named:
        record_decision(office, number, Step.PUBLIC_NOTICE, Outcome.NO_OBJECTION, by="测试")
        record_decision(office, number, Step.NAMED, Outcome.NAMED, by="测试")
    return {"failed": [failed], "approved": approved, "upheld": [upheld], "named": named}


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def cells(path: Path) -> list[str]:
    """Every non-empty cell of every sheet, as text."""
    book = load_workbook(path)
    return [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row
            if c.value is not None]


def compact(text: str) -> str:
    return "".join(text.split())


def personal(office: OfficeDatabase) -> list[dict[str, Any]]:
    return list(office.db.query(
        "SELECT application_no, name, id_number, phone, home_address, employer FROM candidates"))


# ---------------------------------------------------------------------------------------------
# Overview and decisions


def test_the_overview_shows_each_session_and_each_candidates_place(office: OfficeDatabase) -> None:
    view = overview(office)
    states = {(s.group, s.session): s.state for s in view.sessions}
    assert states == {("G03", 1): SessionState.VERIFIED, ("G03", 2): SessionState.VERIFIED,
                      ("G05", 1): SessionState.AWAITING}
    verified = [s for s in view.sessions if s.state is SessionState.VERIFIED]
    assert all(s.recommended == 3 and s.result_file.endswith(".crresult") for s in verified)
    by_no = {c.application_no: c for c in view.candidates}
    assert by_no[INELIGIBLE].state == "资格审查未通过" and by_no[INELIGIBLE].closed
    assert by_no[SELF_INTERVIEWED].outcome(Step.INTERVIEW) is Outcome.PASSED
    assert any("海选面试" in w for w in by_no[SELF_NOT_INTERVIEWED].warnings)
    assert {c.state for c in view.candidates if c.group == "G05" and c.eligible} == {"专家复审中，结果待返回"}
    rows = {r["application_no"]: r for r in reviewed_rows(office)}
    for number, status in by_no.items():
        if number in rows:
            assert status.result is not None and status.result.rank == rows[number]["review_rank"]
            assert status.result.recommended == bool(rows[number]["review_recommended"])
    assert view.counts["sessions_verified"] == 2 and view.counts["sessions_awaiting"] == 1


def test_filters_and_search(office: OfficeDatabase) -> None:
    everyone = candidate_statuses(office)
    assert len(everyone) == 20
    assert {c.group for c in candidate_statuses(office, group="医药")} == {"G05"}
    assert len(candidate_statuses(office, group="G05")) == 8
    assert [c.application_no for c in candidate_statuses(office, channel="个人自荐")] == [
        SELF_INTERVIEWED, SELF_NOT_INTERVIEWED]
    assert len(candidate_statuses(office, channel="association")) == 2
    assert len(candidate_statuses(office, union="上海市医药工会")) == 6
    assert len(candidate_statuses(office, union="上海市医药工会", channel="单位推荐", group="G05")) == 6
    target = next(c for c in everyone if c.application_no == "2024-G01-011")
    assert [c.application_no for c in candidate_statuses(office, search=target.id_number)] == ["2024-G01-011"]
    assert [c.application_no for c in candidate_statuses(office, search=target.name)] == ["2024-G01-011"]
    assert [c.application_no for c in candidate_statuses(office, search="g01-011")] == ["2024-G01-011"]
    with pytest.raises(InputRefused, match="组别"):
        candidate_statuses(office, group="G99")


def test_decisions_follow_the_procedure_and_keep_their_history(office: OfficeDatabase) -> None:
    first, *_ = recommended(office)
    not_recommended = next(c.application_no for c in candidate_statuses(office)
                           if c.result and not c.result.recommended)
    before = dump(office)
    with pytest.raises(InputRefused, match="只适用于个人自荐"):
        record_decision(office, first, Step.INTERVIEW, Outcome.PASSED)
    with pytest.raises(InputRefused, match="不在评审发布的候选人名单上"):
        record_decision(office, not_recommended, Step.CREDIT_CHECK, Outcome.PASSED)
    with pytest.raises(InputRefused, match="诚信审核通过"):
        record_decision(office, first, Step.APPROVAL, Outcome.PASSED)
    with pytest.raises(InputRefused, match="备注"):
        record_decision(office, first, Step.CREDIT_CHECK, Outcome.FAILED)
    with pytest.raises(InputRefused, match="无效"):
        record_decision(office, first, Step.CREDIT_CHECK, "无异议")
    with pytest.raises(InputRefused, match="没有申报编号"):
        record_decision(office, "2024-G99-999", Step.CREDIT_CHECK, Outcome.PASSED)
    assert dump(office) == before

    assert record_decision(office, first, "诚信审核", "未通过", "有失信记录", by="甲").status == "recorded"
    assert candidate_statuses(office, application_no=first)[0].state == "诚信审核未通过"
    assert office.candidate(first)["stage"] == "approval"
    again = record_decision(office, first, "credit_check", "failed", "有失信记录", by="甲")
    assert again.status == "unchanged"
    corrected = record_decision(office, first, Step.CREDIT_CHECK, Outcome.PASSED, "复核后为误报", by="乙")
    assert corrected.status == "recorded" and "更正为" in corrected.message
    record_decision(office, first, Step.APPROVAL, Outcome.PASSED, by="乙")
    with pytest.raises(InputRefused, match="不能命名"):
        record_decision(office, first, Step.NAMED, Outcome.NAMED)
    record_decision(office, first, Step.PUBLIC_NOTICE, Outcome.NO_OBJECTION)
    report = record_decision(office, first, Step.NAMED, "命名")
    assert report.candidate.state == "已命名“上海工匠”" and office.candidate(first)["stage"] == "named"
    history = decision_history(office, first)
    assert [(d.step, d.outcome) for d in history] == [
        (Step.CREDIT_CHECK, Outcome.FAILED), (Step.CREDIT_CHECK, Outcome.PASSED), (Step.APPROVAL, Outcome.PASSED),
        (Step.PUBLIC_NOTICE, Outcome.NO_OBJECTION), (Step.NAMED, Outcome.NAMED)]
    assert history[0].recorded_by == "甲" and history[0].note == "有失信记录" and history[0].recorded_at


def test_the_interview_is_recorded_for_the_self_nominated_only_when_eligible(office: OfficeDatabase) -> None:
    record_decision(office, SELF_NOT_INTERVIEWED, Step.INTERVIEW, Outcome.PASSED, by="测试")
    status = candidate_statuses(office, application_no=SELF_NOT_INTERVIEWED)[0]
    assert not status.warnings and status.step_text(Step.INTERVIEW) == "通过"


def test_a_v3_database_is_migrated_to_hold_decisions(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    OfficeDatabase(path).close()
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE decisions")
    connection.execute("PRAGMA user_version = 3")
    connection.commit()
    connection.close()
    office = OfficeDatabase(path, create=False)
    try:
        assert office.schema_version == SCHEMA_VERSION == 4 and "decisions" in office.db.table_names()
    finally:
        office.close()


# ---------------------------------------------------------------------------------------------
# The candidate list as PDF


def test_the_candidate_list_pdf_lists_every_recommended_candidate_with_the_chairs_numbers(
        office: OfficeDatabase, tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    assert write_candidate_list_pdf(office, out) == 6
    text = pdf_text(out)
    flat = compact(text)
    assert "候选人名单" in flat and "第1页共1页" in flat and "名单摘要" in flat
    assert "G05医药第1场（结果待返回）" in flat  # the incomplete part is said, not hidden
    for row in reviewed_rows(office):
        line = next((ln for ln in text.splitlines() if row["application_no"] in ln), None)
        if row["review_recommended"]:
            assert line is not None and row["name"] in line
            assert f"{float(row['review_final']):.2f}" in line
        else:
            assert line is None
    assert not list(tmp_path.glob(".*part"))


# ---------------------------------------------------------------------------------------------
# The public-notice list


def test_the_notice_list_publishes_only_what_may_be_published(office: OfficeDatabase, tmp_path: Path) -> None:
    outcome = advance(office)
    xlsx, pdf = tmp_path / "notice.xlsx", tmp_path / "notice.pdf"
    assert write_notice_xlsx(office, xlsx) == 4  # approved, less the objection upheld
    assert write_notice_pdf(office, pdf) == 4
    workbook_text = "\n".join(cells(xlsx))
    pdf_flat = compact(pdf_text(pdf))
    for person in personal(office):
        for key in ("id_number", "phone", "home_address", "application_no"):
            value = compact(str(person[key]))
            assert value not in compact(workbook_text), (key, value)
            assert value not in pdf_flat, (key, value)
        for fragment in (person["id_number"][-8:], person["phone"][-6:], "测试路"):
            assert fragment not in workbook_text and fragment not in pdf_flat
    names = {p["application_no"]: p["name"] for p in personal(office)}
    listed = set(outcome["approved"]) - set(outcome["upheld"])
    workbook_cells = set(cells(xlsx))
    for number, name in names.items():
        assert (name in workbook_cells) == (number in listed), name
        assert bool(re.search(re.escape(name) + r"(?!\d)", pdf_flat)) == (number in listed), name
    sheet = load_workbook(xlsx)["公示名单"]
    assert [c.value for c in sheet[3]] == ["序号", "姓名", "性别", "工作单位", "工种", "组别"]
    assert sheet.max_column == 6 and load_workbook(xlsx).sheetnames == ["公示名单"]


def test_the_notice_list_waits_for_approval_unless_a_draft_is_asked(office: OfficeDatabase, tmp_path: Path) -> None:
    with pytest.raises(InputRefused, match="市总审定"):
        write_notice_xlsx(office, tmp_path / "n.xlsx")
    assert not (tmp_path / "n.xlsx").exists()
    assert write_notice_xlsx(office, tmp_path / "draft.xlsx", draft=True) == 6
    assert "草稿" in cells(tmp_path / "draft.xlsx")[0]
    assert write_notice_pdf(office, tmp_path / "draft.pdf", draft=True) == 6
    assert "草稿" in compact(pdf_text(tmp_path / "draft.pdf"))


# ---------------------------------------------------------------------------------------------
# 附件3


def test_the_statistics_tables_count_what_the_data_says(office: OfficeDatabase, tmp_path: Path) -> None:
    outcome = advance(office)
    expected = {row["union"]: row["n"] for row in office.db.query(
        "SELECT \"union\", COUNT(*) AS n FROM candidates WHERE channel IN ('unit', 'association') "
        "AND \"union\" != '' GROUP BY \"union\"")}
    named_by_union: dict[str, int] = {}
    for number in outcome["named"]:
        union = office.candidate(number)["union"]
        named_by_union[union] = named_by_union.get(union, 0) + 1
    out = tmp_path / "stats.xlsx"
    figures = write_statistics_workbook(office, out)
    assert {f.union: f.applied for f in figures} == expected
    assert sum(f.applied for f in figures) == 18  # 20, less the two self-nominated
    book = load_workbook(out)
    assert book.sheetnames[0] == "汇总" and len(book.sheetnames) == 1 + len(expected)
    for union, applied in expected.items():
        sheet = next(book[name] for name in book.sheetnames[1:] if book[name]["B2"].value == union)
        assert sheet["A1"].value == "“上海工匠”培养选树工作情况统计表"
        assert sheet["A12"].value == "申报“上海工匠”人数" and sheet["B12"].value == applied
        assert sheet["B13"].value == named_by_union.get(union, 0)
        for blank in ("B3", "D3", "D5", "B6", "D6", "B7", "D7", "B11", "D11", "D12"):
            assert sheet[blank].value is None, blank  # left for the union to fill in
    summary = {row[0].value: row[1].value for row in book["汇总"].iter_rows(min_row=3) if row[0].value != "合计"}
    assert summary == expected
    folder = tmp_path / "per-union"
    files = write_statistics_folder(office, folder)
    assert len(files) == len(expected)
    assert {load_workbook(f).active["B2"].value for f in files} == set(expected)


# ---------------------------------------------------------------------------------------------
# The survey


def test_the_survey_report_is_anonymous_and_merges_small_groups(office: OfficeDatabase, tmp_path: Path) -> None:
    out = tmp_path / "survey.xlsx"
    count = write_survey_report(office, out)
    assert count == 20
    everything = cells(out)
    text = "\n".join(everything)
    for person in personal(office):
        for key in ("name", "id_number", "phone", "home_address", "employer", "application_no"):
            assert str(person[key]) not in text, (key, person[key])
    book = load_workbook(out)
    assert book.sheetnames == ["说明", "按组别", "按所属行业", "按技能等级", "总体分布"]
    assert any("不足 5 人" in value and MERGED in value for value in cells_of(book["说明"]))
    for title in ("按组别", "按所属行业", "按技能等级"):
        rows = data_rows(book[title])
        assert all(n >= 5 for _, n in rows), (title, rows)
        assert sum(n for _, n in rows) == count
    industry = dict(data_rows(book["按所属行业"]))
    assert not any("航空航天" in label or "集成电路" in label for label in industry)  # one person each
    merged = next(n for label, n in industry.items() if label.startswith(MERGED))
    assert merged == 7  # 航空航天 1 + 集成电路 1, then the smallest group (软件和信息服务, 5)
    groups = dict(data_rows(book["按组别"]))
    assert groups == {"计算机通信": 12, "医药": 8}
    sheet = book["按组别"]
    g03 = next(row for row in sheet.iter_rows(min_row=5) if row[0].value == "计算机通信")
    incomes = [row["monthly_income"] for row in office.db.query(
        'SELECT s.monthly_income FROM survey s JOIN candidates c USING (application_no) WHERE c."group" = \'G03\'')]
    assert g03[2].value == 12 and g03[3].value == round(sum(incomes) / len(incomes))


def cells_of(sheet: Any) -> list[str]:
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


def data_rows(sheet: Any) -> list[tuple[str, int]]:
    return [(str(row[0].value), int(row[1].value)) for row in sheet.iter_rows(min_row=5)
            if row[0].value not in (None, "合计")]


def test_breakdown_never_leaves_a_row_under_the_threshold() -> None:
    people = [Respondent("g", str(size), "s", {}) for size in (1, 2, 3, 6, 7) for _ in range(size)]
    rows = breakdown(people, lambda p: p.industry)
    assert [(c.label, len(c.members), c.merged_from) for c in rows] == [("7", 7, 1), ("6", 6, 1), (MERGED, 6, 3)]
    people = [Respondent("g", str(size), "s", {}) for size in (1, 2, 6, 7) for _ in range(size)]
    rows = breakdown(people, lambda p: p.industry)  # 1 + 2 is still too few: the smallest group (6) joins them
    assert [(c.label, len(c.members), c.merged_from) for c in rows] == [("7", 7, 1), (MERGED, 9, 3)]
    assert breakdown(people[:4], lambda p: p.industry) == []
    single = [Respondent("g", "x", "s", {})] * 9
    assert [(c.label, len(c.members)) for c in breakdown(single, lambda p: p.industry)] == [("x", 9)]


def test_a_hidden_mean_cannot_be_worked_out_from_the_total() -> None:
    def people(amounts: list[int]) -> list[Respondent]:
        return [Respondent("g", "i", "s", {"monthly_income": a or None}) for a in amounts]

    rows = [people([9000] * 6), people([8000] * 5 + [0]), people([30000, 0, 0, 0, 0])]
    column = money_column(rows, "monthly_income")
    assert column[2] == (1, SUPPRESSED, SUPPRESSED)  # one amount: hidden
    assert column[1] == (5, SUPPRESSED, SUPPRESSED)  # and the smallest other row, or total minus rows gives it away
    assert column[0] == (6, 9000, 9000)
    assert money_column([people([9000] * 6), people([8000] * 5)], "monthly_income")[1] == (5, 8000, 8000)


def test_a_survey_of_too_few_people_is_refused(tmp_path: Path) -> None:
    office = OfficeDatabase(tmp_path / "small.db")
    try:
        with pytest.raises(InputRefused, match="不足 5 份"):
            write_survey_report(office, tmp_path / "s.xlsx")
    finally:
        office.close()
    assert not (tmp_path / "s.xlsx").exists()


# ---------------------------------------------------------------------------------------------
# Backup and restore


def test_backup_then_damage_then_restore_gives_back_the_same_content(office: OfficeDatabase,
                                                                       tmp_path: Path) -> None:
    advance(office)
    saved = dump(office)
    live = office.path
    backup = tmp_path / "backup.db"
    info = backup_database(live, backup)
    assert info.candidates == 20 and info.results == 2 and info.decisions > 0
    assert not Path(f"{backup}-wal").exists()
    record_decision(office, SELF_NOT_INTERVIEWED, Step.INTERVIEW, Outcome.PASSED, by="测试")  # after the backup
    office.close()
    data = bytearray(live.read_bytes())
    data[4096:12288] = b"\xa5" * 8192  # pages overwritten: the live database is damaged
    live.write_bytes(bytes(data))
    with pytest.raises(UsageError, match="--force"):
        restore_database(backup, live)
    result = restore_database(backup, live, force=True)
    assert result.replaced and result.moved_aside is not None and result.moved_aside.exists()
    restored = OfficeDatabase(live, create=False)
    try:
        assert dump(restored) == saved
    finally:
        restored.close()


def test_restore_over_a_healthy_database_replaces_its_content(office: OfficeDatabase, tmp_path: Path) -> None:
    saved = dump(office)
    backup_database(office.path, tmp_path / "b.db")
    advance(office)  # changes after the backup
    assert dump(office) != saved
    bystander = sqlite3.connect(office.path)  # another connection: the write-ahead log stays, unmerged
    try:
        bystander.execute("SELECT COUNT(*) FROM decisions").fetchone()
        office.close()
        assert Path(f"{office.path}-wal").exists()
        result = restore_database(tmp_path / "b.db", office.path, force=True)
        assert result.moved_aside is None
        assert bystander.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 1  # make_year's interview
    finally:
        bystander.close()
    again = OfficeDatabase(office.path, create=False)
    try:
        assert dump(again) == saved
    finally:
        again.close()


def test_restore_refuses_what_is_not_an_intact_office_database_of_this_version(office: OfficeDatabase,
                                                                                tmp_path: Path) -> None:
    backup = tmp_path / "good.db"
    backup_database(office.path, backup)
    target = tmp_path / "target.db"
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    other = tmp_path / "other.db"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()
    newer = tmp_path / "newer.db"
    shutil.copy(backup, newer)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    cut = tmp_path / "cut.db"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    for path, words in ((garbage, "不是 SQLite"), (other, "其他程序"), (newer, "更新版本"), (cut, "损坏"),
                        (tmp_path / "missing.db", "找不到")):
        with pytest.raises(InputRefused, match=words):
            restore_database(path, target)
        assert not target.exists()
        assert not list(tmp_path.glob(".*.part"))
    assert inspect_office_file(backup).schema_version == SCHEMA_VERSION


# ---------------------------------------------------------------------------------------------
# The command line


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_office_status_and_record_on_the_command_line(office: OfficeDatabase, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    database = office.path
    office.close()
    code, out, _ = run(capsys, "office", "status", "--db", database, "--json")
    data = json.loads(out)
    assert code == 0 and len(data["candidates"]) == 20 and len(data["sessions"]) == 3
    assert not any("id_number" in c for c in data["candidates"])
    code, out, _ = run(capsys, "office", "status", "--db", database, "--group", "G05", "--channel", "个人自荐")
    assert code == 0 and SELF_NOT_INTERVIEWED in out and "2024-G01-013" not in out and "结果待返回" in out
    reopened = OfficeDatabase(database, create=False)
    first = recommended(reopened)[0]
    reopened.close()
    code, out, err = run(capsys, "office", "record", "--db", database, "--candidate", first, "--step", "approval",
                         "--outcome", "通过")
    assert code == 1 and "诚信审核" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "office", "record", "--db", database, "--candidate", first, "--step", "诚信审核",
                       "--outcome", "通过", "--by", "王点", "--json")
    assert code == 0 and json.loads(out)["decision"]["by"] == "王点"
    code, out, _ = run(capsys, "office", "status", "--db", database, "--candidate", first)
    assert code == 0 and "诚信审核通过，待市总审定" in out and "王点" in out


def test_office_exports_backup_and_restore_on_the_command_line(office: OfficeDatabase, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    database = office.path
    office.close()
    assert run(capsys, "office", "list", "--db", database, "--out", tmp_path / "l.pdf")[0] == 0
    assert "候选人名单" in compact(pdf_text(tmp_path / "l.pdf"))
    assert run(capsys, "office", "list", "--db", database, "--out", tmp_path / "l.txt")[0] == 2
    code, _, err = run(capsys, "office", "notice", "--db", database, "--out", tmp_path / "n.xlsx")
    assert code == 1 and "--draft" in err and not (tmp_path / "n.xlsx").exists()
    assert run(capsys, "office", "notice", "--db", database, "--out", tmp_path / "n.pdf", "--draft")[0] == 0
    code, out, _ = run(capsys, "office", "stats", "--db", database, "--out", tmp_path / "s.xlsx", "--json")
    assert code == 0 and {u["union"] for u in json.loads(out)["unions"]} >= {"上海市医药工会"}
    assert run(capsys, "office", "stats", "--db", database)[0] == 2
    assert run(capsys, "office", "survey", "--db", database, "--out", tmp_path / "q.xlsx")[0] == 0
    backup = tmp_path / "backup.db"
    code, out, _ = run(capsys, "office", "backup", "--db", database, "--out", backup, "--json")
    assert code == 0 and json.loads(out)["candidates"] == 20
    code, _, err = run(capsys, "office", "restore", "--from", backup, "--db", database)
    assert code == 2 and "--force" in err
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00" * 4096)
    code, _, err = run(capsys, "office", "restore", "--from", garbage, "--db", database, "--force")
    assert code == 1 and "garbage.db" in err
    assert run(capsys, "office", "restore", "--from", backup, "--db", tmp_path / "new.db")[0] == 0
    restored = OfficeDatabase(tmp_path / "new.db", create=False)
    original = OfficeDatabase(database, create=False)
    try:
        assert dump(restored) == dump(original)
    finally:
        restored.close()
        original.close()
