"""Benchmark `pkm score` on a generated portfolio against plain PyYAML parsing.

Usage: python bench/bench_batch.py [--n 10000] [--repeat 3] [--startup-runs 11]

Generates N answers files in a temporary folder, then measures in the same run:
1. baseline: PyYAML's C loader parsing every file (read + yaml.load) in this process;
2. `pkm score DIR --format jsonl --jobs 1 > /dev/null`, wall time, over the baseline;
3. the same with `--jobs 2`;
4. `pkm score one.yaml` over `python -c "import typer, yaml, pydantic, rich, jinja2"`, and
   the same with the rubric given as a file of the user's (validated on every run), untargeted;
5. peak memory (max RSS) of `--format jsonl` at N and at N/10 files;
6. a portfolio where half the files carry a TPI review stage, against its own parse baseline.
Batch figures are medians of --repeat runs, start-up figures of --startup-runs runs.
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

import yaml

from pkmcli.rubric.catalog import load_rubric, shipped_rubrics

# Option keys of the default rubric, criterion by criterion.
KEYS = {c.id: [o.key for o in c.choices] for c in load_rubric("pkp-2019").all_criteria()}
IMPORTS = "import typer, yaml, pydantic, rich, jinja2"
# Installed packages run from cached bytecode; let pkm's own modules be cached the same way
# even where the environment turns bytecode writing off.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
TARGETS = {"jobs1": 1.2, "jobs2": 0.7, "startup": 1.2, "memory": 1.1}


def answers_text(rng: random.Random, number: int) -> str:
    """Return one unit's answers: short keys, long answers with notes, skips, odd case."""
    lines = [
        "rubric: pkp-2019",
        f"unit: Kantor Pelayanan {number:05d}",
        f'period: "{rng.choice(["2025", "2026"])}"',
        "assessor: Tim Penilai Internal",
        "answers:",
    ]
    for ident, keys in KEYS.items():
        roll = rng.random()
        key = rng.choice(keys)
        if roll < 0.05:
            continue
        if roll < 0.25:
            lines += [
                f"  {ident}:",
                f"    answer: {key.upper() if roll < 0.1 else key}",
                f"    note: Catatan penilai untuk {ident}, unit {number}",
                f"    evidence: [bukti/{number}/{ident}.pdf]",
            ]
        else:
            lines.append(f"  {ident}: {key}")
    return "\n".join(lines) + "\n"


def review_text(rng: random.Random) -> str:
    """Return a TPI stage that agrees with most answers and changes a few, with notes."""
    lines = ["reviews:", "  - stage: tpi", "    assessor: Tim Penilai Internal", "    answers:"]
    for ident, keys in KEYS.items():
        roll = rng.random()
        if roll < 0.15:
            lines.append(f"      {ident}: {{answer: {rng.choice(keys)}, note: Bukti belum cukup}}")
        elif roll < 0.7:
            lines.append(f"      {ident}: {rng.choice(keys)}")
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int, reviewed: float = 0.0) -> None:
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
    folder.mkdir(parents=True)
    for number in range(count):
        path = folder / f"unit-{number:05d}.yaml"
        text = answers_text(rng, number)
        if rng.random() < reviewed:
            text += review_text(rng)
        path.write_text(text, encoding="utf-8")


def parse_baseline(folder: Path) -> float:
    """Time PyYAML's C loader reading and parsing every file, in this process."""
    files = sorted(folder.rglob("*.yaml"))
    start = time.perf_counter()
    for path in files:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


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


def peak_rss_mb(command: list[str]) -> float:
    """Run ``command`` from a fresh wrapper process and return its max RSS in MB."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True, env=ENV
    )
    kilobytes = int(done.stdout.strip())
    # macOS reports bytes, Linux kilobytes.
    return kilobytes / (1024 * 1024 if sys.platform == "darwin" else 1024)


def pkm_command() -> list[str]:
    """Return the installed `pkm` next to this Python, bypassing any shell shim."""
    beside = Path(sys.executable).parent / "pkm"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pkm")
    return [found] if found else [sys.executable, "-m", "pkmcli"]


def row(name: str, value: str, ratio: float | None = None, target: str = "") -> None:
    ratio_text = f"{ratio:6.2f}" if ratio is not None else ""
    met = ""
    if target:
        limit = float(target.rsplit(maxsplit=1)[-1])
        met = "yes" if ratio is not None and ratio <= limit else "NO"
    print(f"{name:<46} {value:>10} {ratio_text:>7} {target:>8} {met:>4}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of answers files")
    parser.add_argument("--repeat", type=int, default=3, help="runs per batch figure")
    parser.add_argument("--startup-runs", type=int, default=11, help="runs per start-up figure")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    pkm = pkm_command()
    with tempfile.TemporaryDirectory(prefix="pkm-bench-") as tmp:
        root = Path(tmp)
        big, small, staged = root / "big", root / "small", root / "reviewed"
        generate(big, args.n, args.seed)
        generate(staged, args.n, args.seed, reviewed=0.5)
        generate(small, max(1, args.n // 10), args.seed)
        one = big / "unit-00000.yaml"
        size = sum(p.stat().st_size for p in big.iterdir()) / 1e6
        print(
            f"pkm batch benchmark: N={args.n} files ({size:.1f} MB), {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, PyYAML {yaml.__version__}, pkm: {' '.join(pkm)}"
        )
        runs: dict[str, list[float]] = {
            "baseline": [],
            "jobs1": [],
            "jobs2": [],
            "reviewed_baseline": [],
            "reviewed": [],
        }
        score = [*pkm, "score", str(big), "--format", "jsonl"]
        wall([*pkm, "score", str(one)])  # warm-up: bytecode, page cache
        for _ in range(args.repeat):
            runs["baseline"].append(parse_baseline(big))
            runs["jobs1"].append(wall([*score, "--jobs", "1"]))
            runs["jobs2"].append(wall([*score, "--jobs", "2"]))
            runs["reviewed_baseline"].append(parse_baseline(staged))
            runs["reviewed"].append(
                wall([*pkm, "score", str(staged), "--format", "jsonl", "--jobs", "1"])
            )
        # The same rubric as a file of the user's: validated on every run, unlike a shipped one.
        own = root / "own-rubric.yaml"
        text = shipped_rubrics()["pkp-2019"].read_text(encoding="utf-8")
        # A rubric of one's own has an id of its own; the answers name it with --rubric.
        own.write_text(text.replace("id: pkp-2019", "id: milik-sendiri", 1), encoding="utf-8")
        mine = root / "mine.yaml"
        mine.write_text(
            one.read_text(encoding="utf-8").replace("rubric: pkp-2019", "rubric: milik-sendiri"),
            encoding="utf-8",
        )
        starts: dict[str, list[float]] = {"imports": [], "one": [], "own": []}
        for _ in range(args.startup_runs):
            starts["imports"].append(wall([sys.executable, "-c", IMPORTS]))
            starts["one"].append(wall([*pkm, "score", str(one)]))
            starts["own"].append(wall([*pkm, "score", str(mine), "--rubric", str(own)]))
        rss_big = peak_rss_mb([*score, "--jobs", "1"])
        rss_small = peak_rss_mb([*pkm, "score", str(small), "--format", "jsonl", "--jobs", "1"])
    print_figures(args.n, runs, starts, rss_small, rss_big)


def print_figures(
    n: int,
    runs: dict[str, list[float]],
    starts: dict[str, list[float]],
    rss_small: float,
    rss_big: float,
) -> None:
    base = statistics.median(runs["baseline"])
    jobs1, jobs2 = statistics.median(runs["jobs1"]), statistics.median(runs["jobs2"])
    imports, single = statistics.median(starts["imports"]), statistics.median(starts["one"])
    own_rubric = statistics.median(starts["own"])
    print(f"{'measure':<46} {'value':>10} {'ratio':>7} {'target':>8} {'met':>4}")
    row("baseline: PyYAML CSafeLoader, read + parse", f"{base:.3f} s", 1.0)
    row("pkm score DIR -f jsonl --jobs 1", f"{jobs1:.3f} s", jobs1 / base, "<= 1.2")
    row("pkm score DIR -f jsonl --jobs 2", f"{jobs2:.3f} s", jobs2 / base, "<= 0.7")
    reviewed_base = statistics.median(runs["reviewed_baseline"])
    reviewed = statistics.median(runs["reviewed"])
    row("baseline, half the files with a TPI stage", f"{reviewed_base:.3f} s", 1.0)
    row(
        "pkm score DIR -f jsonl --jobs 1, reviewed",
        f"{reviewed:.3f} s",
        reviewed / reviewed_base,
        "<= 1.2",
    )
    row("python -c 'import typer, yaml, pydantic, ...'", f"{imports:.3f} s", 1.0)
    row("pkm score one.yaml", f"{single:.3f} s", single / imports, "<= 1.2")
    row("pkm score one.yaml --rubric own.yaml", f"{own_rubric:.3f} s", own_rubric / imports)
    row(f"peak RSS, jsonl, N={n // 10}", f"{rss_small:.1f} MB", 1.0)
    row(f"peak RSS, jsonl, N={n}", f"{rss_big:.1f} MB", rss_big / rss_small, "<= 1.1")
    spread = {k: f"{min(v):.3f}-{max(v):.3f}" for k, v in {**runs, **starts}.items()}
    print("spread (min-max, s): " + ", ".join(f"{k} {v}" for k, v in spread.items()))


if __name__ == "__main__":
    main()
