"""What scores say about themselves: how unanswered criteria were counted."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "zero_note": "Kriteria yang belum dijawab dihitung 0. Lembar kerja resmi, yang rerata "
        'indikatornya melewati kriteria kosong ("Blm Diisi"), akan menunjukkan total {total} '
        "(opsi --unanswered skip).",
        "skip_note": "Kriteria yang belum dijawab tidak dimasukkan ke rerata indikatornya, "
        "seperti pada lembar kerja resmi. Bila dihitung 0, seperti aplikasi penilaian "
        "instansi, totalnya {total} (opsi --unanswered zero).",
        "batch_note": "{count} berkas memiliki kriteria yang belum dijawab; total pada lembar "
        "kerja resmi akan berbeda (lihat --unanswered).",
    },
    "en": {
        "zero_note": "Unanswered criteria count as 0. The official workbook, whose indicator "
        'means leave empty criteria ("Blm Diisi") out, would show a total of {total} '
        "(option --unanswered skip).",
        "skip_note": "Unanswered criteria are left out of their indicator's mean, as in the "
        "official workbook. Counted as 0, as the agencies' assessment apps do, the total "
        "would be {total} (option --unanswered zero).",
        "batch_note": "{count} files have unanswered criteria; the official workbook would "
        "show other totals (see --unanswered).",
    },
}
