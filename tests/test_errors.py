"""The project's errors are fit for the screen whatever text a damaged or hostile file puts in them."""

from __future__ import annotations

from app.errors import MAX_MESSAGE_CHARACTERS, InputRefused, KeyFileError


def test_unprintable_characters_from_a_file_are_shown_escaped() -> None:
    error = InputRefused("批次文件 a\x00b\x1b[2Jc\ud800.crbatch 已损坏")
    assert str(error) == "批次文件 a\\x00b\\x1b[2Jc\\ud800.crbatch 已损坏"
    assert error.message == str(error)
    str(error).encode("utf-8")  # a lone surrogate would not even encode


def test_line_breaks_stay_and_a_long_quote_is_cut_to_one_screen() -> None:
    assert str(KeyFileError("第一行\n第二行")) == "第一行\n第二行"
    long = str(InputRefused("名称：" + "很长" * 5000))
    assert len(long) == MAX_MESSAGE_CHARACTERS + 1 and long.endswith("…")
