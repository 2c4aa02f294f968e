"""The ``craftsman-review`` command: every verb of CONTRACT.md, and the GUI when called bare.

Exit status: 0 done; 1 input refused (one plain line on stderr, no traceback, no partial file);
2 usage error, including verbs whose feature has not been built yet.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.errors import CraftsmanError, InputRefused, UsageError
from app.messages import joined, msg

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.batch import OpenBatch
    from app.storage import OfficeDatabase

Handler = Callable[[argparse.Namespace], int]


def read_passphrase(path: Path | None, *, prompt: str = "口令：", confirm: bool = False) -> bytes | None:
    """The passphrase from a file's first line, or asked (no echo) when a terminal is attached."""
    if path is not None:
        try:
            with path.open("r", encoding="utf-8") as handle:
                line = handle.readline(4096)
        except OSError as error:
            raise UsageError(msg("无法读取口令文件 {path}：{reason}", path=path, reason=error.strerror)) from None
        except UnicodeDecodeError:
            raise UsageError(msg("口令文件 {path} 不是 UTF-8 文本", path=path)) from None
        return line.rstrip("\r\n").encode("utf-8")
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if confirm and first and getpass.getpass("再输入一次：") != first:
        raise UsageError("两次输入的口令不一致")
    return first.encode("utf-8") if first else None


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------------------------
# Verbs


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run_chair, run_gui, run_launcher, run_reviewer

    database, batch = getattr(args, "db", None), getattr(args, "batch", None)
    if database is not None:
        return run_gui(database)
    if getattr(args, "chair", False):
        return run_chair(batch)
    if batch is not None:
        return run_reviewer(batch)
    return run_launcher()


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo.workspace import make_workspace

    if args.make:
        summary = make_workspace(Path(args.make))
        print(summary.describe())
        return 0
    import tempfile

    from app.batch import read_batch_header
    from app.demo.workspace import demo_passphrase
    from ui.app import run_reviewer

    # The demo lives in a temporary folder removed on exit: nothing of it stays on the disk, not
    # even the demo reviewer's session, settings and signing key (its own app-data folder).
    with tempfile.TemporaryDirectory(prefix="craftsman-demo-") as folder:
        print("正在生成演示工作区…", file=sys.stderr)
        summary = make_workspace(Path(folder) / "workspace", batches_made="first")
        os.environ["CRAFTSMAN_DATA_DIR"] = str(Path(folder) / "app-data")
        # A reviewer's laptop holds the encrypted batch only: the office's plaintext side of the
        # demo (applications, attachments, database) is removed before the reviewer's app opens.
        batch = Path(folder) / summary.batches[0].name
        summary.batches[0].replace(batch)
        shutil.rmtree(summary.folder)
        identity = read_batch_header(batch).identity
        # The first session's batch, unlocked with its passphrase, as the first expert who is not the chair.
        return run_reviewer(batch, passphrase=demo_passphrase(identity.group, identity.session), reviewer="first")


def cmd_keygen(args: argparse.Namespace) -> int:
    from app.keys import generate_keypair

    passphrase = read_passphrase(args.passphrase_file, prompt="私钥口令（直接回车则不设）：", confirm=True)
    pair = generate_keypair(Path(args.out), passphrase)
    if args.json:
        _print_json({"private": str(pair.private_path), "public": str(pair.public_path),
                     "fingerprint": pair.fingerprint, "protected": bool(passphrase)})
    else:
        print(f"私钥：{pair.private_path}（仅本人可读{'，已设口令' if passphrase else '，未设口令'}）")
        print(f"公钥：{pair.public_path}")
        print(f"指纹：{pair.fingerprint}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from exports.templates import write_applications_template, write_panel_template

    out = Path(args.out)
    if args.kind == "applications":
        write_applications_template(out)
    else:
        write_panel_template(out)
    print(f"已生成 {out}")
    return 0


def cmd_intake(args: argparse.Namespace) -> int:
    from app.intake import ineligible_summary, run_intake
    from app.storage import OfficeDatabase

    office = OfficeDatabase(Path(args.db))
    try:
        report = run_intake(Path(args.applications), office,
                            attachments=Path(args.attachments) if args.attachments else None)
    finally:
        office.close()
    if args.json:
        _print_json(report.as_dict())
        return 0
    counts = report.counts()
    print(f"已读取 {report.file_name}（工作表“{report.sheet}”）共 {counts['rows']} 人："
          f"合格 {counts['eligible']}，不合格 {counts['ineligible']}；合格者中需办公室核实 {counts['with_warnings']}；"
          f"新增 {counts['new']}，更新 {counts['updated']}，未变 {counts['unchanged']}")
    if report.ignored_columns:
        print(f"未识别、已忽略的列：{'、'.join(report.ignored_columns)}")
    for line in ineligible_summary(report.candidates):
        print(f"  ✗ {line}")
    for cand in report.candidates:
        for warning in cand.warnings:
            print(f"  ! 第 {cand.row} 行 {cand.application_no} {cand.name}：{warning.field}：{warning.reason}")
        for label, old, new in cand.changes:
            print(f"  ~ {cand.application_no} {cand.name}：{label}：{old} → {new}")
    return 0


def cmd_exclusions(args: argparse.Namespace) -> int:
    from app.exclusions import add_exclusion, import_exclusions, list_exclusions, remove_exclusion
    from app.storage import OfficeDatabase

    office = OfficeDatabase(Path(args.db))
    try:
        if args.action == "add":
            if bool(args.id_number) == bool(args.employer):
                raise UsageError("请给出 --id 或 --employer 之一")
            kind, value = ("id_number", args.id_number) if args.id_number else ("employer", args.employer)
            until = dt.date.fromisoformat(args.until) if args.until else None
            add_exclusion(office, kind, value, args.reason or "", until)
        elif args.action == "import":
            count = import_exclusions(office, Path(args.file))
            print(f"已导入 {count} 条限制申报记录")
        elif args.action == "remove":
            remove_exclusion(office, args.entry)
        rows = list_exclusions(office)
        if args.json:
            _print_json(rows)
        elif args.action == "list":
            for row in rows:
                kind = "身份证" if row["kind"] == "id_number" else "单位"
                print(f"{row['id']:>4}  {kind}  {row['value']}  至 {row['until'] or '长期'}  {row['reason']}")
    finally:
        office.close()
    return 0


def _require_passphrase(path: Path | None, what: str) -> bytes:
    passphrase = read_passphrase(path, prompt=f"{what}：")
    if not passphrase:
        raise UsageError(msg("需要{what}：用 --passphrase-file 给出，或在终端中输入", what=what))
    return passphrase


def _load_private(path: Path, what: str) -> Ed25519PrivateKey:
    from app.errors import KeyFileError
    from app.keys import load_private_key

    try:
        return load_private_key(path)
    except KeyFileError as error:
        if "受密码保护" not in str(error):
            raise
        secret = read_passphrase(None, prompt=f"{what}私钥口令：")
        if not secret:
            raise
    return load_private_key(path, secret)


def cmd_batch_create(args: argparse.Namespace) -> int:
    from app.batch import create_batch
    from app.enums import Group
    from app.panel import read_panel
    from app.scheme import default_scheme_text, load_scheme

    group = Group.from_label(args.group)
    if group is None:
        raise UsageError(msg("组别“{group}”不是 11 个组别之一（G01–G11）", group=args.group))
    if args.session < 1:
        raise UsageError("场次应为正整数")
    panel = read_panel(Path(args.panel))
    office_key = _load_private(Path(args.office_key), "办公室")
    if args.scheme:
        scheme_path = Path(args.scheme)
        load_scheme(scheme_path)  # validates, with a message naming the file
        scheme_text = scheme_path.read_text(encoding="utf-8")
    else:
        scheme_text = default_scheme_text()
    passphrase = _require_passphrase(args.passphrase_file, msg("批次口令"))
    office = _open_office(args.db)
    try:
        identity = create_batch(office, group=group, session=args.session, panel=panel, office_key=office_key,
                                passphrase=passphrase, scheme_text=scheme_text, out=Path(args.out))
    finally:
        office.close()
    if args.json:
        _print_json({"batch": identity.as_dict(), "file": str(args.out)})
    else:
        print(f"已生成 {args.out}：{identity.describe()}")
    return 0


def _verify_any(path: Path, office_pub: Path | None) -> dict[str, object]:
    from app.batch import verify_batch
    from app.keys import fingerprint, load_public_key
    from app.signed_file import detect_kind

    expected = load_public_key(office_pub) if office_pub else None
    kind = detect_kind(path)
    if kind == "batch":
        identity = verify_batch(path, office_key=expected)
        return {"ok": True, "kind": kind, "signer": identity.office_fingerprint, "reason": "",
                "batch": identity.as_dict(),
                "expected_signer": fingerprint(expected) if expected else None}
    if kind == "score":
        from app.score_file import read_score_header

        signed = read_score_header(path)
        raw = signed.header
        return {"ok": True, "kind": kind, "signer": signed.signer_fingerprint, "reason": "",
                "score": {"batch_id": raw.get("batch_id"), "group": raw.get("group"), "session": raw.get("session"),
                          "reviewer": raw.get("reviewer"), "reviewer_name": raw.get("reviewer_name"),
                          "log_head": raw.get("log_head"), "reopened": raw.get("reopened")}}
    from app.result import read_result_package

    package = read_result_package(path)
    raw = package.header.header
    if expected is not None and raw.get("office_fingerprint") != fingerprint(expected):
        raise InputRefused(msg("{file}：结果包所属的批次不是由给定的办公室公钥签发的", file=path.name))
    return {"ok": True, "kind": kind, "signer": package.header.signer_fingerprint, "reason": "",
            "result": {"batch_id": package.batch_id, "group": raw.get("group"), "session": raw.get("session"),
                       "chair": package.chair, "chair_name": raw.get("chair_name"), "method": raw.get("method"),
                       "reviewers": sorted(package.score_files)}}


def cmd_batch_verify(args: argparse.Namespace) -> int:
    from app.signed_file import detect_kind

    path = Path(args.batch)
    if detect_kind(path) != "batch":
        raise InputRefused(msg("{file}：不是评审批次（.crbatch）", file=path.name))
    return _report_verification(path, args)


def cmd_verify(args: argparse.Namespace) -> int:
    return _report_verification(Path(args.file), args)


def _report_verification(path: Path, args: argparse.Namespace) -> int:
    try:
        result = _verify_any(path, Path(args.office_pub) if args.office_pub else None)
    except InputRefused as error:
        if args.json:
            _print_json({"ok": False, "kind": _kind_or_none(path), "signer": None, "reason": str(error)})
        raise
    if args.json:
        _print_json(result)
    else:
        batch = result.get("batch")
        print(f"验证通过：{path.name}")
        for key in ("score", "result"):
            details = result.get(key)
            if isinstance(details, dict):
                for label, value in details.items():
                    print(f"  {label:<14}{value}")
        if isinstance(batch, dict):
            print(f"  批次编号  {batch['id']}")
            print(f"  组别场次  {batch['group']} {batch['group_label']} 第 {batch['session']} 场")
            print(f"  候选人    {batch['candidates']} 名；评审专家 {batch['panel']} 名")
            print(f"  评分方案  {batch['scheme']}")
        print(f"  签名指纹  {result['signer']}" + ("（与给定的办公室公钥一致）" if args.office_pub else
                                               "（未给出 --office-pub：请与办公室公布的指纹核对）"))
    return 0


def _kind_or_none(path: Path) -> str | None:
    from app.signed_file import detect_kind

    try:
        return detect_kind(path)
    except InputRefused:
        return None


def _open_batch_for_scores(args: argparse.Namespace) -> OpenBatch:
    from app.batch import open_batch

    passphrase = _require_passphrase(args.passphrase_file, msg("批次口令"))
    return open_batch(Path(args.batch), passphrase)


def cmd_scores_template(args: argparse.Namespace) -> int:
    from exports.score_workbook import write_score_template

    batch = _open_batch_for_scores(args)
    out = Path(args.out)
    write_score_template(batch, out, args.reviewer)
    member = batch.member(args.reviewer) if args.reviewer else None
    who = f"，专家 {member.number} {member.name}" if member else ""
    print(f"已生成 {out}：{batch.identity.group} 第 {batch.identity.session} 场，"
          f"候选人 {len(batch.candidates)} 名{who}")
    return 0


def cmd_scores_import(args: argparse.Namespace) -> int:
    from app.score_workbook import ScoreSheetRefused, import_score_workbook, require_reviewer

    key = _load_private(Path(args.key), "评审专家")
    batch = _open_batch_for_scores(args)
    require_reviewer(batch, args.reviewer)
    try:
        result = import_score_workbook(Path(args.source), batch, args.reviewer, key, Path(args.out),
                                       pdf=Path(args.pdf) if args.pdf else None)
    except ScoreSheetRefused as refused:
        if args.json:
            _print_json({"ok": False, "file": str(args.source),
                         "problems": [p.as_dict() for p in refused.problems]})
        else:
            print(f"{Path(args.source).name}：有 {len(refused.problems)} 处需要修改：")
            for problem in refused.problems:
                print(f"  {problem.message}")
        raise
    result.store.close()  # in memory only: everything is in the signed file now
    member = batch.member(args.reviewer)
    name = member.name if member else ""
    if args.json:
        _print_json({"ok": True, "file": str(result.out), "reviewer": args.reviewer, "name": name,
                     "fingerprint": result.fingerprint, "log_head": result.log_head,
                     "scored": result.scored, "recused": result.recused,
                     "pdf": str(args.pdf) if args.pdf else None})
    else:
        print(f"已生成 {result.out}：专家 {args.reviewer} {name}，评分 {result.scored} 名，回避 {result.recused} 名")
        if args.pdf:
            print(f"个人评分表：{args.pdf}")
        print(f"签名指纹：{result.fingerprint}")
        print(f"评分记录摘要：{result.log_head[:16]}")
    return 0


def cmd_tally(args: argparse.Namespace) -> int:
    from app.batch import open_batch
    from app.chair import PanelScores
    from app.result import compute_tally, contract_json, parse_decisions, write_result_package
    from exports.files import check_target

    decisions = parse_decisions(args.decide or [])
    for target in (args.out, args.pdf, args.xlsx):  # every place writable before the package is signed
        if target:
            check_target(Path(target))
    chair_key = _load_private(Path(args.chair_key), "组长")
    passphrase = _require_passphrase(args.passphrase_file, msg("批次口令"))
    batch = open_batch(Path(args.batch), passphrase)
    scores = PanelScores(batch)
    for outcome in scores.add_each([Path(path) for path in args.scores]):
        if not args.json:
            print(outcome.message)
    result = compute_tally(batch, scores, decisions)
    notes = args.notes or ""
    if args.notes_file:
        notes = Path(args.notes_file).read_text(encoding="utf-8")
    content = write_result_package(batch, scores, result, chair_key, Path(args.out), notes=notes)
    if content.get("chair_key_warning"):
        print(f"craftsman-review: 注意：{content['chair_key_warning']}", file=sys.stderr)
    if args.pdf or args.xlsx:  # the sheets name the package by its SHA-256; each is written atomically
        import hashlib

        from exports.result_sheet import write_signed_result_pdf
        from exports.result_workbook import write_result_xlsx

        digest = hashlib.sha256(Path(args.out).read_bytes()).hexdigest()
        if args.xlsx:
            write_result_xlsx(batch, scores, result, content, Path(args.out).name, Path(args.xlsx),
                              package_digest=digest)
        if args.pdf:
            write_signed_result_pdf(batch, scores, result, content, digest, Path(args.pdf), chair_key,
                                    place=getattr(args, "place", None) or "", date=getattr(args, "date", None) or "",
                                    package_name=Path(args.out).name)
    data = contract_json(batch, result)
    if args.json:
        _print_json(data)
        return 0
    from exports.result_sheet import FLAG_LABELS, METHOD_LABELS

    missing = scores.missing()
    if missing:
        print("未交评分：" + "、".join(f"{m.number} {m.name}" for m in missing))
    print(f"汇总方法：{METHOD_LABELS.get(result.method, result.method)}；名额 {result.rules.quota}")
    print(f"{'名次':>4}  {'申报编号':<14}{'姓名':<8}{'得分':>8}  {'n':>2}  推荐  标记")
    for row in data["candidates"]:
        rank = "-" if row["rank"] is None else str(row["rank"])
        final = "-" if row["final"] is None else f"{row['final']:.{result.rules.decimals}f}"
        mark = "✓" if row["recommended"] else ""
        flags = "、".join(FLAG_LABELS.get(flag, flag) for flag in row["flags"])
        print(f"{rank:>4}  {row['id']:<14}{row['name']:<8}{final:>8}  {row['n']:>2}  {mark:<4}  {flags}")
    if result.ties:
        print("仍有并列（可用 --decide 记录组长的决定）：" + "；".join("、".join(group) for group in result.ties))
    print(f"已签名并写入 {args.out}")
    if args.xlsx:
        print(f"已写入结果工作簿 {args.xlsx}（不带签名，以结果包为准）")
    if args.pdf:
        print(f"已写入结果表 {args.pdf}（评审组长数字签名，页脚摘要 {digest[:16]}）")
    return 0


def _open_office(path: str | Path) -> OfficeDatabase:
    """An existing office database (a missing one is a plain refusal, never a new empty file)."""
    from app.storage import OfficeDatabase

    return OfficeDatabase(Path(path), create=False)


def cmd_office_ingest(args: argparse.Namespace) -> int:
    from app.office_results import ingest_result

    office = _open_office(args.db)
    try:
        report = ingest_result(office, Path(args.result), supersede=args.supersede)
    finally:
        office.close()
    if args.json:
        _print_json(report.as_dict())
    else:
        print(report.message)
        recommended = [c for c in report.candidates if c["recommended"]]
        print("推荐：" + ("、".join(f"{c['rank']}. {c['name']}（{c['id']}，{c['final']}）" for c in recommended)
                         or "无"))
    return 0


def cmd_office_export(args: argparse.Namespace) -> int:
    from exports.candidate_list import write_candidate_list

    office = _open_office(args.db)
    try:
        count = write_candidate_list(office, Path(args.out))
    finally:
        office.close()
    print(f"已导出候选人名单 {args.out}：{count} 人")
    return 0


def cmd_office_status(args: argparse.Namespace) -> int:
    from app.office_overview import candidate_statuses, decision_history, overview

    office = _open_office(args.db)
    try:
        if args.candidate:
            found = candidate_statuses(office, application_no=args.candidate)
            if not found:
                raise InputRefused(msg("数据库中没有申报编号为 {candidate} 的候选人", candidate=args.candidate))
            history = decision_history(office, args.candidate)
            if args.json:
                _print_json({"candidate": found[0].as_dict(), "history": [d.as_dict() for d in history]})
                return 0
            _print_candidate_status(found[0], history)
            return 0
        view = overview(office, group=args.group, channel=args.channel, union=args.union, search=args.search)
    finally:
        office.close()
    if args.json:
        _print_json(view.as_dict())
        return 0
    print("场次：")
    for s in view.sessions:
        replaced = f"，另有 {s.superseded} 份被取代" if s.superseded else ""
        detail = (f"{s.result_file}，推荐 {s.recommended} 名{replaced}" if s.result_file
                  else (s.batch_file or f"{s.candidates} 名候选人待建批次"))
        print(f"  {s.group} {s.group_label:<8} 第 {s.session} 场  {s.state.label:<6}  {detail}")
    print(f"候选人（{len(view.candidates)} 名）：")
    for c in view.candidates:
        print(f"  {c.application_no:<14}{c.name:<6} {c.group} {c.channel_label} {c.stage.label}：{c.state}"
              + "".join(f"  ! {w}" for w in c.warnings))
    return 0


def _print_candidate_status(c: object, history: Sequence[object]) -> None:
    from app.office_overview import CandidateStatus, Decision, Step

    assert isinstance(c, CandidateStatus)
    print(f"{c.application_no} {c.name}（{c.gender_label}）{c.group} {c.group_label} · {c.channel_label}"
          + (f" · {c.union}" if c.union else ""))
    print(f"  {c.employer} · {c.trade}")
    lines = [("资格审查", c.eligibility_text()), ("海选面试", c.step_text(Step.INTERVIEW)),
             ("专家复审", c.review_text()), ("评审发布", c.release_text())]
    lines += [(step.label, c.step_text(step)) for step in (Step.CREDIT_CHECK, Step.APPROVAL, Step.PUBLIC_NOTICE,
                                                           Step.NAMED)]
    lines.append(("现状", f"{c.stage.label}：{c.state}"))
    for label, value in lines:
        print(f"  {label:\u3000<4}  {value}")
    for warning in c.warnings:
        print(f"  ! {warning}")
    if history:
        print("  记录：")
        for d in history:
            assert isinstance(d, Decision)
            note = f"（{d.note}）" if d.note else ""
            print(f"    {d.recorded_at}  {d.step.label}：{d.outcome.label}{note}  {d.recorded_by}")


def cmd_office_record(args: argparse.Namespace) -> int:
    from app.office_overview import record_decision

    office = _open_office(args.db)
    try:
        report = record_decision(office, args.candidate, args.step, args.outcome, args.note or "", by=args.by or "")
    finally:
        office.close()
    if args.json:
        _print_json(report.as_dict())
    else:
        print(report.message)
    return 0


def _suffix(path: str, allowed: tuple[str, ...]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in allowed:
        raise UsageError(msg("{path}：文件名应以 {suffixes} 结尾", path=path, suffixes=joined(" 或 ", allowed)))
    return suffix


def cmd_office_list(args: argparse.Namespace) -> int:
    from exports.candidate_list import write_candidate_list, write_candidate_list_pdf

    suffix = _suffix(args.out, (".xlsx", ".pdf"))
    office = _open_office(args.db)
    try:
        count = (write_candidate_list_pdf if suffix == ".pdf" else write_candidate_list)(office, Path(args.out))
    finally:
        office.close()
    print(f"已导出候选人名单 {args.out}：{count} 人")
    return 0


def cmd_office_notice(args: argparse.Namespace) -> int:
    from exports.notice_list import write_notice_list

    _suffix(args.out, (".xlsx", ".pdf"))
    office = _open_office(args.db)
    try:
        count = write_notice_list(office, Path(args.out), draft=args.draft)
    finally:
        office.close()
    print(f"已导出公示名单{'（草稿）' if args.draft else ''} {args.out}：{count} 人")
    return 0


def cmd_office_stats(args: argparse.Namespace) -> int:
    from exports.statistics_table import write_statistics_folder, write_statistics_workbook

    if bool(args.out) == bool(args.per_union):
        raise UsageError("请给出 --out BOOK.xlsx（一个工作簿，每个工会一张表）"
                         "或 --per-union DIR（每个工会一个工作簿）之一")
    office = _open_office(args.db)
    try:
        if args.out:
            _suffix(args.out, (".xlsx",))
            figures = write_statistics_workbook(office, Path(args.out))
            written = [args.out]
        else:
            written = [str(p) for p in write_statistics_folder(office, Path(args.per_union))]
            from exports.statistics_table import statistics

            figures = statistics(office)
    finally:
        office.close()
    if args.json:
        _print_json({"files": written, "unions": [f.as_dict() for f in figures]})
        return 0
    for f in figures:
        print(f"  {f.union}：申报 {f.applied} 人，获得“上海工匠” {f.named} 人")
    print(f"已导出附件3统计表：{'、'.join(written)}")
    return 0


def cmd_office_survey(args: argparse.Namespace) -> int:
    from exports.survey_report import write_survey_report

    _suffix(args.out, (".xlsx",))
    office = _open_office(args.db)
    try:
        count = write_survey_report(office, Path(args.out), min_cell=args.min_cell)
    finally:
        office.close()
    print(f"已导出调研问卷汇总 {args.out}：{count} 份问卷，不足 {args.min_cell} 人的分组已合并")
    return 0


def cmd_office_backup(args: argparse.Namespace) -> int:
    from app.office_backup import backup_database

    database = Path(args.db)
    if not database.exists():
        raise InputRefused(msg("找不到办公室数据库 {database}", database=database))
    info = backup_database(database, Path(args.out))
    if args.json:
        _print_json(info.as_dict())
    else:
        print(f"已备份到 {info.describe()}")
    return 0


def cmd_office_restore(args: argparse.Namespace) -> int:
    from app.office_backup import restore_database

    info = restore_database(Path(args.source), Path(args.db), force=args.force)
    if args.json:
        _print_json(info.as_dict())
    else:
        print(f"已从 {info.source.describe()} 恢复到 {info.target}")
        if info.moved_aside:
            print(f"原数据库已损坏，已移到 {info.moved_aside}")
    return 0


# ---------------------------------------------------------------------------------------------
# Parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="craftsman-review",
        description="上海工匠评审：申报受理、资格审查、专家评审与结果汇总（离线）。不带参数时打开图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"craftsman-review {__version__}")
    parser.set_defaults(handler=cmd_gui, db=None)
    verbs = parser.add_subparsers(title="commands", metavar="COMMAND")

    def verb(name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        sub = verbs.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def json_flag(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true", help="print machine-readable JSON on stdout")

    def passphrase_flag(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--passphrase-file", type=Path, metavar="P",
                         help="read the passphrase from the file's first line (else prompt on a terminal)")

    gui = verb("gui", "open the GUI (the default); --db opens an office database, --batch the reviewer's "
               "window on a batch", cmd_gui)
    gui.add_argument("--db", type=Path, help="office database to open")
    gui.add_argument("--batch", type=Path, help="a .crbatch to open in the reviewer's (评审专家) window")
    gui.add_argument("--chair", action="store_true",
                     help="open the chair's (评审组长) window instead: import score files, tally, sign")

    demo = verb("demo", "open the GUI on a built-in demo workspace; --make DIR writes it and exits", cmd_demo)
    demo.add_argument("--make", metavar="DIR", help="write the demo workspace to DIR (headless) and exit")

    keygen = verb("keygen", "make an Ed25519 signing key: NAME.key (owner-only) and NAME.pub", cmd_keygen)
    keygen.add_argument("--out", required=True, metavar="NAME", help="file name without extension")
    passphrase_flag(keygen)
    json_flag(keygen)

    template = verb("template", "write a blank workbook to fill in", cmd_template)
    template.add_argument("kind", choices=["applications", "panel"], help="which workbook")
    template.add_argument("out", metavar="OUT.xlsx")

    intake = verb("intake", "import an applications workbook into the office database and run 资格审查",
                  cmd_intake)
    intake.add_argument("applications", metavar="APPLICATIONS.xlsx")
    intake.add_argument("--attachments", metavar="DIR",
                        help="folder with one sub-folder of attachments per 申报编号 or 身份证")
    intake.add_argument("--db", required=True, metavar="OFFICE.db", help="the office database (created if new)")
    json_flag(intake)

    exclusions = verb("exclusions", "the office's list of persons and units barred from applying",
                      cmd_exclusions)
    exclusions.add_argument("action", choices=["list", "add", "import", "remove"])
    exclusions.add_argument("--db", required=True, metavar="OFFICE.db")
    exclusions.add_argument("--id", dest="id_number", help="add: the barred person's 身份证")
    exclusions.add_argument("--employer", help="add: the barred unit's name (工作单位)")
    exclusions.add_argument("--reason", help="add: why (e.g. 2024年瞒报、虚报)")
    exclusions.add_argument("--until", help="add: last day of the bar, YYYY-MM-DD (3 years by default)")
    exclusions.add_argument("--file", help="import: workbook with columns 类型, 身份证或单位, 原因, 截止日期")
    exclusions.add_argument("--entry", type=int, help="remove: the entry's number from `list`")
    json_flag(exclusions)

    batch = verbs.add_parser("batch", help="encrypted, signed dossier batches")
    batch_verbs = batch.add_subparsers(title="batch commands", metavar="ACTION", required=True)
    create = batch_verbs.add_parser("create", help="build a session's encrypted, signed batch of dossiers")
    create.set_defaults(handler=cmd_batch_create)
    create.add_argument("--db", required=True, metavar="OFFICE.db")
    create.add_argument("--group", required=True, help="group code, e.g. G03")
    create.add_argument("--session", required=True, type=int)
    create.add_argument("--panel", required=True, metavar="PANEL.xlsx")
    create.add_argument("--office-key", required=True, metavar="office.key")
    passphrase_flag(create)
    create.add_argument("--scheme", metavar="SCHEME.toml")
    create.add_argument("--out", required=True, metavar="B.crbatch")
    json_flag(create)
    verify_batch = batch_verbs.add_parser("verify", help="check a batch's signature and show its identity")
    verify_batch.set_defaults(handler=cmd_batch_verify)
    verify_batch.add_argument("batch", metavar="B.crbatch")
    verify_batch.add_argument("--office-pub", metavar="office.pub")
    json_flag(verify_batch)

    scores = verbs.add_parser("scores", help="the offline scoring workbook")
    score_verbs = scores.add_subparsers(title="scores commands", metavar="ACTION", required=True)
    template_help = ("write the offline scoring workbook of a batch: one row per candidate, one column per "
                     "sub-item headed with its label, plus 回避 (是/否) and 评语; with --reviewer the sheet names "
                     "that panel member and fills in the recusals the office prepared for them")
    score_template = score_verbs.add_parser("template", help="a scoring workbook for a batch",
                                            description=template_help)
    score_template.set_defaults(handler=cmd_scores_template)
    import_help = ("check a filled scoring workbook cell by cell against the batch's scheme and, when every "
                   "cell is good, write the reviewer's signed score file (.crscore). When cells are bad nothing "
                   "is written, the exit status is 1, stderr has one line naming the first few, and stdout lists "
                   "every bad cell (\"第 5 行 勇挑重担：7.3 不是 0.5 的整数倍\"); with --json stdout is "
                   '{"ok": false, "problems": [{"row", "column", "value", "reason", "message"}]} instead.')
    score_import = score_verbs.add_parser("import", help="sign a filled scoring workbook", description=import_help)
    score_import.set_defaults(handler=cmd_scores_import)
    for sub in (score_template, score_import):
        sub.add_argument("--batch", required=True, metavar="B.crbatch")
        passphrase_flag(sub)
    score_template.add_argument("--out", required=True, metavar="SHEET.xlsx")
    score_template.add_argument("--reviewer", metavar="ID", help="the panel member's number (编号), e.g. E03")
    score_import.add_argument("--reviewer", required=True, metavar="ID", help="the panel member's number (编号)")
    score_import.add_argument("--key", required=True, metavar="R.key", help="the reviewer's private signing key")
    score_import.add_argument("--from", dest="source", required=True, metavar="SHEET.xlsx",
                              help="the filled scoring workbook")
    score_import.add_argument("--out", required=True, metavar="R.crscore", help="the signed score file to write")
    score_import.add_argument("--pdf", metavar="SHEET.pdf",
                              help="also write the reviewer's printable personal score sheet (个人评分表)")
    json_flag(score_import)

    tally = verb("tally", "the chair's tally and signed result package", cmd_tally)
    tally.add_argument("--batch", required=True, metavar="B.crbatch")
    passphrase_flag(tally)
    tally.add_argument("--chair-key", required=True, metavar="C.key")
    tally.add_argument("--out", required=True, metavar="RESULT.crresult")
    tally.add_argument("--pdf", metavar="RESULT.pdf")
    tally.add_argument("--xlsx", metavar="RESULT.xlsx")
    json_flag(tally)
    tally.add_argument("--decide", action="append", metavar="A,B,...",
                       help="the chair's ordering of a tied group (申报编号, best first); repeat for each group")
    tally.add_argument("--notes", help="the chair's notes, recorded in the signed package")
    tally.add_argument("--notes-file", help="read the chair's notes from a UTF-8 text file")
    tally.add_argument("scores", nargs="+", metavar="R.crscore")

    verify = verb("verify", "verify any of the project's files: batch, score file or result package", cmd_verify)
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--office-pub", metavar="office.pub")
    json_flag(verify)

    office = verbs.add_parser("office", help="results back at the office")
    office_verbs = office.add_subparsers(title="office commands", metavar="ACTION", required=True)
    ingest = office_verbs.add_parser(
        "ingest", help="verify a result package's whole chain, recompute its tally, store it")
    ingest.set_defaults(handler=cmd_office_ingest)
    ingest.add_argument("result", metavar="RESULT.crresult")
    ingest.add_argument("--db", required=True, metavar="OFFICE.db")
    ingest.add_argument("--supersede", action="store_true",
                        help="replace the session's earlier package (both stay on record)")
    json_flag(ingest)
    export = office_verbs.add_parser("export", help="the candidate list (候选人名单) workbook across all groups")
    export.set_defaults(handler=cmd_office_export)
    export.add_argument("--db", required=True, metavar="OFFICE.db")
    export.add_argument("--out", required=True, metavar="LIST.xlsx")
    status = office_verbs.add_parser(
        "status", help="the overview: every session's result and every candidate's place in the procedure")
    status.set_defaults(handler=cmd_office_status)
    status.add_argument("--db", required=True, metavar="OFFICE.db")
    status.add_argument("--group", help="only this group, e.g. G03")
    status.add_argument("--channel", help="only this channel: 单位推荐, 社团推荐 or 个人自荐 (unit, association, self)")
    status.add_argument("--union", help="only candidates of this union or association (所属区局（产业）工会/社团)")
    status.add_argument("--search", help="a part of a name, 申报编号 or 身份证")
    status.add_argument("--candidate", metavar="NO", help="one candidate (申报编号) in detail, with every decision")
    json_flag(status)
    record = office_verbs.add_parser(
        "record", help="record the office's decision on a candidate: interview (海选面试, 个人自荐 only), "
        "credit_check (诚信审核), approval (市总审定), public_notice (社会公示: 无异议, 有异议, 异议不成立, 异议成立), "
        "named (命名: 已命名, 不予命名); a correction is a new record, the latest is in force")
    record.set_defaults(handler=cmd_office_record)
    record.add_argument("--db", required=True, metavar="OFFICE.db")
    record.add_argument("--candidate", required=True, metavar="NO", help="the candidate's 申报编号")
    record.add_argument("--step", required=True, help="interview | credit_check | approval | public_notice | named "
                        "(or the Chinese label)")
    record.add_argument("--outcome", required=True, help="通过 / 未通过; 无异议 / 有异议 / 异议不成立 / 异议成立; "
                        "已命名 / 不予命名")
    record.add_argument("--note", help="what happened (required for 未通过, objections and 不予命名)")
    record.add_argument("--by", help="who records it (default: the login name)")
    json_flag(record)
    listing = office_verbs.add_parser(
        "list", help="the candidate list (候选人名单) for 市总审定 as a PDF (page furniture of the result sheets) "
        "or, like `office export`, a workbook; by the suffix of --out")
    listing.set_defaults(handler=cmd_office_list)
    listing.add_argument("--db", required=True, metavar="OFFICE.db")
    listing.add_argument("--out", required=True, metavar="LIST.pdf|LIST.xlsx")
    notice = office_verbs.add_parser(
        "notice", help="the public-notice list (公示名单) of the candidates who passed 市总审定: 姓名, 性别, 工作单位, "
        "工种, 组别 only; .xlsx or .pdf by the suffix of --out")
    notice.set_defaults(handler=cmd_office_notice)
    notice.add_argument("--db", required=True, metavar="OFFICE.db")
    notice.add_argument("--out", required=True, metavar="NOTICE.xlsx|NOTICE.pdf")
    notice.add_argument("--draft", action="store_true",
                        help="a marked draft of every recommended candidate not yet turned down, before 市总审定")
    stats = office_verbs.add_parser(
        "stats", help="附件3 统计表 for each union or association that recommended candidates, with the number "
        "who applied and who were named filled in")
    stats.set_defaults(handler=cmd_office_stats)
    stats.add_argument("--db", required=True, metavar="OFFICE.db")
    stats.add_argument("--out", metavar="BOOK.xlsx", help="one workbook: a summary sheet and one sheet per union")
    stats.add_argument("--per-union", metavar="DIR", help="one workbook per union, written into DIR")
    json_flag(stats)
    survey = office_verbs.add_parser(
        "survey", help="the income survey (调研问卷) for the research team: anonymous aggregates by group, industry "
        "and skill level; groups of fewer than --min-cell people merged into 其他（合并）")
    survey.set_defaults(handler=cmd_office_survey)
    survey.add_argument("--db", required=True, metavar="OFFICE.db")
    survey.add_argument("--out", required=True, metavar="SURVEY.xlsx")
    survey.add_argument("--min-cell", type=int, default=5, metavar="N",
                        help="the smallest group shown on its own (default 5)")
    backup = office_verbs.add_parser(
        "backup", help="a checked, single-file copy of the office database (SQLite backup API; safe while in use)")
    backup.set_defaults(handler=cmd_office_backup)
    backup.add_argument("--db", required=True, metavar="OFFICE.db")
    backup.add_argument("--out", required=True, metavar="FILE")
    json_flag(backup)
    restore = office_verbs.add_parser(
        "restore", help="put a backup in place as the office database; refuses a file that is not an intact office "
        "database or is from a newer version, and an existing database without --force")
    restore.set_defaults(handler=cmd_office_restore)
    restore.add_argument("--from", dest="source", required=True, metavar="FILE")
    restore.add_argument("--db", required=True, metavar="OFFICE.db")
    restore.add_argument("--force", action="store_true", help="overwrite the existing database")
    json_flag(restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        code = handler(args)
        sys.stdout.flush()  # here, not at exit, so that a full disk behind stdout is reported below
        return code
    except CraftsmanError as error:
        print(f"craftsman-review: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("craftsman-review: 已中断", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (`| head`): nothing left to say
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return 0
    except OSError as error:  # a file no handler expected to fail, most often stdout on a full disk (/dev/full)
        from exports.files import describe_os_error

        where = f" {os.fsdecode(error.filename)}" if error.filename else "（标准输出）"
        print(f"craftsman-review: 无法读写{where}：{describe_os_error(error)}", file=sys.stderr)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the unwritten rest must not be flushed at exit
        return InputRefused.exit_code
    except Exception as error:  # the contract: never a traceback, still say what happened
        if os.environ.get("CRAFTSMAN_DEBUG"):
            traceback.print_exc()
        print(f"craftsman-review: 内部错误（{type(error).__name__}: {error}），"
              "设置环境变量 CRAFTSMAN_DEBUG=1 可看详情", file=sys.stderr)
        return InputRefused.exit_code


if __name__ == "__main__":
    sys.exit(main())
