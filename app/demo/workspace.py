"""The demo workspace: what an office would have after receiving a year's applications.

``make_workspace(DIR)`` writes the applications workbook, one attachments folder per candidate
(generated PDFs), runs intake into ``office.db``, assigns sessions, writes one panel workbook per
session and an office signing key. Everything is synthetic and deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app.demo.content import make_applications, make_panel, session_plan
from app.enums import Group
from app.errors import UsageError
from app.exclusions import add_exclusion
from app.intake import IntakeReport, IntakeRules, run_intake
from app.keys import generate_keypair
from app.messages import msg
from app.storage import OfficeDatabase

# The demo plays in the 2024 selection: ages, dates and numbers are as of its intake deadline.
DEMO_DAY = dt.date(2024, 7, 15)
ATTACHMENT_FILE_NAMES = {
    "id_card": "身份证复印件.pdf",
    "union_card": "工会会员服务卡.pdf",
    "certificate": "荣誉证书.pdf",
    "photo": "工作照.pdf",
}
README_TEXT = """上海工匠评审 演示工作区（全部为虚构数据）

applications.xlsx    申报表：{count} 名候选人，一行一人，列名即《申报审批表》项目
attachments/         附件：每位候选人一个子文件夹（按申报编号），含身份证复印件、会员卡、证书、工作照
office.db            申报办公室数据库：已导入申报表并完成资格审查
panels/              每个场次一份评审专家名单（7 人，其中 1 名组长）
office.key / .pub    申报办公室签名密钥（演示用，未设口令）；指纹 {fingerprint}
batches/             每个场次一个加密、签名的评审批次（.crbatch）；口令见同名的 .passphrase.txt
                     （真实评审中口令只在评审现场宣布，不随批次发放）

再次运行资格审查：craftsman-review intake applications.xlsx --attachments attachments --db office.db
"""


@dataclass
class DemoWorkspace:
    folder: Path
    database: Path
    applications: Path
    attachments: Path
    panels: list[Path]
    office_key: Path
    office_pub: Path
    fingerprint: str
    report: IntakeReport
    sessions: dict[str, int] = field(default_factory=dict)
    batches: list[Path] = field(default_factory=list)

    def describe(self) -> str:
        counts = self.report.counts()
        lines = [
            f"演示工作区：{self.folder}",
            f"  申报表      {self.applications.name}：{counts['rows']} 人，合格 {counts['eligible']}，"
            f"不合格 {counts['ineligible']}，合格者中需办公室核实 {counts['with_warnings']}",
            f"  附件        {self.attachments.name}/",
            f"  数据库      {self.database.name}",
            f"  专家名单    {len(self.panels)} 个场次：" + "、".join(p.stem for p in self.panels),
            f"  办公室密钥  {self.office_key.name}（指纹 {self.fingerprint}）",
            f"  评审批次    {len(self.batches)} 个，在 batches/ 中（口令见同名 .passphrase.txt）",
        ]
        return "\n".join(lines)


def demo_passphrase(group: str, session: int) -> str:
    """The demo's batch passphrases: announced at the session in real use, fixed here."""
    return f"gongjiang-{group.lower()}-{session}-2024"


def _make_batches(folder: Path, database: Path, panels: list[Path], office_key_path: Path,
                  *, which: str) -> list[Path]:
    from app.batch import create_batch
    from app.keys import load_private_key
    from app.panel import read_panel
    from app.scheme import default_scheme_text

    if which == "none":
        return []
    out = folder / "batches"
    out.mkdir()
    office_key = load_private_key(office_key_path)
    office = OfficeDatabase(database, create=False)
    made = []
    try:
        for panel_path in panels[: 1 if which == "first" else len(panels)]:
            code, session = panel_path.stem.split("-")
            group = Group.from_value(code)
            assert group is not None
            passphrase = demo_passphrase(code, int(session))
            target = out / f"{panel_path.stem}.crbatch"
            create_batch(office, group=group, session=int(session), panel=read_panel(panel_path),
                         office_key=office_key, passphrase=passphrase.encode("utf-8"),
                         scheme_text=default_scheme_text(), out=target, year=2024)
            (out / f"{panel_path.stem}.passphrase.txt").write_text(passphrase + "\n", encoding="utf-8")
            made.append(target)
    finally:
        office.close()
    return made


def make_workspace(folder: Path, *, seed: int = 2024, batches_made: str = "all") -> DemoWorkspace:
    """Write the demo workspace into ``folder`` (which must be new or empty).

    ``batches_made`` is "all" (one batch per session), "first" (only the first session's, for a
    quick start) or "none".
    """
    from app.demo.attachments import make_attachment_pdf
    from exports.files import atomic_write_bytes
    from exports.templates import write_applications_template, write_panel_template

    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(msg("{folder} 不是空文件夹；演示工作区只写入新的或空的文件夹", folder=folder))
    folder.mkdir(parents=True, exist_ok=True)

    applications = make_applications(seed)
    workbook = folder / "applications.xlsx"
    write_applications_template(workbook, [a.values for a in applications])

    attachments = folder / "attachments"
    for application in applications:
        number = str(application.values["application_no"])
        target = attachments / number
        target.mkdir(parents=True, exist_ok=True)
        for kind in application.attachments:
            atomic_write_bytes(target / ATTACHMENT_FILE_NAMES[kind], make_attachment_pdf(kind, application.values))

    database = folder / "office.db"
    office = OfficeDatabase(database)
    try:
        # One person barred after an earlier false report, to show the exclusion list at work
        # (notice 五（三）).
        barred = [a for a in applications if not a.defects and not a.warnings][-1]
        add_exclusion(office, "id_number", str(barred.values["id_number"]), "2022年申报材料虚报业绩",
                      dt.date(2027, 7, 15))
        report = run_intake(workbook, office, attachments=attachments,
                            rules=IntakeRules(today=DEMO_DAY, year=2024))
        plan = session_plan(applications)
        office.assign_sessions({no: session for no, session in plan.items()
                                if (row := office.candidate(no)) is not None and row["eligible"]})
        groups = {(group, int(row["session"])) for row in office.candidates()
                  if row["session"] is not None and (group := Group.from_value(str(row["group"]))) is not None}
    finally:
        office.close()

    panels_folder = folder / "panels"
    panels_folder.mkdir()
    panels = []
    for group, session in sorted(groups, key=lambda item: (item[0].value, item[1])):
        members = make_panel(group, session, seed)
        path = panels_folder / f"{group.value}-{session}.xlsx"
        write_panel_template(path, [(m.number, m.name, m.employer, m.role) for m in members])
        panels.append(path)

    pair = generate_keypair(folder / "office")
    batches = _make_batches(folder, database, panels, pair.private_path, which=batches_made)
    (folder / "README.txt").write_text(
        README_TEXT.format(count=len(applications), fingerprint=pair.fingerprint), encoding="utf-8")
    return DemoWorkspace(folder, database, workbook, attachments, panels, pair.private_path, pair.public_path,
                         pair.fingerprint, report, plan, batches)
