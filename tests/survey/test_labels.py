"""Answer labels as people type them."""

from __future__ import annotations

import pytest

from pkmcli.survey.catalog import load_survey
from pkmcli.survey.folding import normalize
from pkmcli.survey.labels import AnswerKey, ChoiceKey, normalize_header

SURVEY = load_survey("skm-2017", "en")


def key(element: str) -> AnswerKey:
    return AnswerKey.of(SURVEY.element(element))


@pytest.mark.parametrize(
    ("element", "raw", "value"),
    [
        ("persyaratan", "Sangat sesuai", 4),
        ("persyaratan", "  SANGAT   SESUAI  ", 4),
        ("persyaratan", "sesuai ", 3),
        ("persyaratan", "Sesuai.", 3),
        ("persyaratan", "c. Sesuai", 3),
        ("persyaratan", "4", 4),
        ("persyaratan", "4,0", 4),
        ("persyaratan", "1.0", 1),
        ("persyaratan", "d", 4),
        ("persyaratan", "A", 1),
        ("persyaratan", "", 0),
        ("persyaratan", "   ", 0),
        ("perilaku", "Tidak sopan dan tidak ramah", 1),
        ("perilaku", "Sopan & Ramah", 3),
        ("sarana", "Cukup Baik", 2),
        ("sarana", "Sangat Baik", 4),
        ("pengaduan", "Dikekola dengan baik", 4),
        ("pengaduan", "Ada tapi tidak berfungsi", 2),
        ("biaya", "Gratis (tidak dipungut biaya)", 4),
        ("biaya", "Cukup mahal", 2),
    ],
)
def test_label_variants(element, raw, value):
    assert key(element).value(raw) == value


@pytest.mark.parametrize("raw", ["5", "0", "e", "Lumayan", "Sangat sesuai sekali banget", "Baik"])
def test_what_is_no_answer(raw):
    assert key("persyaratan").value(raw) is None


def test_labels_tell_elements_apart():
    assert key("sarana").label_value("Dikelola dengan baik") is None
    assert key("pengaduan").label_value("Dikelola dengan baik") == 4
    # Numbers are answers of any element; they say nothing about which one.
    assert key("sarana").label_value("4") is None


def test_normalize():
    assert normalize("  Sopan &  Ramah!") == "sopan dan ramah"
    assert normalize_header("8. Bagaimana  pendapat? ") == "bagaimana pendapat"
    assert normalize_header("U8") == "u8"


def test_profile_choices():
    sex = ChoiceKey.of(SURVEY.field("jenis_kelamin"))
    assert sex.value("Laki-laki") == "L"
    assert sex.value("p") == "P"
    assert sex.value("wanita") == "P"
    assert sex.value("") == ""
    assert sex.value("X") is None
    education = ChoiceKey.of(SURVEY.field("pendidikan"))
    assert education.value("SLTA") == "SMA"
    assert education.value("D3") is None
