"""The interview in a real terminal: screens on stderr, typed lines from stdin."""

from __future__ import annotations

import contextlib
import re
import shlex
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from rich.console import Console

from pkmcli.answers.model import AnswerSet
from pkmcli.console.consoles import make_console
from pkmcli.errors import ExitCode, Problem, UsageError
from pkmcli.files.writing import write_atomic
from pkmcli.interview.flow import METADATA_FIELDS, Interview, Outcome
from pkmcli.interview.review import StageReview
from pkmcli.interview.sessions import (
    Session,
    default_answers_path,
    open_review,
    open_session,
)
from pkmcli.language import Lang
from pkmcli.messages.core import say
from pkmcli.rubric.model import Rubric
from pkmcli.scoring.arithmetic import Policy

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.text import Text

try:
    # Gives input() line editing and history where the platform has readline.
    import readline  # noqa: F401
except ImportError:  # pragma: no cover - Windows
    HAS_READLINE = False
else:
    HAS_READLINE = True

# Terminal escape sequences, which readline must not count as printed width.
_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_HELD_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class ConsolePrompter:
    """Shows screens on a Rich console and reads lines with input()."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def show(self, screen: RenderableType) -> None:
        self.console.print(screen)

    def ask(self, prompt: Text) -> str:
        if HAS_READLINE and sys.stdin.isatty() and sys.stdout.isatty():
            # Readline must know the prompt to redraw the line (and to end an empty one); it
            # writes to stdout, which here is the terminal itself.
            with self.console.capture() as capture:
                self.console.print(prompt, end="")
            return input(_ESCAPE.sub("\x01\\g<0>\x02", capture.get()))
        # Otherwise input() would write the prompt to stdout, which holds data (the scores).
        self.console.print(prompt, end="")
        return input()


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Delay Ctrl-C, termination and hang-up until the block is done, then deliver them."""
    pending: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        pending.append(signum)

    previous = {signum: signal.signal(signum, hold) for signum in _HELD_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for signum in dict.fromkeys(pending):
            signal.raise_signal(signum)


def file_saver(
    path: Path, rubric: Rubric, lang: Lang, session: Session | None = None
) -> Callable[[AnswerSet], None]:
    """Return a callback that writes the answers file atomically, never cut short by a signal.

    A resumed session's file is edited in place, entry by entry; a new one is written whole.
    """
    target = (
        session.file(lang)
        if session is not None
        else Session(path, rubric, AnswerSet(rubric=rubric.id), resumed=False).file(lang)
    )

    def save(answer_set: AnswerSet) -> None:
        text = target.render(answer_set)
        with signals_held():
            write_atomic(path, text)
        target.saved_as(answer_set, text)

    return save


def _command(
    name: str, display: str, rubric_ref: str | None, lang: Lang, extra: Sequence[str] = ()
) -> str:
    """Return the pkm command line that goes on with this file, e.g. ``pkm assess FILE``."""
    words = ["pkm", name, display, *extra]
    if rubric_ref is not None:
        words += ["--rubric", rubric_ref]
    if lang != "id":
        words += ["--lang", lang]
    return shlex.join(words)


def assess_in_terminal(
    file: Path | None,
    rubric_ref: str | None,
    metadata: Mapping[str, str | None],
    lang: Lang,
    *,
    restart: bool = False,
    policy: Policy | None = None,
) -> int:
    """Run the interview on FILE in this terminal; return the exit code.

    ``policy`` says how unanswered criteria count in the scores shown at the end.
    """
    if not sys.stdin.isatty():
        raise UsageError([Problem("pkm assess", say("interview.no_tty", lang))])
    console = make_console(stderr=True)
    if file is None:
        from pkmcli.rubric.catalog import load_rubric  # noqa: PLC0415

        file = default_answers_path(
            Path.cwd(), load_rubric(rubric_ref), datetime.now(UTC).astimezone().date()
        )
        display = file.name
    else:
        display = str(file)
    session = open_session(file, rubric_ref, metadata, display)
    interview = Interview(
        session.rubric,
        session.answer_set,
        ConsolePrompter(console),
        file_saver(file, session.rubric, lang, session),
        lang,
    )
    count = len(interview.criteria)

    def done() -> int:
        return count - len(interview.answer_set.unanswered(session.rubric))

    try:
        _open(interview, session, console, restart=restart, metadata_given=any(metadata.values()))
        outcome = interview.run(restart=restart)
    except (KeyboardInterrupt, EOFError):
        console.print()
        command = _command("assess", display, rubric_ref, lang)
        if file.exists():
            console.print(
                say(
                    "interview.interrupted",
                    lang,
                    done=done(),
                    count=count,
                    file=display,
                    command=command,
                )
            )
        else:
            console.print(say("interview.stopped_early", lang))
        return ExitCode.INTERRUPTED
    if outcome is Outcome.QUIT:
        command = _command("assess", display, rubric_ref, lang)
        console.print(
            say(
                "interview.quit_saved",
                lang,
                file=display,
                done=done(),
                count=count,
                command=command,
            )
        )
        return ExitCode.OK
    from pkmcli.console.tables import result_table  # noqa: PLC0415
    from pkmcli.scoring.arithmetic import score_answers  # noqa: PLC0415

    result = score_answers(session.rubric, interview.answer_set, policy)
    console.print()
    make_console().print(result_table(result, display, lang))
    command = _command("score", display, rubric_ref, lang)
    console.print(say("interview.finished", lang, file=display, command=command))
    return ExitCode.OK


def review_in_terminal(
    file: Path,
    stage: str,
    rubric_ref: str | None,
    fields: Mapping[str, str | None],
    lang: Lang,
    *,
    restart: bool = False,
    policy: Policy | None = None,
) -> int:
    """Run the review of ``stage`` on FILE in this terminal; return the exit code.

    The file and the stage are checked first, so that their problems are told even where no
    terminal is (a script); neither reads from stdin.
    """
    display = str(file)
    today = datetime.now(UTC).astimezone().date()
    session = open_review(file, stage, rubric_ref, fields, display, lang, today)
    if not sys.stdin.isatty():
        raise UsageError([Problem("pkm review", say("interview.review_no_tty", lang))])
    console = make_console(stderr=True)
    review = StageReview(
        session.rubric,
        session.answer_set,
        stage,
        ConsolePrompter(console),
        file_saver(file, session.rubric, lang, session),
        lang,
        file.parent,
        policy=policy,
    )
    count = len(review.criteria)
    label = session.rubric.stage_label(stage, lang)
    greeting = "interview.review_opened" if session.resumed else "interview.review_new"
    console.print(
        say(greeting, lang, stage=label, file=display, done=review.reviewed(), count=count)
    )
    if restart and session.resumed:
        console.print(say("interview.restarted", lang))
    go_on = _command("review", display, rubric_ref, lang, ["--stage", stage])
    try:
        outcome = review.run(restart=restart)
    except (KeyboardInterrupt, EOFError):
        console.print()
        console.print(
            say(
                "interview.review_interrupted",
                lang,
                done=review.reviewed(),
                count=count,
                file=display,
                command=go_on,
            )
        )
        return ExitCode.INTERRUPTED
    if outcome is Outcome.QUIT:
        console.print(
            say(
                "interview.review_quit",
                lang,
                file=display,
                done=review.reviewed(),
                count=count,
                command=go_on,
            )
        )
        return ExitCode.OK
    from pkmcli.console.tables import result_table  # noqa: PLC0415

    console.print()
    make_console().print(result_table(review.scores()[1], display, lang))
    command = _command("score", display, rubric_ref, lang, ["--stage", stage])
    console.print(say("interview.review_finished", lang, file=display, command=command))
    return ExitCode.OK


def _open(
    interview: Interview,
    session: Session,
    console: Console,
    *,
    restart: bool,
    metadata_given: bool,
) -> None:
    """Greet, then ask missing metadata on a new file (a resumed file asks nothing first)."""
    lang = interview.lang
    display = session.answer_set.file
    count = len(interview.criteria)
    if session.resumed:
        done = count - len(session.answer_set.unanswered(session.rubric))
        console.print(say("interview.resumed", lang, file=display, done=done, count=count))
        if restart:
            console.print(say("interview.restarted", lang))
        if metadata_given:
            interview.save(interview.answer_set)
        return
    console.print(
        say("interview.new_file", lang, file=display, rubric=session.rubric.id, count=count)
    )
    missing = [name for name in METADATA_FIELDS if getattr(session.answer_set, name) is None]
    interview.ask_metadata(missing)
    interview.save(interview.answer_set)
