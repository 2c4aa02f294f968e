"""Builders shared by the tests: valid application rows as a person types them, and workbooks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.idcard import make_id
from exports.templates import write_applications_template

STATEMENT = (
    "本人自参加工作以来一直在生产一线从事数控加工工作，先后参与了多项国家和本市重大工程的关键零部件制造任务。"
    "在大型船用柴油机曲轴加工中，我带领班组攻克了深孔加工振动大、精度难以保证的难题，"
    "自主设计了减振刀杆和专用夹具，使加工合格率由百分之八十二提高到百分之九十九，每年为企业节约成本三百余万元。"
    "我坚持把工作中的经验总结成操作法，编写的数控车削操作规范被公司作为培训教材使用。"
    "近五年来，我累计带教徒弟二十三名，其中八人已取得技师资格，三人在上海市职工技能大赛中获得前三名。"
    "我还积极推进车间的数字化改造，组织开发了刀具寿命管理系统，实现了刀具更换的预测提醒，减少停机时间约三成。"
    "作为劳模创新工作室的负责人，我每月组织一次技术交流，把难题拿出来大家一起攻关。"
    "我多次参加劳模工匠助企行活动，到中小企业现场解决加工难题，帮助他们提高产品质量。"
    "在公司承接的某型燃气轮机转子项目中，我连续四十天驻守现场，与设计、工艺人员一道反复试切，最终将关键尺寸的一次合格率提高到百分之百，"
    "保证了项目按期交付，得到用户的书面表扬。"
    "今后我将继续立足岗位，精益求精，把自己的技术毫无保留地传给年轻人，为上海制造业的高质量发展贡献力量。"
)


def good_application(**overrides: Any) -> dict[str, Any]:
    """One complete, eligible application (field key -> value as typed into the workbook)."""
    values: dict[str, Any] = {
        "application_no": "2024-G01-001",
        "channel": "单位推荐",
        "union": "上海市机电工会",
        "group": "冶金、机械和电气",
        "name": "陈建国",
        "gender": "男",
        "phone": "13816612345",
        "political_status": "中共党员",
        "education": "大专",
        "position": "班组长",
        "id_number": make_id("310104", dt.date(1978, 3, 14), 135),
        "model_worker_title": "上海劳模",
        "household": "非农业户口",
        "migrant_worker": "否",
        "home_address": "上海市徐汇区漕溪北路 88 弄 5 号 601 室",
        "home_postcode": "200030",
        "employer": "上海电气集团上海锅炉厂有限公司",
        "employer_type": "国有企业",
        "industry": "装备制造",
        "trade": "数控车工",
        "years_worked": 26,
        "employer_address": "上海市闵行区华宁路 250 号",
        "employer_postcode": "200245",
        "identity_category": "普通工人",
        "skill_level": "高级技师",
        "professional_title": "无",
        "lead_take_on_burdens": "承担核电蒸发器管板深孔加工任务，连续三年零质量事故。",
        "lead_pursue_excellence": "加工精度稳定控制在 0.005 毫米以内。",
        "lead_lead_by_example": "2022 年获闵行区工匠称号，带领班组获上海市工人先锋号。",
        "practice_superb_skill": "掌握五轴联动数控加工，全国数控技能大赛二等奖。",
        "practice_outstanding_results": "主持的工艺改进使生产效率提升 35%。",
        "practice_continuous_learning": "业余完成机械工程本科学习，取得高级技师资格。",
        "innovate_business_insight": "发现管板钻孔偏斜的根本原因在于冷却液压力波动。",
        "has_patents": "是",
        "invention_patents": 2,
        "utility_patents": 5,
        "design_patents": 0,
        "innovate_innovation_output": "形成《深孔加工操作法》一项，发表论文 3 篇。",
        "innovate_value_creation": "年节约成本 320 万元。",
        "tackle_shoulder_key_tasks": "参与华龙一号关键部件制造。",
        "tackle_collaboration": "与上海交通大学合作开展振动抑制研究。",
        "tackle_face_hard_problems": "攻克大直径深孔加工振动难题。",
        "inherit_summarize_inherit": "编写数控车削培训教材一部。",
        "inherit_cultivate_talent": "带教徒弟 23 名，8 人成为技师。",
        "inherit_apply_intelligence": "开发刀具寿命管理系统，实现预测性换刀。",
        "craft_spirit": "工匠精神就是干一行爱一行，精益求精、追求极致，把每一个零件都当作艺术品来打磨，并把手艺传下去。",
        "statement": STATEMENT,
        "honours": "2022年 闵行区工匠；2021年 上海市五一劳动奖章；2019年 上海市技术能手",
        "monthly_income": 12500,
        "income_level": "较高",
        "rank_equivalent": "中层",
        "expected_income": 15000,
        "innovation_promotion": "是",
        "innovation_bonus": "是",
        "innovation_income": "否",
        "work_environment": "高",
        "public_welfare": "是",
    }
    values.update(overrides)
    return values


def person(number: int, **overrides: Any) -> dict[str, Any]:
    """A distinct valid applicant: own ID, phone and application number."""
    gender = overrides.pop("gender", "男")
    sequence = (2 * number + 1) if gender == "男" else (2 * number + 2)
    values = good_application(
        application_no=f"2024-G01-{number:03d}",
        name=f"测试{'甲乙丙丁戊己庚辛壬癸'[number % 10]}{number}",
        gender=gender,
        id_number=make_id("310104", dt.date(1975 + number % 20, 1 + number % 12, 1 + number % 28), sequence % 1000),
        phone=f"139{number:08d}",
        years_worked=8,
    )
    values.update(overrides)
    return values


def write_applications(path: Path, rows: list[dict[str, Any]]) -> Path:
    write_applications_template(path, rows)
    return path


PANEL = (("E01", "王建华", "上海交通大学", "组长"), ("E02", "李明", "上海电气集团股份有限公司", "专家"),
         ("E03", "赵敏", "同济大学", "专家"), ("E04", "孙立", "上海市职业技能鉴定中心", "专家"),
         ("E05", "周强", "宝山钢铁股份有限公司", "专家"), ("E06", "吴红", "上海理工大学", "专家"),
         ("E07", "郑刚", "上海市机电工会", "专家"))
PASSPHRASE = b"test passphrase 2024"


def make_session(folder: Path, count: int = 5, *, panel: tuple[tuple[str, str, str, str], ...] = PANEL) -> Path:
    """A batch of ``count`` eligible G03 candidates with the 7-member panel, cheap to open (log_n=10).

    Writes office.db, apps.xlsx, panel.xlsx, office.key/.pub and session.crbatch into ``folder``;
    returns the batch's path.
    """
    from app.batch import create_batch
    from app.enums import Group
    from app.intake import IntakeRules, run_intake
    from app.keys import generate_keypair, load_private_key
    from app.panel import read_panel
    from app.scheme import default_scheme_text
    from app.storage import OfficeDatabase
    from exports.templates import write_panel_template

    folder.mkdir(parents=True, exist_ok=True)
    rows = [person(n, group="计算机通信") for n in range(1, count + 1)]
    office = OfficeDatabase(folder / "office.db")
    try:
        run_intake(write_applications(folder / "apps.xlsx", rows), office,
                   rules=IntakeRules(today=dt.date(2024, 7, 1), year=2024))
        write_panel_template(folder / "panel.xlsx", list(panel))
        pair = generate_keypair(folder / "office")
        out = folder / "session.crbatch"
        create_batch(office, group=Group.G03, session=1, panel=read_panel(folder / "panel.xlsx"),
                     office_key=load_private_key(pair.private_path), passphrase=PASSPHRASE,
                     scheme_text=default_scheme_text(), out=out, log_n=10)
    finally:
        office.close()
    return out


def score_panel(batch: Any, folder: Path, *, seed: int = 1, recuse: dict[str, str] | None = None) -> dict[str, Path]:
    """Every panel member scores the batch (seeded), locks and exports; returns reviewer -> .crscore.

    Each member's key is written beside (``E01.key``...); ``recuse`` maps a reviewer to a candidate
    they declare a conflict with.
    """
    import random
    from decimal import Decimal

    from app.keys import generate_keypair, load_private_key
    from app.review_store import ReviewStore
    from app.score_file import write_score_file

    rng = random.Random(seed)
    files = {}
    for member in batch.panel:
        key_path = folder / f"{member.number}.key"
        if not key_path.exists():
            generate_keypair(folder / member.number)
        store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=member.number,
                            scheme=batch.scheme, candidates=[c["application_no"] for c in batch.candidates])
        for candidate in batch.candidates:
            number = candidate["application_no"]
            if (recuse or {}).get(member.number) == number:
                store.set_recusal(number, True, "与候选人曾在同一项目组")
                continue
            for key in batch.scheme.item_keys():
                maximum = int(batch.scheme.item(key)[1].max)
                store.set_score(number, key, Decimal(rng.randint(maximum, 2 * maximum)) / 2)
            store.set_comment(number, "事迹材料翔实")
            store.set_complete(number)
        store.lock()
        out = folder / f"{member.number}.crscore"
        write_score_file(store, batch, load_private_key(key_path), out)
        files[member.number] = out
    return files


# ---------------------------------------------------------------------------------------------
# A year at the office: several groups and sessions, results back for most of them.

YEAR_SESSIONS = (("G03", 1), ("G03", 2), ("G05", 1))
"""The sessions of ``make_year``; the last one's result stays out (awaiting) unless ``ingest_all``."""

_INDUSTRIES = ("装备制造", "装备制造", "软件和信息服务", "软件和信息服务", "装备制造", "医药制造", "医药制造",
               "医药制造", "软件和信息服务", "装备制造", "航空航天", "集成电路", "装备制造", "医药制造", "软件和信息服务",
               "装备制造", "医药制造", "软件和信息服务", "装备制造", "医药制造")
_LEVELS = ("高", "较高", "中", "较低", "低")
_SKILLS = ("高级技师", "技师", "高级工", "高级技师", "技师")


def year_rows() -> list[dict[str, Any]]:
    """20 applications: G03 (two sessions) and G05; three unions, an association, two self-nominated,
    one ineligible (bad phone); varied survey answers, industries and skill levels."""
    rows = []
    for n in range(1, 21):
        group = "计算机通信" if n <= 12 else "医药"
        union = ("上海市机电工会", "上海市信息化工会", "上海市医药工会")[0 if n <= 6 else 1 if n <= 12 else 2]
        channel = "单位推荐"
        if n in (5, 15):
            channel, union = "社团推荐", "上海市软件行业协会"
        if n in (8, 17):
            channel, union = "个人自荐", ""
        overrides: dict[str, Any] = {
            "group": group, "channel": channel, "union": union, "industry": _INDUSTRIES[n - 1],
            "skill_level": _SKILLS[n % len(_SKILLS)], "monthly_income": 8000 + 450 * n,
            "expected_income": 11000 + 500 * n, "income_level": _LEVELS[n % len(_LEVELS)],
            "work_environment": ("高", "中", "低")[n % 3], "innovation_bonus": "是" if n % 2 else "否",
            "employer": f"上海第{n}精密制造有限公司", "home_address": f"上海市徐汇区测试路 {n} 弄 {n} 号",
        }
        if n == 20:
            overrides["phone"] = "12345"  # ineligible: not a mobile number
        rows.append(person(n, gender="女" if n % 4 == 0 else "男", **overrides))
    return rows


@dataclass
class Year:
    folder: Path
    packages: dict[tuple[str, int], Path]
    batches: dict[tuple[str, int], Path]

    @property
    def database(self) -> Path:
        return self.folder / "office.db"


def make_year(folder: Path, *, ingest_all: bool = False) -> Year:
    """The office database of a small year: intake, sessions, a batch and a signed result package per
    session (7-member panel, log_n=10), every package but the last ingested (all with ``ingest_all``).
    The self-nominated eligible candidate passed the 海选面试 before the batches were made."""
    from app.batch import create_batch, open_batch
    from app.chair import PanelScores
    from app.enums import Group
    from app.errors import InputRefused
    from app.intake import IntakeRules, run_intake
    from app.keys import generate_keypair, load_private_key
    from app.office_overview import Outcome, Step, record_decision
    from app.office_results import ingest_result
    from app.panel import read_panel
    from app.result import compute_tally, write_result_package
    from app.scheme import default_scheme_text
    from app.storage import OfficeDatabase
    from exports.templates import write_panel_template

    folder.mkdir(parents=True, exist_ok=True)
    office = OfficeDatabase(folder / "office.db")
    batches: dict[tuple[str, int], Path] = {}
    packages: dict[tuple[str, int], Path] = {}
    try:
        run_intake(write_applications(folder / "apps.xlsx", year_rows()), office,
                   rules=IntakeRules(today=dt.date(2024, 7, 1), year=2024))
        numbers = [c["application_no"] for c in office.candidates()]
        office.assign_sessions({no: (2 if 7 <= int(no[-3:]) <= 12 else 1) for no in numbers})
        record_decision(office, "2024-G01-008", Step.INTERVIEW, Outcome.PASSED, "海选面试表现良好", by="测试")
        write_panel_template(folder / "panel.xlsx", list(PANEL))
        pair = generate_keypair(folder / "office")
        for code, session in YEAR_SESSIONS:
            group = Group.from_value(code)
            assert group is not None
            out = folder / f"{code}-{session}.crbatch"
            create_batch(office, group=group, session=session, panel=read_panel(folder / "panel.xlsx"),
                         office_key=load_private_key(pair.private_path), passphrase=PASSPHRASE,
                         scheme_text=default_scheme_text(), out=out, year=2024, log_n=10)
            batches[(code, session)] = out
    finally:
        office.close()
    for (code, session), path in batches.items():
        batch = open_batch(path, PASSPHRASE)
        here = folder / f"{code}-{session}"
        here.mkdir()
        for seed in range(1, 20):
            files = score_panel(batch, here, seed=seed)
            scores = PanelScores(batch)
            for file in files.values():
                scores.add(file)
            package = folder / f"{code}-{session}.crresult"
            try:
                write_result_package(batch, scores, compute_tally(batch, scores), load_private_key(here / "E01.key"),
                                     package, notes="按评分细则汇总")
            except InputRefused:  # a tie on the quota line with this seed: score again
                continue
            packages[(code, session)] = package
            break
    office = OfficeDatabase(folder / "office.db", create=False)
    try:
        for key in YEAR_SESSIONS[: None if ingest_all else -1]:
            ingest_result(office, packages[key])
    finally:
        office.close()
    return Year(folder, packages, batches)


def copy_database(source: Path, folder: Path) -> Path:
    """A consistent copy of the SQLite database ``source`` as ``folder/office.db`` (SQLite's backup API)."""
    import sqlite3

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "office.db"
    reader, writer = sqlite3.connect(source), sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        reader.close()
        writer.close()
    return target
