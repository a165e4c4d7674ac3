"""`pkm report` over its inputs: one file as before, many as a portfolio; outputs and exit codes."""

from __future__ import annotations

import pytest

from helpers import DATA, GOLDEN
from pkmcli.cli.main import app
from pkmcli.files.finding import EMPTY_FOLDER
from pkmcli.messages.core import say
from pkmcli.report.reporting import is_single
from pkmcli.report.templating import escape_markdown

DAY = "2026-01-15"
PKP = DATA / "portfolio" / "pkp"
A, B, C = (PKP / f"kantor-{u}-2026.yaml" for u in "abc")


def report(runner, *args):
    result = runner.invoke(app, ["report", "--date", DAY, *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def test_a_folder_without_answers_files_is_the_usual_error(runner, tmp_path):
    (tmp_path / "catatan.txt").write_text("bukan jawaban", encoding="utf-8")
    empty = f"{tmp_path}: {say(EMPTY_FOLDER, 'id')}\n"
    assert report(runner, tmp_path) == (3, "", empty)
    assert report(runner, tmp_path, "-f", "html") == (3, "", empty)


@pytest.mark.parametrize(
    ("args", "golden"),
    [
        (["report-strong.yaml"], "report-strong.md"),
        (["report-mid.yaml", "--baseline", "report-mid-2025.yaml", "-f", "html"],
         "report-mid-baseline.html"),
    ],
)  # fmt: skip
def test_one_file_is_the_single_report_unchanged(runner, args, golden):
    paths = [str(DATA / a) if a.endswith(".yaml") else a for a in args]
    code, out, err = report(runner, *paths)
    assert (code, err) == (0, "")
    assert out == (GOLDEN / golden).read_text(encoding="utf-8")


@pytest.mark.parametrize(("option", "value"), [("--threshold", "75"), ("--detail-limit", "3")])
def test_portfolio_options_are_refused_for_one_file(runner, option, value):
    code, out, err = report(runner, A, option, value)
    assert (code, out) == (2, "")
    assert err == (
        f"{option}: hanya berlaku untuk portofolio: berikan beberapa berkas jawaban atau "
        "sebuah folder\n"
    )
    code, out, err = report(runner, A, option, value, "--lang", "en")
    assert err == f"{option}: applies to a portfolio: give several answers files or a folder\n"


def test_two_files_make_a_portfolio(runner):
    code, out, err = report(runner, A, B)
    assert (code, err) == (0, "")
    assert out.startswith("# Laporan Portofolio Penilaian Zona Integritas\n")
    assert "2 berkas dibaca: 2 valid, 0 tidak valid; 2 unit kerja diperingkat." in out
    assert "| 1 | [Kantor Uji B](#unit-1-1) | 2026 | **9,70** | 97,00 |" in out
    # One period per unit: no change column, and nothing to say about single periods.
    assert "Perubahan |" not in out
    assert "hanya satu periode" not in out


def test_a_folder_of_one_file_is_a_portfolio(runner, tmp_path):
    (tmp_path / "satu.yaml").write_text(B.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = report(runner, tmp_path)
    assert code == 0
    assert "1 berkas dibaca: 1 valid, 0 tidak valid; 1 unit kerja diperingkat." in out


def test_a_pattern_is_a_portfolio(runner):
    code, out, _ = report(runner, str(PKP / "kantor-[ab]-*.yaml"))
    assert code == 0
    assert "3 berkas dibaca: 3 valid" in out
    assert "▲ +3,29 (2025)" in out


def test_invalid_files_are_listed_and_exit_3_but_the_report_is_whole(runner, tmp_path):
    target = tmp_path / "laporan.html"
    code, out, err = report(runner, PKP, "-f", "html", "-o", target)
    assert (code, out) == (3, "")
    rusak = PKP / "rusak.yaml"
    assert err == (
        f"laporan ditulis ke {target}\n"
        f"{rusak}:6:8: a.1: 'mungkin' bukan pilihan di sini; pilihan yang ada: ya, tidak\n"
        f"{rusak}:7:3: kriteria 'z.9' tidak dikenal (rubrik pkp-2019 memuat a.1 sampai c.3)\n"
    )
    html = target.read_text(encoding="utf-8")
    assert html.endswith("</html>\n")
    assert f'<dt class="path">{rusak}</dt>' in html
    assert f'<dd class="path">{rusak}:6:8: a.1: &#39;mungkin&#39; bukan pilihan' in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.html"]


def test_missing_inputs_are_listed_with_the_rest(runner, tmp_path):
    code, out, err = report(runner, A, tmp_path / "tiada.yaml", "--lang", "en")
    assert code == 3
    assert err == f"{tmp_path / 'tiada.yaml'}: no such file or directory\n"
    assert "1 files read: 1 valid, 0 invalid; 1 units ranked." in out
    shown = escape_markdown(f"{tmp_path / 'tiada.yaml'}: no such file or directory")
    assert f"  - {shown}" in out


def test_english_notice_when_written(runner, tmp_path):
    target = tmp_path / "laporan.md"
    assert report(runner, A, B, "-o", target, "--lang", "en") == (0, "", f"wrote {target}\n")
    assert target.read_text(encoding="utf-8").startswith("# Integrity Zone Assessment Portfolio")


def test_dash_is_stdout(runner):
    code, out, err = report(runner, A, B, "-o", "-")
    assert (code, err) == (0, "")
    assert out.startswith("# Laporan Portofolio")


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_an_output_that_is_an_input_is_refused_before_anything(runner, tmp_path):
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    for path, source in ((first, A), (second, B)):
        path.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    before = second.read_bytes()
    code, out, err = report(runner, tmp_path, "-f", "html", "-o", second)
    assert (code, out) == (2, "")
    assert err == (
        f"{second}: is the answers file '{second}'; writing here would replace it "
        "(choose another file)\n"
    )
    assert second.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.yaml"]


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_an_output_that_is_the_rubric_is_refused(runner, tmp_path):
    rubric = tmp_path / "rubrik.yaml"
    rubric.write_text((DATA / "rubric-mini.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    folder = DATA / "portfolio" / "mini"
    code, _, err = report(runner, folder, "--rubric", rubric, "-o", rubric)
    assert code == 2
    assert err.startswith(f"{rubric}: is the rubric file '{rubric}'")


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_an_unwritable_output_is_refused_before_reading(runner, tmp_path):
    target = tmp_path / "tiada" / "laporan.md"
    code, out, err = report(runner, PKP, "-o", target)
    assert (code, out) == (2, "")
    # The invalid file in the folder is not mentioned: nothing was read.
    assert err == f"{target}: cannot write: directory '{target.parent}' does not exist\n"


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_baseline_takes_one_file(runner):
    code, out, err = report(runner, A, B, "--baseline", C)
    assert (code, out) == (2, "")
    assert err == (
        "--baseline: takes one answers file; for many units give every period's files instead\n"
    )


@pytest.mark.parametrize("value", ["-1", "100.5", "lots"])
def test_threshold_is_a_percentage(runner, value):
    code, out, err = report(runner, A, B, "--threshold", value)
    assert (code, out) == (2, "")
    assert "Invalid value for '--threshold'" in err


def test_template_dir_overrides_the_portfolio_templates(runner, tmp_path):
    (tmp_path / "portfolio.md.j2").write_text(
        "{% for g in portfolio.groups %}{{ g.rubric_id }}: {{ g.headline.mean }}\n{% endfor %}",
        encoding="utf-8",
    )
    assert report(runner, A, B, C, "--template-dir", tmp_path) == (0, "pkp-2019: 57,05\n", "")


def test_template_mistakes_are_located(runner, tmp_path):
    (tmp_path / "portfolio.md.j2").write_text("{{ portfolio.nothing }}\n", encoding="utf-8")
    code, out, err = report(runner, A, B, "--template-dir", tmp_path)
    assert (code, out) == (3, "")
    assert err.startswith(f"{tmp_path / 'portfolio.md.j2'}:1: kesalahan templat: ")


def test_which_inputs_are_one_file(tmp_path):
    assert is_single([str(A)])
    assert is_single([str(tmp_path / "tiada.yaml")])  # the single report says it is missing
    assert not is_single([str(tmp_path)])
    assert not is_single([str(A), str(B)])
    assert not is_single([str(PKP / "*.yaml")])


def test_only_invalid_files_still_give_a_report(runner, tmp_path):
    target = tmp_path / "laporan.md"
    code, out, err = report(runner, PKP / "rusak.yaml", tmp_path / "tiada.yaml", "-o", target)
    assert (code, out) == (3, "")
    assert err.startswith(f"laporan ditulis ke {target}\n")
    text = target.read_text(encoding="utf-8")
    assert "1 berkas dibaca: 0 valid, 1 tidak valid; 0 unit kerja diperingkat." in text
    assert "Tidak ada berkas valid yang dapat dinilai." in text
    invalid = text.split('## <a id="invalid"></a>Berkas tidak valid')[1].split("## Metode")[0]
    assert invalid.count("\n- **") == 2  # both inputs, each with its problems


def test_the_same_unit_and_period_twice_is_reported(runner, tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(A.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = report(runner, tmp_path, "--lang", "en")
    assert code == 0
    assert "1 units ranked." in out
    shown = escape_markdown(f"{tmp_path / 'a.yaml'} is not used: same unit and period as ")
    assert f"## Duplicate files\n\n- {shown}" in out
