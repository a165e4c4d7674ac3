"""CSV, JUnit, JSON and JSON Lines outputs, checked by parsing them back."""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree as ET

from pkmcli.batch.formats.csv_rows import csv_text
from pkmcli.batch.formats.json_array import json_text
from pkmcli.batch.formats.json_lines import jsonl_text
from pkmcli.batch.formats.junit_xml import junit_text
from pkmcli.batch.gates import Gate
from pkmcli.batch.records import IndicatorFigure, Scorecard
from pkmcli.batch.scorer import Outcome
from pkmcli.errors import Problem


def card(file: str, percent: float, *, unit: str | None = "Unit", rubric: str = "pkp-2019"):
    """Return a scorecard of indicators a (weight 4) and b (weight 6) at ``percent`` each."""
    figures = (
        IndicatorFigure("a", "Satu", 4.0, 4.0 * percent / 100, percent),
        IndicatorFigure("b", "Dua", 6.0, 6.0 * percent / 100, percent),
    )
    return Scorecard(
        file, rubric, unit, "2026", None, percent / 10, 10.0, percent, figures, ("b.2",), ()
    )


def parse_xml(text: str) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - the text is our own output, not untrusted


def test_csv_has_one_row_per_file_with_every_indicator_column():
    other = Scorecard(
        "c.yaml", "lain", None, None, None, 1.0, 2.0, 50.0,
        (IndicatorFigure("p1", "P", 2.0, 1.0, 50.0),), (), (),
    )  # fmt: skip
    text = csv_text([card("a.yaml", 75.0), card("b.yaml", 100 / 3), other])
    assert text.splitlines()[0] == (
        "file,rubric,unit,period,assessor,score,max_score,percent,a,b,p1,unanswered"
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
    assert csv_text([clash]).splitlines()[0].endswith(",percent,indicator_unit,unanswered")


def test_junit_has_a_suite_per_file_and_a_case_per_indicator_and_gate():
    outcomes = [
        Outcome("a.yaml", card("a.yaml", 80.0)),
        Outcome("b.yaml", card("b.yaml", 60.0)),
        Outcome(
            "c.yaml",
            problems=(Problem("c.yaml", "bad", 2, 3, "a.1"), Problem("c.yaml", "worse", 4, 1)),
        ),
    ]
    gates = (Gate(75.0), Gate(70.0, "a"), Gate(50.0, "zz"))
    root = parse_xml(junit_text(outcomes, gates))
    assert (root.tag, root.get("tests"), root.get("failures"), root.get("errors")) == (
        "testsuites",
        "9",
        "2",
        "1",
    )
    suites = root.findall("testsuite")
    assert [
        (s.get("name"), s.get("tests"), s.get("failures"), s.get("errors")) for s in suites
    ] == [
        ("a.yaml", "4", "0", "0"),
        ("b.yaml", "4", "2", "0"),
        ("c.yaml", "1", "0", "1"),
    ]
    names = [case.get("name") for case in suites[1].findall("testcase")]
    assert names == [
        "indicator a: Satu",
        "indicator b: Dua",
        "gate --fail-under 75",
        "gate --fail-under-indicator a=70",
    ]
    failures = [f.get("message") for f in suites[1].iter("failure")]
    assert failures == ["threshold 75%, actual 60.00%", "threshold 70%, actual 60.00%"]
    error = suites[2].find("testcase/error")
    assert error is not None
    assert error.get("message") == "bad"
    assert error.text == "c.yaml:2:3: a.1: bad\nc.yaml:4:1: worse"


def test_junit_stays_well_formed_with_characters_xml_cannot_hold():
    outcomes = [Outcome("a.yaml", problems=(Problem("a.yaml", "'\x01' is not an option"),))]
    error = parse_xml(junit_text(outcomes, ())).find("testsuite/testcase/error")
    assert error is not None
    assert error.get("message") == "'\ufffd' is not an option"


def test_json_and_jsonl_hold_the_records_of_scored_files_only():
    records = [{"file": "a.yaml", "percent": 50.0}, {"file": "b.yaml", "percent": 75.5}]
    outcomes = [
        Outcome("a.yaml", card("a.yaml", 50.0), records[0], json.dumps(records[0])),
        Outcome("x.yaml", problems=(Problem("x.yaml", "bad"),)),
        Outcome("b.yaml", card("b.yaml", 75.5), records[1], json.dumps(records[1])),
    ]
    assert json.loads(json_text(outcomes)) == records
    assert [json.loads(line) for line in jsonl_text(outcomes).splitlines()] == records
