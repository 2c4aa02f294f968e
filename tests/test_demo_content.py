"""The synthetic demo applicants, panels and attachment PDFs (app.demo), and the CJK font finder."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.demo.attachments import KINDS, make_attachment_pdf, member_number
from app.demo.content import (
    DEFECT_TAGS,
    WARNING_TAGS,
    DemoApplication,
    count_chars,
    make_applications,
    make_panel,
    session_plan,
)
from app.enums import Channel, Gender, Group
from app.errors import CraftsmanError
from app.form import FIELDS, FIELDS_BY_KEY, Kind
from app.idcard import age_on, parse_id
from exports import fonts

NOTICE_DAY = dt.date(2024, 6, 12)
EVIDENCE_KEYS = [s.key for s in FIELDS if s.power and s.kind is Kind.LONG_TEXT]
BIG_GROUPS = {"G01", "G02", "G03", "G10"}


@pytest.fixture(scope="module")
def apps() -> list[DemoApplication]:
    return make_applications()


@pytest.fixture(scope="module")
def good(apps: list[DemoApplication]) -> list[DemoApplication]:
    return [a for a in apps if not a.defects]


def tags(items: list[str]) -> list[str]:
    return [item.split(":", 1)[0] for item in items]


def sentences(text: str) -> set[str]:
    return {s for s in re.split(r"(?<=[。！？])", text) if s.strip()}


# --------------------------------------------------------------------------------------------
# Shape and spread


def test_count_and_group_spread(apps: list[DemoApplication]) -> None:
    assert len(apps) == 80
    per_group = Counter(a.group_code for a in apps)
    assert set(per_group) == {g.value for g in Group}
    for code, n in per_group.items():
        if code in BIG_GROUPS:
            assert 10 <= n <= 12, (code, n)
        else:
            assert 4 <= n <= 6, (code, n)


def test_every_field_of_the_form_is_present(apps: list[DemoApplication]) -> None:
    keys = [spec.key for spec in FIELDS]
    for app in apps:
        assert list(app.values) == keys


def test_application_numbers_are_unique_and_per_group(apps: list[DemoApplication]) -> None:
    numbers = [a.application_no for a in apps]
    assert len(set(numbers)) == len(numbers)
    for code in {a.group_code for a in apps}:
        sequence = sorted(int(n.rsplit("-", 1)[1]) for n in numbers if n.startswith(f"2024-{code}-"))
        assert sequence == list(range(1, len(sequence) + 1))


def test_choice_fields_hold_labels_as_typed(good: list[DemoApplication]) -> None:
    for app in good:
        for spec in FIELDS:
            value = app.values[spec.key]
            if spec.kind is Kind.CHOICE and value is not None:
                assert spec.choices is not None
                assert value in spec.choices.labels(), (spec.key, value)
        assert app.values["birth_date"] is None
        assert isinstance(app.values["id_number"], str)
        assert isinstance(app.values["years_worked"], int)


def test_channels_mix(apps: list[DemoApplication]) -> None:
    channels = Counter(a.values["channel"] for a in apps)
    assert channels["单位推荐"] > channels["社团推荐"] > 0
    assert 5 <= channels["个人自荐"] <= 12


# --------------------------------------------------------------------------------------------
# Personal data of the good rows


def test_good_ids_parse_and_match_gender_and_age(good: list[DemoApplication]) -> None:
    for app in good:
        info = parse_id(str(app.values["id_number"]), today=NOTICE_DAY)
        assert Gender.from_label(str(app.values["gender"])) is info.gender
        age = age_on(info.birth_date, NOTICE_DAY)
        assert 28 <= age <= 58
        start_age = age - int(str(app.values["years_worked"]))
        assert 16 <= start_age <= 25, (app.application_no, age, app.values["years_worked"])


def test_migrant_workers_come_from_elsewhere(good: list[DemoApplication]) -> None:
    migrants = [a for a in good if a.values["migrant_worker"] == "是"]
    assert migrants
    for app in migrants:
        assert not str(app.values["id_number"]).startswith("31")
    assert any(not str(a.values["home_address"]).startswith("上海市") for a in migrants)
    assert sum(str(a.values["id_number"]).startswith("31") for a in good) > len(good) / 2


def test_phones_and_postcodes(good: list[DemoApplication]) -> None:
    phones = [str(a.values["phone"]) for a in good]
    assert all(re.fullmatch(r"1(3\d|5[0-35-9]|8[0-35-9]|9[13589])\d{8}", p) for p in phones)
    assert len(set(phones)) == len(phones)
    for app in good:
        assert 200000 <= int(str(app.values["employer_postcode"])) <= 202199
        home = str(app.values["home_postcode"])
        assert re.fullmatch(r"\d{6}", home)
        if str(app.values["home_address"]).startswith("上海市"):
            assert 200000 <= int(home) <= 202199


def test_names_are_plausible_and_distinct_people(good: list[DemoApplication]) -> None:
    ids = {str(a.values["id_number"]) for a in good}
    assert len(ids) == len(good)
    for app in good:
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,3}", str(app.values["name"]))


def test_patents_are_consistent(good: list[DemoApplication]) -> None:
    for app in good:
        total = sum(int(str(app.values[k])) for k in ("invention_patents", "utility_patents", "design_patents"))
        assert (app.values["has_patents"] == "是") == (total > 0)


def test_honours_carry_titles(good: list[DemoApplication]) -> None:
    for app in good:
        honours = str(app.values["honours"]).split("；")
        assert len(honours) >= 2
        assert all(re.match(r"\d{4}年 \S", h) for h in honours)
        recommended = app.values["channel"] in ("单位推荐", "社团推荐")
        if recommended and "no_local_title" not in tags(app.warnings):
            assert "工匠" in str(app.values["honours"]), app.application_no
        title = str(app.values["model_worker_title"])
        if "上海劳模" in title:
            assert "上海市劳动模范" in str(app.values["honours"])
        if "全国五一" in title:
            assert "全国五一劳动奖章" in str(app.values["honours"])


# --------------------------------------------------------------------------------------------
# Texts


def test_text_lengths(good: list[DemoApplication]) -> None:
    for app in good:
        assert 460 <= count_chars(str(app.values["statement"])) <= 540, app.application_no
        assert 50 <= count_chars(str(app.values["craft_spirit"])) <= 100
        for key in EVIDENCE_KEYS:
            assert 40 <= count_chars(str(app.values[key])) <= 150, (app.application_no, key)
        assert "{" not in str(app.values["statement"])


def test_statements_differ(apps: list[DemoApplication]) -> None:
    statements = [str(a.values["statement"]) for a in apps]
    assert len(set(statements)) == len(statements)
    parts = [sentences(s) for s in statements]
    for (i, a), (j, b) in itertools.combinations(enumerate(parts), 2):
        shared = a & b
        assert len(shared) <= 2, (apps[i].application_no, apps[j].application_no, shared)
    frequency = Counter(s for p in parts for s in p)
    assert frequency.most_common(1)[0][1] <= 4, frequency.most_common(3)


@pytest.mark.parametrize("seed", [2024, 7, 31])
def test_statements_fit_for_other_seeds(seed: int) -> None:
    apps = make_applications(seed)
    for app in apps:
        if not app.defects:
            assert 460 <= count_chars(str(app.values["statement"])) <= 540
            assert count_chars(str(app.values["craft_spirit"])) <= 100
    assert len({a.values["statement"] for a in apps}) == len(apps)


def test_deterministic_for_a_seed() -> None:
    first, second = make_applications(2024), make_applications(2024)
    assert first == second
    other = make_applications(2025)
    assert [a.values for a in other] != [a.values for a in first]


def test_small_counts_have_no_defects() -> None:
    assert make_applications(count=0) == []
    few = make_applications(count=11)
    assert len(few) == 11
    assert {a.group_code for a in few} == {g.value for g in Group}
    assert not any(a.defects or a.warnings for a in few)


# --------------------------------------------------------------------------------------------
# Deliberate defects and warnings


def test_each_defect_once_on_its_own_row(apps: list[DemoApplication]) -> None:
    defect_tags = [t for a in apps for t in tags(a.defects)]
    assert sorted(defect_tags) == sorted(DEFECT_TAGS)
    warning_tags = [t for a in apps for t in tags(a.warnings)]
    assert sorted(warning_tags) == sorted(WARNING_TAGS)
    for app in apps:
        assert len(app.defects) + len(app.warnings) <= 1


def test_defects_are_really_there(apps: list[DemoApplication]) -> None:
    seen_ids: dict[str, str] = {}
    for app in apps:
        values = app.values
        number = str(values["id_number"])
        for tag in tags(app.defects):
            if tag == "id_check_digit":
                with pytest.raises(ValueError, match="校验码"):
                    parse_id(number, today=NOTICE_DAY)
            elif tag == "id_birth_date":
                assert number[10:14] == "0230"
                with pytest.raises(ValueError, match="出生日期"):
                    parse_id(number, today=NOTICE_DAY)
            elif tag == "gender_mismatch":
                info = parse_id(number, today=NOTICE_DAY)
                assert Gender.from_label(str(values["gender"])) is not info.gender
            elif tag == "phone_malformed":
                assert re.fullmatch(r"\d{10}", str(values["phone"]))
            elif tag == "postcode_malformed":
                assert not re.fullmatch(r"\d{6}", str(values["employer_postcode"]))
            elif tag == "craft_spirit_too_long":
                assert 120 <= count_chars(str(values["craft_spirit"])) <= 140
                assert FIELDS_BY_KEY["craft_spirit"].max_chars == 100
            elif tag == "statement_too_short":
                assert 150 <= count_chars(str(values["statement"])) <= 210
            elif tag == "missing_employer":
                assert values["employer"] in (None, "")
            elif tag == "group_invalid":
                assert values["group"] == "航空航天"
                assert Group.from_label(str(values["group"])) is None
            elif tag == "channel_invalid":
                assert values["channel"] == "网络报名"
                assert Channel.from_label(str(values["channel"])) is None
            elif tag == "duplicate_id":
                assert number in seen_ids
                assert seen_ids[number] != app.application_no
                assert seen_ids[number] in app.defects[0]
        seen_ids.setdefault(number, app.application_no)


def test_warnings_are_really_there(apps: list[DemoApplication]) -> None:
    for app in apps:
        for tag in tags(app.warnings):
            if tag == "position_leader":
                assert app.values["position"] == "副局长"
            elif tag == "no_local_title":
                assert app.values["channel"] == "单位推荐"
                assert "工匠" not in str(app.values["honours"])
            elif tag == "union_card_missing":
                assert "union_card" not in app.attachments
        if "union_card_missing" not in tags(app.warnings):
            assert {"id_card", "union_card", "certificate"} <= set(app.attachments)
        assert set(app.attachments) <= set(KINDS)


# --------------------------------------------------------------------------------------------
# Sessions and panels


def test_session_plan_splits_big_groups(apps: list[DemoApplication]) -> None:
    plan = session_plan(apps)
    assert set(plan) == {a.application_no for a in apps}
    for code in {a.group_code for a in apps}:
        sessions = Counter(plan[a.application_no] for a in apps if a.group_code == code)
        size = sum(sessions.values())
        if size > 8:
            assert set(sessions) == {1, 2}
            assert abs(sessions[1] - sessions[2]) <= 1
        else:
            assert set(sessions) == {1}


def test_panels(apps: list[DemoApplication]) -> None:
    plan = session_plan(apps)
    for group in Group:
        in_group = [a for a in apps if a.group_code == group.value]
        employers = {str(a.values["employer"]) for a in in_group if a.values["employer"]}
        for session in sorted({plan[a.application_no] for a in in_group}):
            panel = make_panel(group, session)
            assert len(panel) == 7
            assert [m.number for m in panel] == [f"E{i:02d}" for i in range(1, 8)]
            assert Counter(m.role for m in panel) == {"专家": 6, "组长": 1}
            assert len({m.name for m in panel}) == 7
            conflicts = [m for m in panel if m.employer in employers]
            if session == 1:
                assert len(conflicts) == 1, (group, [m.employer for m in panel])
                first = {str(a.values["employer"]) for a in in_group
                         if plan[a.application_no] == 1 and not a.defects}
                assert conflicts[0].employer in first
                assert conflicts[0].role == "专家"
            else:
                assert conflicts == []
            assert make_panel(group, session) == panel


# --------------------------------------------------------------------------------------------
# Fonts and attachment PDFs


def test_find_cjk_font_returns_an_existing_truetype_file() -> None:
    path = fonts.find_cjk_font()
    assert path.is_file()
    assert "noto" not in path.name.lower()
    assert fonts.register_cjk_font() == "CJK"
    assert fonts.register_cjk_font() == "CJK"


def test_font_env_var_wins_and_is_checked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = fonts.find_cjk_font()
    monkeypatch.setenv(fonts.ENV_VAR, str(real))
    assert fonts.find_cjk_font() == real
    monkeypatch.setenv(fonts.ENV_VAR, str(tmp_path / "missing.ttf"))
    with pytest.raises(CraftsmanError, match=fonts.ENV_VAR):
        fonts.find_cjk_font()
    fake = tmp_path / "NotoSansCJK-Regular.ttc"
    fake.write_bytes(b"OTTO" + bytes(100))
    monkeypatch.setenv(fonts.ENV_VAR, str(fake))
    with pytest.raises(CraftsmanError):
        fonts.find_cjk_font()


def test_no_font_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    monkeypatch.setattr(fonts, "_candidates", lambda: [])
    with pytest.raises(CraftsmanError, match="fonts-wqy-microhei") as raised:
        fonts.find_cjk_font()
    assert "SimHei" in str(raised.value)


def test_reportlab_stays_off_the_import_path() -> None:
    code = "import sys, app.demo.content, app.demo.attachments, exports.fonts; print('reportlab' in sys.modules)"
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("kind", KINDS)
def test_attachment_pdfs(kind: str, good: list[DemoApplication], tmp_path: Path) -> None:
    app = good[0]
    data = make_attachment_pdf(kind, app.values)
    assert data.startswith(b"%PDF")
    assert make_attachment_pdf(kind, app.values) == data
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert str(app.values["name"]) in text
    expected = {"id_card": "居民身份证", "union_card": "工会会员服务卡", "certificate": "荣誉证书", "photo": "工作照"}
    assert expected[kind] in text.replace(" ", "")
    if kind == "union_card":
        assert member_number(app.values) in text
    if kind == "id_card":
        assert str(app.values["id_number"]) not in text.replace(" ", "")


def test_attachments_tolerate_defective_rows(apps: list[DemoApplication]) -> None:
    for app in apps:
        if app.defects:
            for kind in app.attachments:
                assert make_attachment_pdf(kind, app.values).startswith(b"%PDF")


def test_unknown_attachment_kind() -> None:
    with pytest.raises(ValueError):
        make_attachment_pdf("passport", {})
