"""The output formats of `pkm score`, one module each behind this one table.

Adding a format is one module under ``batch/formats`` with a ``render(batch, lang,
describe) -> str`` function, and one line in ``FORMATS`` saying what it needs of each file.
An option of one format only (``--csv-dialect``) is a keyword argument of its ``render``,
named in its line, and bound from the run's options when the format is written.
Modules are imported only when their format is written, so a run pays for what it uses.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol

from pkmcli.language import Lang

if TYPE_CHECKING:
    from pkmcli.batch.gathering import Batch
    from pkmcli.batch.summary import Describe


class Format(NamedTuple):
    """An output format and what it needs of every scored file."""

    name: str
    module: str  # under pkmcli.batch.formats
    keeps: bool = True  # every outcome, kept until the end (else the portfolio is enough)
    cards: bool = True  # scorecards
    records: bool = False  # contract objects
    lines: bool = False  # contract objects as JSON lines
    streams: bool = False  # on stdout, written as each file is scored
    options: tuple[str, ...] = ()  # keyword arguments of its render, from the run's options


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("table", "table"),
        Format("json", "json_array", cards=False, records=True),
        Format("jsonl", "json_lines", cards=False, lines=True, streams=True),
        Format("csv", "csv_rows", options=("csv_dialect",)),
        Format("junit", "junit_xml"),
        Format("md", "markdown", keeps=False),
    )
}


class Renderer(Protocol):
    def __call__(self, batch: Batch, lang: Lang, describe: Describe) -> str: ...


def renderer(name: str, options: Mapping[str, str] | None = None) -> Renderer:
    """Return the ``render`` function of format ``name``, with the options it takes bound."""
    spec = FORMATS[name]
    module = importlib.import_module(f"pkmcli.batch.formats.{spec.module}")
    given = {key: options[key] for key in spec.options if options and key in options}
    render: Renderer = functools.partial(module.render, **given) if given else module.render
    return render


class Needs(NamedTuple):
    """What a run must make per file and keep, given its outputs."""

    keep: bool  # every outcome, for outputs written at the end
    cards: bool  # scorecards, for gates, summaries, tables, CSV and JUnit
    records: bool  # contract objects, for JSON
    lines: bool  # JSON lines


def needs(stdout: str, files: Iterable[str], *, gates: bool, summary: bool) -> Needs:
    """Work out what to make and keep for stdout's format and the ``--output`` formats.

    A format that streams to stdout is written as files come, so a run that only streams
    keeps nothing; a run with no gate and no summary makes no scorecards either.
    """
    written = set(files)
    every = [FORMATS[name] for name in {*written, stdout}]
    kept = written if FORMATS[stdout].streams else {*written, stdout}
    return Needs(
        any(FORMATS[name].keeps for name in kept),
        gates or summary or any(f.cards for f in every),
        any(f.records for f in every),
        any(f.lines for f in every),
    )
