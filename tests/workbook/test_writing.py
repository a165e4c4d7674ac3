"""The LKE sheet: formulas, answer lists, defined names, protection, text that stays text."""

from __future__ import annotations

import io

import openpyxl
import pytest

from helpers import MINI_RUBRIC
from pkmcli.answers.model import Answer, AnswerSet, Review
from pkmcli.errors import PkmError
from pkmcli.rubric.catalog import load_rubric
from pkmcli.workbook.exporting import build_workbook, workbook_bytes
from pkmcli.workbook.writing import as_text, is_link, letter_of, roman_of

HOSTILE = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", '=HYPERLINK("http://x","y")']


def reopen(rubric, answers, lang="id"):
    data = workbook_bytes(build_workbook(rubric, answers, lang))
    return openpyxl.load_workbook(io.BytesIO(data))


def cell_of(book, name):
    sheet_name, coordinate = next(book.defined_names[name].destinations)
    return book[sheet_name][coordinate.replace("$", "").split(":")[0]]


@pytest.fixture
def mini():
    return load_rubric(str(MINI_RUBRIC))


@pytest.fixture
def answers():
    return AnswerSet(
        "mini",
        unit="=cmd|' /C calc'!A0",
        period="2026",
        answers={
            "i.a": Answer(key="YA", note="=1+1", evidence=("https://bukti.example.id/sk", "-x")),
            "i.b": Answer(number=80, note="@SUM(1)"),
            "j.a": Answer(numerator=3, denominator=4),
        },
        reviews=(Review("tpi", answers={"j.b": Answer(key="b", note="+tambah bukti")}),),
    )


def test_value_cells_hold_live_formulas_on_the_answer_cells(mini, answers):
    book = reopen(mini, answers)
    sheet = book["LKE"]
    answer = cell_of(book, "pkm_answer_i_a")
    assert answer.value == "ya"  # the rubric's own key, whatever case the file used
    a = answer.coordinate
    value = sheet.cell(row=answer.row, column=answer.column + 1).value
    assert value == f'=IF({a}="",0,IF({a}="ya",1,IF({a}="tidak",0,0)))'
    score = cell_of(book, "pkm_score_i")
    assert score.value.startswith("=AVERAGE(")
    assert score.value.endswith(f")*D{score.row}")
    assert sheet.cell(row=score.row, column=4).value == 2
    total = cell_of(book, "pkm_total")
    assert total.value.startswith("=SUM(")
    # A ratio's answer name covers its two input rows; the value reads both.
    ratio = book.defined_names["pkm_answer_j_a"]
    _, span = next(ratio.destinations)
    first, last = span.replace("$", "").split(":")
    assert (sheet[first].value, sheet[last].value) == (3, 4)
    value_row = sheet[first].row - 1
    assert sheet.cell(row=value_row, column=8).value == (
        f'=IF(OR({first}="",{last}=""),0,IF({last}=0,0,MIN(1,{first}/{last})))'
    )


def test_every_answer_indicator_and_total_has_its_name_per_stage(mini, answers):
    book = reopen(mini, answers)
    expected = {"pkm_total", "pkm_tpi_total"}
    for prefix in ("pkm_", "pkm_tpi_"):
        expected |= {f"{prefix}score_{i}" for i in ("i", "j")}
        expected |= {f"{prefix}answer_{c}" for c in ("i_a", "i_b", "j_a", "j_b")}
    assert set(book.defined_names) == expected
    assert all(d.localSheetId is None for d in book.defined_names.values())
    # The stage's own answer: the unit's carried over (live), the review's over it.
    unit = cell_of(book, "pkm_answer_i_b").coordinate
    assert cell_of(book, "pkm_tpi_answer_i_b").value == f'=IF({unit}="","",{unit})'
    stored = openpyxl.load_workbook(
        io.BytesIO(workbook_bytes(build_workbook(mini, answers, "id"))), data_only=True
    )
    assert cell_of(stored, "pkm_tpi_answer_i_b").value == 80
    assert cell_of(book, "pkm_tpi_answer_j_b").value == "b"
    assert cell_of(book, "pkm_answer_j_b").value is None
    tpi_total = cell_of(book, "pkm_tpi_total")
    assert tpi_total.column == cell_of(book, "pkm_tpi_answer_j_b").column + 1


def test_answer_cells_have_a_list_of_the_option_keys(mini, answers):
    book = reopen(mini, answers)
    sheet = book["LKE"]
    lists = {dv.formula1: dv for dv in sheet.data_validations.dataValidation}
    assert set(lists) >= {'"ya,tidak"', '"a,b,c"', "0"}
    for name, formula in (("pkm_answer_i_a", '"ya,tidak"'), ("pkm_tpi_answer_j_b", '"a,b,c"')):
        assert cell_of(book, name).coordinate in lists[formula].sqref
    assert lists['"a,b,c"'].type == "list"
    assert lists["0"].type == "decimal"


def test_formulas_are_locked_answers_unlocked_and_the_sheet_protected(mini, answers):
    book = reopen(mini, answers)
    sheet = book["LKE"]
    assert sheet.protection.sheet is True
    assert not sheet.protection.password
    assert cell_of(book, "pkm_answer_i_a").protection.locked is False
    assert cell_of(book, "pkm_tpi_answer_j_b").protection.locked is False
    assert cell_of(book, "pkm_total").protection.locked is True
    assert cell_of(book, "pkm_score_j").protection.locked is True
    assert sheet.freeze_panes == "D6"
    assert sheet.print_title_rows == "$5:$5"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True


def test_text_that_looks_like_a_formula_is_written_as_a_string(mini, answers):
    book = reopen(mini, answers)
    sheet = book["LKE"]
    texts = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for text in ("=cmd|' /C calc'!A0", "=1+1", "@SUM(1)", "+tambah bukti", "-x"):
        assert texts[text].data_type == "s", text
        assert texts[text].quotePrefix is True
    formulas = [c.value for c in texts.values() if c.data_type == "f"]
    assert formulas
    assert all(f.startswith(("=IF(", "=AVERAGE(", "=SUM(", "=H")) for f in formulas)


@pytest.mark.parametrize("text", HOSTILE)
def test_as_text_keeps_every_hostile_start_a_string(text):
    sheet = openpyxl.Workbook().active
    as_text(sheet["A1"], text)
    assert sheet["A1"].data_type == "s"
    assert sheet["A1"].value == text
    as_text(sheet["A2"], "a\x00b")  # a character xlsx cannot hold
    assert sheet["A2"].value == "a\ufffdb"


def test_links_are_hyperlinks_and_paths_text(mini, answers):
    book = reopen(mini, answers)
    sheet = book["LKE"]
    link = next(
        c for row in sheet.iter_rows() for c in row if c.value == "https://bukti.example.id/sk"
    )
    assert link.hyperlink.target == "https://bukti.example.id/sk"
    path = next(c for row in sheet.iter_rows() for c in row if c.value == "-x")
    assert path.hyperlink is None
    assert is_link("http://a.id/x")
    assert not is_link("bukti/a.pdf")
    assert not is_link("javascript:x")


def test_numbering_follows_the_official_sheet():
    assert [letter_of(i) for i in (0, 25, 26, 27)] == ["a", "z", "aa", "ab"]
    assert [roman_of(n) for n in (1, 4, 9, 14, 40)] == ["i", "iv", "ix", "xiv", "xl"]


def test_english_headers(mini, answers):
    sheet = reopen(mini, answers, "en")["LKE"]
    headers = [c.value for c in sheet[5]]
    assert headers[:4] == ["ID", "No", "Component", "Weight"]
    assert headers[10:13] == ["Answer tpi", "Value tpi", "Note tpi"]


def test_ids_that_write_the_same_name_are_refused(mini):
    clash = AnswerSet("mini", reviews=(Review("a.b"), Review("a-b")))
    with pytest.raises(PkmError, match="both give the workbook name"):
        build_workbook(mini, clash, "en")
    with pytest.raises(PkmError, match="sama-sama memberi nama"):
        build_workbook(mini, clash, "id")
