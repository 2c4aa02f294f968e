"""Reading outside workbooks safely: refuse what is not a plain .xlsx of values, within bounds.

Every workbook the app reads (applications, panels, offline score sheets) comes through here.
It is checked before openpyxl parses it (size, zip structure, decompressed size, encryption) and
while it is read (row count, formulas), so a damaged or hostile file gets one clear refusal.
"""

from __future__ import annotations

import datetime as dt
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import WorkbookError
from app.messages import joined, msg

CellValue = str | int | float | bool | dt.datetime | dt.date | dt.time | None

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # a zip bomb is refused before it is inflated
MAX_COLUMNS = 200
# Blank rows tolerated among the data (openpyxl yields every row the sheet lists, and fills the gaps
# before a far-away row one by one): beyond them a sheet is refused, not read for minutes.
MAX_BLANK_ROWS = 10_000
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: legacy .xls or an encrypted .xlsx
_ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True)
class Sheet:
    """One worksheet read as values: the header row and the non-empty data rows after it."""

    title: str
    header_row: int  # the workbook row number of the header (1-based)
    headers: list[str]
    rows: list[tuple[int, list[CellValue]]]  # (workbook row number, values aligned with headers)


def _check_container(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            if head == _CFB_MAGIC:
                body = head + handle.read(min(size, 4 * 1024 * 1024))
                if _ENCRYPTION_MARK in body:
                    raise WorkbookError(msg("{file}：工作簿设有打开密码，请取消密码后另存为 .xlsx 再导入",
                                            file=path.name))
                raise WorkbookError(msg("{file}：这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入",
                                        file=path.name))
    except FileNotFoundError:
        raise WorkbookError(msg("找不到文件 {path}", path=path)) from None
    except IsADirectoryError:
        raise WorkbookError(msg("{path} 是文件夹，不是工作簿", path=path)) from None
    except PermissionError:
        raise WorkbookError(msg("没有权限读取 {path}", path=path)) from None
    if size == 0:
        raise WorkbookError(msg("{file}：文件是空的", file=path.name))
    if size > MAX_FILE_BYTES:
        megabytes, limit = size // (1024 * 1024), MAX_FILE_BYTES // (1024 * 1024)
        raise WorkbookError(msg("{file}：文件过大（{size_mb} MB），超过 {limit_mb} MB 上限",
                                file=path.name, size_mb=megabytes, limit_mb=limit))
    try:
        # is_zipfile itself raises on some damaged endings (a ZIP64 locator naming several disks).
        is_zip = zipfile.is_zipfile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        is_zip = False
    if not is_zip:
        raise WorkbookError(msg("{file}：不是 Excel 工作簿（.xlsx），文件可能已损坏或是其他格式", file=path.name))
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                raise WorkbookError(msg("{file}：压缩包中没有工作簿内容，不是 Excel 工作簿（.xlsx）", file=path.name))
            inflated = sum(info.file_size for info in archive.infolist())
            if inflated > MAX_UNCOMPRESSED_BYTES:
                raise WorkbookError(msg("{file}：解压后内容过大（{size_mb} MB），拒绝读取",
                                        file=path.name, size_mb=inflated // (1024 * 1024)))
            broken = archive.testzip()
            if broken is not None:
                raise WorkbookError(msg("{file}：文件已损坏（{member} 校验失败）", file=path.name, member=broken))
    except WorkbookError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise WorkbookError(msg("{file}：文件已损坏（{error}）", file=path.name, error=error)) from None


def _cell_text(value: object) -> str:
    return "" if value is None else str(value).strip()


def read_sheet(
    path: Path,
    score_header: Callable[[list[str]], int],
    *,
    max_rows: int,
    header_search_rows: int = 5,
) -> Sheet:
    """Read the worksheet whose header best matches (``score_header`` counts known headers).

    The header is looked for in the first ``header_search_rows`` rows of each sheet. Data rows
    that are entirely empty are skipped; more than ``max_rows`` data rows, or any formula, is a
    refusal naming the first offending cells.
    """
    _check_container(path)
    import openpyxl  # deferred: ~70 ms of import kept off the GUI's start-up path

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types on damaged files
        raise WorkbookError(msg("{file}：无法打开工作簿（{kind}: {error}）",
                                file=path.name, kind=type(error).__name__, error=error)) from None
    try:
        best: tuple[int, str, int, list[str]] | None = None
        for sheet in book.worksheets:
            try:
                rows_seen = sheet.iter_rows(max_row=header_search_rows, max_col=MAX_COLUMNS, values_only=True)
                for index, row in enumerate(rows_seen, 1):
                    headers = [_cell_text(v) for v in row[:MAX_COLUMNS]]
                    score = score_header(headers)
                    if score > 0 and (best is None or score > best[0]):
                        best = (score, sheet.title, index, headers)
            except Exception as error:
                raise WorkbookError(msg("{file}：工作表“{title}”已损坏（{error}）",
                                        file=path.name, title=sheet.title, error=error)) from None
        if best is None:
            raise WorkbookError(msg("{file}：找不到表头行（前 {rows} 行中没有可识别的列名）",
                                    file=path.name, rows=header_search_rows))
        _, title, header_row, headers = best
        while headers and not headers[-1]:
            headers.pop()
        sheet = book[title]
        last_row = header_row + max_rows + MAX_BLANK_ROWS
        claimed = sheet.max_row  # the sheet's own dimension record, read without reading the rows
        if isinstance(claimed, int) and claimed > last_row:
            raise WorkbookError(
                msg("{file}：工作表“{title}”声明有 {claimed} 行，超过 {last_row} 行上限（数据最多 {max_rows} 行），"
                    "已拒绝导入；请删除多余的行后另存再导入",
                    file=path.name, title=title, claimed=claimed, last_row=last_row, max_rows=max_rows))
        rows: list[tuple[int, list[CellValue]]] = []
        formulas: list[str] = []
        try:
            data_rows = sheet.iter_rows(min_row=header_row + 1, max_col=len(headers))
            for number, cells in enumerate(data_rows, start=header_row + 1):
                if number > last_row:
                    raise WorkbookError(
                        msg("{file}：工作表“{title}”的行数超过 {last_row} 行上限（含空行），已拒绝导入；"
                            "请删除多余的行后另存再导入",
                            file=path.name, title=title, last_row=last_row))
                values: list[CellValue] = []
                empty = True
                for cell in cells[: len(headers)]:
                    value = cell.value
                    if getattr(cell, "data_type", None) == "f" or (isinstance(value, str) and value.startswith("=")):
                        formulas.append(f"{getattr(cell, 'coordinate', '?')}")
                    if isinstance(value, str):
                        value = value.strip()
                    if value not in (None, ""):
                        empty = False
                    values.append(value)
                if empty:
                    continue
                values.extend([None] * (len(headers) - len(values)))
                rows.append((number, values))
                if len(rows) > max_rows:
                    raise WorkbookError(
                        msg("{file}：数据行超过 {max_rows} 行上限（读到第 {row} 行仍有内容），已拒绝导入；"
                            "请删除多余的行",
                            file=path.name, max_rows=max_rows, row=number)
                    )
        except WorkbookError:
            raise
        except Exception as error:
            raise WorkbookError(msg("{file}：读取工作表“{title}”时出错（{error}）",
                                    file=path.name, title=title, error=error)) from None
        if formulas:
            cells = joined("、", formulas[:5])
            shown = msg("{cells}等", cells=cells) if len(formulas) > 5 else cells
            raise WorkbookError(
                msg("{file}：共 {count} 个单元格是公式（{cells}），请复制后“选择性粘贴为数值”再导入",
                    file=path.name, count=len(formulas), cells=shown)
            )
        return Sheet(title=title, header_row=header_row, headers=headers, rows=rows)
    finally:
        book.close()
