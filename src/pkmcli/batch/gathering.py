"""A batch as its files are scored: outcomes kept when needed, portfolio figures, gates, status."""

from __future__ import annotations

from dataclasses import dataclass, field

from pkmcli.batch.gates import Check, Gate, check_gates, gate_failure, gate_message
from pkmcli.batch.portfolio import Portfolio
from pkmcli.batch.scorer import Job, Outcome
from pkmcli.errors import ExitCode, render_problems
from pkmcli.messages.core import say


@dataclass(slots=True)
class Batch:
    """The outcomes of a run as they arrive: portfolio figures, gate checks, exit status."""

    job: Job = field(default_factory=Job)
    gates: tuple[Gate, ...] = ()
    keep: bool = True
    portfolio: Portfolio = field(default_factory=Portfolio)
    outcomes: list[Outcome] = field(default_factory=list)
    seen: int = 0
    skipped: int = 0  # files that are plainly no answers files
    annotate: bool = False  # GitHub Actions annotations after the lines (GITHUB_ACTIONS)

    def add(self, outcome: Outcome) -> list[str]:
        """Record one outcome; return the lines to show on stderr (problems, failed gates)."""
        self.seen += 1
        if self.keep:
            self.outcomes.append(outcome)
        if outcome.skipped is not None:
            self.skipped += 1
            return [say("batch.skipped", self.job.lang, file=outcome.file, why=outcome.skipped)]
        if outcome.problems:
            self.portfolio.add_invalid(outcome.file)
            return render_problems(outcome.problems) + self._annotations(outcome)
        said = render_problems(outcome.warnings) if outcome.warnings else []
        if outcome.card is None:  # nobody asked for figures
            self.portfolio.scored += 1
            return said + self._annotations(outcome)
        checks = check_gates(outcome.card, self.gates)
        self.portfolio.add(outcome.card, checks)
        failed = [c for c in checks if not c.passed]
        lines = said + [gate_message(outcome.file, c, self.job.lang) for c in failed]
        return lines + self._annotations(outcome, failed)

    def _annotations(self, outcome: Outcome, failed: list[Check] | None = None) -> list[str]:
        """Return the outcome's annotations for a GitHub Actions job, when the run makes them.

        Problems and failed gates are errors; warnings and unanswered criteria (which count
        as the rubric says, and fail nothing by themselves) are warnings.
        """
        if not self.annotate:
            return []
        from pkmcli.console.annotations import annotation, problem_annotations  # noqa: PLC0415

        found = problem_annotations(outcome.problems)
        found += problem_annotations(outcome.warnings, "warning")
        lang = self.job.lang
        found += [annotation("error", gate_failure(c, lang), outcome.file) for c in failed or ()]
        card = outcome.card
        if card is not None and card.unanswered:
            ids = ", ".join(card.unanswered)
            found.append(annotation("warning", say("ci.unanswered", lang, ids=ids), outcome.file))
        return found

    @property
    def status(self) -> ExitCode:
        """Exit status: 3 when any file is invalid, else 1 when any gate failed, else 0."""
        if self.portfolio.invalid:
            return ExitCode.INVALID
        return ExitCode.GATE if self.portfolio.failures else ExitCode.OK
