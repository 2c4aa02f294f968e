"""How stored values are shown: choice identifiers as the form's labels, sizes, review status.

The database keeps enumeration *values* (``G03``, ``unit``); a stored value that is not one of them
is raw text the applicant typed and is shown exactly as typed. Nothing here decides anything: the
eligibility itself comes from intake (the ``eligible`` column and the findings). Choice labels
are shown in the interface's language (``ui.i18n.domain_text``); the applicant's raw text never is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.enums import LabelledEnum
from app.form import FieldSpec, Kind
from ui.i18n import domain_text


class ReviewStatus(Enum):
    """资格审查 as the office sees it: eligible, eligible with warnings to confirm, ineligible."""

    ELIGIBLE = "eligible"
    PENDING = "pending"  # eligible, with warnings for the office to confirm (待核实)
    INELIGIBLE = "ineligible"


def review_status(eligible: object, findings: Iterable[Mapping[str, Any]]) -> ReviewStatus:
    """The status of one candidate from its stored ``eligible`` flag and its findings."""
    if not eligible:
        return ReviewStatus.INELIGIBLE
    if any(f.get("severity") == "warning" for f in findings):
        return ReviewStatus.PENDING
    return ReviewStatus.ELIGIBLE


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _label_of(choices: type[LabelledEnum], identifier: str) -> str | None:
    for member in choices:
        if member.value == identifier:
            return member.label
    return None


def choice_label(choices: type[LabelledEnum], value: object) -> str:
    """The label of a stored choice in the interface's language; raw text (not an identifier) is
    returned as typed."""
    if is_empty(value):
        return ""
    text = str(value)
    label = _label_of(choices, text)
    return text if label is None else domain_text(label)


def multi_choice_label(choices: type[LabelledEnum], value: object) -> str:
    """``shanghai,may_first`` -> ``上海劳模、全国五一``; anything else is shown as typed."""
    if is_empty(value):
        return ""
    text = str(value)
    labels = [_label_of(choices, part) for part in text.split(",")]
    if any(label is None for label in labels):
        return text
    return list_text(domain_text(label) for label in labels if label is not None)


def list_text(items: Iterable[str]) -> str:
    """Items joined by the interface language's list comma (、 in Chinese, ", " in English)."""
    return QCoreApplication.translate("Display", "、").join(items)


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def display_value(spec: FieldSpec, value: object) -> str:
    """A stored value as text for the office ("" when empty)."""
    if is_empty(value):
        return ""
    if spec.choices is not None:
        if spec.kind is Kind.MULTI_CHOICE:
            return multi_choice_label(spec.choices, value)
        return choice_label(spec.choices, value)
    if spec.kind is Kind.MONEY and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_text(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_size(size: object) -> str:
    """A byte count as people read it: 812 B, 35.2 KB, 1.4 MB."""
    if not isinstance(size, (int, float)) or isinstance(size, bool):
        return ""
    amount = float(size)
    if amount < 1024:
        return f"{int(amount)} B"
    if amount < 1024 * 1024:
        return f"{amount / 1024:.1f} KB"
    return f"{amount / (1024 * 1024):.1f} MB"
