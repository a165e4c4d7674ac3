"""Format `csv`: a row per file, parsed back; text kept, formulas defused."""

from __future__ import annotations

import csv
import io

from helpers import scorecard as card
from pkmcli.batch.formats.csv_rows import csv_text
from pkmcli.batch.records import IndicatorFigure, Scorecard
from pkmcli.batch.scorer import Outcome
from pkmcli.errors import Problem


def test_csv_has_one_row_per_file_with_every_indicator_column():
    other = Scorecard(
        "c.yaml", "lain", None, None, None, 1.0, 2.0, 50.0,
        (IndicatorFigure("p1", "P", 2.0, 1.0, 50.0),), (), (),
    )  # fmt: skip
    text = csv_text([card("a.yaml", 75.0), card("b.yaml", 100 / 3), other])
    assert text.splitlines()[0] == (
        "file,rubric,unit,period,assessor,score,max_score,percent,a,b,p1,unanswered,valid,problems"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0] == {
        "file": "a.yaml",
        "rubric": "pkp-2019",
        "unit": "Unit",
        "period": "2026",
        "assessor": "",
        "score": "7.5",
        "max_score": "10.0",
        "percent": "75.0",
        "a": "3.0",
        "b": "4.5",
        "p1": "",
        "unanswered": "1",
        "valid": "true",
        "problems": "",
    }
    assert rows[1]["percent"] == "33.333333"
    assert (rows[2]["a"], rows[2]["p1"], rows[2]["unanswered"]) == ("", "1.0", "0")


def test_csv_keeps_text_with_commas_and_quotes_and_defuses_formulas():
    cards = [
        card("a.yaml", 50, unit='=HYPERLINK("x")'),
        card("b.yaml", 50, unit='Kantor "B", Pusat'),
    ]
    rows = list(csv.DictReader(io.StringIO(csv_text(cards))))
    assert [r["unit"] for r in rows] == ['\'=HYPERLINK("x")', 'Kantor "B", Pusat']


def test_csv_renames_an_indicator_column_that_clashes_with_a_fixed_one():
    clash = Scorecard(
        "a.yaml", "r", None, None, None, 1.0, 1.0, 100.0,
        (IndicatorFigure("unit", "U", 1.0, 1.0, 100.0),), (), (),
    )  # fmt: skip
    assert (
        csv_text([clash])
        .splitlines()[0]
        .endswith(",percent,indicator_unit,unanswered,valid,problems")
    )


def test_an_invalid_file_has_a_row_and_a_csv_of_invalid_files_every_column():
    bad = Outcome("=rusak.yaml", problems=(Problem("=rusak.yaml", "bad", 3, 8, "a.1"),))
    rows = list(csv.DictReader(io.StringIO(csv_text([bad], ["a", "b", "c"]))))
    assert rows == [
        {
            "file": "'=rusak.yaml",
            "rubric": "",
            "unit": "",
            "period": "",
            "assessor": "",
            "score": "",
            "max_score": "",
            "percent": "",
            "a": "",
            "b": "",
            "c": "",
            "unanswered": "",
            "valid": "false",
            "problems": "'=rusak.yaml:3:8: a.1: bad",
        }
    ]
