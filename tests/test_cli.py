"""The command line as office scripts use it: exit codes, one-line refusals, JSON, key files."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz.mutations import fuzz_examples
from tests.factories import person, write_applications

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRAFTSMAN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, stdin=subprocess.DEVNULL, timeout=120)


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("craftsman-review ")
    help_text = run("--help").stdout
    for verb in ("demo", "keygen", "template", "intake", "batch", "scores", "tally", "verify", "office"):
        assert verb in help_text


def test_intake_json_follows_the_contract(tmp_path: Path) -> None:
    workbook = write_applications(tmp_path / "apps.xlsx", [person(1), person(2, phone="12345"),
                                                           person(3, position="副局长")])
    result = run("intake", workbook, "--db", tmp_path / "office.db", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rows = data["candidates"]
    assert [(c["row"], c["id"], c["eligible"]) for c in rows] == [
        (2, "2024-G01-001", True), (3, "2024-G01-002", False), (4, "2024-G01-003", True)]
    assert set(rows[0]) >= {"row", "id", "name", "eligible", "problems", "warnings"}
    assert rows[1]["problems"] == [{"field": "手机号码", "reason": "“12345”不是有效的11位手机号码"}]
    assert rows[2]["warnings"][0]["field"] == "职务"


def test_intake_prints_a_readable_report(tmp_path: Path) -> None:
    workbook = write_applications(tmp_path / "apps.xlsx", [person(1), person(2, phone="12345")])
    result = run("intake", workbook, "--db", tmp_path / "office.db")
    assert result.returncode == 0
    assert "共 2 人：合格 1，不合格 1" in result.stdout
    assert "✗ 第 3 行 2024-G01-002" in result.stdout and "手机号码" in result.stdout


def test_a_refused_workbook_is_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\x00" * 100)
    database = tmp_path / "office.db"
    result = run("intake", bad, "--db", database, "--json")
    assert_refused(result, "bad.xlsx", "不是 Excel 工作簿")
    assert result.stdout == ""
    missing = run("intake", tmp_path / "nowhere.xlsx", "--db", database)
    assert_refused(missing, "找不到文件")


def test_a_damaged_database_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "office.db"
    database.write_bytes(b"garbage" * 1000)
    workbook = write_applications(tmp_path / "apps.xlsx", [person(1)])
    assert_refused(run("intake", workbook, "--db", database), "office.db")


def test_templates_are_written(tmp_path: Path) -> None:
    assert run("template", "applications", tmp_path / "a.xlsx").returncode == 0
    assert run("template", "panel", tmp_path / "p.xlsx").returncode == 0
    assert (tmp_path / "a.xlsx").stat().st_size > 0 and (tmp_path / "p.xlsx").stat().st_size > 0
    refused = run("template", "applications", tmp_path / "no" / "such" / "dir.xlsx")
    assert_refused(refused, "不存在")
    assert list(tmp_path.glob(".*.part")) == []


def test_keygen_writes_an_owner_only_key_and_a_fingerprint(tmp_path: Path) -> None:
    result = run("keygen", "--out", tmp_path / "office", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){4}", data["fingerprint"])
    key = tmp_path / "office.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (tmp_path / "office.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    again = run("keygen", "--out", tmp_path / "office")
    assert again.returncode == 2 and "已存在" in again.stderr


def test_keygen_with_a_passphrase(tmp_path: Path) -> None:
    from app.errors import KeyFileError
    from app.keys import fingerprint, load_private_key, load_public_key

    secret = tmp_path / "p.txt"
    secret.write_text("门前大桥下\nignored second line\n", encoding="utf-8")
    result = run("keygen", "--out", tmp_path / "chair", "--passphrase-file", secret, "--json")
    assert json.loads(result.stdout)["protected"] is True
    key = load_private_key(tmp_path / "chair.key", "门前大桥下".encode())
    assert fingerprint(key.public_key()) == fingerprint(load_public_key(tmp_path / "chair.pub"))
    assert fingerprint(key.public_key()) == json.loads(result.stdout)["fingerprint"]
    with pytest.raises(KeyFileError, match="密码错误"):
        load_private_key(tmp_path / "chair.key", b"wrong")
    with pytest.raises(KeyFileError, match="受密码保护"):
        load_private_key(tmp_path / "chair.key")
    with pytest.raises(KeyFileError, match="不是有效的公钥"):
        load_public_key(tmp_path / "chair.key")


def test_usage_errors_exit_2() -> None:
    assert run("intake").returncode == 2
    assert run("frobnicate").returncode == 2


def test_exclusions_round_trip(tmp_path: Path) -> None:
    from openpyxl import Workbook

    database = tmp_path / "office.db"
    barred = person(1)
    assert run("exclusions", "add", "--db", database, "--id", barred["id_number"], "--reason", "2023年虚报",
               "--until", "2099-01-01").returncode == 0
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["类型", "身份证或单位", "原因", "截止日期"])
    sheet.append(["单位", "上海某某机械有限公司", "2024年瞒报", "2099-06-30"])
    book.save(tmp_path / "ex.xlsx")
    assert run("exclusions", "import", "--db", database, "--file", tmp_path / "ex.xlsx").returncode == 0
    listed = json.loads(run("exclusions", "list", "--db", database, "--json").stdout)
    assert [(e["kind"], e["until"]) for e in listed] == [("id_number", "2099-01-01"), ("employer", "2099-06-30")]
    workbook = write_applications(tmp_path / "apps.xlsx", [barred, person(2, employer="上海某某机械有限公司"),
                                                           person(3)])
    data = json.loads(run("intake", workbook, "--db", database, "--json").stdout)
    assert [c["eligible"] for c in data["candidates"]] == [False, False, True]
    bad = run("exclusions", "add", "--db", database, "--id", "123")
    assert_refused(bad, "无效")
    assert run("exclusions", "remove", "--db", database, "--entry", "1").returncode == 0
    assert len(json.loads(run("exclusions", "list", "--db", database, "--json").stdout)) == 1


# ---------------------------------------------------------------------------------------------
# Fuzzing (issue 9): key files and office backups from outside


@settings(max_examples=fuzz_examples(150), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_mutated_key_files_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.mutations import fuzz_once

    fuzz_once("keys", data)


@settings(max_examples=fuzz_examples(40), deadline=None, database=None)
@given(data=st.data())
def test_fuzz_mutated_office_backups_raise_only_own_errors(data: st.DataObject) -> None:
    from fuzz.mutations import fuzz_once

    fuzz_once("backup", data)


@pytest.mark.parametrize("name", ["office.key", "office.pub"])
def test_a_key_file_of_a_gigabyte_is_refused_without_reading_it(tmp_path: Path, name: str) -> None:
    from app.errors import KeyFileError
    from app.keys import load_private_key, load_public_key

    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(1024**3)  # sparse: the declared size only
    load = load_private_key if name.endswith(".key") else load_public_key
    with pytest.raises(KeyFileError, match="文件过大"):
        load(path)


def test_a_malformed_x448_private_key_is_refused_plainly(tmp_path: Path) -> None:
    """Found by atheris: OpenSSL failed internally on it (InternalError escaped the reader)."""
    from app.errors import KeyFileError
    from app.keys import load_private_key

    path = tmp_path / "x448.key"
    path.write_text("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VvBCIEILvDDcMN39wKCo1/6ig+55Xlgzv4hEayL2yzXw4/SlVj\n"
                    "-----END PRIVATE KEY-----\n", encoding="ascii")
    for passphrase in (None, b"key passphrase 2024"):
        with pytest.raises(KeyFileError, match=r"x448\.key"):
            load_private_key(path, passphrase)


@pytest.mark.parametrize("kdf_name", ["pbkdf2", "scrypt"])
def test_a_key_declaring_hours_of_key_derivation_is_refused_at_once(tmp_path: Path, kdf_name: str) -> None:
    """A PKCS#8 key names its own derivation cost and OpenSSL obeys: a hostile file must not hang the app."""
    import time

    from asn1crypto import algos as asn1_algos
    from asn1crypto import core as asn1_core
    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem as asn1_pem
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.errors import KeyFileError
    from app.keys import load_private_key

    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"pw"))
    info = asn1_keys.EncryptedPrivateKeyInfo.load(asn1_pem.unarmor(pem)[2])
    kdf = info["encryption_algorithm"]["parameters"]["key_derivation_func"]
    if kdf_name == "pbkdf2":
        kdf["parameters"]["iteration_count"] = asn1_core.Integer(2**31 - 1)
    else:  # RFC 7914's scrypt parameters, asking for 2^40 rounds
        kdf["algorithm"] = asn1_algos.KdfAlgorithmId("1.3.6.1.4.1.11591.4.11")
        params = asn1_core.Sequence.load(asn1_core.Sequence(
            contents=b"".join(v.dump() for v in (asn1_core.OctetString(b"0123456789abcdef"), asn1_core.Integer(2**40),
                                                asn1_core.Integer(8), asn1_core.Integer(1)))).dump())
        kdf["parameters"] = params
    hostile = asn1_keys.EncryptedPrivateKeyInfo.load(info.dump(force=True))
    path = tmp_path / "hostile.key"
    path.write_bytes(asn1_pem.armor("ENCRYPTED PRIVATE KEY", hostile.dump()))
    started = time.monotonic()
    with pytest.raises(KeyFileError, match=r"hostile\.key"):
        load_private_key(path, b"pw")
    assert time.monotonic() - started < 1


def test_a_key_with_an_ordinary_passphrase_cost_still_loads(tmp_path: Path) -> None:
    from app.keys import generate_keypair, load_private_key

    pair = generate_keypair(tmp_path / "office.key", b"pw")
    assert load_private_key(pair.private_path, b"pw") is not None


def test_a_damaged_backup_is_refused_in_one_short_line(tmp_path: Path) -> None:
    """Found by atheris: SQLite's integrity report (pages of lines) was put whole into the message."""
    from app.errors import InputRefused
    from app.office_backup import inspect_office_file
    from fuzz.world import shared

    data = bytearray(shared().office_db.read_bytes())
    data[10 * 4096 + 8:10 * 4096 + 400] = b"\x07" * 392  # one b-tree page's cells overwritten
    path = tmp_path / "damaged.db"
    path.write_bytes(bytes(data))
    with pytest.raises(InputRefused, match="已损坏") as caught:
        inspect_office_file(path)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 300
