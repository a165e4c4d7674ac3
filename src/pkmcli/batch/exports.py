"""Machine-readable batch outputs: JSON, JSON Lines, CSV and JUnit XML."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from xml.etree import ElementTree as ET

from pkmcli.batch.gates import Gate, check_gates
from pkmcli.batch.records import Scorecard
from pkmcli.batch.workers import Outcome
from pkmcli.scoring.numbers import fmt, short

CSV_FIXED = ("file", "rubric", "unit", "period", "assessor", "score", "max_score", "percent")
CSV_LAST = "unanswered"
# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def json_text(outcomes: Iterable[Outcome]) -> str:
    """Return one JSON array of the result objects of the scored files."""
    records = [o.record for o in outcomes if o.record is not None]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def jsonl_text(outcomes: Iterable[Outcome]) -> str:
    """Return one result object per line, for the scored files."""
    return "".join(f"{o.line}\n" for o in outcomes if o.line is not None)


def _number(value: float) -> str:
    # Six decimals keep every score of the regulation's values exact and spare spreadsheets
    # the float noise of full precision.
    return repr(round(value, 6))


def _cell(text: str | None) -> str:
    if not text:
        return ""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def csv_columns(cards: Sequence[Scorecard]) -> tuple[list[str], list[str]]:
    """Return the header and the indicator ids it holds, in the order first met."""
    ids: list[str] = []
    for card in cards:
        ids.extend(f.id for f in card.indicators if f.id not in ids)
    taken = {*CSV_FIXED, CSV_LAST}
    named = [f"indicator_{i}" if i in taken else i for i in ids]
    return [*CSV_FIXED, *named, CSV_LAST], ids


def csv_text(cards: Iterable[Scorecard]) -> str:
    """Return one row per scored file: metadata, totals, each indicator's score, unanswered."""
    cards = list(cards)
    header, ids = csv_columns(cards)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for card in cards:
        scores = {f.id: _number(f.score) for f in card.indicators}
        writer.writerow(
            [
                _cell(card.file),
                card.rubric,
                _cell(card.unit),
                _cell(card.period),
                _cell(card.assessor),
                _number(card.score),
                _number(card.max_score),
                _number(card.percent),
                *(scores.get(ident, "") for ident in ids),
                len(card.unanswered),
            ]
        )
    return buffer.getvalue()


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def junit_text(outcomes: Iterable[Outcome], gates: Sequence[Gate]) -> str:
    """Return JUnit XML: a suite per file, a case per indicator and per gate.

    A file that could not be read or validated is a suite with one erroring case.
    """
    root = ET.Element("testsuites", name="pkm score")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for outcome in outcomes:
        suite = ET.SubElement(root, "testsuite", name=_xml(outcome.file))
        card = outcome.card
        if card is None:
            case = ET.SubElement(
                suite, "testcase", name="answers file", classname=_xml(outcome.file)
            )
            first = outcome.problems[0].message if outcome.problems else "invalid"
            error = ET.SubElement(case, "error", message=_xml(first), type="invalid")
            error.text = _xml("\n".join(p.render() for p in outcome.problems))
            counts = {"tests": 1, "failures": 0, "errors": 1}
        else:
            counts = _scored_suite(suite, card, gates)
        for name, value in counts.items():
            suite.set(name, str(value))
            totals[name] += value
    for name, value in totals.items():
        root.set(name, str(value))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _scored_suite(suite: ET.Element, card: Scorecard, gates: Sequence[Gate]) -> dict[str, int]:
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("rubric", card.rubric),
        ("unit", card.unit),
        ("period", card.period),
        ("assessor", card.assessor),
        ("score", fmt(card.score)),
        ("max_score", short(card.max_score)),
        ("percent", fmt(card.percent)),
    ):
        if value is not None:
            ET.SubElement(properties, "property", name=name, value=_xml(value))
    classname = _xml(card.file)
    for figure in card.indicators:
        case = ET.SubElement(
            suite,
            "testcase",
            name=_xml(f"indicator {figure.id}: {figure.title}"),
            classname=classname,
        )
        out = ET.SubElement(case, "system-out")
        out.text = f"score {fmt(figure.score)} of {short(figure.weight)} ({fmt(figure.percent)}%)"
    checks = check_gates(card, gates)
    failures = 0
    for check in checks:
        case = ET.SubElement(suite, "testcase", name=f"gate {check.gate.name}", classname=classname)
        if not check.passed:
            failures += 1
            failure = ET.SubElement(case, "failure", message=check.detail(), type="gate")
            failure.text = f"{card.file}: {check.detail()}"
    return {"tests": len(card.indicators) + len(checks), "failures": failures, "errors": 0}
