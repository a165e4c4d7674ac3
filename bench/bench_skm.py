"""Benchmark `pkm skm` on Google-Forms-style CSVs of 100k and 1M rows against pandas.

Run: python bench/bench_skm.py [--quick] [--runs N]

pandas is a benchmark-only dependency (pip install pandas). Each run is a fresh process, for
pkm and for pandas alike (read_csv of the same file, then value_counts of every element
column); wall time and peak memory (max RSS) are the medians of the runs.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

QUESTIONS = [
    (
        "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
        "pelayanannya?"
    ),
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    (
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum "
        "dalam standar pelayanan dengan hasil yang diberikan?"
    ),
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    (
        "Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan "
        "keramahan?"
    ),
    "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
]
LABELS = [
    ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    [
        "Tidak sopan dan ramah",
        "Kurang sopan dan ramah",
        "Sopan dan ramah",
        "Sangat sopan dan ramah",
    ],
    ["Buruk", "Cukup", "Baik", "Sangat Baik"],
    [
        "Tidak ada",
        "Ada tetapi tidak berfungsi",
        "Berfungsi kurang maksimal",
        "Dikelola dengan baik",
    ],
]
SAYINGS = ["", "", "", "Antrian terlalu panjang", "Petugas ramah\nterima kasih", "tidak ada"]
TIME_TARGET = 1.0
START = datetime(2024, 1, 1, 8)  # noqa: DTZ001 - a form's local time, as exported
MEMORY_TARGET = 1.1
# Runs a command and prints its peak memory: the children's max RSS is only this one child.
MEASURE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)
PKM = (
    "import sys\n"
    "import pkmcli.cli.skm\n"
    "from pkmcli.cli.app import app\n"
    "sys.exit(app(['skm', *sys.argv[1:]], prog_name='pkm', standalone_mode=True))\n"
)
PANDAS = (
    "import sys\n"
    "import pandas\n"
    "frame = pandas.read_csv(sys.argv[1])\n"
    "counts = [frame[c].str.strip().str.lower().value_counts() for c in frame.columns[4:13]]\n"
    "print(sum(int(c.sum()) for c in counts))\n"
)


def write_forms_csv(path: Path, rows: int, seed: int = 2017) -> None:
    rnd = random.Random(seed)  # noqa: S311 - synthetic answers, not secrets
    header = ["Timestamp", "Jenis Kelamin", "Pendidikan", "Jenis Layanan"]
    header += [f"{i}. {q} " for i, q in enumerate(QUESTIONS, start=1)] + ["Saran dan masukan"]
    weights = [1, 3, 10, 8]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        for n in range(rows):
            stamp = (START + timedelta(seconds=n)).strftime("%Y/%m/%d %H:%M:%S GMT+7")
            answers = [rnd.choices(labels, weights)[0] for labels in LABELS]
            writer.writerow([
                stamp,
                rnd.choice(("Laki-laki", "Perempuan")),
                rnd.choice(("SD", "SMP", "SMA", "S1", "S2", "S3")),
                rnd.choice(("Paspor", "Visa", "Izin tinggal")),
                *answers,
                rnd.choice(SAYINGS),
            ])  # fmt: skip


def measure(command: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    code, peak = done.stdout.split()
    if code != "0":
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    return elapsed, int(peak)


def median_run(command: list[str], runs: int) -> tuple[float, int]:
    results = [measure(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), int(statistics.median(r[1] for r in results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k rows, one run each")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    if importlib.util.find_spec("pandas") is None:
        raise SystemExit("pandas is needed for the comparison: pip install pandas")
    small, large = (10_000, 100_000) if options.quick else (100_000, 1_000_000)
    runs = 1 if options.quick else options.runs
    with tempfile.TemporaryDirectory(prefix="bench-skm-") as folder:
        figures: dict[int, dict[str, tuple[float, int]]] = {}
        for rows in (small, large):
            path = Path(folder) / f"survei-{rows}.csv"
            started = time.perf_counter()
            write_forms_csv(path, rows)
            size = path.stat().st_size / 1e6
            print(
                f"{rows:>9,} rows: {size:,.0f} MB written in {time.perf_counter() - started:.1f} s"
            )
            pkm = [sys.executable, "-c", PKM, str(path), "--format", "json"]
            check = subprocess.run(pkm, capture_output=True, text=True, check=True)
            assert json.loads(check.stdout)["respondents"] == rows
            figures[rows] = {
                "pkm": median_run(pkm, runs),
                "pandas": median_run([sys.executable, "-c", PANDAS, str(path)], runs),
            }
            for name, (seconds, peak) in figures[rows].items():
                print(f"{'':>11}{name:<7} {seconds:7.2f} s  {peak / 1024:8.1f} MiB peak")
    time_ratio = figures[large]["pkm"][0] / figures[large]["pandas"][0]
    memory_ratio = figures[large]["pkm"][1] / figures[small]["pkm"][1]
    print(f"\nmedian of {runs} run(s)")
    verdict = "met" if time_ratio <= TIME_TARGET else "NOT met"
    print(
        f"wall time at {large:,} rows, pkm / pandas: {time_ratio:.2f}x "
        f"(target <= {TIME_TARGET}x: {verdict})"
    )
    verdict = "met" if memory_ratio <= MEMORY_TARGET else "NOT met"
    print(
        f"peak memory of pkm, {large:,} / {small:,} rows: {memory_ratio:.2f}x "
        f"(target <= {MEMORY_TARGET}x: {verdict})"
    )


if __name__ == "__main__":
    main()
