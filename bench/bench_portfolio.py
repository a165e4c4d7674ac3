"""Benchmark the portfolio report against scoring the same files.

Usage: python bench/bench_portfolio.py [--units 500] [--repeat 5]

Generates 2 x UNITS answers files (pkp-2019, periods 2025 and 2026, so every unit is ranked
against its previous period) in a temporary folder, then measures in the same run, as
subprocesses and as medians of --repeat runs:
1. `pkm score DIR -f json > /dev/null`;
2. `pkm report DIR --format html -o out.html`, over (1); the target is at most 3x.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pkmcli.rubric.catalog import load_rubric

KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}
# Installed packages run from cached bytecode; let pkm's own modules be cached the same way.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TARGET = 3.0


def answers_text(rng: random.Random, number: int, period: str) -> str:
    """Return one unit's answers for one period: short keys, some long ones, a few skips."""
    lines = [
        "rubric: pkp-2019",
        f"unit: Kantor Pelayanan {number:04d}",
        f'period: "{period}"',
        "assessor: Tim Penilai Internal",
        "answers:",
    ]
    for ident, keys in KEYS.items():
        roll = rng.random()
        key = rng.choice(keys)
        if roll < 0.05:
            continue
        if roll < 0.2:
            lines += [f"  {ident}:", f"    answer: {key}", f"    note: Catatan {ident}, {number}"]
        else:
            lines.append(f"  {ident}: {key}")
    return "\n".join(lines) + "\n"


def generate(folder: Path, units: int, seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
    for period in ("2025", "2026"):
        (folder / period).mkdir(parents=True)
        for number in range(units):
            path = folder / period / f"unit-{number:04d}.yaml"
            path.write_text(answers_text(rng, number, period), encoding="utf-8")


def wall(command: list[str]) -> float:
    """Time one run of ``command``; stop the benchmark when it fails, rather than time a crash."""
    start = time.perf_counter()
    done = subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=ENV
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr.decode()[-2000:]}")
    return took


def pkm_command() -> list[str]:
    """Return the installed `pkm` next to this Python, bypassing any shell shim."""
    beside = Path(sys.executable).parent / "pkm"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pkm")
    return [found] if found else [sys.executable, "-m", "pkmcli"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=500, help="units (two files each)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    pkm = pkm_command()
    with tempfile.TemporaryDirectory(prefix="pkm-bench-") as tmp:
        root = Path(tmp)
        folder = root / "answers"
        generate(folder, args.units, args.seed)
        files = 2 * args.units
        out = root / "out.html"
        score = [*pkm, "score", str(folder), "-f", "json"]
        report = [*pkm, "report", str(folder), "--format", "html", "-o", str(out)]
        wall(score)  # warm-up: bytecode, page cache
        wall(report)
        runs: dict[str, list[float]] = {"score": [], "report": []}
        for _ in range(args.repeat):
            runs["score"].append(wall(score))
            runs["report"].append(wall(report))
        size = out.stat().st_size / 1e6
    scored, reported = statistics.median(runs["score"]), statistics.median(runs["report"])
    ratio = reported / scored
    print(
        f"pkm portfolio benchmark: {files} files ({args.units} units x 2 periods), "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, pkm: {' '.join(pkm)}"
    )
    print(f"{'measure':<48} {'median':>9} {'ratio':>6} {'target':>7} {'met':>4}")
    print(f"{'pkm score DIR -f json > /dev/null':<48} {scored:>7.3f} s {1.0:>6.2f}")
    met = "yes" if ratio <= TARGET else "NO"
    print(
        f"{'pkm report DIR --format html -o out.html':<48} {reported:>7.3f} s {ratio:>6.2f} "
        f"{f'<= {TARGET:g}':>7} {met:>4}"
    )
    spread = ", ".join(f"{k} {min(v):.3f}-{max(v):.3f}" for k, v in runs.items())
    print(f"report size {size:.2f} MB; spread (min-max, s): {spread}")


if __name__ == "__main__":
    main()
