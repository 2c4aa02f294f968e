"""The scoring scheme: the default, the contract's example, and every validation error."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import SchemeError
from app.scheme import default_scheme, default_scheme_text, load_scheme, parse_scheme
from fuzz.mutations import fuzz_examples

CONTRACT_EXAMPLE = '''
name = "示例方案"
step = 0.5                      # smallest score increment
[aggregation]
method = "trimmed_mean"         # mean | median | trimmed_mean | zscore
trim = 1                        # scores dropped at each end
trim_scope = "total"            # total | item: trim each candidate's totals, or each sub-item then sum
trim_min_panel = 5              # trim only when a candidate has at least this many valid scores
quota = 3                       # how many a session may put forward
tie_break = ["lead"]
[[powers]]
key = "lead"
label = "引领力"
[[powers.items]]
key = "take_on_burdens"
label = "勇挑重担"
max = 7
'''


def test_the_default_is_the_five_powers_at_twenty_each() -> None:
    scheme = default_scheme()
    assert [p.key for p in scheme.powers] == ["lead", "practice", "innovate", "tackle", "inherit"]
    assert [p.label for p in scheme.powers] == ["引领力", "实践力", "创新力", "攻关力", "传承力"]
    assert all(p.max == 20 and len(p.items) == 3 for p in scheme.powers)
    assert scheme.total_max == 100
    assert [i.key for i in scheme.powers[2].items] == ["business_insight", "innovation_output", "value_creation"]
    assert scheme.aggregation.method == "trimmed_mean" and scheme.aggregation.tie_break[0] == "innovate"
    assert all(item.high and item.low for _, item in scheme.items())


def test_the_contracts_example_parses() -> None:
    scheme = parse_scheme(CONTRACT_EXAMPLE)
    assert scheme.step == Decimal("0.5") and scheme.total_max == 7
    assert scheme.aggregation.trim_min_panel == 5 and scheme.aggregation.quota == 3


def test_the_fingerprint_is_stable_and_content_bound() -> None:
    assert default_scheme().fingerprint() == default_scheme().fingerprint()
    changed = parse_scheme(default_scheme_text().replace("quota = 3", "quota = 4"))
    assert changed.fingerprint() != default_scheme().fingerprint()
    # Formatting and comments do not matter, content does.
    reformatted = parse_scheme("# 注释\n" + default_scheme_text().replace("step = 0.5", "step   =   0.50"))
    assert reformatted.fingerprint() == default_scheme().fingerprint()


@pytest.mark.parametrize(("edit", "message"), [
    (("quota = 3", "quota = 3\nbonus = 1"), "未知的键 bonus"),
    (('name = "示例方案"', 'name = "示例方案"\ncolour = "red"'), "未知的键 colour"),
    (('label = "勇挑重担"', 'label = "勇挑重担"\nweight = 2'), "未知的键 weight"),
    (("step = 0.5", "step = 2"), "不是步长 step = 2 的整数倍"),
    (("step = 0.5", "step = 0"), "应为正数"),
    (("max = 7", "max = 7.3"), "不是步长"),
    (("max = 7", "max = -7"), "应为正数"),
    (('method = "trimmed_mean"', 'method = "olympic"'), "不是可用的方法"),
    (('trim_scope = "total"', 'trim_scope = "all"'), "应为 total 或 item"),
    (("trim_min_panel = 5", "trim_min_panel = 2"), "trim_min_panel 应不小于 3"),
    (("trim = 1", "trim = -1"), "不小于 0 的整数"),
    (('tie_break = ["lead"]', 'tie_break = ["speed"]'), "未知的能力键 speed"),
    (('key = "lead"', 'key = "Lead Power"'), "小写字母"),
    (('max = 7', 'max = "七"'), "不是数字"),
])
def test_invalid_schemes_are_refused_with_a_precise_reason(edit: tuple[str, str], message: str) -> None:
    text = CONTRACT_EXAMPLE.replace(*edit, 1)
    assert text != CONTRACT_EXAMPLE
    with pytest.raises(SchemeError, match=message):
        parse_scheme(text, "s.toml")


def test_a_power_maximum_that_does_not_add_up_is_refused() -> None:
    text = default_scheme_text().replace("max = 20", "max = 21", 1)
    with pytest.raises(SchemeError, match=r"powers\[1\]（lead）.max：满分 21 与子项满分之和 7 \+ 7 \+ 6 = 20 不符"):
        parse_scheme(text)


def test_a_declared_total_that_does_not_add_up_is_refused() -> None:
    with pytest.raises(SchemeError, match="总分 90"):
        parse_scheme("total = 90\n" + default_scheme_text())
    assert parse_scheme("total = 100\n" + default_scheme_text()).total_max == 100


def test_structure_errors() -> None:
    with pytest.raises(SchemeError, match="至少需要一项能力"):
        parse_scheme('name = "x"\nstep = 1\n')
    with pytest.raises(SchemeError, match="至少需要一个子项"):
        parse_scheme('name = "x"\n[[powers]]\nkey = "a"\nlabel = "甲"\n')
    with pytest.raises(SchemeError, match="缺少满分"):
        parse_scheme('name = "x"\n[[powers]]\nkey = "a"\nlabel = "甲"\n[[powers.items]]\nkey = "b"\nlabel = "乙"\n')
    with pytest.raises(SchemeError, match="能力键“a”重复"):
        parse_scheme('name = "x"\n' + '[[powers]]\nkey = "a"\nlabel = "甲"\n[[powers.items]]\nkey = "b"\n'
                     'label = "乙"\nmax = 1\n' * 2)
    with pytest.raises(SchemeError, match="不是有效的 TOML"):
        parse_scheme("name = ")
    with pytest.raises(SchemeError, match="name：应为非空文本"):
        parse_scheme("step = 1\n[[powers]]\n")


def test_scheme_files_are_read_carefully(tmp_path: Path) -> None:
    with pytest.raises(SchemeError, match="找不到"):
        load_scheme(tmp_path / "missing.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(SchemeError, match="不是 UTF-8"):
        load_scheme(binary)
    good = tmp_path / "good.toml"
    good.write_text(default_scheme_text(), encoding="utf-8")
    assert load_scheme(good).fingerprint() == default_scheme().fingerprint()


# ---------------------------------------------------------------------------------------------
# Fuzzing (issue 9): hostile scheme files


@settings(max_examples=fuzz_examples(150), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_mutated_scheme_files_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.mutations import fuzz_once

    fuzz_once("scheme", data)


@pytest.mark.parametrize(("text", "reason"), [
    ("a = " + "[" * 100_000 + "]" * 100_000, "嵌套层数过多"),
    ("a = " + "{b = " * 50_000 + "1" + "}" * 50_000, "嵌套层数过多"),
    ("a = " + "9" * 5000, "位数过多"),
    (default_scheme_text().replace("max = 7", "max = 1e300", 1), "超出范围"),
    (default_scheme_text().replace("step = 0.5", "step = 1e-30", 1), "超出范围"),
    (default_scheme_text().replace("max = 7", 'max = "7.00000001"', 1), "超出范围"),
    (default_scheme_text().replace('key = "lead"', r'key = "le\bad"', 1), r"le\\x08ad"),  # found by atheris
])
def test_deep_nesting_and_huge_numbers_are_refused_plainly(text: str, reason: str) -> None:
    with pytest.raises(SchemeError, match=reason):
        parse_scheme(text)


def test_a_scheme_file_of_a_gigabyte_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(1024**3)  # sparse
    with pytest.raises(SchemeError, match="过大"):
        load_scheme(path)


def test_a_pages_long_value_is_shortened_in_the_message() -> None:
    """Found by the property test above: an unknown tie-break key of 2,000 characters was quoted whole."""
    text = default_scheme_text().replace('tie_break = ["', 'tie_break = ["' + "x" * 5000 + '", "', 1)
    with pytest.raises(SchemeError) as caught:
        parse_scheme(text)
    assert len(str(caught.value)) < 500
