"""The size cap on input files, and its setting."""

from __future__ import annotations

import pytest

from pkmcli.errors import UsageError
from pkmcli.files.limits import DEFAULT_MAX_BYTES, grouped, max_bytes
from pkmcli.messages.core import use_language


@pytest.mark.parametrize(
    ("raw", "cap"), [("", DEFAULT_MAX_BYTES), ("100", 100), ("10_000", 10_000)]
)
def test_the_cap_and_its_setting(monkeypatch, raw, cap):
    monkeypatch.setenv("PKM_MAX_FILE_BYTES", raw)
    assert max_bytes() == cap


@pytest.mark.parametrize("raw", ["5MB", "0", "-1", "1.5"])
@pytest.mark.usefixtures("english")
def test_a_setting_that_is_no_number_of_bytes_is_a_usage_error(monkeypatch, raw):
    monkeypatch.setenv("PKM_MAX_FILE_BYTES", raw)
    with pytest.raises(UsageError, match=f"expected a whole number of bytes above 0, got '{raw}'"):
        max_bytes()


def test_the_setting_is_explained_in_indonesian_by_default(monkeypatch):
    monkeypatch.setenv("PKM_MAX_FILE_BYTES", "5MB")
    with pytest.raises(UsageError) as caught:
        max_bytes()
    [problem] = caught.value.problems
    assert problem.render() == (
        "PKM_MAX_FILE_BYTES: harus berupa jumlah byte, bilangan bulat lebih dari 0, bukan '5MB'"
    )


@pytest.mark.usefixtures("english")
def test_counts_are_grouped_as_the_language_writes_them():
    assert grouped(5_242_880) == "5,242,880"
    use_language("id")
    assert grouped(5_242_880) == "5.242.880"
    assert grouped(100) == "100"
