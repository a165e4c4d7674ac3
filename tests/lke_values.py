"""What the official LKE sheet's formulas give, and those values stored into a saved workbook.

The builder in ``lke_builder`` writes the official formulas; these functions give the value
each formula shows in a spreadsheet program (checked against LibreOffice in
``tests/test_lke_builder.py``), so a workbook can carry stored values without one.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

# The values the official IF chain gives each answer of each kind.
LADDERS: dict[str, dict[str, float]] = {
    "Ya/Tidak": {"ya": 1, "tidak": 0},
    "A/B/C": {"a": 1, "b": 0.5, "c": 0},
    "A/B/C/D": {"a": 1, "b": 0.67, "c": 0.33, "d": 0},
    "A/B/C/D/E": {"a": 1, "b": 0.75, "c": 0.5, "d": 0.25, "e": 0},
}
BLANK = "Blm Diisi"  # what the official value cell shows for an empty answer

ERRORS = frozenset({"#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"})


def is_error(value: Any) -> bool:
    return isinstance(value, str) and value in ERRORS


def chain_value(kind: str | None, answer: Any) -> Any:
    """What the official IF chain on J (``kind``) and K (``answer``) gives."""
    if kind == "Jumlah":
        return ""
    if answer is None or answer == "":
        return BLANK
    if kind in LADDERS:
        return LADDERS[kind].get(answer.casefold(), 0) if isinstance(answer, str) else 0
    return answer if kind == "%" else 0


def ratio_value(denominator: Any, numerator: Any) -> Any:
    """What ``IF(OR(Kn="",Km=""),"Blm Diisi",MIN(1,Km/Kn))`` gives."""
    if denominator in (None, "") or numerator in (None, ""):
        return BLANK
    if not all(isinstance(x, int | float) for x in (denominator, numerator)):
        return "#VALUE!"
    return "#DIV/0!" if denominator == 0 else min(1, numerator / denominator)


def average_value(values: Sequence[Any], weight: float) -> Any:
    """What ``AVERAGE(range)*weight`` gives: text left out, the first error spread."""
    if errors := [v for v in values if is_error(v)]:
        return errors[0]
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    return sum(numbers) / len(numbers) * weight if numbers else "#DIV/0!"


def sum_value(values: Sequence[Any]) -> Any:
    """What ``SUM(cells)`` gives."""
    if errors := [v for v in values if is_error(v)]:
        return errors[0]
    return sum(v for v in values if isinstance(v, int | float) and not isinstance(v, bool))


def share_value(score: Any, weight: float) -> Any:
    """What ``=L/H`` gives."""
    return score if is_error(score) else score / weight


def chain_formula(row: int, answer: str) -> str:
    """The official IF chain of the value cell of ``row``, on J and the ``answer`` column."""
    k, j = f"{answer}{row}", f"J{row}"

    def ladder(kind: str) -> str:
        steps = list(LADDERS[kind].items())
        text = "0"
        for key, value in reversed(steps[:-1]):
            text = f'IF({k}="{key.capitalize() if len(key) > 1 else key.upper()}",{value:g},{text})'
        return text

    text = f'IF({j}="%",{k},0)'
    for kind in reversed(LADDERS):
        text = f'IF({j}="{kind}",{ladder(kind)},{text})'
    return f'=IF({j}="Jumlah","",IF({k}="","{BLANK}",{text}))'


_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*)><f>(.*?)</f><v\s*/></c>', re.DOTALL)


def _cached(value: Any) -> tuple[str, str]:
    """A cell's type attribute and ``<v>`` text for a stored value."""
    from xml.sax.saxutils import escape  # noqa: PLC0415

    if is_error(value):
        return ' t="e"', value
    if isinstance(value, bool):
        return ' t="b"', str(int(value))
    if isinstance(value, int | float):
        return "", repr(float(value))
    return ' t="str"', escape(str(value))


def store_values(path: Path, values: Mapping[str, Any], titles: list[str]) -> None:
    """Put stored values into the formula cells of the saved workbook, as a program saving it."""
    parts = {f"xl/worksheets/sheet{n}.xml": title for n, title in enumerate(titles, 1)}
    source = path.read_bytes()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as archive,
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for item in archive.infolist():
            data = archive.read(item)
            if item.filename in parts:
                title = parts[item.filename]

                def fill(match: re.Match[str], title: str = title) -> str:
                    ref, attributes, formula = match.groups()
                    key = f"{title}!{ref}"
                    if key not in values:
                        return match[0]
                    kind, text = _cached(values[key])
                    return f'<c r="{ref}"{attributes}{kind}><f>{formula}</f><v>{text}</v></c>'

                data = _FORMULA_CELL.sub(fill, data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)


def recalculate(path: Path) -> None:
    """Have LibreOffice open and save ``path``, so its formulas carry computed values."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        source = work / "in" / path.name
        source.parent.mkdir()
        shutil.copy(path, source)
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
             "--convert-to", "xlsx", "--outdir", str(work / "out"), str(source)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.copy(work / "out" / path.name, path)
