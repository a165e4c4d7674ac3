"""Warnings on the data: sample size, empty and repeated submissions, profile values."""

from __future__ import annotations

import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command

APP = pkmcli.cli.app.app


def warnings(runner, *args):
    result = runner.invoke(APP, ["skm", *map(str, args), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    return result.stderr.splitlines()


def test_clean_data_gives_no_warning(runner, forms):
    path = forms.write(
        [forms.row(forms.same(4), stamp=f"2024/03/0{i} 10:00:00") for i in range(1, 4)]
    )
    assert warnings(runner, path, "--population", "3") == []


def test_sample_size(runner, forms):
    path = forms.write([forms.row(forms.same(4))])
    assert warnings(runner, path, "--population", "1000") == [
        (
            "pkm skm: warning: 1 respondents, fewer than the sample of 278 the Krejcie & Morgan "
            "table asks for a population of 1000"
        )
    ]


def test_empty_and_repeated_submissions(runner, forms):
    rows = [
        forms.row(forms.same(4), stamp="2024/03/01 10:00:00"),
        forms.row(forms.same(4), stamp="2024/03/01 10:00:00"),
        forms.row({}, stamp="2024/03/01 10:05:00"),
        forms.row(forms.same(3), stamp="2024/03/01 10:06:00"),
    ]
    path = forms.write(rows)
    assert warnings(runner, path) == [
        f"{path}: warning: 1 respondents answered no element and are not counted (rows 4)",
        (
            f"{path}: warning: 1 rows repeat an earlier row exactly (same time and answers; "
            "row=first row: 3=2); still counted, remove them if they are double submissions"
        ),
    ]


def test_profile_value_outside_its_list(runner, forms):
    rows = [
        forms.row(forms.same(4), profile=("L", "D3", "Paspor")),
        forms.row(forms.same(4), profile=("P", "d3 ", "Paspor"), stamp="x"),
        forms.row(forms.same(4), profile=("Pria", "SLTA", "Paspor"), stamp="y"),
    ]
    path = forms.write(rows)
    assert warnings(runner, path) == [
        (
            f"{path}: warning: column 'Pendidikan': values not on the list "
            "(SD, SMP, SMA, S1, S2, S3): 'D3' (1), 'd3' (1)"
        )
    ]


def test_nobody_answered_one_element(runner, forms):
    path = forms.write([forms.row({**forms.same(4), "biaya": None})])
    assert warnings(runner, path) == [
        "pkm skm: warning: nobody answered element Cost/tariff; the IKM is computed over the other elements"
    ]
