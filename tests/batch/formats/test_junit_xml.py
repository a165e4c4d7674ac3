"""Format `junit`: suites, cases and failures, parsed back; always well-formed XML."""

from __future__ import annotations

import shutil
from xml.etree import ElementTree as ET

from helpers import EXAMPLES, check_golden
from helpers import scorecard as card
from pkmcli.batch.formats.junit_xml import junit_text
from pkmcli.batch.gates import Gate
from pkmcli.batch.scorer import Outcome
from pkmcli.cli.main import app
from pkmcli.errors import Problem


def parse_xml(text: str) -> ET.Element:
    return ET.fromstring(text)  # noqa: S314 - the text is our own output, not untrusted


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
    root = parse_xml(junit_text(outcomes, gates, "en"))
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
    # The texts a person reads speak the run's language; properties stay data.
    indonesian = parse_xml(junit_text(outcomes, gates, "id")).findall("testsuite")[1]
    assert [case.get("name") for case in indonesian.findall("testcase")] == [
        "indikator a: Satu",
        "indikator b: Dua",
        "ambang --fail-under 75",
        "ambang --fail-under-indicator a=70",
    ]
    assert indonesian.find("testcase/system-out").text == "nilai 2,40 dari 4 (60,00%)"
    failure = indonesian.find("testcase/failure")
    assert failure is not None
    assert failure.get("message") == "ambang 75%, capaian 60,00%"
    assert indonesian.find("properties/property[@name='percent']").get("value") == "60.00"


def test_junit_stays_well_formed_with_characters_xml_cannot_hold():
    outcomes = [Outcome("a.yaml", problems=(Problem("a.yaml", "'\x01' is not an option"),))]
    error = parse_xml(junit_text(outcomes, ())).find("testsuite/testcase/error")
    assert error is not None
    assert error.get("message") == "'\ufffd' is not an option"


def test_junit_golden(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(EXAMPLES, tmp_path / "contoh")
    (tmp_path / "contoh" / "rusak.yaml").write_text("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n")
    done = runner.invoke(
        app,
        ["score", "contoh", "-f", "junit", "--fail-under", "60", "--fail-under-indicator", "c=60"],
    )
    assert done.exit_code == 3
    check_golden("results.junit.xml", done.stdout)
