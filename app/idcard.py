"""Checks of the 18-character resident identity number (居民身份证号码, GB 11643-1999).

Six digits of region, eight of birth date, three of sequence (odd for men, even for women)
and an ISO 7064 MOD 11-2 check character.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from app.enums import Gender
from app.messages import msg

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# First two digits: the provinces of GB/T 2260, with 71/81/82/83 for Taiwan, Hong Kong, Macao
# and the residence permits issued to their residents.
_PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83",
}
_SHAPE = re.compile(r"^\d{17}[\dX]$")


def normalise_id(text: str) -> str:
    """Fold full-width digits, drop spaces, upper-case the X."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()


def check_character(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class IdInfo:
    number: str
    birth_date: dt.date
    gender: Gender
    region: str


def parse_id(text: str, *, today: dt.date | None = None) -> IdInfo:
    """Parse and fully check an ID number; raise ValueError with a Chinese reason (a ``Message``)."""
    number = normalise_id(text)
    if len(number) != 18:
        raise ValueError(msg("应为18位，实际为{length}位", length=len(number)))
    if not _SHAPE.match(number):
        raise ValueError(msg("只能由17位数字和1位数字或X组成"))
    if number[:2] not in _PROVINCES:
        raise ValueError(msg("前两位地区码“{region}”不存在", region=number[:2]))
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValueError(msg("出生日期“{digits}”不是真实日期", digits=number[6:14])) from None
    today = today or dt.date.today()
    if birth > today or birth.year < 1900:
        raise ValueError(msg("出生日期“{date}”不合理", date=birth.isoformat()))
    expected = check_character(number[:17])
    if number[17] != expected:
        raise ValueError(msg("校验码错误（末位与前17位不符）"))
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    return IdInfo(number=number, birth_date=birth, gender=gender, region=number[:6])


def make_id(region: str, birth: dt.date, sequence: int) -> str:
    """Compose a valid number (for demo data and tests): ``sequence`` 0-999, odd for men."""
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


def mask_id(number: str) -> str:
    """310***********123X: the region's first three and the last four stay."""
    if len(number) < 8:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
