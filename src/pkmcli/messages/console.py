"""What the terminal shows: the score table of one file and the rubric tree."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        # The score table of one file
        "indicator": "Indikator",
        "weight": "Bobot",
        "score": "Nilai",
        "total": "Total",
        "mean": "Rerata",
        "subtotal": "Subtotal {section}",
        "stage_total": "{stage}: {score} ({percent}%)",
        "stages": "Tahap: {totals}",
        "changed": "Diubah penilai: {ids}",
        "grade": "Predikat: {grade}",
        "unanswered": "Belum dijawab: {ids}",
        # The rubric tree
        "tree_weight": "(bobot {weight})",
        "tree_max": "(maksimum {max}; {regulation})",
        "tree_percentage": "persentase 0-100, nilai = persen / 100",
        "tree_ratio": "rasio numerator / denominator, paling tinggi 1",
        "tree_file": "Berkas rubrik: {path}",
    },
    "en": {
        "indicator": "Indicator",
        "weight": "Weight",
        "score": "Score",
        "total": "Total",
        "mean": "Mean",
        "subtotal": "Subtotal {section}",
        "stage_total": "{stage}: {score} ({percent}%)",
        "stages": "Stages: {totals}",
        "changed": "Changed by the evaluators: {ids}",
        "grade": "Grade: {grade}",
        "unanswered": "Unanswered: {ids}",
        "tree_weight": "(weight {weight})",
        "tree_max": "(maximum {max}; {regulation})",
        "tree_percentage": "percentage 0-100, value = percent / 100",
        "tree_ratio": "ratio numerator / denominator, capped at 1",
        "tree_file": "Rubric file: {path}",
    },
}
