"""The offline scoring workbook: template, every cell checked, signed import; and the CLI verbs."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable, Collection
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.batch import OpenBatch, open_batch
from app.errors import InputRefused, WorkbookError
from app.keys import fingerprint
from app.score_file import read_score_file
from app.score_workbook import (
    HEADER_ROW,
    ScoreSheetRefused,
    import_score_workbook,
    item_headers,
    read_score_workbook,
)
from exports.score_workbook import write_score_template
from fuzz.mutations import fuzz_examples

ROOT = Path(__file__).resolve().parents[1]
FIRST = HEADER_ROW + 1  # the first candidate's row


@dataclass
class Session:
    batch_path: Path
    passphrase_file: Path
    batch: OpenBatch


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    from app.demo.workspace import make_workspace

    folder = tmp_path_factory.mktemp("scores") / "workspace"
    workspace = make_workspace(folder, batches_made="first")
    batch_path = workspace.batches[0]
    passphrase_file = batch_path.with_name(batch_path.stem + ".passphrase.txt")
    batch = open_batch(batch_path, passphrase_file.read_text(encoding="utf-8").strip().encode("utf-8"))
    return Session(batch_path, passphrase_file, batch)


def prepared_for(batch: OpenBatch) -> tuple[str, list[str]]:
    """A reviewer with prepared recusals (the demo has some), and the candidates concerned."""
    for member in batch.panel:
        recused = [c["application_no"] for c in batch.candidates
                   if any(r["member"] == member.number for r in c["recused"])]
        if recused:
            return member.number, recused
    raise AssertionError("the demo batch should have a prepared recusal")


def free_reviewer(batch: OpenBatch) -> str:
    """A reviewer without prepared recusals."""
    for member in batch.panel:
        if not any(r["member"] == member.number for c in batch.candidates for r in c["recused"]):
            return member.number
    raise AssertionError("every panel member has a prepared recusal")


def columns(path: Path) -> dict[str, int]:
    sheet = load_workbook(path)["评分表"]
    return {str(cell.value): cell.column for cell in sheet[HEADER_ROW] if cell.value}


def rows_by_number(path: Path) -> dict[str, int]:
    sheet = load_workbook(path)["评分表"]
    return {str(sheet.cell(row=r, column=1).value): r for r in range(FIRST, sheet.max_row + 1)
            if sheet.cell(row=r, column=1).value}


def good_values(batch: OpenBatch, index: int) -> dict[str, Any]:
    """Valid scores for every sub-item, with a total in the middle of the range (no comment needed)."""
    values: dict[str, Any] = {}
    for position, key in enumerate(batch.scheme.item_keys()):
        _, item = batch.scheme.item(key)
        value = item.max - Decimal(1) - Decimal((index + position) % 4) / 2
        values[key] = float(value) if value % 1 else int(value)
    return values


def fill(template: Path, out: Path, edit: Callable[[Any, dict[str, int], dict[str, int]], None]) -> Path:
    """Open the template as a reviewer would, let ``edit(sheet, columns, rows)`` type into it, save."""
    book = load_workbook(template)
    sheet = book["评分表"]
    edit(sheet, columns(template), rows_by_number(template))
    book.save(out)
    return out


def fill_all(batch: OpenBatch, template: Path, out: Path, *, skip: Collection[str] = (),
             extra: Callable[[Any, dict[str, int], dict[str, int]], None] | None = None) -> Path:
    headers = item_headers(batch.scheme)

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        for index, candidate in enumerate(batch.candidates):
            number = candidate["application_no"]
            row = rows[number]
            if number in skip or sheet.cell(row=row, column=cols["回避"]).value == "是":
                continue
            for key, value in good_values(batch, index).items():
                sheet.cell(row=row, column=cols[headers[key]], value=value)
        if extra:
            extra(sheet, cols, rows)

    return fill(template, out, edit)


# ---------------------------------------------------------------------------------------------
# The template


def test_the_template_has_one_row_per_candidate_and_a_column_per_sub_item(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    reviewer, recused = prepared_for(batch)
    out = tmp_path / "sheet.xlsx"
    write_score_template(batch, out, reviewer)
    book = load_workbook(out)
    assert book.sheetnames[0] == "评分表" and "填写说明" in book.sheetnames
    sheet = book["评分表"]
    header = [cell.value for cell in sheet[HEADER_ROW]]
    labels = [item.label for _, item in batch.scheme.items()]
    assert header == ["申报编号", "姓名", "工作单位", *labels, "回避", "评语"]
    # Above each sub-item: its power (row 1, merged across the power's items) and its maximum (row 2).
    first_power = batch.scheme.powers[0]
    assert first_power.label in str(sheet.cell(row=1, column=4).value)
    assert [sheet.cell(row=2, column=4 + i).value for i in range(len(first_power.items))] == [
        f"满分 {item.max}" for item in first_power.items]
    numbers = [sheet.cell(row=r, column=1).value for r in range(FIRST, FIRST + len(batch.candidates))]
    assert numbers == [c["application_no"] for c in batch.candidates]
    assert sheet.cell(row=FIRST + len(batch.candidates), column=1).value is None
    assert sheet.freeze_panes == f"D{FIRST}"
    recuse_column = header.index("回避") + 1
    for r in range(FIRST, FIRST + len(batch.candidates)):
        number = sheet.cell(row=r, column=1).value
        expected = "是" if number in recused else "否"
        assert sheet.cell(row=r, column=recuse_column).value == expected
        if number in recused:
            assert "同单位" in sheet.cell(row=r, column=recuse_column + 1).value
    validations = sheet.data_validations.dataValidation
    decimals = [v for v in validations if v.type == "decimal"]
    assert len(decimals) == len(labels)
    assert {v.formula2 for v in decimals} == {str(item.max) for _, item in batch.scheme.items()}
    assert any(v.type == "list" and "是" in str(v.formula1) for v in validations)
    guide = {row[0]: row[1] for row in book["填写说明"].iter_rows(min_row=2, values_only=True)}
    assert guide["批次编号"] == batch.identity.batch_id and guide["专家编号"] == reviewer
    assert "0.5" in guide["步长"]


def test_a_template_without_a_reviewer_prepares_no_recusal(session: Session, tmp_path: Path) -> None:
    out = tmp_path / "blank.xlsx"
    write_score_template(session.batch, out)
    sheet = load_workbook(out)["评分表"]
    cols = columns(out)
    values = {sheet.cell(row=r, column=cols["回避"]).value for r in range(FIRST, FIRST + len(session.batch.candidates))}
    assert values == {"否"}
    assert list(tmp_path.glob(".*.part")) == []


def test_a_template_for_an_unknown_reviewer_is_refused(session: Session, tmp_path: Path) -> None:
    with pytest.raises(InputRefused, match="E99 不在本批次的评审专家名单中"):
        write_score_template(session.batch, tmp_path / "x.xlsx", "E99")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# Round trip


def test_round_trip_gives_exactly_the_typed_values(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    reviewer, recused = prepared_for(batch)
    template = tmp_path / "template.xlsx"
    write_score_template(batch, template, reviewer)
    headers = item_headers(batch.scheme)
    scored = [c["application_no"] for c in batch.candidates if c["application_no"] not in recused]
    typed: dict[str, dict[str, Decimal]] = {}
    comments = {scored[0]: "技能全面，示范作用突出。", scored[-1]: "业绩材料翔实"}

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        for index, number in enumerate(scored):
            values = good_values(batch, index)
            typed[number] = {key: Decimal(str(value)) for key, value in values.items()}
            for position, (key, value) in enumerate(values.items()):
                cell = sheet.cell(row=rows[number], column=cols[headers[key]])
                # Some cells typed as text, as Excel keeps them in a text-formatted column; one full-width.
                if position == 0:
                    cell.value = str(value)
                elif position == 1 and index == 0:
                    cell.value = str(value).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
                else:
                    cell.value = value
            if number in comments:
                sheet.cell(row=rows[number], column=cols["评语"], value=comments[number])
        sheet.cell(row=rows[recused[0]], column=cols["评语"], value="与候选人曾在同一班组共事")

    sheet_path = fill(template, tmp_path / "filled.xlsx", edit)
    key = Ed25519PrivateKey.generate()
    out = tmp_path / f"{reviewer}.crscore"
    result = import_score_workbook(sheet_path, batch, reviewer, key, out)
    assert result.fingerprint == fingerprint(key.public_key())
    assert (result.scored, result.recused) == (len(scored), len(recused))

    scores = read_score_file(out, batch)
    assert scores.reviewer == reviewer and scores.signer_fingerprint == result.fingerprint
    assert scores.log_head == result.log_head
    for number in scored:
        candidate = scores.candidates[number]
        assert candidate.scores == typed[number]
        assert not candidate.recused and candidate.complete
        assert candidate.comment == comments.get(number, "")
    assert scores.candidates[recused[0]].recused
    assert scores.candidates[recused[0]].recusal_reason == "与候选人曾在同一班组共事"
    for number in recused[1:]:
        assert "同单位" in scores.candidates[number].recusal_reason
    # Every value went through the log, as if typed in the app, and the session ends locked.
    logged = [e for e in scores.log if e[0] == "score"]  # (action, candidate, item, value, at)
    assert len(logged) == len(scored) * len(batch.scheme.item_keys())
    assert scores.log[-1][0] == "lock"
    assert list(tmp_path.glob(".*.part")) == []


# ---------------------------------------------------------------------------------------------
# Bad cells


def problems_of(session: Session, tmp_path: Path, edit: Callable[[Any, dict[str, int], dict[str, int]], None],
                *, reviewer: str | None = None, skip: Collection[str] = ()) -> list[str]:
    template = tmp_path / "template.xlsx"
    write_score_template(session.batch, template, reviewer)
    filled = fill_all(session.batch, template, tmp_path / "filled.xlsx", skip=skip, extra=edit)
    return read_score_workbook(filled, session.batch).report()


def test_each_bad_cell_is_reported_with_its_row_and_label(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    numbers = [c["application_no"] for c in batch.candidates]
    first, second, third = numbers[0], numbers[1], numbers[2]

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.cell(row=rows[first], column=cols["勇挑重担"], value=6.3)
        sheet.cell(row=rows[first], column=cols["追求卓越"], value=7.5)
        sheet.cell(row=rows[first], column=cols["示范带动"], value="六")
        sheet.cell(row=rows[second], column=cols["技能精湛"], value=-1)
        sheet.cell(row=rows[second], column=cols["业绩突出"]).value = None
        sheet.cell(row=rows[second], column=cols["持续学习"], value=dt.datetime(2024, 3, 5))
        sheet.cell(row=rows[third], column=cols["回避"], value="可能")

    report = problems_of(session, tmp_path, edit)
    r1, r2, r3 = FIRST, FIRST + 1, FIRST + 2
    assert f"第 {r1} 行 勇挑重担：6.3 不是 0.5 的整数倍" in report
    assert f"第 {r1} 行 追求卓越：7.5 超出 0 到 7 分的范围" in report
    assert f"第 {r1} 行 示范带动：“六”不是数字" in report
    assert f"第 {r2} 行 技能精湛：-1 超出 0 到 7 分的范围" in report
    assert f"第 {r2} 行 业绩突出：未填写分数" in report
    assert any(line.startswith(f"第 {r2} 行 持续学习：") and "日期" in line for line in report)
    assert f"第 {r3} 行 回避：“可能”应为“是”或“否”" in report
    assert len(report) == 7, report


def test_rows_are_matched_by_number_and_checked_against_the_batch(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    numbers = [c["application_no"] for c in batch.candidates]
    last = FIRST + len(numbers)

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        for column in range(1, sheet.max_column + 1):  # the second candidate's row copied below the last...
            sheet.cell(row=last, column=column, value=sheet.cell(row=rows[numbers[1]], column=column).value)
        sheet.cell(row=last + 1, column=1, value="2024-G99-999")  # ...an unknown candidate
        sheet.cell(row=rows[numbers[2]], column=cols["姓名"], value="张冠李")  # a name that does not fit
        sheet.delete_rows(rows[numbers[0]])  # and the first candidate's row deleted

    report = problems_of(session, tmp_path, edit)
    assert f"第 {last - 1} 行 申报编号：{numbers[1]} 与第 {FIRST} 行重复" in report
    assert f"第 {last} 行 申报编号：“2024-G99-999”不是本批次的候选人" in report
    assert any(line.startswith(f"第 {FIRST + 1} 行 姓名：“张冠李”与本批次中 {numbers[2]}") for line in report)
    assert any(line.startswith(f"申报编号：缺少候选人 {numbers[0]}") for line in report)


def test_a_recusal_needs_a_reason_and_no_scores(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    reviewer = free_reviewer(batch)
    numbers = [c["application_no"] for c in batch.candidates]

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.cell(row=rows[numbers[0]], column=cols["回避"], value="是")  # scores left in, no reason
        sheet.cell(row=rows[numbers[1]], column=cols["回避"], value="是")
        sheet.cell(row=rows[numbers[1]], column=cols["评语"], value="曾为其师傅")
        for column in range(4, cols["回避"]):
            sheet.cell(row=rows[numbers[1]], column=column).value = None

    report = problems_of(session, tmp_path, edit, reviewer=reviewer)
    assert f"第 {FIRST} 行 评语：声明回避需要在评语中写明理由" in report
    assert f"第 {FIRST} 行 勇挑重担：已声明回避，不应填写分数（6）" in report
    assert not any(line.startswith(f"第 {FIRST + 1} 行") for line in report)


def test_an_empty_row_is_one_problem_not_one_per_cell(session: Session, tmp_path: Path) -> None:
    number = session.batch.candidates[0]["application_no"]
    report = problems_of(session, tmp_path, lambda *_: None, skip={number})
    assert report == [f"第 {FIRST} 行 评分：还没有填写分数（共 15 项）；如需回避，请在“回避”选“是”并在评语中写明理由"]


def test_an_extreme_total_needs_a_comment(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    number = batch.candidates[0]["application_no"]

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        for column in range(4, cols["回避"]):
            sheet.cell(row=rows[number], column=column, value=0)

    report = problems_of(session, tmp_path, edit)
    assert len(report) == 1 and report[0].startswith(f"第 {FIRST} 行 评语：总分 0 低于满分的 60%")


def test_a_missing_column_is_named(session: Session, tmp_path: Path) -> None:
    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.delete_cols(cols["业务洞察"])

    report = problems_of(session, tmp_path, edit)
    assert report == ["业务洞察：表中缺少“业务洞察”这一列"]


def test_formulas_are_refused(session: Session, tmp_path: Path) -> None:
    number = session.batch.candidates[0]["application_no"]

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.cell(row=rows[number], column=cols["勇挑重担"], value="=3+3")

    with pytest.raises(WorkbookError, match="公式"):
        problems_of(session, tmp_path, edit)


def test_a_bad_sheet_is_refused_in_one_line_and_nothing_is_written(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    number = batch.candidates[0]["application_no"]
    template = tmp_path / "template.xlsx"
    write_score_template(batch, template)

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.cell(row=rows[number], column=cols["勇挑重担"], value=6.3)
        sheet.cell(row=rows[number], column=cols["追求卓越"], value=9)

    filled = fill_all(batch, template, tmp_path / "filled.xlsx", extra=edit)
    out, pdf = tmp_path / "r.crscore", tmp_path / "r.pdf"
    with pytest.raises(ScoreSheetRefused) as refused:
        import_score_workbook(filled, batch, free_reviewer(batch), Ed25519PrivateKey.generate(), out, pdf=pdf)
    message = str(refused.value)
    assert "\n" not in message and "有 2 处需要修改" in message and "6.3 不是 0.5 的整数倍" in message
    assert len(refused.value.problems) == 2
    assert not out.exists() and not pdf.exists() and list(tmp_path.glob(".*.part")) == []


def test_a_prepared_recusal_cannot_be_dropped_in_the_sheet(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    reviewer, recused = prepared_for(batch)
    template = tmp_path / "template.xlsx"
    write_score_template(batch, template, reviewer)

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.cell(row=rows[recused[0]], column=cols["回避"], value="否")
        sheet.cell(row=rows[recused[0]], column=cols["评语"]).value = None
        headers = item_headers(batch.scheme)
        for key, value in good_values(batch, 0).items():
            sheet.cell(row=rows[recused[0]], column=cols[headers[key]], value=value)

    filled = fill_all(batch, template, tmp_path / "filled.xlsx", extra=edit)
    with pytest.raises(ScoreSheetRefused, match="办公室已为您预设回避"):
        import_score_workbook(filled, batch, reviewer, Ed25519PrivateKey.generate(), tmp_path / "r.crscore")


def test_a_sheet_made_for_another_reviewer_is_refused(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    reviewer = free_reviewer(batch)
    other = next(m.number for m in batch.panel if m.number != reviewer)
    template = tmp_path / "template.xlsx"
    write_score_template(batch, template, reviewer)
    filled = fill_all(batch, template, tmp_path / "filled.xlsx")
    with pytest.raises(ScoreSheetRefused, match=f"这份评分表是为专家 {reviewer} 生成的，不是 {other}"):
        import_score_workbook(filled, batch, other, Ed25519PrivateKey.generate(), tmp_path / "r.crscore")


def test_an_unknown_reviewer_is_refused(session: Session, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_score_template(session.batch, template)
    filled = fill_all(session.batch, template, tmp_path / "filled.xlsx")
    with pytest.raises(InputRefused, match="专家编号 E99 不在本批次的评审专家名单中"):
        import_score_workbook(filled, session.batch, "E99", Ed25519PrivateKey.generate(), tmp_path / "r.crscore")
    assert not (tmp_path / "r.crscore").exists()


# ---------------------------------------------------------------------------------------------
# The command line


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRAFTSMAN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, stdin=subprocess.DEVNULL, timeout=120)


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_the_scores_commands(session: Session, tmp_path: Path) -> None:
    batch = session.batch
    reviewer, recused = prepared_for(batch)
    common = ["--batch", session.batch_path, "--passphrase-file", session.passphrase_file]
    assert run("keygen", "--out", tmp_path / "me").returncode == 0

    template = tmp_path / "sheet.xlsx"
    made = run("scores", "template", *common, "--out", template, "--reviewer", reviewer)
    assert made.returncode == 0, made.stderr
    assert template.exists() and f"候选人 {len(batch.candidates)} 名" in made.stdout

    good = fill_all(batch, template, tmp_path / "good.xlsx")
    out, pdf = tmp_path / f"{reviewer}.crscore", tmp_path / f"{reviewer}.pdf"
    signed = run("scores", "import", *common, "--reviewer", reviewer, "--key", tmp_path / "me.key",
                 "--from", good, "--out", out, "--pdf", pdf, "--json")
    assert signed.returncode == 0, signed.stderr
    data = json.loads(signed.stdout)
    assert data["ok"] is True and data["recused"] == len(recused)
    assert data["scored"] == len(batch.candidates) - len(recused)
    scores = read_score_file(out, batch)
    assert scores.signer_fingerprint == data["fingerprint"] and scores.log_head == data["log_head"]
    assert pdf.read_bytes().startswith(b"%PDF")

    number = batch.candidates[0]["application_no"]

    def edit(sheet: Any, cols: dict[str, int], rows: dict[str, int]) -> None:
        sheet.cell(row=rows[number], column=cols["勇挑重担"], value=6.3)

    bad = fill_all(batch, template, tmp_path / "bad.xlsx", extra=edit)
    out2 = tmp_path / "bad.crscore"
    refused = run("scores", "import", *common, "--reviewer", reviewer, "--key", tmp_path / "me.key",
                  "--from", bad, "--out", out2)
    assert_refused(refused, "bad.xlsx", "第 4 行 勇挑重担：6.3 不是 0.5 的整数倍")
    assert "第 4 行 勇挑重担：6.3 不是 0.5 的整数倍" in refused.stdout
    assert not out2.exists()
    as_json = run("scores", "import", *common, "--reviewer", reviewer, "--key", tmp_path / "me.key",
                  "--from", bad, "--out", out2, "--json")
    assert as_json.returncode == 1
    problems = json.loads(as_json.stdout)["problems"]
    assert problems == [{"row": 4, "column": "勇挑重担", "value": "6.3", "reason": "6.3 不是 0.5 的整数倍",
                         "message": "第 4 行 勇挑重担：6.3 不是 0.5 的整数倍"}]

    unknown = run("scores", "import", *common, "--reviewer", "E99", "--key", tmp_path / "me.key",
                  "--from", good, "--out", out2)
    assert_refused(unknown, "E99")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not-the-passphrase\n", encoding="utf-8")
    assert_refused(run("scores", "template", "--batch", session.batch_path, "--passphrase-file", wrong,
                       "--out", tmp_path / "x.xlsx"), "口令错误")
    assert_refused(run("scores", "template", *common, "--out", tmp_path / "x.xlsx", "--reviewer", "E99"), "E99")
    assert not out2.exists() and not (tmp_path / "x.xlsx").exists()
    assert list(tmp_path.glob(".*.part")) == []
    assert run("scores", "import", *common, "--out", out2).returncode == 2
    help_text = run("scores", "import", "--help").stdout
    assert "--json" in help_text and "--pdf" in help_text


# ---------------------------------------------------------------------------------------------
# Fuzzing (issue 9): mutated scoring workbooks (bytes, and sheet XML re-zipped validly)


@settings(max_examples=fuzz_examples(50), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_mutated_scoring_workbooks_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.mutations import fuzz_once

    fuzz_once("score_workbook", data)
