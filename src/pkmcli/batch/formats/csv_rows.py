"""Format `csv`: a row per scored file, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from pkmcli.batch.gathering import Batch
from pkmcli.batch.records import Scorecard
from pkmcli.batch.summary import Describe
from pkmcli.language import Lang

CSV_FIXED = ("file", "rubric", "unit", "period", "assessor", "score", "max_score", "percent")
CSV_LAST = "unanswered"
# Spreadsheets run a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(batch: Batch, lang: Lang, describe: Describe) -> str:  # noqa: ARG001 - one signature for every format
    """Return one row per scored file."""
    return csv_text(o.card for o in batch.outcomes if o.card is not None)


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
