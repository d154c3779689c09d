"""A one-sheet XLSX file written straight as its XML parts, a row at a time, for the exports.

openpyxl's write-only mode builds an object per cell and an element tree per row: 100,000 rows of
an attendance export took it 11 s. The exports need far less: every cell is text, a bold frozen
header row and fitted column widths. So the sheet's XML is written here as the rows stream from
SQLite, one string per row, into the ZIP entry: a few seconds for 100,000 rows, constant memory.

Every cell is an inline string (`t="inlineStr"`, as XlsxWriter's constant-memory mode writes
them): never a formula, never a number, so "=HYPERLINK(...)" stays text and a 24-digit barcode
keeps its digits. An empty cell is an empty `<c/>`, as openpyxl writes it. Characters XML 1.0
cannot hold (C0 controls other than tab, line feed and carriage return) are left out.
"""

from __future__ import annotations

import re
import zipfile
from typing import IO, Iterable, Sequence
from xml.sax.saxutils import escape

ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '</Types>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<bookViews><workbookView/></bookViews>'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>')
#: Style 0 the default font, style 1 the same font in bold (the header row).
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    '<sheetFormatPr defaultRowHeight="15"/>')

_OPEN = '<c t="inlineStr"><is><t xml:space="preserve">'
_CLOSE = "</t></is></c>"
_SEP = "\x00"          # never in a cell: ILLEGAL removes it first


def _cells(row: Sequence[str], open_tag: str = _OPEN) -> str:
    """The row's cells as XML: the text of all of them escaped in one pass, then cut apart again."""
    joined = _SEP.join(row)
    if ILLEGAL.search(joined):
        joined = _SEP.join(ILLEGAL.sub("", cell) for cell in row)
    if "&" in joined or "<" in joined or ">" in joined:
        joined = escape(joined)
    if "\r" in joined:
        joined = joined.replace("\r", "&#13;")        # a carriage return survives the XML parser
    return "".join(open_tag + text + _CLOSE if text else "<c/>" for text in joined.split(_SEP))


def write_sheet(fh: IO[bytes], title: str, header: Sequence[str], rows: Iterable[Sequence[str]],
                widths: Sequence[float]) -> int:
    """Write a workbook of one sheet to the binary file `fh`; returns how many rows (after the header)."""
    count = 0
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK.format(name=escape(title, {'"': "&quot;"})))
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/styles.xml", _STYLES)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as raw:
            cols = "".join(f'<col min="{i}" max="{i}" width="{w:g}" customWidth="1"/>'
                           for i, w in enumerate(widths, start=1))
            head = _cells(header, _OPEN.replace("<c ", '<c s="1" '))
            raw.write(f'{_SHEET_HEAD}<cols>{cols}</cols><sheetData><row r="1">{head}</row>'.encode())
            chunk: list[str] = []
            for count, row in enumerate(rows, start=1):
                chunk.append(f'<row r="{count + 1}">{_cells(row)}</row>')
                if len(chunk) == 2000:
                    raw.write("".join(chunk).encode("utf-8"))
                    chunk.clear()
            raw.write(("".join(chunk) + "</sheetData></worksheet>").encode("utf-8"))
    return count
