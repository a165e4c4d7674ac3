"""Columns matched to elements by header text and checked by the labels found in them."""

from __future__ import annotations

import json
from collections import Counter

import pkmcli.cli.app
import pkmcli.cli.skm  # registers the command
from pkmcli.survey.catalog import load_survey
from pkmcli.survey.columns import match_columns, relabel

APP = pkmcli.cli.app.app
SURVEY = load_survey("skm-2017", "en")


def test_form_headers_numbered_or_not(forms):
    for numbered in (True, False):
        layout, problems = match_columns("f.csv", forms.header(numbered), 1, SURVEY, {}, "en")
        assert problems == []
        assert layout.elements == {e: 4 + forms.order.index(e) for e in forms.order}
        assert layout.fields == {
            "waktu_survei": 0,
            "jenis_kelamin": 1,
            "pendidikan": 2,
            "layanan": 3,
            "saran": 13,
        }


def test_short_and_coded_headers():
    header = ["No", "Nama", "U1", "U2", "u3", "U4 ", "U5", "U6", "U7", "U8", "U9", "Saran"]
    layout, problems = match_columns("r.csv", header, 2, SURVEY, {}, "en")
    assert problems == []
    assert layout.elements["pengaduan"] == 9
    assert layout.elements["sarana"] == 10
    titles = ["Persyaratan", "Prosedur", "Waktu Penyelesaian", "Biaya/Tarif", "Produk",
              "Kompetensi Pelaksana", "Perilaku", "Sarana dan Prasarana",
              "Penanganan Pengaduan, Saran dan Masukan", "Kritik dan saran"]  # fmt: skip
    layout, problems = match_columns("r.csv", titles, 1, SURVEY, {}, "en")
    assert problems == []
    assert layout.elements["pengaduan"] == 8
    assert layout.fields["saran"] == 9


def test_missing_and_doubled_columns():
    header = ["Persyaratan", "Syarat pelayanan", "Prosedur"]
    _, problems = match_columns("r.csv", header, 1, SURVEY, {}, "en")
    rendered = [p.render() for p in problems]
    assert rendered[0] == (
        "r.csv:1: two columns for element Requirements (persyaratan): 'Persyaratan', "
        "'Syarat pelayanan'; leave one out with --map 'HEADER=-'"
    )
    assert (
        "r.csv:1: no column for element Completion time (waktu); name its column with --map 'HEADER=waktu'"
        in rendered
    )


def test_map_wins_over_the_header(forms):
    header = forms.header()
    mapping = {"saran dan masukan": "-"}
    layout, _ = match_columns("f.csv", header, 1, SURVEY, mapping, "en")
    assert "saran" not in layout.fields
    assert 13 in layout.mapped


def test_swapped_elements_8_and_9_are_detected_and_said(runner, forms):
    rows = []
    for value in (4, 3, 2):
        row = forms.row(forms.same(value))
        # The sarana question's column holds pengaduan labels and the other way round.
        row[11], row[12] = forms.labels["pengaduan"][value - 1], forms.labels["sarana"][value - 1]
        rows.append(row)
    rows[0][11] = "Dikekola dengan baik"
    path = forms.write(rows)
    result = runner.invoke(APP, ["skm", str(path), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    header = forms.header()
    assert lines == [
        (
            f"{path}:1:{header[12].strip()}: warning: this column holds the answers of Facilities and "
            "infrastructure (labels such as 'Sangat Baik', 'Baik'), not of the element in its header; "
            "read as sarana (the columns of elements 8 and 9 are swapped). If that is wrong, settle "
            "it with --map"
        ),
        (
            f"{path}:1:{header[11].strip()}: warning: this column holds the answers of Handling of "
            "complaints, suggestions and feedback (labels such as 'Dikekola dengan baik', 'Berfungsi "
            "kurang maksimal'), not of the element in its header; read as pengaduan (the columns of "
            "elements 8 and 9 are swapped). If that is wrong, settle it with --map"
        ),
    ]
    sums = {e["id"]: e["sum"] for e in json.loads(result.stdout)["elements"]}
    assert sums["pengaduan"] == sums["sarana"] == 9


def test_relabel_keeps_mapped_columns(forms):
    layout, _ = match_columns("f.csv", forms.header(), 1, SURVEY, {}, "en")
    raw = {
        11: Counter({"Dikelola dengan baik": 5}),
        12: Counter({"Baik": 5}),
    }
    moved, warnings, problems = relabel("f.csv", layout, raw, SURVEY, "en")
    assert (moved.elements["sarana"], moved.elements["pengaduan"]) == (12, 11)
    assert len(warnings) == 2
    assert problems == []
    pinned = layout.__class__(
        layout.headers, 1, layout.elements, layout.fields, frozenset({11, 12})
    )
    kept, warnings, _ = relabel("f.csv", pinned, raw, SURVEY, "en")
    assert kept.elements == layout.elements
    assert warnings == []


def test_a_column_of_another_element_without_its_partner(forms):
    layout, _ = match_columns("f.csv", forms.header(), 1, SURVEY, {}, "en")
    raw = {4: Counter({"Mudah": 3, "Sangat mudah": 2})}
    _, warnings, problems = relabel("f.csv", layout, raw, SURVEY, "en")
    assert warnings == []
    assert len(problems) == 1
    assert (
        "the column holds the answers of Systems, mechanisms and procedures" in problems[0].message
    )
    assert problems[0].message.endswith("=prosedur' if so")
