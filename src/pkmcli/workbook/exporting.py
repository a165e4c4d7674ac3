"""`pkm export`: one answers file as an LKE workbook, or many as one portfolio workbook.

openpyxl writes formulas without values; every formula cell gets the value pkm computed for it
written into the sheet's XML after saving, so that a viewer that never recalculates shows the
numbers (a spreadsheet program recalculates on opening anyway).

A portfolio holds a summary sheet first (one row per unit: its stages' totals and the
indicator scores of its latest stage, each a formula on the unit's sheet), then one LKE sheet
per unit, whose defined names belong to that sheet.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from pkmcli.answers.model import AnswerSet
from pkmcli.errors import PkmError, Problem
from pkmcli.language import Lang
from pkmcli.messages.core import say, table
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import Policy
from pkmcli.workbook.writing import LkeSheet, as_text

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

Cached = dict[str, dict[str, float | str]]  # sheet part -> cell -> value
_TITLE_LIMIT = 31  # what a spreadsheet allows a sheet's name
_NOT_IN_TITLES = re.compile(r"[\[\]:*?/\\']")


class Built(NamedTuple):
    """A workbook and the value pkm computed for each formula cell, by sheet part."""

    book: Workbook
    cached: Cached


def _part(book: Workbook, title: str) -> str:
    """The zip part openpyxl writes a sheet to (sheets are numbered in workbook order)."""
    return f"xl/worksheets/sheet{book.sheetnames.index(title) + 1}.xml"


def build_workbook(
    rubric: Rubric, answers: AnswerSet, lang: Lang, policy: Policy | None = None
) -> Built:
    """Lay the answers out as the LKE sheet, with live formulas and the contract's names."""
    sheet = LkeSheet(rubric, answers, lang, policy)
    sheet.heading()
    sheet.body()
    summary = sheet.summary()
    sheet.finish()
    book = sheet.book
    return Built(
        book, {_part(book, sheet.title): sheet.cached, _part(book, summary): sheet.summary_cached}
    )


# A formula cell as openpyxl writes it: no type, the formula, an empty value.
_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>([^<]*)</f><v\s*/>')


def _with_values(xml: str, cached: dict[str, float | str]) -> str:
    def filled(match: re.Match[str]) -> str:
        ref, attrs, text = match.groups()
        value = cached.get(ref)
        if value is None:
            return match.group(0)
        if isinstance(value, str):
            shown = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            return f'<c r="{ref}"{attrs} t="str"><f>{text}</f><v>{shown}</v>'
        return f'<c r="{ref}"{attrs}><f>{text}</f><v>{value!r}</v>'

    return _FORMULA_CELL.sub(filled, xml)


def workbook_bytes(built: Built) -> bytes:
    """The workbook as the bytes of an xlsx file, each formula with its computed value."""
    buffer = io.BytesIO()
    built.book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename in built.cached:
                values = built.cached[item.filename]
                data = _with_values(data.decode("utf-8"), values).encode("utf-8")
            target.writestr(item, data)
    return out.getvalue()


def sheet_title(wanted: str, taken: set[str]) -> str:
    """A sheet name from a unit's name: allowed characters, 31 at most, unique ignoring case."""
    base = " ".join(_NOT_IN_TITLES.sub(" ", wanted).split())[:_TITLE_LIMIT] or "LKE"
    title, number = base, 1
    while title.casefold() in taken:
        number += 1
        suffix = f" ({number})"
        title = base[: _TITLE_LIMIT - len(suffix)] + suffix
    taken.add(title.casefold())
    return title


def build_portfolio(
    units: Sequence[tuple[Rubric, AnswerSet]], lang: Lang, policy: Policy | None = None
) -> Built:
    """One sheet per unit after a summary sheet of every unit's stages and indicators."""
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.cell.cell import Cell  # noqa: PLC0415
    from openpyxl.styles import Font  # noqa: PLC0415

    words = table("workbook")[lang]
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = words["portfolio"]
    taken = {summary.title.casefold()}
    sheets = []
    for rubric, answers in units:
        wanted = answers.unit or Path(answers.file).stem
        sheet = LkeSheet(rubric, answers, lang, policy, book=book,
                         title=sheet_title(wanted, taken))  # fmt: skip
        sheet.heading()
        sheet.body()
        sheet.finish()
        sheets.append(sheet)
    stages = list(dict.fromkeys(s.ident for sheet in sheets for s in sheet.stages))
    indicators = list(
        dict.fromkeys((sheet.rubric.id, i.id) for sheet in sheets
                      for i in sheet.rubric.all_indicators())
    )  # fmt: skip
    single = len({rubric_id for rubric_id, _ in indicators}) == 1
    heads = [words["file"], words["unit"], words["period"], words["rubric"], words["stage"]]
    heads += [f"{words['total']} {stage}" for stage in stages]
    heads += [ident if single else f"{rubric_id} {ident}" for rubric_id, ident in indicators]
    for col, title in enumerate(heads, 1):
        summary.cell(row=1, column=col, value=title).font = Font(bold=True)
    cached: dict[str, float | str] = {}
    for row, sheet in enumerate(sheets, 2):
        latest = sheet.stages[-1]
        for col, text in enumerate(
            (sheet.answers.file, sheet.answers.unit or "", sheet.answers.period or "",
             sheet.rubric.id, latest.ident), 1
        ):  # fmt: skip
            cell = summary.cell(row=row, column=col)
            assert isinstance(cell, Cell)  # the summary merges no cells
            as_text(cell, text)
        figures: list[tuple[str | None, float]] = []
        by_stage = {s.ident: s for s in sheet.stages}
        for stage in stages:
            found = by_stage.get(stage)
            figures.append(
                (sheet.score_cells[stage][""], found.result.score) if found else (None, 0.0)
            )
        for rubric_id, ident in indicators:
            if rubric_id != sheet.rubric.id:
                figures.append((None, 0.0))
                continue
            figures.append((sheet.score_cells[latest.ident][ident],
                            latest.result.indicator(ident).score))  # fmt: skip
        for col, (ref, value) in enumerate(figures, 6):
            if ref is None:
                continue
            cell = summary.cell(row=row, column=col, value=f"={ref}")
            cell.number_format = "0.00"
            cached[cell.coordinate] = value
    summary.freeze_panes = "B2"
    summary.column_dimensions["A"].width = 32
    summary.column_dimensions["B"].width = 32
    parts: Cached = {_part(book, summary.title): cached}
    parts |= {_part(book, sheet.title): sheet.cached for sheet in sheets}
    return Built(book, parts)


def export_workbook(
    inputs: Sequence[str],
    output: Path,
    rubric_ref: str | None,
    lang: Lang,
    policy: Policy | None = None,
) -> str:
    """Read the answers files and write them to ``output`` as a workbook; return a note on it.

    One file is its LKE workbook; a folder, a pattern or several files a portfolio. ``output``
    must not be one of the inputs, and must be writable, before any work is done; an invalid
    file stops the export with every problem of every file, and nothing is written.
    """
    from pkmcli.answers.reader import load_answers  # noqa: PLC0415
    from pkmcli.files.finding import expand_inputs  # noqa: PLC0415
    from pkmcli.files.writing import (  # noqa: PLC0415
        check_not_an_input,
        check_writable,
        write_atomic_bytes,
    )

    single = len(inputs) == 1 and not Path(inputs[0]).is_dir() and Path(inputs[0]).exists()
    paths, missing = ([inputs[0]], []) if single else expand_inputs(inputs)
    kinds = [(say("workbook.kind_answers", lang), path) for path in paths]
    if rubric_ref is not None:
        kinds.append((say("workbook.kind_rubric", lang), rubric_ref))
    check_not_an_input(output, str(output), kinds)
    check_writable(output, str(output))
    if single:
        rubric, answers = load_answers(Path(paths[0]), rubric_ref, paths[0])
        write_atomic_bytes(output, workbook_bytes(build_workbook(rubric, answers, lang, policy)))
        return say("workbook.written", lang, path=output, count=len(rubric.all_criteria()))
    problems: list[Problem] = list(missing)
    units = []
    for path in paths:
        try:
            units.append(load_answers(Path(path), rubric_ref, path))
        except PkmError as exc:
            problems += exc.problems
    if problems or not units:
        raise PkmError(problems or [Problem(str(output), say("workbook.no_files", lang))])
    write_atomic_bytes(output, workbook_bytes(build_portfolio(units, lang, policy)))
    return say("workbook.written_portfolio", lang, path=output, count=len(units))
