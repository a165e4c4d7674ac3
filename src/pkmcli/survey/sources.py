"""Which reader a survey file needs: a CSV read as text, or a workbook, told by its first bytes."""

from __future__ import annotations

from pathlib import Path

from pkmcli.errors import PkmError
from pkmcli.language import Lang
from pkmcli.survey.reading import OLE2, ZIP, Blocks, Pick, csv_blocks
from pkmcli.survey.words import say


def read_blocks(path: Path, shown: str, lang: Lang, *, encoding: str | None, pick: Pick) -> Blocks:
    """Open a CSV or XLSX file and yield its rows in blocks; ``pick`` chooses a workbook's sheet."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise PkmError.single(shown, say(lang, "file_missing")) from None
    except IsADirectoryError:
        raise PkmError.single(shown, say(lang, "file_is_dir")) from None
    except OSError as exc:
        raise PkmError.single(shown, say(lang, "file_unreadable", detail=exc.strerror)) from None
    with handle:
        head = handle.read(8)
    # A workbook, or a file named like one, is told apart (or refused) by the workbook opener.
    named = path.suffix.lower() in {".xls", ".xlsb", ".ods", ".xlsx", ".xlsm"}
    if head.startswith((OLE2, ZIP)) or named:
        from pkmcli.survey.sheets import xlsx_blocks  # noqa: PLC0415 - openpyxl only for xlsx

        return xlsx_blocks(path, shown, lang, pick)
    return csv_blocks(path, shown, lang, encoding)
