"""Format `junit`: JUnit XML for CI dashboards, a suite per file, a case per indicator and gate."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from xml.etree import ElementTree as ET

from pkmcli.batch.gates import Gate, check_gates
from pkmcli.batch.gathering import Batch
from pkmcli.batch.records import Scorecard
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import Describe
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.numbers import fmt, short

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render(batch: Batch, lang: Lang, describe: Describe) -> str:  # noqa: ARG001 - one signature for every format
    """Return the batch as JUnit XML."""
    return junit_text(batch.outcomes, batch.gates, lang)


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def junit_text(outcomes: Iterable[Outcome], gates: Sequence[Gate], lang: Lang = "id") -> str:
    """Return JUnit XML: a suite per file, a case per indicator and per gate.

    A file that could not be read or validated is a suite with one erroring case. Names,
    messages and texts are for people, in ``lang``; properties are data, with a point.
    """
    root = ET.Element("testsuites", name="pkm score")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for outcome in outcomes:
        suite = ET.SubElement(root, "testsuite", name=_xml(outcome.file))
        card = outcome.card
        if card is None:
            case = ET.SubElement(
                suite,
                "testcase",
                name=say("batch.junit_answers_file", lang),
                classname=_xml(outcome.file),
            )
            first = (
                outcome.problems[0].message if outcome.problems else say("batch.not_valid", lang)
            )
            error = ET.SubElement(case, "error", message=_xml(first), type="invalid")
            error.text = _xml("\n".join(p.render() for p in outcome.problems))
            counts = {"tests": 1, "failures": 0, "errors": 1}
        else:
            counts = _scored_suite(suite, card, gates, lang)
        for name, value in counts.items():
            suite.set(name, str(value))
            totals[name] += value
    for name, value in totals.items():
        root.set(name, str(value))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _scored_suite(
    suite: ET.Element, card: Scorecard, gates: Sequence[Gate], lang: Lang
) -> dict[str, int]:
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
            name=_xml(say("batch.junit_indicator", lang, id=figure.id, title=figure.title)),
            classname=classname,
        )
        out = ET.SubElement(case, "system-out")
        out.text = say(
            "batch.junit_score",
            lang,
            score=fmt(figure.score, 2, lang),
            weight=short(figure.weight, lang),
            percent=fmt(figure.percent, 2, lang),
        )
    checks = check_gates(card, gates)
    failures = 0
    for check in checks:
        name = say("batch.junit_gate", lang, name=check.gate.name)
        case = ET.SubElement(suite, "testcase", name=name, classname=classname)
        if not check.passed:
            failures += 1
            detail = check.detail(lang)
            failure = ET.SubElement(case, "failure", message=detail, type="gate")
            failure.text = f"{card.file}: {detail}"
    return {"tests": len(card.indicators) + len(checks), "failures": failures, "errors": 0}
