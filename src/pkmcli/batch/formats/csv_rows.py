"""Format `csv`: a row per scored file, for spreadsheets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pkmcli.batch.gathering import Batch
from pkmcli.batch.records import Scorecard
from pkmcli.batch.scorer import Outcome
from pkmcli.batch.summary import Describe
from pkmcli.files.csvs import STANDARD, CsvText, text_cell
from pkmcli.language import Lang

CSV_FIXED = ("file", "rubric", "unit", "period", "assessor", "score", "max_score", "percent")
CSV_LAST = ("unanswered", "valid", "problems")
# Six decimals keep every score of the regulation's values exact and spare spreadsheets the
# float noise of full precision.
PLACES = 6


def render(
    batch: Batch,
    lang: Lang,  # noqa: ARG001 - one signature for every format
    describe: Describe,  # noqa: ARG001
    *,
    csv_dialect: str = STANDARD,
) -> str:
    """Return one row per file, invalid files included, in the dialect asked for."""
    return csv_text(batch.outcomes, _rubric_indicators(batch.job.rubric_ref), csv_dialect)


def _rubric_indicators(rubric_ref: str | None) -> list[str]:
    """The indicator columns of the rubric in use, for a batch with no file scored."""
    from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

    return [i.id for i in load_rubric(rubric_ref).all_indicators()]


def csv_columns(
    cards: Sequence[Scorecard], fallback: Sequence[str] = ()
) -> tuple[list[str], list[str], list[str]]:
    """Return the header, the indicator ids it holds and the stages it has a group for.

    With no scored file the rubric's own indicators (``fallback``) make the columns, so a
    CSV of invalid files only has every column still. When any file holds a review, each
    stage gets a group of columns: its score and percentage (the stage reported is named in
    the `stage` column).
    """
    ids: list[str] = []
    stages: list[str] = []
    for card in cards:
        ids.extend(f.id for f in card.indicators if f.id not in ids)
        stages.extend(f.stage for f in card.stages if f.stage not in stages)
    if not ids:
        ids = list(fallback)
    if len(stages) < 2:
        stages = []
    taken = {*CSV_FIXED, *CSV_LAST}
    named = [f"indicator_{i}" if i in taken else i for i in ids]
    groups = [f"{stage}_{what}" for stage in stages for what in ("score", "percent")]
    staged = ["stage", *groups] if stages else []
    return [*CSV_FIXED, *named, *staged, *CSV_LAST], ids, stages


def csv_text(
    outcomes: Iterable[Outcome | Scorecard],
    fallback: Sequence[str] = (),
    dialect: str = STANDARD,
) -> str:
    """Return one row per file: metadata, totals, each indicator's score, unanswered, validity.

    An invalid file's row names the file, says it is not valid and holds its problems.
    """
    rows = [o if isinstance(o, Outcome) else Outcome(o.file, card=o) for o in outcomes]
    cards = [o.card for o in rows if o.card is not None]
    header, ids, stages = csv_columns(cards, fallback)
    writer = CsvText(dialect)
    writer.row(header)

    def number(value: float) -> str:
        return writer.number(value, PLACES)

    blank = [""] * (len(CSV_FIXED) - 1 + len(ids) + (1 + 2 * len(stages) if stages else 0) + 1)
    for outcome in rows:
        card = outcome.card
        if card is None:
            if outcome.problems:
                problems = "\n".join(p.render() for p in outcome.problems)
                writer.row([text_cell(outcome.file), *blank, "false", text_cell(problems)])
            continue
        scores = {f.id: number(f.score) for f in card.indicators}
        by_stage = {f.stage: f for f in card.stages}
        staged = [card.stage] if stages else []
        for stage in stages:
            figure = by_stage.get(stage)
            staged += ["", ""] if figure is None else [number(figure.score), number(figure.percent)]
        writer.row(
            [
                text_cell(card.file),
                text_cell(card.rubric),
                text_cell(card.unit),
                text_cell(card.period),
                text_cell(card.assessor),
                number(card.score),
                number(card.max_score),
                number(card.percent),
                *(scores.get(ident, "") for ident in ids),
                *staged,
                len(card.unanswered),
                "true",
                "",
            ]
        )
    return writer.text()
