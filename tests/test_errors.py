"""Problems as compiler-style lines, sorted by place; exit codes as the README lists them."""

from __future__ import annotations

import errno
import re

import pytest

from helpers import README
from pkmcli.errors import (
    ExitCode,
    PkmError,
    Problem,
    UsageError,
    counted,
    os_reason,
    render_problems,
    suggest,
)


def test_a_problem_renders_with_as_much_place_as_it_knows():
    assert Problem("a.yaml", "bad").render() == "a.yaml: bad"
    assert Problem("a.yaml", "bad", 3).render() == "a.yaml:3: bad"
    assert Problem("a.yaml", "bad", 3, 7, "a.2").render() == "a.yaml:3:7: a.2: bad"
    assert Problem("s.csv", "bad", 14, "Persyaratan").render() == "s.csv:14:Persyaratan: bad"


def test_problems_sort_by_file_line_and_column_of_either_kind():
    error = PkmError(
        [
            Problem("b", "x", 1, 1),
            Problem("a", "x", 2, "Kolom"),
            Problem("a", "x", 2, 1),
            Problem("a", "x"),
        ]
    )
    assert [(p.file, p.line, p.column) for p in error.problems] == [
        ("a", None, None),
        ("a", 2, "Kolom"),
        ("a", 2, 1),
        ("b", 1, 1),
    ]


def test_at_most_a_hundred_lines_per_file():
    lines = render_problems(Problem("a", f"p{n}", n) for n in range(1, 131))
    assert len(lines) == 101
    assert lines[-1] == "a: 30 masalah lain tidak ditampilkan (perbaiki dulu yang di atas)"


@pytest.mark.usefixtures("english")
def test_at_most_a_hundred_lines_per_file_in_english():
    lines = render_problems(Problem("a", f"p{n}", n) for n in range(1, 131))
    assert lines[-1] == "a: 30 more problems not shown (fix the ones above first)"


def test_exit_codes_are_the_documented_ones():
    assert PkmError.exit_code is ExitCode.INVALID
    assert UsageError.exit_code is ExitCode.USAGE
    table = README.read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, flags=re.MULTILINE)}
    assert {int(code) for code in ExitCode} <= documented


def test_counts_take_their_noun_in_the_right_number():
    assert counted(1, "answers.criteria", "en") == "1 criterion"
    assert counted(12, "answers.criteria", "en") == "12 criteria"
    # Indonesian has no plural.
    assert counted(1, "answers.criteria", "id") == "1 kriteria"
    assert counted(12, "answers.criteria", "id") == "12 kriteria"
    assert counted(1, "errors.more_problems", "en").startswith("1 more problem not shown")
    lines = render_problems(Problem("a", f"p{n}", n) for n in range(1, 102))
    assert lines[-1] == "a: 1 masalah lain tidak ditampilkan (perbaiki dulu yang di atas)"


def test_near_misses_are_suggested_in_the_language_of_the_message():
    assert suggest("a.5", ["a.1", "b.5"]) == "; mungkin maksud Anda b.5?"
    assert suggest("a.5", ["a.1", "b.5"], "en") == "; did you mean b.5?"
    assert suggest("zzz", ["a.1"]) == ""


def test_what_the_system_refused_is_said_in_the_language_of_the_message():
    full = OSError(errno.ENOSPC, "No space left on device")
    assert os_reason(full) == "ruang penyimpanan penuh"
    assert os_reason(full, "en") == "No space left on device"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied"), "en") == (
        "Permission denied"
    )
    odd = OSError(errno.EXDEV, "Invalid cross-device link")
    assert os_reason(odd) == "galat sistem: Invalid cross-device link"
    assert os_reason(odd, "en") == "Invalid cross-device link"
