"""The table, CSV and JSON outputs."""

from __future__ import annotations

import csv
import io
import json

import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command

APP = pkmcli.cli.app.app


def skm(runner, *args):
    result = runner.invoke(APP, ["skm", *map(str, args)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_table_lists_every_element_then_the_index(runner, forms):
    out = skm(
        runner,
        forms.write([forms.row(forms.same(4)), forms.row(forms.same(3))]),
        "--population",
        "2",
    )
    lines = out.splitlines()
    assert lines[0] == "Survei Kepuasan Masyarakat"
    row = next(line for line in lines if line.lstrip().startswith("U1 "))
    assert row.split() == ["U1", "Persyaratan", "2", "7", "3,50", "1/9", "87,50", "B"]
    assert lines[-5:] == [
        "IKM 87,50 · mutu B · kinerja Baik",
        "Responden: 2",
        "Sampel cukup: populasi 2, minimal 2 responden (Krejcie & Morgan)",
        "Periode: 2024-03-01 s.d. 2024-03-01",
        (
            "Bobot tiap unsur tepat 1/9. Dengan bobot 0,11 seperti tercetak di peraturan, IKM tampil "
            "86,63; dengan 0,111: 87,41."
        ),
    ]
    assert all(line == line.rstrip() for line in lines)


def test_table_never_reads_data_as_markup(runner, forms):
    rows = [forms.row(forms.same(4), profile=("L", "SMA", "[bold red]Paspor[/]"))]
    out = skm(runner, forms.write(rows), "--by", "layanan")
    assert "[bold red]Paspor[/]" in out


def test_csv_one_row_per_element_and_group(runner, forms):
    rows = [
        forms.row(forms.same(4), profile=("L", "SMA", '=HYPERLINK("x")')),
        forms.row(forms.same(2), profile=("L", "SMA", "Visa")),
    ]
    out = skm(runner, forms.write(rows), "--format", "csv", "--by", "layanan")
    table = list(csv.DictReader(io.StringIO(out)))
    assert len(table) == 27
    assert {r["group"] for r in table} == {"", '\'=HYPERLINK("x")', "Visa"}
    visa = [r for r in table if r["group"] == "Visa"]
    assert visa[0]["ikm"] == "50.0"
    assert visa[0]["grade"] == "D"
    assert table[0]["nrr"] == "3.0"


def test_json_keeps_full_precision(runner, forms):
    rows = [forms.row(forms.same(4)), forms.row(forms.same(3)), forms.row(forms.same(3))]
    data = json.loads(skm(runner, forms.write(rows), "--format", "json"))
    assert data["ikm"] == 83.33333333333333
    assert data["printed_weights"] == {"0.11": 82.5, "0.111": 83.25}
    assert data["weights"] == "exact"
    assert data["period"] == {"from": "2024-03-01", "to": "2024-03-01"}
