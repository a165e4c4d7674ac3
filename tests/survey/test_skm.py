"""`pkm skm` from the outside: exit codes, stdout and stderr, the JSON contract, files written."""

from __future__ import annotations

import json

import pytest

import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command

APP = pkmcli.cli.app.app


def run(runner, *args, env=None):
    return runner.invoke(APP, ["skm", *map(str, args)], env=env)


def test_json_follows_the_contract(runner, forms):
    path = forms.write(
        [forms.row(forms.same(4)), forms.row(forms.same(3)), forms.row(forms.same(3))]
    )
    result = run(runner, path, "--format", "json", "--population", "1000")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["files"] == [str(path)]
    assert data["survey"] == "skm-2017"
    assert data["respondents"] == 3
    assert [e["id"] for e in data["elements"]] == [
        "persyaratan", "prosedur", "waktu", "biaya", "produk",
        "kompetensi", "perilaku", "pengaduan", "sarana",
    ]  # fmt: skip
    first = data["elements"][0]
    assert {k: first[k] for k in ("id", "title", "answered", "sum", "grade")} == {
        "id": "persyaratan",
        "title": "Persyaratan",
        "answered": 3,
        "sum": 10,
        "grade": "B",
    }
    assert first["nrr"] == 10 / 3
    assert first["ikm"] == 250 / 3
    assert data["ikm"] == pytest.approx(250 / 3)
    assert data["grade"] == "B"
    assert data["performance"] == "Baik"
    assert data["sample"] == {"population": 1000, "required": 278, "enough": False}
    assert "Krejcie" in result.stderr


def test_no_sample_without_population(runner, forms):
    result = run(runner, forms.write([forms.row(forms.same(4))]), "--format", "json")
    assert result.exit_code == 0
    assert "sample" not in json.loads(result.stdout)
    assert result.stderr == ""


def test_table_in_indonesian_and_english(runner, forms, monkeypatch):
    path = forms.write([forms.row(forms.same(4)), forms.row(forms.same(3))])
    result = run(runner, path)
    assert result.exit_code == 0
    assert "IKM 87,50 · mutu B · kinerja Baik" in result.stdout
    assert "Bobot tiap unsur tepat 1/9." in result.stdout
    monkeypatch.setenv("PKM_LANG", "en")
    english = run(runner, path)
    assert "IKM 87.50 · grade B · performance Good" in english.stdout
    assert (
        "With the weight 0.11 printed in the regulation the IKM would show 86.63" in english.stdout
    )


def test_invalid_cells_are_located_all_at_once(runner, forms):
    rows = [forms.row(forms.same(4)) for _ in range(3)]
    rows[0][4] = "Lumayan"
    rows[2][11] = "Luar biasa"
    path = forms.write(rows)
    result = run(runner, path)
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    question = forms.header()[4].strip()
    assert lines[0] == (
        f"{path}:2:{question}: 'Lumayan' bukan jawaban unsur Persyaratan; yang diharapkan: "
        "1 'Tidak sesuai', 2 'Kurang sesuai', 3 'Sesuai', 4 'Sangat sesuai' (atau angka 1-4, huruf a-d)"
    )
    assert lines[0].startswith(
        f"{path}:2:1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan"
    )
    assert "'Lumayan' bukan jawaban unsur Persyaratan" in lines[0]
    assert lines[1].startswith(f"{path}:4:8. Bagaimana pendapat Saudara tentang kualitas sarana")
    assert "'Luar biasa' bukan jawaban unsur Sarana dan Prasarana" in lines[1]
    assert "Buruk" in lines[1]
    assert len(lines) == 2


def test_several_files_add_up(runner, forms):
    one = forms.write([forms.row(forms.same(4))], name="a.csv")
    two = forms.write([forms.row(forms.same(2))], name="b.csv")
    data = json.loads(run(runner, one, two, "--format", "json").stdout)
    assert data["respondents"] == 2
    assert data["ikm"] == 75
    assert data["files"] == [str(one), str(two)]


def test_problems_of_every_file_at_once(runner, forms, tmp_path):
    bad = forms.write([forms.row({**forms.same(4), "waktu": None})], name="a.csv")
    rows = [forms.row(forms.same(4))]
    rows[0][5] = "???"
    worse = forms.write(rows, name="b.csv")
    result = run(runner, bad, worse, tmp_path / "missing.csv")
    assert result.exit_code == 3
    assert f"{tmp_path / 'missing.csv'}: berkas tidak ditemukan" in result.stderr
    assert f"{worse}:2:" in result.stderr


def test_by_breaks_down_per_group(runner, forms):
    rows = [
        forms.row(forms.same(4), profile=("Laki-laki", "SMA", "Paspor")),
        forms.row(forms.same(2), profile=("Perempuan", "S1", "Visa")),
        forms.row(forms.same(3), profile=("Perempuan", "S1", "paspor ")),
    ]
    data = json.loads(run(runner, forms.write(rows), "--format", "json", "--by", "layanan").stdout)
    groups = {g["value"]: (g["respondents"], g["ikm"], g["grade"]) for g in data["groups"]}
    assert groups == {"Paspor": (2, 87.5, "B"), "Visa": (1, 50.0, "D")}
    assert data["by"] == "Jenis Layanan"


def test_by_names_a_missing_column(runner, forms):
    result = run(runner, forms.write([forms.row(forms.same(4))]), "--by", "kota", "--lang", "en")
    assert result.exit_code == 3
    assert result.stderr.endswith(":1: --by: no column 'kota' in this file\n")


def test_output_file_and_csv(runner, forms, tmp_path):
    target = tmp_path / "hasil.csv"
    result = run(runner, forms.write([forms.row(forms.same(4))]), "--format", "csv", "-o", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"ditulis: {target}\n"
    lines = target.read_text().splitlines()
    assert lines[0].startswith("group,element,title,answered,sum,nrr")
    assert (
        lines[1]
        == ",persyaratan,Persyaratan,1,4,4.0,100.0,A,0.1111111111111111,100.0,A,Sangat Baik"
    )
    assert len(lines) == 10


def test_usage_errors_exit_2(runner, forms):
    path = forms.write([forms.row(forms.same(4))])
    assert run(runner, path, "--publication").exit_code == 2
    assert run(runner, path, "--map", "x=nothing").exit_code == 2
    unknown = run(runner, path, "--survey", "skm-2071", "--lang", "en")
    assert unknown.exit_code == 2
    assert (
        unknown.stderr
        == "--survey: unknown survey 'skm-2071'; shipped: skm-2017; did you mean skm-2017?\n"
    )
    assert run(runner, path, "--population", "0").exit_code == 2


def test_no_respondents_is_invalid_input(runner, forms):
    result = run(runner, forms.write([forms.row({})]), "--lang", "en")
    assert result.exit_code == 3
    assert "no respondent answered any element" in result.stderr


def test_map_settles_a_column(runner, forms):
    header = forms.header()
    header[4] = "Pertanyaan pertama"
    path = forms.write([forms.row(forms.same(4))], header=header)
    missing = run(runner, path, "--lang", "en")
    assert missing.exit_code == 3
    assert "no column for element Requirements (persyaratan)" in missing.stderr
    settled = run(runner, path, "--map", "Pertanyaan pertama=persyaratan", "--format", "json")
    assert settled.exit_code == 0, settled.stderr
    assert json.loads(settled.stdout)["elements"][0]["answered"] == 1


def test_map_file(runner, forms, tmp_path):
    header = forms.header()
    header[4] = "Q1"
    path = forms.write([forms.row(forms.same(4))], header=header)
    mapping = tmp_path / "kolom.yaml"
    mapping.write_text("Q1: persyaratan\n")
    assert run(runner, path, "--map", mapping).exit_code == 0
    unused = run(runner, path, "--map", mapping, "--map", "Q9=produk", "--lang", "en")
    assert unused.exit_code == 2
    assert unused.stderr == "--map: no data file has a column 'q9'\n"


def test_baseline_in_json(runner, forms):
    now = forms.write([forms.row(forms.same(4))], name="now.csv")
    then = forms.write([forms.row(forms.same(3))], name="then.csv")
    data = json.loads(run(runner, now, "--baseline", then, "--format", "json").stdout)
    assert data["baseline"]["ikm"] == 75
    assert data["baseline"]["respondents"] == 1
