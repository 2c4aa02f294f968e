"""The demo workspace end to end: intake catches exactly the defects the generator planted."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.demo.content import make_applications
from app.demo.workspace import DemoWorkspace, make_workspace
from app.errors import UsageError
from app.panel import read_panel
from app.storage import OfficeDatabase

# The form's label each planted defect must be reported under.
EXPECTED_FIELD = {
    "id_check_digit": "身份证", "id_birth_date": "身份证", "gender_mismatch": "性别",
    "phone_malformed": "手机号码", "postcode_malformed": "邮编", "craft_spirit_too_long": "对“工匠精神”的理解",
    "statement_too_short": "个人自述", "missing_employer": "工作单位", "group_invalid": "组别",
    "channel_invalid": "申请渠道", "duplicate_id": "身份证",
}
EXPECTED_WARNING = {"position_leader": "职务", "no_local_title": "曾经获得的荣誉", "union_card_missing": "附件"}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> DemoWorkspace:
    return make_workspace(tmp_path_factory.mktemp("demo") / "ws", batches_made="first")


def test_every_planted_defect_is_caught_and_no_good_row_is_flagged(workspace: DemoWorkspace) -> None:
    planted = {str(a.values["application_no"]): a for a in make_applications()}
    barred = [a for a in planted.values() if not a.defects and not a.warnings][-1]
    for report in workspace.report.candidates:
        application = planted[report.application_no]
        problems = [(p.field, p.reason) for p in report.problems]
        warnings = [w.field for w in report.warnings]
        if application is barred:
            assert [f for f, _ in problems] == ["限制申报名单"]
            continue
        expected = [EXPECTED_FIELD[d.split(":")[0]] for d in application.defects]
        assert [f for f, _ in problems] == expected, (report.application_no, problems)
        assert warnings == [EXPECTED_WARNING[w.split(":")[0]] for w in application.warnings], report.application_no
    counts = workspace.report.counts()
    assert counts["rows"] == 80 and counts["ineligible"] == 12


def test_the_workspace_holds_what_an_office_needs(workspace: DemoWorkspace) -> None:
    office = OfficeDatabase(workspace.database, create=False)
    try:
        eligible = [c for c in office.candidates() if c["eligible"]]
        assert eligible and all(c["session"] in (1, 2) for c in eligible)
        with_files = [c for c in eligible if office.attachments(c["application_no"])]
        assert len(with_files) == len(eligible)
        first = office.attachments(eligible[0]["application_no"])[0]
        assert office.attachment_data(first["id"]).startswith(b"%PDF")
    finally:
        office.close()
    assert len(workspace.panels) >= 11
    for path in workspace.panels:
        panel = read_panel(path)
        assert len(panel) == 7 and sum(m.is_chair for m in panel) == 1
    assert stat.S_IMODE(workspace.office_key.stat().st_mode) == 0o600
    assert "指纹" in workspace.describe() and workspace.fingerprint in workspace.describe()


def test_a_folder_in_use_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="不是空文件夹"):
        make_workspace(tmp_path)
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_the_demo_batch_opens_with_its_passphrase_and_prepares_the_conflict(workspace: DemoWorkspace) -> None:
    from app.batch import open_batch
    from app.demo.workspace import demo_passphrase
    from app.keys import load_public_key

    assert len(workspace.batches) == 1
    path = workspace.batches[0]
    group, session = path.stem.split("-")
    passphrase = (path.parent / f"{path.stem}.passphrase.txt").read_text(encoding="utf-8").strip()
    assert passphrase == demo_passphrase(group, int(session))
    batch = open_batch(path, passphrase.encode(), office_key=load_public_key(workspace.office_pub))
    assert batch.identity.group == group and batch.identity.candidate_count == len(batch.candidates) > 0
    assert any(c["recused"] for c in batch.candidates), "the demo plants one expert from a candidate's unit"
    assert all("*" in c["fields"]["id_number"] for c in batch.candidates)
