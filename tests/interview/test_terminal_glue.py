"""The terminal glue without a terminal: signals held during a save, the command to go on."""

from __future__ import annotations

import os
import signal

import pytest

from pkmcli.interview.terminal import _command, signals_held


def test_signals_during_a_save_wait_until_it_is_written():
    written = []

    def save():
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            written.append(True)

    with pytest.raises(KeyboardInterrupt):
        save()
    assert written == [True]


def test_the_command_to_go_on_repeats_rubric_and_language():
    assert _command("assess", "jawaban saya.yaml", None, "id") == "pkm assess 'jawaban saya.yaml'"
    assert _command("score", "j.yaml", "my/rubric.yaml", "en") == (
        "pkm score j.yaml --rubric my/rubric.yaml --lang en"
    )
