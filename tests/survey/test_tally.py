"""Counting a file in blocks: blank lines, summary rows, the collector left as found."""

from __future__ import annotations

import gc

from pkmcli.survey.catalog import load_survey
from pkmcli.survey.tally import tally_file

SURVEY = load_survey("skm-2017", "en")


def test_blank_lines_and_summary_rows_are_no_respondents(forms, tmp_path):
    header = ["No", "Nama", *[f"U{i}" for i in range(1, 10)]]
    rows = [
        ["1", "A", *["4"] * 9],
        ["", "", *[""] * 9],
        ["2", "B", *["3"] * 9],
        ["Jumlah Nilai Per Unsur", "", *["7"] * 9],
        ["", "NRR Per Unsur", *["3,5"] * 9],
        ["Nilai SKM", "", "87,5"],
    ]
    path = tmp_path / "rekap.csv"
    path.write_text(forms.text([header, *rows], ";"))
    tally = tally_file(path, "rekap.csv", SURVEY, {}, None, "en")
    assert tally.respondents == 2
    assert tally.empty_count == 0
    assert tally.raw[2] == {"4": 1, "3": 1, "": 1}


def test_collector_is_left_as_found(forms):
    path = forms.write([forms.row(forms.same(4))])
    assert gc.isenabled()
    tally_file(path, "survei.csv", SURVEY, {}, None, "en")
    assert gc.isenabled()
    gc.disable()
    try:
        tally_file(path, "survei.csv", SURVEY, {}, None, "en")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_free_values_only_when_asked(forms):
    path = forms.write([forms.row(forms.same(4))])
    assert "layanan" in tally_file(path, "s.csv", SURVEY, {}, None, "en").choices
    lean = tally_file(path, "s.csv", SURVEY, {}, None, "en", free_values=False)
    assert "layanan" not in lean.choices
    assert "jenis_kelamin" in lean.choices


def test_suggestions_that_suggest_nothing_are_not_counted(forms):
    rows = [
        forms.row(forms.same(4), saran="Tidak ada"),
        forms.row(forms.same(4), saran="-"),
        forms.row(forms.same(4), saran="Perbanyak kursi tunggu"),
        forms.row(forms.same(4), saran="Perbanyak kursi tunggu"),
        forms.row(forms.same(4), saran=" "),
    ]
    tally = tally_file(forms.write(rows), "s.csv", SURVEY, {}, None, "en")
    assert tally.suggestions == ["Perbanyak kursi tunggu"]
    assert tally.suggestion_count == 2
