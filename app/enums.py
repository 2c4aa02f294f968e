"""Enumerations of the domain: groups, channels, the form's checkbox fields, procedure stages.

Each member's value is its English identifier (GLOSSARY.md); ``label`` is what the form and the
interface show. ``from_label`` accepts the label, the identifier and common spellings.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound="LabelledEnum")

# List punctuation, and the tick marks people copy from the paper form's checkboxes (☑上海劳模).
_PUNCTUATION = re.compile(r"[\s、，,；;/／|·．.（）()\[\]【】\"“”'‘’□☑☒■√✓✔]+")


def normalise_text(text: str) -> str:
    """Fold full-width forms to ASCII, drop spaces and list punctuation: used to compare labels."""
    folded = unicodedata.normalize("NFKC", text)
    return _PUNCTUATION.sub("", folded).strip().lower()


class LabelledEnum(Enum):
    """An enumeration whose members carry a Chinese label (the text of the form)."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = object.__new__(cls)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def labels(cls) -> list[str]:
        return [member.label for member in cls]

    @classmethod
    def from_value(cls: type[E], value: str) -> E | None:
        """The member whose identifier is ``value``, or None."""
        return next((member for member in cls if member.value == value), None)

    @classmethod
    def aliases(cls) -> dict[str, str]:
        """Other spellings people write for a member's label: alias -> identifier."""
        return {}

    @classmethod
    def from_label(cls: type[E], text: str) -> E | None:
        """The member named by ``text`` (label, identifier or a common alias), or None."""
        wanted = normalise_text(text)
        if not wanted:
            return None
        for member in cls:
            if wanted in (normalise_text(member.label), normalise_text(str(member.value))):
                return member
        alias = {normalise_text(k): v for k, v in cls.aliases().items()}.get(wanted)
        return cls.from_value(alias) if alias else None


class Group(LabelledEnum):
    """The 11 groups (组别) of the form's note 1."""

    G01 = ("G01", "冶金、机械和电气")
    G02 = ("G02", "土木建筑")
    G03 = ("G03", "计算机通信")
    G04 = ("G04", "仪电")
    G05 = ("G05", "医药")
    G06 = ("G06", "医学")
    G07 = ("G07", "绿化")
    G08 = ("G08", "餐饮")
    G09 = ("G09", "工艺设计")
    G10 = ("G10", "交通运输")
    G11 = ("G11", "其它")

    @classmethod
    def from_label(cls, text: str) -> Group | None:
        member = super().from_label(text)
        if member is not None:
            return member
        wanted = normalise_text(text)
        if wanted == "其他":  # the two spellings are used interchangeably
            return cls.G11
        if wanted.isdigit() and 1 <= int(wanted) <= len(cls):
            return list(cls)[int(wanted) - 1]
        return None


class Channel(LabelledEnum):
    """申请渠道: how the application came in (notice, section 二)."""

    UNIT = ("unit", "单位推荐")
    ASSOCIATION = ("association", "社团推荐")
    SELF = ("self", "个人自荐")

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"单位": "unit", "社团": "association", "个人": "self", "自荐": "self"}


class Gender(LabelledEnum):
    MALE = ("male", "男")
    FEMALE = ("female", "女")

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"男性": "male", "女性": "female"}


class ModelWorkerTitle(LabelledEnum):
    """是否曾获劳模称号: several may be ticked, or 否."""

    NATIONAL = ("national", "全国劳模")
    SHANGHAI = ("shanghai", "上海劳模")
    MINISTERIAL = ("ministerial", "部劳模")
    MAY_FIRST = ("may_first", "全国五一")
    NONE = ("none", "否")


class Household(LabelledEnum):
    """户籍属性."""

    AGRICULTURAL = ("agricultural", "农业户口")
    NON_AGRICULTURAL = ("non_agricultural", "非农业户口")

    @classmethod
    def aliases(cls) -> dict[str, str]:
        return {"农业": "agricultural", "非农业": "non_agricultural"}


class YesNo(LabelledEnum):
    YES = ("yes", "是")
    NO = ("no", "否")


class IdentityCategory(LabelledEnum):
    """身份."""

    CADRE = ("cadre", "干部")
    PROFESSIONAL = ("professional", "专业技术人员")
    WORKER = ("worker", "普通工人")
    CLERK = ("clerk", "职员")
    OTHER = ("other", "其他")


class SkillLevel(LabelledEnum):
    """技能等级."""

    SENIOR_TECHNICIAN = ("senior_technician", "高级技师")
    TECHNICIAN = ("technician", "技师")
    SENIOR_WORKER = ("senior_worker", "高级工")
    INTERMEDIATE_WORKER = ("intermediate_worker", "中级工")
    JUNIOR_WORKER = ("junior_worker", "初级工")
    NONE = ("none", "无")


class ProfessionalTitle(LabelledEnum):
    """职称."""

    SENIOR = ("senior", "高级职称")
    INTERMEDIATE = ("intermediate", "中级职称")
    JUNIOR = ("junior", "初级职称")
    NONE = ("none", "无")


class IncomeLevel(LabelledEnum):
    """Income survey question 2: 在本单位所处收入水平."""

    HIGH = ("high", "高")
    FAIRLY_HIGH = ("fairly_high", "较高")
    MIDDLE = ("middle", "中")
    FAIRLY_LOW = ("fairly_low", "较低")
    LOW = ("low", "低")


class RankEquivalent(LabelledEnum):
    """Income survey question 3: 相当于本单位行政管理哪一个职级收入."""

    BELOW_ORDINARY = ("below_ordinary", "低于普通")
    ORDINARY = ("ordinary", "普通")
    MIDDLE_MANAGEMENT = ("middle_management", "中层")
    SENIOR_MANAGEMENT = ("senior_management", "高层")


class Satisfaction(LabelledEnum):
    """Income survey question 8: 对当前工作环境的认可度."""

    HIGH = ("high", "高")
    MIDDLE = ("middle", "中")
    LOW = ("low", "低")


class Stage(LabelledEnum):
    """审核程序: where a candidate stands in the procedure (GLOSSARY.md)."""

    ELIGIBILITY = ("eligibility", "资格审查")
    EXPERT_REVIEW = ("expert_review", "专家复审")
    PANEL_RELEASE = ("panel_release", "评审发布")
    APPROVAL = ("approval", "市总审定")
    PUBLIC_NOTICE = ("public_notice", "社会公示")
    NAMED = ("named", "命名")


class PanelRole(LabelledEnum):
    """A panel member's role in the panel workbook."""

    REVIEWER = ("reviewer", "专家")
    CHAIR = ("chair", "组长")
