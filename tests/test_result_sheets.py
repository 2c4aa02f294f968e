"""The signed result sheet PDF and the result workbook, judged by real readers.

poppler (pdfsig, pdffonts, pdftotext, pdftoppm), zbar (zbarimg) and LibreOffice read what the app
wrote; nothing here trusts the code that wrote it. The session: 8 candidates, the 7-member panel,
seeded random scores, one recusal, two candidates scored identically by everyone (a tie the chair
resolves), every comment with markup characters in it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.batch import OpenBatch, open_batch
from app.chair import PanelScores
from app.keys import fingerprint, generate_keypair, load_private_key
from app.result import compute_tally, write_result_package
from app.review_store import ReviewStore
from app.score_file import write_score_file
from exports.pdf_signing import (
    P256_ORDER,
    derive_signing_key,
    make_signing_identity,
    sign_pdf_bytes,
    validate_signed_pdf,
)
from exports.result_sheet import fmt, fmt_stat, short_digest, write_result_pdf, write_signed_result_pdf
from exports.result_workbook import write_result_xlsx
from scoring import Tally
from tests.factories import PASSPHRASE, make_session

ROOT = Path(__file__).resolve().parents[1]
RECUSAL_REASON = "与候选人曾在同一项目组共事"
NOTES = "第三名与第四名分差很小，经讨论维持汇总结果。\n请办公室复核候选人材料。"
PLACE = "上海市总工会 302 会议室"
DATE = "2024年9月12日"
COMMENTS = ("事迹扎实 & 业绩突出", "技能精湛，带徒有方 <优>", "创新成果显著，建议推荐")

needs = {tool: pytest.mark.skipif(not shutil.which(tool), reason=f"{tool} is not installed")
         for tool in ("pdfsig", "pdffonts", "pdftotext", "pdftoppm", "zbarimg")}


@dataclass
class Panel:
    folder: Path
    batch: OpenBatch
    scores: PanelScores
    score_paths: list[Path]
    keys: dict[str, Ed25519PrivateKey]
    tally: Tally
    tied: list[str]
    content: dict[str, Any]
    package: Path
    digest: str
    pdf: Path
    xlsx: Path

    @property
    def chair_key(self) -> Ed25519PrivateKey:
        return self.keys[self.batch.chair.number]


def score_panel(batch: OpenBatch, folder: Path, keys: dict[str, Ed25519PrivateKey], *, seed: int = 2024,
                skip: tuple[str, ...] = ()) -> tuple[list[Path], list[str]]:
    """Each member's signed score file: seeded random scores, E03 recuses the third candidate and the
    sixth and seventh candidates get the same scores from everyone. Returns the files and that pair."""
    rng = random.Random(seed)
    numbers = [str(c["application_no"]) for c in batch.candidates]
    tied = [numbers[5], numbers[6]]
    paths = []
    for member in batch.panel:
        if member.number in skip:
            continue
        store = ReviewStore(":memory:", batch_id=batch.identity.batch_id, reviewer=member.number,
                            scheme=batch.scheme, candidates=numbers)
        for index, number in enumerate(numbers):
            if member.number == "E03" and index == 2:
                store.set_recusal(number, True, RECUSAL_REASON)
                continue
            if number != tied[1]:
                given = {}
                for key in batch.scheme.item_keys():
                    _, item = batch.scheme.item(key)
                    given[key] = Decimal(rng.randint(int(item.max), int(2 * item.max))) / 2
                if number == tied[0]:
                    twin = given
            for key, value in (twin if number == tied[1] else given).items():
                store.set_score(number, key, value)
            store.set_comment(number, COMMENTS[(index + len(paths)) % len(COMMENTS)])
            store.set_complete(number)
        store.lock()
        path = folder / f"{member.number}.crscore"
        write_score_file(store, batch, keys[member.number], path)
        paths.append(path)
    return paths, tied


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Panel:
    folder = tmp_path_factory.mktemp("result-sheets")
    batch = open_batch(make_session(folder, 8), PASSPHRASE)
    keys = {m.number: load_private_key(generate_keypair(folder / m.number).private_path) for m in batch.panel}
    paths, tied = score_panel(batch, folder, keys)
    scores = PanelScores(batch)
    for path in paths:
        scores.add(path)
    assert compute_tally(batch, scores).candidate(tied[0]).tied  # the pair is tied until the chair decides
    tally = compute_tally(batch, scores, [[tied[1], tied[0]]])
    package = folder / "result.crresult"
    content = write_result_package(batch, scores, tally, keys[batch.chair.number], package, notes=NOTES)
    digest = hashlib.sha256(package.read_bytes()).hexdigest()
    pdf, xlsx = folder / "result.pdf", folder / "result.xlsx"
    write_signed_result_pdf(batch, scores, tally, content, digest, pdf, keys[batch.chair.number], place=PLACE,
                            date=DATE, package_name=package.name)
    write_result_xlsx(batch, scores, tally, content, package.name, xlsx, package_digest=digest)
    return Panel(folder, batch, scores, paths, keys, tally, tied, content, package, digest, pdf, xlsx)


def tool(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=180)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def pdftext(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page, as pdftotext reads it."""
    args = ["pdftotext", *(["-layout"] if layout else []), path, "-"]
    return tool(*args).stdout.split("\f")[:-1]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdfsig(path: Path) -> str:
    result = tool("pdfsig", path, check=False)
    return result.stdout + result.stderr


def byte_range(data: bytes) -> tuple[int, int, int, int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match, "no /ByteRange in the signed PDF"
    a, b, c, d = (int(group) for group in match.groups())
    return a, b, c, d


# ---------------------------------------------------------------------------------------------
# The signature


@needs["pdfsig"]
def test_pdfsig_reports_the_chairs_signature_valid_and_the_whole_document_signed(panel: Panel) -> None:
    report = pdfsig(panel.pdf)
    assert report.count("Signature #") == 1, report
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    assert f"Signer Certificate Common Name: {panel.batch.chair.name}" in report
    assert fingerprint(panel.chair_key.public_key()) in report  # in the certificate's subject
    assert "ETSI.CAdES.detached" in report  # PAdES
    ok, reason = validate_signed_pdf(panel.pdf, chair_public=panel.chair_key.public_key())
    assert ok, reason
    assert panel.batch.chair.name in reason


def _flip_in_page_content(data: bytes) -> bytes:
    _, first_end, _, _ = byte_range(data)
    position = data.index(b"stream", data.index(b"/Length")) + 40
    assert position < first_end
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1:]


def _flip_after_the_signature(data: bytes) -> bytes:
    _, _, second_start, second_length = byte_range(data)
    position = second_start + second_length // 2
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1:]


@needs["pdfsig"]
@pytest.mark.parametrize("damage", [_flip_in_page_content, _flip_after_the_signature],
                         ids=["byte in a page", "byte after the signature value"])
def test_one_changed_byte_fails_pdfsig_and_validation(panel: Panel, tmp_path: Path, damage: Any) -> None:
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(damage(panel.pdf.read_bytes()))
    assert "Signature is Valid." not in pdfsig(changed)
    ok, reason = validate_signed_pdf(changed)
    assert not ok and "changed.pdf" in reason


@needs["pdfsig"]
def test_bytes_appended_after_eof_are_refused(panel: Panel, tmp_path: Path) -> None:
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(panel.pdf.read_bytes() + b"\n% a line added after %%EOF\n")
    assert "Not total document signed" in pdfsig(appended)  # still "valid" to pdfsig, at partial coverage
    ok, reason = validate_signed_pdf(appended)
    assert not ok and "覆盖" in reason


def test_an_incremental_update_after_signing_is_refused(panel: Panel, tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(panel.pdf.read_bytes()))
    writer.root["/Lang"] = generic.TextStringObject("zh-CN")
    writer.update_root()
    updated = tmp_path / "updated.pdf"
    with updated.open("wb") as handle:
        writer.write(handle)
    ok, reason = validate_signed_pdf(updated)
    assert not ok and "覆盖" in reason


def test_validation_turns_every_failure_into_a_refusal(panel: Panel, tmp_path: Path) -> None:
    data = panel.pdf.read_bytes()
    cases = {
        "empty.pdf": b"",
        "text.pdf": "不是 PDF".encode(),
        "half.pdf": data[: len(data) // 2],
        "no-eof.pdf": data[:-7],
        "zeroed-signature.pdf": re.sub(rb"/Contents\s*<([0-9a-fA-F]+)>",
                                       lambda m: b"/Contents <" + b"0" * len(m.group(1)) + b">", data, count=1),
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        ok, reason = validate_signed_pdf(tmp_path / name)
        assert not ok and name in reason, (name, reason)
    ok, reason = validate_signed_pdf(tmp_path / "missing.pdf")
    assert not ok and "missing.pdf" in reason
    unsigned = tmp_path / "unsigned.pdf"
    write_result_pdf(panel.batch, panel.scores, panel.tally, panel.content, panel.digest, unsigned,
                     detail_pages=False)
    assert validate_signed_pdf(unsigned) == (False, "unsigned.pdf：文件没有数字签名")
    ok, reason = validate_signed_pdf(panel.pdf, chair_public=Ed25519PrivateKey.generate().public_key())
    assert not ok and "不是评审组长的" in reason


def _signed_with_certificate(data: bytes, certificate: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> bytes:
    from exports.pdf_signing import SigningIdentity

    return sign_pdf_bytes(data, SigningIdentity(key, certificate, "王建华", "XXXX"))


def test_a_certificate_not_bound_to_the_chairs_key_is_refused(panel: Panel, tmp_path: Path) -> None:
    """A look-alike certificate (same name and fingerprint in the subject) signs a copy of the sheet:
    without the binding, or with the chair's binding copied onto another key, it is refused."""
    unsigned = tmp_path / "unsigned.pdf"
    write_result_pdf(panel.batch, panel.scores, panel.tally, panel.content, panel.digest, unsigned,
                     detail_pages=False)
    genuine = make_signing_identity(panel.chair_key, panel.batch.chair.name).certificate
    other = ec.generate_private_key(ec.SECP256R1())
    for copy_binding, expected in ((False, "缺少组长密钥的绑定"), (True, "绑定签名无效")):
        builder = (x509.CertificateBuilder().subject_name(genuine.subject).issuer_name(genuine.subject)
                   .public_key(other.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(genuine.not_valid_before_utc).not_valid_after(genuine.not_valid_after_utc))
        for extension in genuine.extensions:
            if isinstance(extension.value, x509.UnrecognizedExtension) and not copy_binding:
                continue
            if isinstance(extension.value, x509.SubjectKeyIdentifier):
                continue
            builder = builder.add_extension(extension.value, extension.critical)
        forged = builder.sign(other, hashes.SHA256())
        path = tmp_path / f"forged-{copy_binding}.pdf"
        path.write_bytes(_signed_with_certificate(unsigned.read_bytes(), forged, other))
        ok, reason = validate_signed_pdf(path)
        assert not ok and expected in reason, reason


def test_the_signing_key_is_derived_from_the_chair_key_deterministically() -> None:
    chair = Ed25519PrivateKey.generate()
    first, again = derive_signing_key(chair), derive_signing_key(chair)
    assert first.private_numbers().private_value == again.private_numbers().private_value
    assert 1 <= first.private_numbers().private_value < P256_ORDER
    assert isinstance(first.curve, ec.SECP256R1)
    other = derive_signing_key(Ed25519PrivateKey.generate())
    assert other.private_numbers().private_value != first.private_numbers().private_value
    certificate = make_signing_identity(chair, "王建华").certificate
    assert certificate == make_signing_identity(chair, "王建华").certificate
    subject = certificate.subject.rfc4514_string()
    assert "王建华" in subject and fingerprint(chair.public_key()) in subject


# ---------------------------------------------------------------------------------------------
# What a reader sees


@needs["pdffonts"]
def test_the_cjk_font_is_embedded_and_no_font_is_not(panel: Panel) -> None:
    from reportlab.pdfbase import pdfmetrics

    from exports import pages

    face = pdfmetrics.getFont(pages.fonts()[0]).face.name
    face = face.decode("latin-1") if isinstance(face, bytes) else str(face)
    lines = tool("pdffonts", panel.pdf).stdout.splitlines()[2:]
    assert lines
    names = []
    for line in lines:
        fields = line.split()
        name, embedded = fields[0], fields[-5]
        names.append(name)
        assert embedded == "yes", line
        assert not re.search(r"Helvetica|Times|Courier|Symbol|ZapfDingbats", name), line
    assert any(name.split("+", 1)[-1].startswith(face) for name in names), (face, names)


@needs["pdftotext"]
def test_pdftotext_finds_every_candidate_the_panel_and_the_digest_on_every_page(panel: Panel) -> None:
    pages_text = pdftext(panel.pdf)
    total = len(pages_text)
    whole = squeeze("".join(pages_text))
    short = short_digest(panel.digest)
    for number, page in enumerate(pages_text, start=1):
        flat = squeeze(page)
        assert short in flat, number
        assert f"第{number}页共{total}页" in flat
        assert panel.batch.identity.batch_id[:8] in flat
    for candidate in panel.batch.candidates:
        assert candidate["name"] in whole and candidate["application_no"] in whole
    for member, file in panel.scores.members():
        assert file is not None
        assert squeeze(member.name) in whole and file.signer_fingerprint in whole
    assert panel.digest in whole  # the full SHA-256 beside the signatures
    assert fingerprint(panel.chair_key.public_key()) in whole
    for words in ("2024年“上海工匠”选树专家评审结果表", PLACE, DATE, "G03计算机通信", "第1场", RECUSAL_REASON,
                  *COMMENTS, *NOTES.split("\n")):
        assert squeeze(words) in whole, words


@needs["pdftotext"]
def test_the_ranking_table_shows_the_tallys_figures(panel: Panel) -> None:
    first = pdftext(panel.pdf, layout=True)[0]
    decimals = panel.tally.rules.decimals
    for result in panel.tally.candidates:
        line = next(line for line in first.splitlines() if result.id in line)
        cells = line.split()
        assert cells[0] == str(result.rank)
        expected = [fmt(result.powers[key], decimals) for key in panel.tally.powers] + [fmt(result.final, decimals)]
        start = cells.index(expected[0])
        assert cells[start:start + len(expected) + 1] == [*expected, str(result.n)], line
        assert ("是" in cells[start + len(expected) + 2:]) == result.recommended, line


@needs["pdftotext"]
def test_the_rule_card_agreement_ties_and_decisions_are_printed(panel: Panel) -> None:
    whole = squeeze("".join(pdftext(panel.pdf)))
    tally = panel.tally
    for words in ("汇总规则", "截尾平均", "四舍五入", "保留2位小数", "创新力→攻关力→实践力→引领力→传承力",
                  f"按名次取前{tally.rules.quota}名", "各候选人的有效评分与去掉的分数",
                  "ICC(1,1)", "ICC(3,k)", "KendallW", "组长意见", "评审专家签字"):
        assert words in whole, words
    for key in ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"):
        assert fmt_stat(tally.agreement.icc[key]) in whole
    assert fmt_stat(tally.agreement.kendall_w) in whole
    first, second = panel.tied
    assert f"组长对并列的裁定（名次由高到低）：{second}＞{first}" in whole
    assert whole.count("并列，组长已裁定") >= 2
    for result in tally.candidates:
        for dropped in result.dropped:
            assert f"{dropped.reviewer}{dropped.value.normalize():f}" in whole


@needs["pdftotext"]
def test_one_detail_page_per_candidate_with_every_reviewers_scores(panel: Panel) -> None:
    pages_text = pdftext(panel.pdf)
    details = [page for page in pages_text if "评分明细" in page]
    assert len(details) == len(panel.batch.candidates)
    recused = str(panel.batch.candidates[2]["application_no"])
    for page, result in zip(details, panel.tally.candidates, strict=True):
        flat = squeeze(page)
        assert result.id in flat
        for reviewer, total in result.totals.items():
            assert reviewer in flat and f"{total.normalize():f}" in flat
        if result.id == recused:
            assert f"回避：{RECUSAL_REASON}" in flat
    main = len(pages_text) - len(details)
    assert all("评分明细" not in page for page in pages_text[:main])


@needs["pdftoppm"]
@needs["zbarimg"]
def test_the_qr_code_carries_the_digest(panel: Panel, tmp_path: Path) -> None:
    last = len(pdftext(panel.pdf)) if shutil.which("pdftotext") else 1
    for number in sorted({1, last}):
        tool("pdftoppm", "-r", "150", "-png", "-f", number, "-l", number, panel.pdf, tmp_path / f"page{number}")
        image = next(tmp_path.glob(f"page{number}*.png"))
        decoded = tool("zbarimg", "--raw", "-q", image).stdout.split()
        assert decoded == [short_digest(panel.digest)]


@needs["pdftotext"]
def test_a_member_who_handed_in_nothing_is_marked(panel: Panel, tmp_path: Path) -> None:
    batch = panel.batch
    scores = PanelScores(batch)
    for path in panel.score_paths:
        if path.stem != "E07":
            scores.add(path)
    tally = compute_tally(batch, scores, [[panel.tied[1], panel.tied[0]]])
    package = tmp_path / "six.crresult"
    content = write_result_package(batch, scores, tally, panel.chair_key, package)
    digest = hashlib.sha256(package.read_bytes()).hexdigest()
    out = tmp_path / "six.pdf"
    write_result_pdf(batch, scores, tally, content, digest, out)
    flat = squeeze("".join(pdftext(out)))
    assert "E07郑刚上海市机电工会未交" in flat
    assert "未交评分文件" in flat  # on the detail pages
    assert "交回评分6份" in flat
    write_result_xlsx(batch, scores, tally, content, str(package), tmp_path / "six.xlsx")


@needs["pdftotext"]
@pytest.mark.parametrize("settings, label", [
    ({"method": "zscore"}, "标准分（z分数）换算"),
    ({"method": "median"}, "中位数"),
    ({"method": "mean"}, "算术平均"),
    ({"method": "trimmed_mean", "trim_scope": "item"}, "按分项分别截尾"),
    ({"method": "trimmed_mean", "trim_min_panel": 7}, "未截尾"),
    ({"method": "mean", "min_scores": 8}, "不排名"),
], ids=["zscore", "median", "mean", "item scope", "too few to trim", "nobody ranked"])
def test_every_method_and_unranked_candidates_make_both_sheets(panel: Panel, tmp_path: Path,
                                                               settings: dict[str, Any], label: str) -> None:
    import openpyxl

    batch = replace(panel.batch, scheme=replace(panel.batch.scheme,
                                                aggregation=replace(panel.batch.scheme.aggregation, **settings)))
    tally = compute_tally(batch, panel.scores, [[panel.tied[1], panel.tied[0]]] if settings.get("min_scores") is None
                          else ())
    digest = hashlib.sha256(label.encode()).hexdigest()
    content = {"notes": "", "decisions": [list(order) for order in tally.decisions]}
    out = tmp_path / "sheet.pdf"
    write_result_pdf(batch, panel.scores, tally, content, digest, out)
    flat = squeeze("".join(pdftext(out)))
    assert squeeze(label) in flat
    decimals = tally.rules.decimals
    for result in tally.candidates:
        assert (fmt(result.final, decimals) if result.final is not None else "—") in flat
    write_result_xlsx(batch, panel.scores, tally, content, "sheet.crresult", tmp_path / "sheet.xlsx",
                      package_digest=digest)
    ranking = openpyxl.load_workbook(tmp_path / "sheet.xlsx")["排名"]
    assert [row[1].value for row in ranking.iter_rows(min_row=4)] == [r.id for r in tally.candidates]


def test_a_malformed_digest_is_refused_before_anything_is_written(panel: Panel, tmp_path: Path) -> None:
    out = tmp_path / "bad.pdf"
    with pytest.raises(ValueError):
        write_result_pdf(panel.batch, panel.scores, panel.tally, panel.content, "not-a-digest", out)
    assert not out.exists() and list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# The workbook


def _ranking_expected(panel: Panel) -> list[list[str]]:
    """The 排名 sheet's rows as text, from the tally (with the chair's decision applied)."""
    names = {str(c["application_no"]): str(c["name"]) for c in panel.batch.candidates}
    decimals = panel.tally.rules.decimals
    rows = []
    for result in panel.tally.candidates:
        rows.append([str(result.rank), result.id, names[result.id],
                     *(fmt(result.powers[key], decimals) for key in panel.tally.powers),
                     fmt(result.final, decimals), str(result.n), "是" if result.recommended else "否"])
    return rows


def test_the_workbook_holds_the_tallys_values_with_formats_and_print_setup(panel: Panel) -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(panel.xlsx)
    assert workbook.sheetnames == ["排名", "原始评分", "规则"]
    ranking = workbook["排名"]
    assert panel.package.name in ranking["A2"].value and panel.digest in ranking["A2"].value
    assert "以结果包的签名为准" in ranking["A2"].value
    headers = [cell.value for cell in ranking[3]]
    assert headers[:4] == ["名次", "申报编号", "姓名", "工作单位"]
    assert ranking.freeze_panes == "D4" and ranking.print_title_rows == "$3:$3"
    assert ranking.page_setup.orientation == "landscape" and str(ranking.page_setup.paperSize) == "9"
    assert ranking.auto_filter.ref.startswith("A3:")
    final_column = headers.index("总分（100）")
    for row, result in zip(ranking.iter_rows(min_row=4), panel.tally.candidates, strict=True):
        assert row[0].value == result.rank and row[1].value == result.id
        assert Decimal(str(row[final_column].value)) == result.final
        assert row[final_column].number_format == "0.00"
        for offset, key in enumerate(panel.tally.powers):
            assert Decimal(str(row[4 + offset].value)) == result.powers[key]
        assert row[headers.index("推荐")].value == ("是" if result.recommended else "否")
        assert not any(isinstance(cell.value, str) and cell.value.startswith("=") for cell in row)
    assert ranking.column_dimensions["D"].width >= 30  # 工作单位 fits its Chinese text

    raw = workbook["原始评分"]
    raw_headers = [cell.value for cell in raw[3]]
    keys = panel.batch.scheme.item_keys()
    seen = 0
    for row in raw.iter_rows(min_row=4, values_only=True):
        reviewer, candidate = row[0], row[2]
        entry = panel.scores.files[reviewer].candidates[candidate]
        seen += 1
        if entry.recused:
            assert row[raw_headers.index("回避")] == "是" and row[raw_headers.index("回避理由")] == RECUSAL_REASON
            assert all(value is None for value in row[4:4 + len(keys)])
            continue
        assert [Decimal(str(value)) for value in row[4:4 + len(keys)]] == [entry.scores[key] for key in keys]
        assert Decimal(str(row[raw_headers.index("总分")])) == entry.total()
        assert row[raw_headers.index("评语")] == entry.comment
    assert seen == len(panel.scores.files) * len(panel.batch.candidates)
    assert raw.freeze_panes == "E4"

    rules = workbook["规则"]
    texts = " ".join(str(cell.value) for row in rules.iter_rows() for cell in row if cell.value is not None)
    for words in ("截尾平均", "四舍五入", "创新力 → 攻关力 → 实践力 → 引领力 → 传承力", "ICC(1,1)", "Kendall W",
                  f"{panel.tied[1]} ＞ {panel.tied[0]}"):
        assert words in texts, words


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(_libreoffice() is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc)")
def test_libreoffice_opens_the_workbook_and_its_values_equal_the_tallys(panel: Panel, tmp_path: Path) -> None:
    office = _libreoffice()
    assert office is not None
    profile = (tmp_path / "lo-profile").as_uri()
    # CSV of the first sheet (排名): comma, double quotes, UTF-8, cells as shown (number formats applied)
    result = subprocess.run(
        [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", str(tmp_path),
         str(panel.xlsx)], capture_output=True, text=True, timeout=180)
    converted = tmp_path / "result.csv"
    assert result.returncode == 0 and converted.exists(), result.stderr
    rows = list(csv.reader(converted.read_text(encoding="utf-8").splitlines()))
    assert panel.package.name in rows[1][0]
    header = rows[2]
    powers = len(panel.tally.powers)
    wanted = [0, 1, 2, *range(4, 4 + powers + 1), header.index("有效评分"), header.index("推荐")]
    shown = [[row[i] for i in wanted] for row in rows[3:] if row and row[0]]
    assert shown == _ranking_expected(panel)


# ---------------------------------------------------------------------------------------------
# The command line, end to end


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRAFTSMAN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env, stdin=subprocess.DEVNULL, timeout=300)


def test_cli_tally_writes_the_signed_pdf_and_the_workbook(panel: Panel, tmp_path: Path) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_bytes(PASSPHRASE + b"\n")
    out = tmp_path / "out"
    out.mkdir()
    package, pdf, xlsx = out / "G03-1.crresult", out / "G03-1.pdf", out / "G03-1.xlsx"
    common = ["tally", "--batch", panel.batch.path, "--passphrase-file", passphrase,
              "--chair-key", panel.folder / "E01.key", "--decide", f"{panel.tied[1]},{panel.tied[0]}"]
    result = run_cli(*common, "--out", package, "--pdf", pdf, "--xlsx", xlsx, "--json", *panel.score_paths)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(p.name for p in out.iterdir()) == sorted([package.name, pdf.name, xlsx.name])  # no leftovers
    digest = hashlib.sha256(package.read_bytes()).hexdigest()

    ok, reason = validate_signed_pdf(pdf, chair_public=panel.chair_key.public_key())
    assert ok, reason
    if shutil.which("pdfsig"):
        report = pdfsig(pdf)
        assert "Signature is Valid." in report and "Total document signed" in report
    if shutil.which("pdftotext"):
        flat = squeeze("".join(pdftext(pdf)))
        assert digest in flat and short_digest(digest) in flat
        for row in data["candidates"]:
            assert row["name"] in flat

    import openpyxl

    ranking = openpyxl.load_workbook(xlsx)["排名"]
    assert digest in ranking["A2"].value and package.name in ranking["A2"].value
    listed = [(row[1].value, row[0].value) for row in ranking.iter_rows(min_row=4)]
    assert listed == [(row["id"], row["rank"]) for row in data["candidates"]]

    # Human output names both files
    again = tmp_path / "again"
    again.mkdir()
    result = run_cli(*common, "--out", again / "r.crresult", "--pdf", again / "r.pdf", "--xlsx", again / "r.xlsx",
                     *panel.score_paths)
    assert result.returncode == 0, result.stderr
    assert "r.pdf" in result.stdout and "r.xlsx" in result.stdout


def test_cli_a_pdf_that_cannot_be_written_is_a_refusal_without_partial_files(panel: Panel, tmp_path: Path) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_bytes(PASSPHRASE + b"\n")
    package = tmp_path / "r.crresult"
    result = run_cli("tally", "--batch", panel.batch.path, "--passphrase-file", passphrase,
                     "--chair-key", panel.folder / "E01.key", "--decide", f"{panel.tied[1]},{panel.tied[0]}",
                     "--out", package, "--pdf", tmp_path / "missing" / "r.pdf", *panel.score_paths)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "missing" in result.stderr
    # Every target is checked before the package is signed: nothing at all is written.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["passphrase.txt"]


def test_sheets_are_written_atomically(panel: Panel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while signing leaves neither the signed PDF nor the unsigned draft behind."""
    import exports.pdf_signing as signing

    def broken(*args: Any, **kwargs: Any) -> bytes:
        raise signing.PdfSigningError("PDF 无法签名：测试")

    monkeypatch.setattr(signing, "sign_pdf_bytes", broken)
    out = tmp_path / "r.pdf"
    with pytest.raises(signing.PdfSigningError):
        write_signed_result_pdf(panel.batch, panel.scores, panel.tally, panel.content, panel.digest, out,
                                panel.chair_key, detail_pages=False)
    assert list(tmp_path.iterdir()) == []

