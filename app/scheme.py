"""The scoring scheme: powers, their sub-items with maxima and the step, and the aggregation rules.

Loaded from the TOML format of CONTRACT.md and validated with errors that name the place in the
file. The default (``app/schemes/default.toml``) is the five powers at 20 points each; every number
lives in a scheme file, never in code. Maxima are Decimals so that "0.5 divides 7" is exact.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from app.errors import SchemeError, kept_if_fit
from app.messages import joined, msg

METHODS = ("mean", "median", "trimmed_mean", "zscore")
TRIM_SCOPES = ("total", "item")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_MAX_FILE_BYTES = 1_000_000
_MAX_NUMBER = 1_000_000
_MAX_PLACES = 6
_MAX_MESSAGE = 300

_TOP_KEYS = {"name", "step", "total", "description", "aggregation", "review", "powers"}
_AGGREGATION_KEYS = {"method", "trim", "trim_scope", "trim_min_panel", "quota", "tie_break",
                     "decimals", "min_scores"}
_REVIEW_KEYS = {"comment_below", "comment_above"}
_POWER_KEYS = {"key", "label", "max", "items", "description"}
_ITEM_KEYS = {"key", "label", "max", "high", "low", "description"}


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    max: Decimal
    high: str = ""
    low: str = ""
    description: str = ""


@dataclass(frozen=True)
class Power:
    key: str
    label: str
    items: tuple[Item, ...]
    description: str = ""

    @property
    def max(self) -> Decimal:
        return sum((item.max for item in self.items), Decimal(0))


@dataclass(frozen=True)
class Aggregation:
    method: str = "trimmed_mean"
    trim: int = 1
    trim_scope: str = "total"
    trim_min_panel: int = 5
    quota: int = 3
    tie_break: tuple[str, ...] = ()
    decimals: int = 2  # rounding of published results: half up, applied once at the end
    min_scores: int = 3  # fewer valid scores than this: flagged, not ranked silently


@dataclass(frozen=True)
class ReviewRules:
    """When a total needs a comment before the candidate can be marked complete (ratio of the maximum)."""

    comment_below: Decimal = Decimal("0.6")
    comment_above: Decimal = Decimal("0.95")


@dataclass(frozen=True)
class Scheme:
    name: str
    step: Decimal
    powers: tuple[Power, ...]
    aggregation: Aggregation = field(default_factory=Aggregation)
    review: ReviewRules = field(default_factory=ReviewRules)
    description: str = ""

    @property
    def total_max(self) -> Decimal:
        return sum((power.max for power in self.powers), Decimal(0))

    def items(self) -> list[tuple[Power, Item]]:
        return [(power, item) for power in self.powers for item in power.items]

    def item_keys(self) -> list[str]:
        """Every sub-item as "power.item", in the scheme's order: the keys of a score sheet."""
        return [f"{power.key}.{item.key}" for power, item in self.items()]

    def item(self, key: str) -> tuple[Power, Item]:
        power_key, _, item_key = key.partition(".")
        for power, item in self.items():
            if power.key == power_key and item.key == item_key:
                return power, item
        raise KeyError(key)

    def check_score(self, key: str, value: Decimal) -> str | None:
        """Why ``value`` cannot be the score of sub-item ``key`` (a Chinese ``Message``), or None when it can."""
        power, item = self.item(key)
        if not value.is_finite() or value < 0 or value > item.max:
            return msg("{power}·{item}的分数应在 0 到 {maximum} 之间", power=power.label, item=item.label,
                       maximum=item.max)
        if value % self.step != 0:
            return msg("{power}·{item}的分数应为 {step} 的整数倍", power=power.label, item=item.label, step=self.step)
        return None

    def to_dict(self) -> dict[str, Any]:
        """A plain, JSON-ready form of the scheme (Decimals as strings): what batches carry."""
        agg = self.aggregation
        return {
            "name": self.name,
            "step": str(self.step),
            "description": self.description,
            "aggregation": {
                "method": agg.method, "trim": agg.trim, "trim_scope": agg.trim_scope,
                "trim_min_panel": agg.trim_min_panel, "quota": agg.quota,
                "tie_break": list(agg.tie_break), "decimals": agg.decimals, "min_scores": agg.min_scores,
            },
            "review": {"comment_below": str(self.review.comment_below),
                       "comment_above": str(self.review.comment_above)},
            "powers": [
                {"key": p.key, "label": p.label, "description": p.description,
                 "items": [{"key": i.key, "label": i.label, "max": str(i.max), "high": i.high,
                            "low": i.low, "description": i.description} for i in p.items]}
                for p in self.powers
            ],
        }

    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON form: the same scheme gives the same value everywhere."""
        canonical = json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _at(where: str, key: str) -> str:
    """The place ``key`` inside ``where`` ("powers[1]（lead）.max"), keeping a translatable ``where``."""
    return msg("{where}.{key}", where=where, key=key) if where else key


class _Reader:
    """Walks the parsed TOML, collecting a precise message for the first problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, reason: str) -> SchemeError:
        """The error for ``reason`` (a ``Message``) at ``where`` (a place in the file, "" for the whole)."""
        problem: str = msg("{where}：{reason}", where=where, reason=reason) if where else reason
        # Values from the file are quoted in the message (control characters escaped, pages cut short);
        # a problem that had to be escaped or cut is shown as it is, untranslated.
        problem = kept_if_fit(problem, _MAX_MESSAGE)
        return SchemeError(msg("评分方案 {source} 无效：{problem}", source=self.source, problem=problem))

    def check_keys(self, table: Any, allowed: set[str], where: str) -> dict[str, Any]:
        if not isinstance(table, dict):
            raise self.fail(where, msg("应为一个表（table）"))
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(where, msg("未知的键 {keys}（可用：{allowed}）",
                                       keys=", ".join(unknown), allowed=", ".join(sorted(allowed))))
        return table

    def text(self, table: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = table.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(_at(where, key), msg("应为非空文本"))
        return value.strip()

    def identifier(self, table: dict[str, Any], where: str) -> str:
        key = self.text(table, "key", where)
        if not _KEY.match(key):
            raise self.fail(_at(where, "key"), msg("“{key}”应由小写字母、数字和下划线组成，以字母开头", key=key))
        return key

    def decimal(self, value: Any, where: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise self.fail(where, msg("应为数字"))
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise self.fail(where, msg("“{value}”不是数字", value=value)) from None
        if not number.is_finite() or number <= 0:
            raise self.fail(where, msg("应为正数，实际为 {value}", value=value))
        # Bounded so that every later sum and "is a multiple of the step" stays exact in Decimal's
        # 28 digits (a maximum of 1e300 would make the remainder itself an error).
        places = number.normalize().as_tuple().exponent if number <= _MAX_NUMBER else 0
        if number > _MAX_NUMBER or (isinstance(places, int) and places < -_MAX_PLACES):
            raise self.fail(where, msg("“{value}”超出范围（应在 0 到 {max_number} 之间，最多 {max_places} 位小数）",
                                       value=value, max_number=_MAX_NUMBER, max_places=_MAX_PLACES))
        return number

    def integer(self, table: dict[str, Any], key: str, default: int, where: str, minimum: int = 0) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(_at(where, key), msg("应为不小于 {minimum} 的整数，实际为 {value}",
                                                 minimum=minimum, value=repr(value)))
        return value


def parse_scheme(text: str, source: str = msg("（文本）")) -> Scheme:
    """Parse and validate a scheme from TOML text; raise SchemeError naming the problem."""
    reader = _Reader(source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise reader.fail("", msg("不是有效的 TOML：{error}", error=str(error))) from None
    except RecursionError:  # tomllib recurses once per level of nested arrays or tables
        raise reader.fail("", msg("嵌套层数过多，不是评分方案")) from None
    except ValueError:  # an integer of thousands of digits: Python refuses to convert it
        raise reader.fail("", msg("含有位数过多的数字，不是评分方案")) from None
    reader.check_keys(data, _TOP_KEYS, "")
    name = reader.text(data, "name", "")
    step = reader.decimal(data.get("step", 1), "step")

    raw_powers = data.get("powers")
    if not isinstance(raw_powers, list) or not raw_powers:
        raise reader.fail("powers", msg("至少需要一项能力（[[powers]]）"))
    powers: list[Power] = []
    for p_index, raw_power in enumerate(raw_powers, start=1):
        where: str = f"powers[{p_index}]"
        reader.check_keys(raw_power, _POWER_KEYS, where)
        p_key = reader.identifier(raw_power, where)
        where = msg("powers[{index}]（{key}）", index=p_index, key=p_key)
        raw_items = raw_power.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise reader.fail(where, msg("至少需要一个子项（[[powers.items]]）"))
        items: list[Item] = []
        for i_index, raw_item in enumerate(raw_items, start=1):
            i_where: str = msg("{where}.items[{index}]", where=where, index=i_index)
            reader.check_keys(raw_item, _ITEM_KEYS, i_where)
            i_key = reader.identifier(raw_item, i_where)
            i_where = msg("{where}.items[{index}]（{key}）", where=where, index=i_index, key=i_key)
            if "max" not in raw_item:
                raise reader.fail(i_where, msg("缺少满分 max"))
            maximum = reader.decimal(raw_item["max"], _at(i_where, "max"))
            if maximum % step != 0:
                raise reader.fail(_at(i_where, "max"), msg("满分 {maximum} 不是步长 step = {step} 的整数倍",
                                                           maximum=maximum, step=step))
            if any(item.key == i_key for item in items):
                raise reader.fail(i_where, msg("子项键“{key}”重复", key=i_key))
            items.append(Item(i_key, reader.text(raw_item, "label", i_where), maximum,
                              reader.text(raw_item, "high", i_where, required=False),
                              reader.text(raw_item, "low", i_where, required=False),
                              reader.text(raw_item, "description", i_where, required=False)))
        power = Power(p_key, reader.text(raw_power, "label", where), tuple(items),
                      reader.text(raw_power, "description", where, required=False))
        if "max" in raw_power:
            declared = reader.decimal(raw_power["max"], _at(where, "max"))
            if declared != power.max:
                parts = " + ".join(str(item.max) for item in items)
                raise reader.fail(_at(where, "max"), msg("满分 {declared} 与子项满分之和 {parts} = {total} 不符",
                                                         declared=declared, parts=parts, total=power.max))
        if any(existing.key == p_key for existing in powers):
            raise reader.fail(where, msg("能力键“{key}”重复", key=p_key))
        powers.append(power)

    scheme_total = sum((p.max for p in powers), Decimal(0))
    if "total" in data:
        declared_total = reader.decimal(data["total"], "total")
        if declared_total != scheme_total:
            raise reader.fail("total", msg("总分 {declared} 与各能力满分之和 {total} 不符",
                                           declared=declared_total, total=scheme_total))

    aggregation = _parse_aggregation(reader, data.get("aggregation", {}), {p.key for p in powers})
    review = _parse_review(reader, data.get("review", {}))
    return Scheme(name=name, step=step, powers=tuple(powers), aggregation=aggregation, review=review,
                  description=reader.text(data, "description", "", required=False))


def _parse_aggregation(reader: _Reader, raw: Any, power_keys: set[str]) -> Aggregation:
    table = reader.check_keys(raw, _AGGREGATION_KEYS, "aggregation")
    where = "aggregation"
    method = table.get("method", "trimmed_mean")
    if method not in METHODS:
        raise reader.fail(f"{where}.method", msg("“{method}”不是可用的方法（{methods}）",
                                                 method=method, methods=" | ".join(METHODS)))
    trim_scope = table.get("trim_scope", "total")
    if trim_scope not in TRIM_SCOPES:
        raise reader.fail(f"{where}.trim_scope", msg("“{scope}”应为 {scopes}",
                                                     scope=trim_scope, scopes=joined(" 或 ", TRIM_SCOPES)))
    trim = reader.integer(table, "trim", 1, where)
    trim_min_panel = reader.integer(table, "trim_min_panel", max(5, 2 * trim + 1), where)
    if trim_min_panel < 2 * trim + 1:
        raise reader.fail(f"{where}.trim_min_panel",
                          msg("去掉两端各 {trim} 个分数后至少要留下 1 个，trim_min_panel 应不小于 {minimum}",
                              trim=trim, minimum=2 * trim + 1))
    tie_break = table.get("tie_break", [])
    if not isinstance(tie_break, list) or not all(isinstance(k, str) for k in tie_break):
        raise reader.fail(f"{where}.tie_break", msg("应为能力键的列表"))
    unknown = [k for k in tie_break if k not in power_keys]
    if unknown:
        raise reader.fail(f"{where}.tie_break", msg("未知的能力键 {keys}", keys=", ".join(unknown)))
    if len(set(tie_break)) != len(tie_break):
        raise reader.fail(f"{where}.tie_break", msg("能力键重复"))
    return Aggregation(
        method=method, trim=trim, trim_scope=trim_scope, trim_min_panel=trim_min_panel,
        quota=reader.integer(table, "quota", 3, where), tie_break=tuple(tie_break),
        decimals=reader.integer(table, "decimals", 2, where),
        min_scores=reader.integer(table, "min_scores", 3, where, minimum=1),
    )


def _parse_review(reader: _Reader, raw: Any) -> ReviewRules:
    table = reader.check_keys(raw, _REVIEW_KEYS, "review")
    below = reader.decimal(table.get("comment_below", "0.6"), "review.comment_below")
    above = reader.decimal(table.get("comment_above", "0.95"), "review.comment_above")
    if not below < above <= 1:
        raise reader.fail("review", msg("应满足 comment_below < comment_above ≤ 1"))
    return ReviewRules(below, above)


def load_scheme(path: Path) -> Scheme:
    """Read a scheme file, refusing unreadable, oversized or non-UTF-8 files plainly."""
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            raise SchemeError(msg("评分方案 {path} 过大（超过 1 MB），不像是方案文件", path=path))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SchemeError(msg("找不到评分方案文件 {path}", path=path)) from None
    except UnicodeDecodeError:
        raise SchemeError(msg("评分方案 {path} 不是 UTF-8 文本", path=path)) from None
    except OSError as error:
        raise SchemeError(msg("无法读取评分方案 {path}：{strerror}", path=path, strerror=error.strerror)) from None
    return parse_scheme(text, str(path))


def default_scheme_text() -> str:
    return resources.files("app").joinpath("schemes/default.toml").read_text(encoding="utf-8")


def default_scheme() -> Scheme:
    return parse_scheme(default_scheme_text(), msg("默认方案"))
