"""`pkm rubric list|show` and `pkm rubrics`."""

from __future__ import annotations

import pytest

from pkmcli.cli.main import app
from pkmcli.rubric.catalog import load_rubric, shipped_rubrics

pytestmark = pytest.mark.usefixtures("here")


def test_rubric_list_and_rubrics(runner):
    expected = "".join(
        f"{ident}\t{load_rubric(ident).version}\t{load_rubric(ident).title.get('id')}\n"
        for ident in shipped_rubrics()
    )
    assert (
        "pkp-2019\t1.0\tPeningkatan Kualitas Pelayanan Publik (LKE Zona Integritas 2019)\n"
        in expected
    )
    for args in (["rubric", "list"], ["rubrics"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert result.stdout == expected
        assert result.stderr == ""
    result = runner.invoke(app, ["rubrics", "--lang", "en"])
    assert (
        "pkp-2019\t1.0\tImproving the Quality of Public Service (Integrity Zone worksheet, 2019)"
        in result.stdout.splitlines()
    )


def test_rubric_show_draws_the_tree(runner):
    result = runner.invoke(app, ["rubric", "show"])
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert out.startswith("pkp-2019 1.0: Peningkatan Kualitas Pelayanan Publik")
    assert "a Standar Pelayanan (bobot 3)" in out
    assert "c Penilaian Kepuasan terhadap Pelayanan (bobot 4)" in out
    assert "ya = Ya (1)" in out
    assert "d = Belum ada tindak lanjut (0)" in out
    assert "(0,33)" in out  # option values with a decimal comma
    assert "(0.33)" not in out
    assert "weight" not in out
    assert out.splitlines()[-1].startswith("Berkas rubrik: ")
    result = runner.invoke(app, ["rubric", "show", "pkp-2019", "--lang", "en"])
    assert "a Service Standards (weight 3)" in result.stdout
    assert "(0.33)" in result.stdout
    assert "bobot" not in result.stdout
    result = runner.invoke(app, ["rubric", "show", "tidak-ada"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("--rubric: 'tidak-ada' bukan id rubrik bawaan")
    result = runner.invoke(app, ["rubric", "show", "tidak-ada", "--lang", "en"])
    assert result.stderr.startswith("--rubric: 'tidak-ada' is neither a shipped rubric id")


def test_rubric_show_says_where_the_rubric_file_is(runner):
    done = runner.invoke(app, ["rubric", "show", "pkp-2021", "--lang", "en"])
    assert done.stdout.splitlines()[-1] == f"Rubric file: {shipped_rubrics()['pkp-2021']}"


def test_rubric_export_copies_a_shipped_rubric_out_to_edit(runner, tmp_path):
    target = tmp_path / "milik-kami.yaml"
    done = runner.invoke(app, ["rubric", "export", "pkp-2019", "-o", str(target)])
    assert done.exit_code == 0, done.stderr
    assert target.read_bytes() == shipped_rubrics()["pkp-2019"].read_bytes()
    assert done.stderr == (
        f"ditulis: {target}, salinan {shipped_rubrics()['pkp-2019']}; beri id sendiri, sunting, "
        f"lalu periksa dengan: pkm validate {target}\n"
    )
    again = runner.invoke(
        app, ["rubric", "export", "pkp-2019", "-o", str(target)], env={"PKM_LANG": "en"}
    )
    assert (again.exit_code, again.stderr) == (
        2,
        f"{target}: already exists; pass --force to overwrite it\n",
    )
    shown = runner.invoke(app, ["rubric", "export", "pkp-2021"])
    assert shown.stdout == shipped_rubrics()["pkp-2021"].read_text(encoding="utf-8")


def test_usage_lines_name_arguments_plainly(runner):
    for command in (["score"], ["validate"], ["skm"]):
        done = runner.invoke(app, [*command, "--help"])
        first = done.stdout.splitlines()[0]
        assert "{" not in first
        assert first.endswith("...")
