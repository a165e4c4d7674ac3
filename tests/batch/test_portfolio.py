"""Portfolio statistics and their Markdown summary."""

from __future__ import annotations

import pytest

from pkmcli.batch.formats.markdown import markdown_summary
from pkmcli.batch.gates import Gate, check_gates
from pkmcli.batch.portfolio import Portfolio
from pkmcli.batch.records import IndicatorFigure, Scorecard
from pkmcli.batch.summary import LIST_LIMIT


def card(file: str, a: float, b: float, shortfalls=(), unit: str | None = None) -> Scorecard:
    """Return a scorecard with indicator a (weight 4) at a% and b (weight 6) at b%."""
    figures = (
        IndicatorFigure("a", "Satu", 4.0, 4 * a / 100, a),
        IndicatorFigure("b", "Dua | Tiga", 6.0, 6 * b / 100, b),
    )
    percent = (4 * a + 6 * b) / 10
    return Scorecard(
        file, "r", unit, None, None, percent / 10, 10.0, percent, figures, (), tuple(shortfalls)
    )


def describe(rubric: str, ident: str) -> str | None:
    return {"a.1": "Ada kebijakan?"}.get(ident) if rubric == "r" else None


@pytest.fixture
def filled() -> Portfolio:
    gates = (Gate(60.0), Gate(50.0, "b"))
    portfolio = Portfolio()
    for item in (
        card("x.yaml", 100, 100),
        card("y.yaml", 50, 40, ["a.1", "b.2"], unit="Kantor | Y"),
        card("z.yaml", 75, 70, ["a.1"]),
    ):
        portfolio.add(item, check_gates(item, gates))
    portfolio.add_invalid("rusak.yaml")
    return portfolio


def test_counts_mean_min_max_and_indicator_means(filled):
    assert (filled.scored, filled.invalid) == (3, ["rusak.yaml"])
    assert filled.mean_percent == pytest.approx((100 + 44 + 72) / 3)
    assert filled.lowest == (44.0, "y.yaml")
    assert filled.highest == (100.0, "x.yaml")
    means = {ident: (t.mean_score, t.mean_percent) for (_, ident), t in filled.indicators.items()}
    assert means["a"] == pytest.approx((3.0, 75.0))
    assert means["b"] == pytest.approx((4.2, 70.0))


def test_shortfalls_rank_criteria_by_how_many_files_miss_their_best(filled):
    ranked = [(s.criterion, s.count, s.of, round(s.share)) for s in filled.top_shortfalls()]
    assert ranked == [("a.1", 2, 3, 67), ("b.2", 1, 3, 33)]


def test_failures_keep_every_failed_gate_of_a_file(filled):
    assert [(f.file, [c.gate.name for c in f.checks]) for f in filled.failures] == [
        ("y.yaml", ["--fail-under 60", "--fail-under-indicator b=50"])
    ]


def test_markdown_summary(filled):
    text = markdown_summary(filled, (Gate(60.0), Gate(50.0, "b")), "id", describe)
    assert text == (
        "## Ringkasan penilaian\n"
        "\n"
        "|  |  |\n"
        "| --- | ---: |\n"
        "| Berkas dinilai | 3 |\n"
        "| Berkas tidak valid | 1 |\n"
        "| Rata-rata total | 72,00% |\n"
        "| Terendah | 44,00% (y.yaml) |\n"
        "| Tertinggi | 100,00% (x.yaml) |\n"
        "\n"
        "### Rerata per indikator\n"
        "\n"
        "| Indikator | Rerata nilai | Bobot | Rerata % |\n"
        "| --- | ---: | ---: | ---: |\n"
        "| a. Satu | 3,00 | 4 | 75,00 |\n"
        "| b. Dua \\| Tiga | 4,20 | 6 | 70,00 |\n"
        "\n"
        "### Kriteria yang paling sering belum bernilai maksimal\n"
        "\n"
        "| Kriteria | Berkas di bawah nilai terbaik | Porsi |\n"
        "| --- | ---: | ---: |\n"
        "| a.1 Ada kebijakan? | 2 dari 3 | 67% |\n"
        "| b.2 | 1 dari 3 | 33% |\n"
        "\n"
        "### Unit di bawah ambang\n"
        "\n"
        "| Berkas | Unit | Total % | Ambang yang gagal |\n"
        "| --- | --- | ---: | --- |\n"
        "| y.yaml | Kantor \\| Y | 44,00 | --fail-under 60 (ambang 60%, capaian 44,00%); "
        "--fail-under-indicator b=50 (ambang 50%, capaian 40,00%) |\n"
        "\n"
        "### Berkas tidak valid\n"
        "\n"
        "- `rusak.yaml`\n"
    )


def test_markdown_summary_in_english_without_gates_or_scores():
    portfolio = Portfolio()
    portfolio.add_invalid("a.yaml")
    text = markdown_summary(portfolio, (), "en", describe)
    assert "| Files scored | 0 |" in text
    assert "No file could be scored." in text
    assert "gates" not in text


def test_long_lists_are_cut_with_a_count_of_the_rest():
    portfolio = Portfolio()
    for number in range(LIST_LIMIT + 3):
        item = card(f"u{number:03d}.yaml", 10, 10)
        portfolio.add(item, check_gates(item, (Gate(50.0),)))
    text = markdown_summary(portfolio, (Gate(50.0),), "en", describe)
    assert f"| u{LIST_LIMIT - 1:03d}.yaml |" in text
    assert f"| u{LIST_LIMIT:03d}.yaml |" not in text
    assert "… and 3 more" in text
    assert markdown_summary(Portfolio(), (Gate(50.0),), "en", describe).count("Every unit") == 1
