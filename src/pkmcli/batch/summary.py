"""The portfolio summary for people: its wording, headline figures and labels."""

from __future__ import annotations

from collections.abc import Callable

from pkmcli.batch.portfolio import Portfolio
from pkmcli.language import Lang
from pkmcli.scoring.numbers import fmt

# Long lists (failed units, invalid files) are cut here in summaries; the full list is in
# the per-file outputs.
LIST_LIMIT = 50

Describe = Callable[[str, str], str | None]

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "title": "Ringkasan penilaian",
        "scored": "Berkas dinilai",
        "invalid": "Berkas tidak valid",
        "mean": "Rata-rata total",
        "lowest": "Terendah",
        "highest": "Tertinggi",
        "means": "Rerata per indikator",
        "rubric": "Rubrik",
        "indicator": "Indikator",
        "mean_score": "Rerata nilai",
        "weight": "Bobot",
        "mean_percent": "Rerata %",
        "short": "Kriteria yang paling sering belum bernilai maksimal",
        "criterion": "Kriteria",
        "below": "Berkas di bawah nilai terbaik",
        "share": "Porsi",
        "of": "dari",
        "gates": "Unit di bawah ambang",
        "file": "Berkas",
        "unit": "Unit",
        "total": "Total %",
        "failed": "Ambang yang gagal",
        "all_pass": "Semua unit memenuhi ambang.",
        "more": "… dan {n} lainnya",
        "none": "Tidak ada berkas yang dapat dinilai.",
        "score": "Nilai",
        "unanswered": "Belum dijawab",
        "gate": "Ambang",
        "pass": "lolos",
        "fail": "gagal",
        "not_valid": "tidak valid",
        "moved": "Pergeseran nilai oleh penilai",
        "stage": "Tahap",
        "mean_change": "Rerata perubahan",
        "most_changed": "Kriteria yang paling sering diubah penilai",
        "changed_files": "Berkas",
    },
    "en": {
        "title": "Assessment summary",
        "scored": "Files scored",
        "invalid": "Invalid files",
        "mean": "Mean total",
        "lowest": "Lowest",
        "highest": "Highest",
        "means": "Mean per indicator",
        "rubric": "Rubric",
        "indicator": "Indicator",
        "mean_score": "Mean score",
        "weight": "Weight",
        "mean_percent": "Mean %",
        "short": "Criteria most often short of their best value",
        "criterion": "Criterion",
        "below": "Files below the best value",
        "share": "Share",
        "of": "of",
        "gates": "Units under the gates",
        "file": "File",
        "unit": "Unit",
        "total": "Total %",
        "failed": "Failed gates",
        "all_pass": "Every unit meets the gates.",
        "more": "… and {n} more",
        "none": "No file could be scored.",
        "score": "Score",
        "unanswered": "Unanswered",
        "gate": "Gates",
        "pass": "passed",
        "fail": "failed",
        "not_valid": "invalid",
        "moved": "How far the evaluators moved the scores",
        "stage": "Stage",
        "mean_change": "Mean change",
        "most_changed": "Criteria the evaluators changed most often",
        "changed_files": "Files",
    },
}


def overview(portfolio: Portfolio, lang: Lang) -> list[tuple[str, str]]:
    """Return the headline figures as (label, value) pairs."""
    words = WORDS[lang]
    pairs = [
        (words["scored"], str(portfolio.scored)),
        (words["invalid"], str(len(portfolio.invalid))),
    ]
    mean = portfolio.mean_percent
    if mean is not None and portfolio.lowest and portfolio.highest:
        pairs += [
            (words["mean"], f"{fmt(mean)}%"),
            (words["lowest"], f"{fmt(portfolio.lowest[0])}% ({portfolio.lowest[1]})"),
            (words["highest"], f"{fmt(portfolio.highest[0])}% ({portfolio.highest[1]})"),
        ]
    return pairs


def indicator_label(portfolio: Portfolio, rubric: str, ident: str, title: str) -> str:
    prefix = f"{rubric} · " if len(portfolio.per_rubric) > 1 else ""
    return f"{prefix}{ident}. {title}"


def criterion_label(portfolio: Portfolio, rubric: str, ident: str, describe: Describe) -> str:
    prefix = f"{rubric} · " if len(portfolio.per_rubric) > 1 else ""
    question = describe(rubric, ident)
    return f"{prefix}{ident}" + (f" {question}" if question else "")
