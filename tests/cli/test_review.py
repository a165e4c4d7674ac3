"""`pkm review` without a terminal: problems first, then exit 2 without reading stdin."""

from __future__ import annotations

import pytest

import pkmcli.cli.review  # noqa: F401 - registers the command on the app
from pkmcli.cli.app import app

pytestmark = pytest.mark.usefixtures("here")

UNIT = "rubric: pkp-2019\nanswers:\n  a.1: ya  # SK ada\n  a.2: b\n"


def test_without_a_terminal_it_exits_2_at_once_and_leaves_the_file(runner, write_answers):
    path = write_answers(UNIT)
    result = runner.invoke(app, ["review", "jawaban.yaml", "--stage", "tpi"], input="\n\n")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "pkm review: masukan (stdin) bukan terminal, jadi tinjauan tidak dapat berjalan; "
        "tulis jawaban tahap ini di bawah reviews: dalam berkas jawaban lalu beri nilai "
        "dengan: pkm score FILE --stage ID\n"
    )
    assert path.read_text() == UNIT


def test_a_missing_file_is_invalid_input(runner):
    result = runner.invoke(app, ["review", "tidak-ada.yaml", "--stage", "tpi"])
    assert result.exit_code == 3
    assert result.stderr == "tidak-ada.yaml: berkas atau folder tidak ditemukan\n"


def test_a_file_without_the_units_answers_is_invalid_input(runner, write_answers):
    write_answers("rubric: pkp-2019\nanswers:\n")
    result = runner.invoke(app, ["review", "jawaban.yaml", "--stage", "tpi", "--lang", "en"])
    assert result.exit_code == 3
    assert result.stderr == (
        "jawaban.yaml: holds no answers of the unit to review; fill them in first with: "
        "pkm assess jawaban.yaml\n"
    )


def test_an_invalid_file_is_reported_located(runner, write_answers):
    write_answers("rubric: pkp-2019\nanswers:\n  a.1: mungkin\n")
    result = runner.invoke(app, ["review", "jawaban.yaml", "--stage", "tpi"])
    assert result.exit_code == 3
    assert result.stderr == (
        "jawaban.yaml:3:8: a.1: 'mungkin' bukan pilihan di sini; pilihan yang ada: ya, tidak\n"
    )


def test_an_unknown_stage_exits_2_naming_the_declared_ones(runner, write_answers):
    write_answers(UNIT)
    result = runner.invoke(app, ["review", "jawaban.yaml", "--stage", "TPI", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        "--stage: 'TPI' is not a review stage of rubric pkp-2019; its stages: tpi, tpn\n"
    )


def test_a_stage_after_which_another_exists_is_refused(runner, write_answers):
    text = UNIT + "reviews:\n  - stage: tpn\n    answers:\n      a.1: tidak\n"
    path = write_answers(text)
    result = runner.invoke(app, ["review", "jawaban.yaml", "--stage", "tpi"])
    assert result.exit_code == 2
    assert result.stderr == (
        "jawaban.yaml: tahap 'tpn' sudah ada di berkas ini; tahap berjalan berurutan "
        "(tpi, tpn), jadi 'tpi' tidak dapat ditinjau lagi\n"
    )
    assert path.read_text() == text


def test_a_bad_date_and_a_missing_stage_are_usage_errors(runner, write_answers):
    write_answers(UNIT)
    result = runner.invoke(
        app, ["review", "jawaban.yaml", "--stage", "tpi", "--date", "2026-13-01", "-l", "en"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "--date: '2026-13-01' is not a date; write YYYY-MM-DD, for example 2026-03-01\n"
    )
    result = runner.invoke(app, ["review", "jawaban.yaml"])
    assert result.exit_code == 2
    assert "Missing option '--stage'" in result.stderr
