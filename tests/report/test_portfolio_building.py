"""The portfolio report: golden files, the numbers of `pkm score`, escaping, many files."""

from __future__ import annotations

import json
import random
import re
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import DATA, check_golden
from pkmcli.cli.main import app
from pkmcli.numbers import fmt
from pkmcli.report.portfolio import gather_portfolio
from pkmcli.report.portfolio_building import build_portfolio_view, render_portfolio
from pkmcli.rubric.catalog import load_rubric

DAY = "2026-01-15"
PKP = DATA / "portfolio" / "pkp"
KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}


def report(runner: CliRunner, *args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["report", "--date", DAY, *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def write_units(folder: Path, units: int, periods: tuple[str, ...], seed: int = 7) -> None:
    """Write one answers file per unit and period, some criteria skipped (synthetic data)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(units):
        for period in periods:
            body = "".join(
                f"  {ident}: {rng.choice(keys)}\n"
                for ident, keys in KEYS.items()
                if rng.random() > 0.05
            )
            text = f'rubric: pkp-2019\nunit: Unit Uji {number:03d}\nperiod: "{period}"\nanswers:\n'
            (folder / f"u{number:03d}-{period}.yaml").write_text(text + body, encoding="utf-8")


# --- golden files --------------------------------------------------------------------------

GOLDEN_CASES = [
    pytest.param(["portfolio/pkp"], "pkp-id", 3, id="pkp-id"),
    pytest.param(["portfolio/pkp", "--lang", "en", "--threshold", "60"], "pkp-en", 3, id="pkp-en"),
    pytest.param(
        ["portfolio/mini", "--rubric", "rubric-mini.yaml", "--detail-limit", "1"],
        "mini-brief",
        0,
        id="mini-brief",
    ),
]

REVIEWED_CASES = [
    pytest.param(["portfolio/reviewed"], "reviewed-id", id="reviewed-id"),
    pytest.param(["portfolio/reviewed", "--lang", "en", "--stage", "tpi"], "reviewed-tpi-en",
                 id="reviewed-tpi-en"),
]  # fmt: skip


@pytest.mark.parametrize("output", ["md", "html"])
@pytest.mark.parametrize(("args", "name", "code"), GOLDEN_CASES)
def test_golden(runner, monkeypatch, args, name, code, output):
    # Relative paths, so that the files named in the report read the same in any checkout.
    monkeypatch.chdir(DATA)
    found, out, _ = report(runner, *args, "--format", output)
    assert found == code
    check_golden(f"portfolio-{name}.{output}", out)


# --- the numbers of `pkm score` ------------------------------------------------------------


def md_rows(text: str, heading: str) -> list[list[str]]:
    """Return the body rows of the first Markdown table after each ``heading``."""
    rows = []
    for part in text.split(heading)[1:]:
        lines = part.splitlines()
        start = next(n for n, line in enumerate(lines) if line.startswith("|"))
        for line in lines[start + 2 :]:
            if not line.startswith("|"):
                break
            rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("banyak") / "unit"
    write_units(folder, 250, ("2025", "2026"))
    return folder


def test_500_files_every_number_is_that_of_pkm_score(many):
    runner = CliRunner()
    scored = runner.invoke(app, ["score", str(many), "-f", "json"])
    assert scored.exit_code == 0, scored.stderr
    results = {(r["unit"], r["period"]): r for r in json.loads(scored.stdout)}
    assert len(results) == 500
    code, md, err = report(runner, many)
    assert (code, err) == (0, "")
    rows = md_rows(md, "### Peringkat unit kerja")
    assert len(rows) == 250
    for row in rows:
        unit = re.fullmatch(r"\[(.*)\]\(#unit-1-\d+\)", row[1])
        assert unit is not None, row
        now, before = results[(unit[1], "2026")], results[(unit[1], "2025")]
        assert row[2] == "2026"
        assert row[3:8] == [
            f"**{fmt(now['score'], 2, 'id')}**",
            fmt(now["percent"], 2, "id"),
            *(fmt(i["score"], 2, "id") for i in now["indicators"]),
        ]
        change = Decimal(fmt(now["score"])) - Decimal(fmt(before["score"]))
        assert row[8].split()[1] == ("+" if change > 0 else "") + fmt(float(change), 2, "id")
    scores = [Decimal(row[3].strip("*").replace(",", ".")) for row in rows]
    assert scores == sorted(scores, reverse=True)
    # Over the detail limit, one line per unit, each one a link target of the ranking.
    assert "Unit kerja lebih banyak dari batas rincian (30, --detail-limit)" in md
    assert len(re.findall(r'^- <a id="unit-1-\d+"></a>', md, flags=re.MULTILINE)) == 250
    percents = [results[(r[1][1:].split("]")[0], "2026")]["percent"] for r in rows]
    mean = sum(percents) / len(percents)
    assert f"- Rata-rata persentase total: **{fmt(mean, 2, 'id')}%**" in md


def test_html_totals_are_those_of_pkm_score(runner, monkeypatch):
    monkeypatch.chdir(DATA)
    scored = runner.invoke(app, ["score", "portfolio/pkp", "-f", "json"])
    results = {r["file"]: r for r in json.loads(scored.stdout) if "score" in r}
    _, html, _ = report(runner, "portfolio/pkp", "-f", "html", "--lang", "en")
    shown = re.findall(r'data-total="(unit-\d-\d)"><strong>([0-9.]+)</strong>', html)
    files = re.findall(r'<span class="path">(portfolio/pkp/[^<]+)</span>', html)
    assert len(shown) == len(files) == 4
    for (_, total), file in zip(shown, files, strict=True):
        assert total == fmt(results[file]["score"], 2, "en")


# --- words and views -----------------------------------------------------------------------


def test_threshold_grades_or_neither():
    paths = sorted(str(p) for p in PKP.glob("kantor-*.yaml"))
    portfolio = gather_portfolio(paths, None)
    plain = build_portfolio_view(portfolio, "en", date(2026, 1, 15))
    first = plain.groups[0]
    assert first.headline.no_threshold is True
    assert first.verdict_title is None
    assert [r.verdict for r in first.ranking] == [None, None, None]
    bar = build_portfolio_view(portfolio, "id", date(2026, 1, 15), threshold=63.02)
    first = bar.groups[0]
    # Kantor Uji A scores 63.0216...%: it reaches 63.02 exactly as pkm score's gate would.
    assert first.headline.threshold_line == "2 dari 3 unit kerja mencapai ambang 63,02%."
    assert [(r.unit, r.meets) for r in first.ranking] == [
        ("Kantor Uji B", True),
        ("Kantor Uji A", True),
        ("Kantor Uji C", False),
    ]
    assert first.verdict_title == "Ambang 63,02%"


def test_detail_limit_is_inclusive():
    paths = sorted(str(p) for p in PKP.glob("kantor-*.yaml"))
    portfolio = gather_portfolio(paths, None)
    assert build_portfolio_view(portfolio, "id", date(2026, 1, 15), detail_limit=4).detailed
    assert not build_portfolio_view(portfolio, "id", date(2026, 1, 15), detail_limit=3).detailed


def test_render_needs_no_cli():
    portfolio = gather_portfolio([str(PKP / "kantor-b-2026.yaml")], None)
    view = build_portfolio_view(portfolio, "en", date(2026, 2, 1))
    text = render_portfolio(view, "md")
    assert text.startswith("# Integrity Zone Assessment Portfolio\n\n- **Report date:** 1 February")
    assert "| 1 | [Kantor Uji B](#unit-1-1) | 2026 | **9.70** | 97.00 |" in text


# --- escaping ------------------------------------------------------------------------------

HOSTILE_UNIT = "<script>alert(1)</script> | *tebal* [x](y) _m_ `k` # h"
HOSTILE_PERIOD = '"><img src=x onerror=alert(2)>'


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "jahat"
    folder.mkdir()
    for number, period in enumerate(("2025", HOSTILE_PERIOD)):
        (folder / f"<b>unit|{number}*.yaml").write_text(
            f"rubric: pkp-2019\nunit: '{HOSTILE_UNIT}'\nperiod: '{period}'\n"
            f"answers:\n  a.1: ya\n  a.2: {'bc'[number]}\n",
            encoding="utf-8",
        )
    (folder / "[x](javascript:y).yaml").write_text(
        "rubric: pkp-2019\nanswers:\n  a.1: '<script>z()</script>'\n", encoding="utf-8"
    )
    return folder


LIVE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section",
    "nav", "article", "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "abbr", "ul", "li",
    "dl", "dt", "dd", "a", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot",
    "tr", "th", "td",
}  # fmt: skip


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_html_makes_no_user_string_live(runner, hostile):
    code, html, err = report(runner, hostile, "-f", "html")
    assert code == 3
    assert "'<script>z()</script>' is not an option here" in err
    parser = Tags()
    parser.feed(html)
    parser.close()
    assert {tag for tag, _ in parser.tags} <= LIVE_TAGS
    for tag, attrs in parser.tags:
        assert not [name for name in attrs if name.startswith("on") or name == "style"], tag
        if tag == "a":
            assert re.fullmatch(r"#[a-z0-9-]+", attrs["href"] or ""), attrs
    text = "".join(parser.text)
    assert HOSTILE_UNIT in text
    assert HOSTILE_PERIOD in text
    assert "[x](javascript:y).yaml" in text
    # Text sorts before numbers, so the period "2025" is the latest of the two.
    assert f"{hostile}/<b>unit|0*.yaml" in text


def cells(line: str) -> list[str]:
    return re.split(r"(?<!\\)\|", line)[1:-1]


def test_markdown_makes_no_user_string_live(runner, hostile):
    code, md, _ = report(runner, hostile)
    assert code == 3
    lines = md.splitlines()
    for n, line in enumerate(lines):
        if line.startswith("|") and not lines[n - 1].startswith("|"):
            width = len(cells(line))
            for row in lines[n + 1 :]:
                if not row.startswith("|"):
                    break
                assert len(cells(row)) == width, row
    # The only raw HTML is our own anchors, the only links point at them.
    for tag in re.findall(r"(?<!\\)<[^>\n]*>", md):
        assert re.fullmatch(r'<a id="(unit-\d+-\d+|rubric-\d+|invalid)">|</a>', tag), tag
    for link in re.findall(r"(?<!\\)\]\(([^)]*)\)", md):
        assert re.fullmatch(r"#unit-\d+-\d+", link), link
    assert not [line for line in lines if line.startswith("#") and "tebal" in line.split("</a>")[0]]
    escaped = r"\<script\>alert(1)\</script\> \| \*tebal\* \[x\](y) \_m\_ \`k\` \# h"
    assert f"[{escaped}](#unit-1-1)" in md
    assert r"\[x\](javascript:y).yaml" in md


# --- review stages ---------------------------------------------------------------------------


@pytest.mark.parametrize("output", ["md", "html"])
@pytest.mark.parametrize(("args", "name"), REVIEWED_CASES)
def test_reviewed_golden(runner, monkeypatch, args, name, output):
    monkeypatch.chdir(DATA)
    found, out, err = report(runner, *args, "--format", output)
    assert (found, err) == (0, "")
    check_golden(f"portfolio-{name}.{output}", out)


def test_reviewed_ranking_is_that_of_pkm_score_at_each_stage(runner):
    folder = DATA / "portfolio" / "reviewed"
    scored = runner.invoke(app, ["score", str(folder), "-f", "json"])
    results = {r["unit"]: r for r in json.loads(scored.stdout)}
    _, md, _ = report(runner, folder, "--lang", "en")
    header = next(line for line in md.splitlines() if line.startswith("| No. | Unit |"))
    assert header.endswith("| % Unit | % TPI | % TPN |")
    for row in md_rows(md, "### Ranking of units"):
        unit = re.fullmatch(r"\[(.*)\]\(#unit-1-\d+\)", row[1])
        assert unit is not None
        result = results[unit[1]]
        assert row[3:5] == [f"**{fmt(result['score'])}**", fmt(result["percent"])]
        percents = {s["stage"]: fmt(s["percent"]) for s in result["stages"]}
        assert row[8:11] == [percents.get(s, "—") for s in ("unit", "tpi", "tpn")]


def test_changed_criteria_count_units_and_means(runner):
    folder = DATA / "portfolio" / "reviewed"
    _, md, _ = report(runner, folder, "--lang", "en")
    rows = md_rows(md, "### Criteria the evaluators changed most")
    assert [row[1].split()[0] for row in rows] == ["**a.2**", "**c.2**", "**b.2**", "**b.4**"]
    # a.2: P a -> b (1 -> 0.67), Q b -> c (0.67 -> 0.33): both units, means 0.835 and 0.50.
    assert rows[0][2:] == ["2 of 2", "0.84", "0.50", "-0.34"]
    assert rows[3][2:] == ["1 of 2", "0.33", "0.67", "+0.34"]
    _, at_tpi, _ = report(runner, folder, "--lang", "en", "--stage", "tpi")
    rows = md_rows(at_tpi, "### Criteria the evaluators changed most")
    assert "**c.2**" not in [row[1].split()[0] for row in rows]  # TPN's change comes later


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_a_portfolio_refuses_an_undeclared_stage(runner):
    code, out, err = report(runner, DATA / "portfolio" / "reviewed", "--stage", "tpx")
    assert (code, out) == (2, "")
    assert err == "--stage: unknown stage 'tpx'; did you mean tpn? (stages: unit, tpi, tpn)\n"


def test_a_portfolio_without_reviews_has_no_stage_parts(runner):
    _, md, _ = report(runner, DATA / "portfolio" / "pkp", "--stage", "tpi")
    assert "% TPI" not in md
    assert "changed most" not in md
    assert "diubah penilai" not in md
