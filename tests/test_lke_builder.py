"""The synthetic official-layout workbook the import tests read: each variant as documented."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

import lke_builder as lke
from pkmcli.rubric.catalog import load_rubric

RUBRIC = load_rubric("pkp-2021")
# The unit answers everything: a ladder's second option, Ya, and 3 of 4 made easier.
FULL: dict[str, str | float | None] = {
    c.id: ("ya" if c.choices[0].key == "ya" else c.choices[1].key)
    for c in RUBRIC.all_criteria()
    if c.type == "choice"
}
FULL |= {"r1.b.numerator": 3, "r1.b.denominator": 4}


def build(tmp_path, answers=None, **options):
    made = lke.build_official(
        tmp_path / "lke.xlsx", FULL if answers is None else answers, **options
    )
    return (
        made,
        openpyxl.load_workbook(made.path),
        openpyxl.load_workbook(made.path, data_only=True),
    )


def test_the_layout_of_the_official_sheet(tmp_path):
    made, book, _ = build(tmp_path, notes={"p1.a": "SK ada"}, links={"p1.a": "https://x.go.id"},
                          evidence={"p1.a": ["bukti/6.i.a.pdf", "https://x.go.id"]})  # fmt: skip
    assert book.sheetnames == ["Utama", "Ctt Eval", "LKE ZI"]
    assert [s.sheet_state for s in book.worksheets] == ["hidden", "hidden", "visible"]
    assert book.active.title == "LKE ZI"
    sheet = book["LKE ZI"]
    header = {c.column_letter: c.value for c in sheet[2] if c.value}
    assert header == {"B": "No", **lke.HEADERS}
    assert sheet.column_dimensions["J"].hidden
    assert (sheet["B90"].value, sheet["B100"].value, sheet["C101"].value) == ("5.", "6.", "i.")
    assert made.rows["p1.a"] == 102
    assert (sheet["D102"].value, sheet["G102"].value) == (
        "a.",
        RUBRIC.criterion("p1.a").question.id,
    )
    assert (sheet["J102"].value, sheet["K102"].value, sheet["J105"].value) == (
        "A/B/C/D/E",
        "B",
        "Ya/Tidak",
    )
    assert sheet["K105"].value == "Ya"
    assert sheet["I105"].value.startswith("Ya: Ya, standar pelayanan")
    assert sheet["L102"].value.startswith('=IF(J102="Jumlah","",IF(K102="","Blm Diisi",')
    assert sheet["L101"].value == "=AVERAGE(L102:L105)*H101"
    assert (sheet["H101"].value, sheet["M101"].value) == (1, "=L101/H101")
    assert sheet["L100"].value == "=SUM(L101,L106,L113,L117,L121)"
    assert (made.rows["r1"], sheet["H128"].value) == (128, 2.5)
    assert sheet["L130"].value == '=IF(OR(K131="",K132=""),"Blm Diisi",MIN(1,K132/K131))'
    assert (sheet["J131"].value, sheet["K131"].value, sheet["K132"].value) == ("Jumlah", 4, 3)
    assert sheet["G131"].value == RUBRIC.criterion("r1.b").denominator.id
    assert (sheet["O102"].value, sheet["Q102"].hyperlink.target) == ("SK ada", "https://x.go.id")
    assert sheet["P102"].value == "bukti/6.i.a.pdf\nhttps://x.go.id"
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert (lists["K102"], lists["K105"], lists["K114"]) == (
        '"A,B,C,D,E"',
        '"Ya,Tidak"',
        '"A,B,C,D,E"',
    )
    assert "K131" not in lists
    assert book["Utama"]["C6"].value == "='LKE ZI'!L100"


def test_without_stored_values_the_formulas_carry_none(tmp_path):
    made, _, values = build(tmp_path)
    assert values["LKE ZI"]["L101"].value is None
    assert made.values["LKE ZI!L101"] == pytest.approx((0.75 + 0.67 + 0.67 + 1) / 4)


def test_computed_stored_values_follow_the_official_arithmetic(tmp_path):
    answers = {
        "p1.a": "A",
        "p1.b": "b",
        "p1.d": "tidak",
        "r1.b.numerator": 5,
        "r1.b.denominator": 4,
    }
    made, _, book = build(tmp_path, answers, stored="computed")
    sheet = book["LKE ZI"]
    assert (sheet["L102"].value, sheet["L103"].value, sheet["L104"].value) == (1, 0.67, "Blm Diisi")
    # AVERAGE leaves the unanswered p1.c out: (1 + 0.67 + 0) / 3.
    assert sheet["L101"].value == pytest.approx(1.67 / 3)
    assert sheet["L106"].value == "#DIV/0!"  # nothing of p2 answered
    assert sheet["L100"].value == "#DIV/0!"
    assert (sheet["L130"].value, sheet["L131"].value) == (1, None)  # capped at 1; a count row
    assert book["Utama"]["C3"].value == "Unit Contoh"
    assert made.values["Utama!C7"] == sheet["L127"].value


def test_forged_stored_values_disagree_with_the_formulas(tmp_path):
    made, book, values = build(tmp_path, stored={"L102": 0.5, "Utama!C8": "x"})
    assert book["LKE ZI"]["L102"].value.startswith("=IF(")
    assert values["LKE ZI"]["L102"].value == 0.5
    assert made.values["LKE ZI!L102"] == 0.75
    assert values["LKE ZI"]["L103"].value == 0.67  # the others as computed
    assert values["Utama"]["C8"].value == "x"


@pytest.mark.parametrize("named", [False, True])
def test_review_stage_columns(tmp_path, named):
    stages = {
        "tpi": {"p1.a": "a", "r1.b.numerator": 1, "r1.b.denominator": 4},
        "tpn": {"p1.a": "c"},
    }
    made, book, values = build(tmp_path, stages=stages, stage_notes={"tpi": {"p1.a": "sesuai"}},
                               named_values=named, stored="computed")  # fmt: skip
    sheet = book["LKE ZI"]
    header = [sheet.cell(2, c).value for c in range(18, 26)]
    value, share = ("Nilai TPI", "% TPI") if named else ("Nilai", "%")
    assert header[:4] == ["Jawaban TPI", value, share, "Catatan TPI"]
    assert header[4] == "Jawaban TPN"
    assert made.stage_columns["tpi"] == {"answer": "R", "value": "S", "share": "T", "note": "U"}
    assert (sheet["R102"].value, sheet["U102"].value, sheet["V102"].value) == ("A", "sesuai", "C")
    assert sheet["S102"].value.startswith('=IF(J102="Jumlah","",IF(R102="","Blm Diisi",')
    assert sheet["S130"].value == '=IF(OR(R131="",R132=""),"Blm Diisi",MIN(1,R132/R131))'
    assert sheet["S101"].value == "=AVERAGE(S102:S105)*H101"
    assert (values["LKE ZI"]["S102"].value, values["LKE ZI"]["S130"].value) == (1, 0.25)
    assert values["LKE ZI"]["S103"].value == "Blm Diisi"


def test_damage_of_real_copies(tmp_path):
    made, book, values = build(tmp_path, damage=lke.DAMAGE, stored="computed")
    sheet = book["LKE ZI"]
    assert sheet["J105"].value == "Ya"
    assert values["LKE ZI"]["L105"].value == 0  # the chain knows no kind "Ya"
    assert (sheet["D108"].value, sheet["D109"].value) == ("c.", "b.")
    assert sheet["G108"].value == RUBRIC.criterion("p2.b").question.id
    assert made.rows["p5.c#2"] == 125
    assert [sheet.cell(125, c).value for c in (4, 7, 11)] == ["c.", sheet["G124"].value, "B"]
    assert sheet["L121"].value == "=AVERAGE(L122:L125)*H121"
    assert sheet["L115"].value == values["LKE ZI"]["L115"].value == "#REF!"
    assert sheet["L115"].data_type == "e"
    assert values["LKE ZI"]["L113"].value == "#REF!"  # the indicator over it
    notes = book["Ctt Eval"]
    assert [c.value for c in notes[2]] == ["No", "Komponen", "Uraian", "Catatan", "Rekomendasi"]


def test_the_current_notes_sheet(tmp_path):
    _, book, _ = build(tmp_path)
    assert [c.value for c in book["Ctt Eval"][3]] == [
        "No",
        "Area Perubahan",
        "Bagian",
        "Catatan Evaluator",
    ]


def test_an_omitted_criterion_moves_the_rows_up(tmp_path):
    made, book, _ = build(tmp_path, omit={"p2.b"})
    assert "p2.b" not in made.rows
    assert made.rows["p2.c"] == 108
    assert book["LKE ZI"]["D108"].value == "b."
    assert made.rows["r1"] == 128


def test_mistakes_in_a_test_are_caught(tmp_path):
    with pytest.raises(AssertionError, match="unknown damage"):
        lke.build_official(tmp_path / "x.xlsx", {}, damage={"coffee_stain"})
    with pytest.raises(AssertionError, match="not criteria of pkp-2021"):
        lke.build_official(tmp_path / "x.xlsx", {"p9.z": "a"})


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_recalculated_values_equal_the_official_arithmetic(tmp_path):
    answers = {**FULL, "p1.c": None, "p3.a": "F", "r2.a": "d"}
    made, _, book = build(tmp_path, answers, stored="recalculate", damage=lke.DAMAGE,
                          stages={"tpi": {"p1.a": "a", "r1.b.numerator": 9, "r1.b.denominator": 4}})  # fmt: skip
    assert book["LKE ZI"]["L101"].value == pytest.approx((0.75 + 0.67 + 0) / 3)
    for key, expected in made.values.items():
        sheet, cell = key.split("!")
        got = book[sheet][cell].value
        if isinstance(expected, float):
            assert got == pytest.approx(expected, abs=1e-12), key
        else:
            assert got == (None if expected == "" else expected), key
