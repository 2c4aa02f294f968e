"""The application form 附件1 as data: one description from which everything else is derived.

Each ``FieldSpec`` names one field of the form: its identifier, the form's own label (which is
also the applications workbook's column header), the kind of value, whether the notice requires
it, and whether it is sensitive. The workbook template, intake, the database columns and the
dossier layout all read this list; nothing repeats it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from app.enums import (
    Channel,
    Gender,
    Group,
    Household,
    IdentityCategory,
    IncomeLevel,
    LabelledEnum,
    ModelWorkerTitle,
    ProfessionalTitle,
    RankEquivalent,
    Satisfaction,
    SkillLevel,
    YesNo,
)


class Kind(Enum):
    """What sort of value a field holds; decides parsing, checks and storage type."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    CHOICE = "choice"  # one of an enumeration (a checkbox row of the form)
    MULTI_CHOICE = "multi_choice"  # several of an enumeration may be ticked
    INTEGER = "integer"
    MONEY = "money"  # yuan per month, a non-negative number
    DATE = "date"
    ID_NUMBER = "id_number"  # 居民身份证号码, GB 11643
    MOBILE = "mobile"
    POSTCODE = "postcode"


class Section(Enum):
    """Parts of the form, in the order the form reads; labels for the dossier layout."""

    APPLICATION = "申报信息"
    PERSONAL = "基本信息"
    EMPLOYMENT = "工作信息"
    QUALIFICATION = "身份与等级"
    POWERS = "工匠五力"
    STATEMENTS = "工匠精神与个人自述"
    HONOURS = "曾经获得的荣誉"
    SURVEY = "收入水平调研问卷"


class Requirement(Enum):
    ALWAYS = "always"
    OPTIONAL = "optional"
    RECOMMENDED = "recommended"  # required when a unit or an association recommends


class Sensitivity(Enum):
    """Who may see a field: reviewers see only PUBLIC and MASKED (masked) fields."""

    PUBLIC = "public"
    MASKED = "masked"  # personal data shown to reviewers only masked (身份证, phone, address)
    OFFICE_ONLY = "office_only"  # never leaves the office (postcodes, the income survey)


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    section: Section
    kind: Kind = Kind.TEXT
    requirement: Requirement = Requirement.ALWAYS
    choices: type[LabelledEnum] | None = None
    max_chars: int | None = None
    target_chars: int | None = None  # "500字左右"
    sensitivity: Sensitivity = Sensitivity.PUBLIC
    aliases: tuple[str, ...] = ()
    power: str | None = None  # the power whose evidence this field is (GLOSSARY identifiers)
    note: str = ""  # help shown in the workbook's instructions and as cell input message
    width: int = 14  # workbook column width, in Excel character units
    in_form: bool = True  # False for the few columns the form lacks (申报编号, 出生日期, 创新成果)

    @property
    def required(self) -> bool:
        return self.requirement is Requirement.ALWAYS

    @property
    def is_survey(self) -> bool:
        return self.section is Section.SURVEY


def _power_item(
    key: str, label: str, power: str, power_label: str, *, required: Requirement = Requirement.OPTIONAL
) -> FieldSpec:
    return FieldSpec(
        key=f"{power}_{key}",
        label=label,
        section=Section.POWERS,
        kind=Kind.LONG_TEXT,
        requirement=required,
        power=power,
        aliases=(f"{power_label}{label}", f"{power_label}-{label}", f"{power_label}：{label}"),
        note=f"{power_label}·{label}的事迹与证明材料摘要",
        width=40,
    )


_A = Section.APPLICATION
_P = Section.PERSONAL
_E = Section.EMPLOYMENT
_Q = Section.QUALIFICATION
_S = Section.SURVEY
_OPT = Requirement.OPTIONAL

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("application_no", "申报编号", _A, requirement=_OPT, in_form=False,
              aliases=("编号", "申报号"), note="可留空，由系统按年度、组别编号", width=16),
    FieldSpec("channel", "申请渠道", _A, Kind.CHOICE, choices=Channel, aliases=("渠道", "推荐渠道"),
              in_form=False, note="通知第二部分的三种渠道之一"),
    FieldSpec("union", "所属区局（产业）工会/社团", _A, requirement=Requirement.RECOMMENDED,
              aliases=("所属区局工会/社团", "所属区局（产业）工会", "所属工会/社团", "所属工会", "推荐工会/社团"),
              note="单位推荐、社团推荐时必填", width=22),
    FieldSpec("group", "组别", _A, Kind.CHOICE, choices=Group, note="11个组别之一", width=18),
    FieldSpec("name", "姓名", _P, aliases=("申请人姓名",), width=10),
    FieldSpec("gender", "性别", _P, Kind.CHOICE, choices=Gender, width=6),
    FieldSpec("phone", "手机号码", _P, Kind.MOBILE, sensitivity=Sensitivity.MASKED,
              aliases=("手机", "手机号", "联系电话"), width=14),
    FieldSpec("political_status", "政治面貌", _P, width=10),
    FieldSpec("education", "学历", _P, width=10),
    FieldSpec("position", "职务", _P, requirement=_OPT, note="无职务可留空或填“无”", width=14),
    FieldSpec("id_number", "身份证", _P, Kind.ID_NUMBER, sensitivity=Sensitivity.MASKED,
              aliases=("身份证号", "身份证号码", "公民身份号码", "身份证件号码"),
              note="18位居民身份证号码，请以文本格式填写", width=21),
    FieldSpec("birth_date", "出生日期", _P, Kind.DATE, requirement=_OPT, in_form=False,
              sensitivity=Sensitivity.OFFICE_ONLY,
              aliases=("出生年月", "出生年月日"), note="可留空；填写时须与身份证一致", width=12),
    FieldSpec("model_worker_title", "是否曾获劳模称号", _P, Kind.MULTI_CHOICE, choices=ModelWorkerTitle,
              aliases=("劳模称号", "曾获劳模称号"), note="可多选，用顿号分隔；未获得填“否”", width=16),
    FieldSpec("household", "户籍属性", _P, Kind.CHOICE, choices=Household, width=12),
    FieldSpec("migrant_worker", "是否外来务工人员", _P, Kind.CHOICE, choices=YesNo,
              aliases=("外来务工人员",), width=10),
    FieldSpec("home_address", "家庭住址", _P, sensitivity=Sensitivity.MASKED, width=30),
    FieldSpec("home_postcode", "邮编", _P, Kind.POSTCODE, sensitivity=Sensitivity.OFFICE_ONLY,
              aliases=("邮编（家庭住址）", "家庭邮编", "家庭住址邮编", "住址邮编"), width=8),
    FieldSpec("employer", "工作单位", _E, aliases=("单位", "单位名称"), width=28),
    FieldSpec("employer_type", "单位性质", _E, width=12),
    FieldSpec("industry", "所属行业", _E, aliases=("行业",), width=14),
    FieldSpec("trade", "工种", _E, aliases=("工种岗位", "岗位工种"), width=14),
    FieldSpec("years_worked", "工作年限", _E, Kind.INTEGER, aliases=("工龄",), note="整数，单位：年", width=8),
    FieldSpec("employer_address", "单位地址", _E, width=30),
    FieldSpec("employer_postcode", "邮编", _E, Kind.POSTCODE, sensitivity=Sensitivity.OFFICE_ONLY,
              aliases=("邮编（单位地址）", "单位邮编", "单位地址邮编"), width=8),
    FieldSpec("identity_category", "身份", _Q, Kind.CHOICE, choices=IdentityCategory, width=12),
    FieldSpec("skill_level", "技能等级", _Q, Kind.CHOICE, choices=SkillLevel, width=10),
    FieldSpec("professional_title", "职称", _Q, Kind.CHOICE, choices=ProfessionalTitle, width=10),
    _power_item("take_on_burdens", "勇挑重担", "lead", "引领力"),
    _power_item("pursue_excellence", "追求卓越", "lead", "引领力"),
    _power_item("lead_by_example", "示范带动", "lead", "引领力"),
    _power_item("superb_skill", "技能精湛", "practice", "实践力"),
    _power_item("outstanding_results", "业绩突出", "practice", "实践力"),
    _power_item("continuous_learning", "持续学习", "practice", "实践力"),
    _power_item("business_insight", "业务洞察", "innovate", "创新力"),
    FieldSpec("has_patents", "是否获得专利", Section.POWERS, Kind.CHOICE, requirement=_OPT,
              choices=YesNo, power="innovate", width=10),
    FieldSpec("invention_patents", "发明专利数", Section.POWERS, Kind.INTEGER, requirement=_OPT,
              power="innovate", aliases=("发明专利",), width=8),
    FieldSpec("utility_patents", "实用新型专利数", Section.POWERS, Kind.INTEGER, requirement=_OPT,
              power="innovate", aliases=("实用新型专利",), width=8),
    FieldSpec("design_patents", "外观设计专利数", Section.POWERS, Kind.INTEGER, requirement=_OPT,
              power="innovate", aliases=("外观设计专利",), width=8),
    FieldSpec("innovate_innovation_output", "创新成果", Section.POWERS, Kind.LONG_TEXT, requirement=_OPT,
              power="innovate", in_form=False, aliases=("创新力创新成果", "创新成果多"),
              note="工艺工法、论文专著、软件著作权、行业标准等（专利数另填）", width=40),
    _power_item("value_creation", "价值创造", "innovate", "创新力"),
    _power_item("shoulder_key_tasks", "担当重任", "tackle", "攻关力"),
    _power_item("collaboration", "协同配合", "tackle", "攻关力"),
    _power_item("face_hard_problems", "直面难题", "tackle", "攻关力"),
    _power_item("summarize_inherit", "总结继承", "inherit", "传承力"),
    _power_item("cultivate_talent", "培养人才", "inherit", "传承力"),
    _power_item("apply_intelligence", "应用智能", "inherit", "传承力"),
    FieldSpec("craft_spirit", "对“工匠精神”的理解", Section.STATEMENTS, Kind.LONG_TEXT, max_chars=100,
              aliases=("对工匠精神的理解", "工匠精神的理解", "对\"工匠精神\"的理解"),
              note="100字以内", width=40),
    FieldSpec("statement", "个人自述", Section.STATEMENTS, Kind.LONG_TEXT, target_chars=500,
              note="500字左右，包括技术特长、社会贡献等", width=60),
    FieldSpec("honours", "曾经获得的荣誉", Section.HONOURS, Kind.LONG_TEXT, requirement=_OPT,
              aliases=("获得荣誉", "曾获荣誉"), note="区局以上，每项一行或以分号分隔", width=40),
    FieldSpec("monthly_income", "月工资实际到手收入", _S, Kind.MONEY, requirement=_OPT,
              sensitivity=Sensitivity.OFFICE_ONLY, aliases=("月工资",), note="元/月", width=10),
    FieldSpec("income_level", "在本单位所处收入水平", _S, Kind.CHOICE, requirement=_OPT, choices=IncomeLevel,
              sensitivity=Sensitivity.OFFICE_ONLY, width=10),
    FieldSpec("rank_equivalent", "相当于本单位行政管理哪一个职级收入", _S, Kind.CHOICE, requirement=_OPT,
              choices=RankEquivalent, sensitivity=Sensitivity.OFFICE_ONLY, width=12),
    FieldSpec("expected_income", "本人期望工资收入", _S, Kind.MONEY, requirement=_OPT,
              sensitivity=Sensitivity.OFFICE_ONLY, aliases=("期望工资收入",), note="元/月", width=10),
    FieldSpec("innovation_promotion", "创新成果实施是否与职级晋升挂钩", _S, Kind.CHOICE, requirement=_OPT,
              choices=YesNo, sensitivity=Sensitivity.OFFICE_ONLY, width=10),
    FieldSpec("innovation_bonus", "创新成果实施成效是否获得一次性奖励", _S, Kind.CHOICE, requirement=_OPT,
              choices=YesNo, sensitivity=Sensitivity.OFFICE_ONLY, width=10),
    FieldSpec("innovation_income", "创新成果实施成效是否与收入挂钩", _S, Kind.CHOICE, requirement=_OPT,
              choices=YesNo, sensitivity=Sensitivity.OFFICE_ONLY, width=10),
    FieldSpec("work_environment", "对当前工作环境的认可度", _S, Kind.CHOICE, requirement=_OPT,
              choices=Satisfaction, sensitivity=Sensitivity.OFFICE_ONLY, width=10),
    FieldSpec("public_welfare", "如被命名“上海工匠”，是否愿意参加劳模工匠助企行等社会公益活动", _S,
              Kind.CHOICE, requirement=_OPT, choices=YesNo, sensitivity=Sensitivity.OFFICE_ONLY,
              aliases=("是否愿意参加劳模工匠助企行等社会公益活动", "是否愿意参加社会公益活动"), width=12),
)

FIELDS_BY_KEY: dict[str, FieldSpec] = {spec.key: spec for spec in FIELDS}

POWER_LABELS: dict[str, str] = {
    "lead": "引领力",
    "practice": "实践力",
    "innovate": "创新力",
    "tackle": "攻关力",
    "inherit": "传承力",
}


def dossier_fields() -> Iterator[FieldSpec]:
    """The fields of the dossier proper: everything but the income survey."""
    return (spec for spec in FIELDS if not spec.is_survey)


def survey_fields() -> Iterator[FieldSpec]:
    """The income survey (调研问卷): sensitive, kept apart, never in a batch."""
    return (spec for spec in FIELDS if spec.is_survey)


def power_evidence_fields(power: str) -> list[FieldSpec]:
    """The evidence text fields of one power (not the patent counts)."""
    return [s for s in FIELDS if s.power == power and s.kind is Kind.LONG_TEXT and s.in_form]


def header_label(spec: FieldSpec) -> str:
    """The column header the template writes: the form's label, made unique where the form repeats one."""
    if spec.key == "home_postcode":
        return "邮编（家庭住址）"
    if spec.key == "employer_postcode":
        return "邮编（单位地址）"
    return spec.label
