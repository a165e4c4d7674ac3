"""The size cap on input files, and its setting."""

from __future__ import annotations

import pytest

from pkmcli.errors import UsageError
from pkmcli.files.limits import DEFAULT_MAX_BYTES, max_bytes


@pytest.mark.parametrize(
    ("raw", "cap"), [("", DEFAULT_MAX_BYTES), ("100", 100), ("10_000", 10_000)]
)
def test_the_cap_and_its_setting(monkeypatch, raw, cap):
    monkeypatch.setenv("PKM_MAX_FILE_BYTES", raw)
    assert max_bytes() == cap


@pytest.mark.parametrize("raw", ["5MB", "0", "-1", "1.5"])
def test_a_setting_that_is_no_number_of_bytes_is_a_usage_error(monkeypatch, raw):
    monkeypatch.setenv("PKM_MAX_FILE_BYTES", raw)
    with pytest.raises(UsageError, match=f"expected a whole number of bytes above 0, got '{raw}'"):
        max_bytes()
