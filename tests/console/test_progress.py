"""The progress bar: drawn only for a person watching more than a handful of files."""

from __future__ import annotations

import io
import re

import pytest

from pkmcli.console import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_bar_without_a_terminal(monkeypatch):
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert not progress.wanted(1000)
    stream = io.StringIO()
    with progress.progress_bar(1000, "pkm score", stream) as bar:
        bar.advance()
        bar.say(["a.yaml:1:1: salah"])
    assert stream.getvalue() == "a.yaml:1:1: salah\n"


@pytest.mark.parametrize(
    ("files", "drawn"), [(progress.MIN_FILES, False), (progress.MIN_FILES + 1, True)]
)
def test_a_bar_only_past_a_handful_of_files(monkeypatch, files, drawn):
    monkeypatch.setattr("sys.stderr", Terminal())
    assert progress.wanted(files) is drawn


def test_the_bar_counts_every_file_and_leaves_no_trace(monkeypatch):
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    with progress.progress_bar(20, "pkm score") as bar:
        for number in range(20):
            bar.advance()
            if number == 5:
                bar.say(["a.yaml:1:1: salah"])
    drawn = screen.getvalue()
    assert "20/20" in drawn
    # The message is printed whole, on a line of its own, above the bar.
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", drawn)
    assert "a.yaml:1:1: salah" in [part.strip() for part in re.split(r"[\r\n]", plain)]
