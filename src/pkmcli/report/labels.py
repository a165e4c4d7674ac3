"""Fixed wording of the reports, in Indonesian and English."""

# The printed formulas use the typographic times and minus signs a reader expects.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from pkmcli.language import Lang

MONTHS: dict[Lang, tuple[str, ...]] = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

REPORT_WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "kicker": "Laporan Penilaian Mandiri Zona Integritas",
        "unit": "Unit kerja",
        "period": "Periode",
        "assessor": "Penilai",
        "rubric": "Rubrik",
        "version": "versi",
        "edition": "edisi",
        "section": "Bagian",
        "arithmetic": "Perhitungan",
        "source": "Dasar",
        "generated": "Tanggal laporan",
        "answers_file": "Berkas jawaban",
        "not_given": "—",
        "summary": "Ringkasan",
        "total": "Nilai total",
        "of": "dari",
        "percent": "Persentase",
        "grade": "Predikat",
        "answered": "Kriteria dijawab",
        "unanswered": "Belum dijawab",
        "unanswered_note": "Kriteria yang belum dijawab dihitung 0.",
        "headroom": "Ruang perbaikan",
        "previous": "Penilaian sebelumnya",
        "previous_short": "Sebelumnya",
        "change": "Perubahan",
        "since": "sejak",
        "up": "naik",
        "down": "turun",
        "same": "tetap",
        "indicators": "Nilai per indikator",
        "indicator": "Indikator",
        "weight": "Bobot",
        "mean": "Rerata",
        "score": "Nilai",
        "bar": "Capaian",
        "chart": "Capaian tiap indikator, dalam persen dari bobotnya",
        "total_row": "Total",
        "criteria": "Rincian per kriteria",
        "criteria_count": "kriteria",
        "number": "No.",
        "criterion": "Kriteria",
        "question": "Pertanyaan",
        "answer": "Jawaban",
        "value": "Nilai",
        "note": "Catatan",
        "evidence": "Bukti dukung",
        "missing_file": "berkas tidak ditemukan",
        "next": "Langkah berikutnya",
        "next_intro": (
            "Setiap kriteria yang belum mencapai pilihan terbaiknya, diurutkan menurut tambahan "
            "nilai total bila kriteria itu naik ke pilihan berikutnya yang lebih baik."
        ),
        "next_none": "Semua kriteria sudah berada pada pilihan terbaiknya.",
        "now": "Saat ini",
        "target": "Pilihan berikutnya",
        "target_full": "capaian 100%",
        "recommendation": "Rekomendasi",
        "gain": "Tambahan nilai",
        "answer_it": "Jawab kriteria ini; selama belum dijawab nilainya 0.",
        "reach": "Penuhi kondisi pilihan berikutnya.",
        "raise": "Naikkan capaian kriteria ini menuju 100%.",
        "method": "Metode perhitungan",
        "method_values": (
            "Setiap pilihan jawaban bernilai antara 0 dan 1 menurut rubrik; jawaban persentase "
            "bernilai persentase itu ÷ 100 dan jawaban rasio bernilai pembilang ÷ penyebut "
            "(paling tinggi 1)."
        ),
        "method_indicator": (
            "Nilai indikator = rerata nilai SEMUA kriterianya × bobot indikator. Kriteria yang "
            "belum dijawab dihitung 0 dalam rerata itu."
        ),
        "method_total": (
            "Nilai total = jumlah nilai semua indikator; persentase = nilai total ÷ jumlah bobot "
            "× 100."
        ),
        "method_gain": (
            "Tambahan nilai pada langkah berikutnya = (nilai pilihan berikutnya − nilai saat ini) "
            "÷ jumlah kriteria indikatornya × bobot indikator."
        ),
        "method_rounding": (
            "Perhitungan memakai presisi penuh; angka dibulatkan ke dua desimal hanya saat "
            "ditampilkan, sehingga penjumlahan manual angka yang tampil dapat berselisih 0.01."
        ),
        "method_change": (
            "Perubahan = nilai sekarang − nilai penilaian sebelumnya, keduanya sebagaimana "
            "ditampilkan (dua desimal)."
        ),
        "worked": "Perhitungan laporan ini",
        "rubric_notes": "Catatan rubrik",
        "footer": "Dibuat dengan pkm dari berkas jawaban",
    },
    "en": {
        "kicker": "Integrity Zone Self-Assessment Report",
        "unit": "Unit",
        "period": "Period",
        "assessor": "Assessor",
        "rubric": "Rubric",
        "version": "version",
        "edition": "edition",
        "section": "Section",
        "arithmetic": "Arithmetic",
        "source": "Source",
        "generated": "Report date",
        "answers_file": "Answers file",
        "not_given": "—",
        "summary": "Summary",
        "total": "Total score",
        "of": "out of",
        "percent": "Percentage",
        "grade": "Grade",
        "answered": "Criteria answered",
        "unanswered": "Unanswered",
        "unanswered_note": "Unanswered criteria count as 0.",
        "headroom": "Room to improve",
        "previous": "Previous assessment",
        "previous_short": "Previous",
        "change": "Change",
        "since": "since",
        "up": "up",
        "down": "down",
        "same": "no change",
        "indicators": "Scores by indicator",
        "indicator": "Indicator",
        "weight": "Weight",
        "mean": "Mean",
        "score": "Score",
        "bar": "Achieved",
        "chart": "Achievement of each indicator, as a percentage of its weight",
        "total_row": "Total",
        "criteria": "Criteria in detail",
        "criteria_count": "criteria",
        "number": "No.",
        "criterion": "Criterion",
        "question": "Question",
        "answer": "Answer",
        "value": "Value",
        "note": "Note",
        "evidence": "Evidence",
        "missing_file": "file not found",
        "next": "What to do next",
        "next_intro": (
            "Every criterion below its best option, ordered by how much the total score would "
            "rise if it moved up to the next better option."
        ),
        "next_none": "Every criterion is at its best option.",
        "now": "Now",
        "target": "Next option",
        "target_full": "100% achieved",
        "recommendation": "Recommendation",
        "gain": "Score gain",
        "answer_it": "Answer this criterion; until it is answered it counts 0.",
        "reach": "Meet the conditions of the next option.",
        "raise": "Raise this criterion toward 100%.",
        "method": "How the scores are calculated",
        "method_values": (
            "Each answer option is worth between 0 and 1 as the rubric sets it; a percentage "
            "answer is worth that percentage ÷ 100 and a ratio answer numerator ÷ denominator "
            "(at most 1)."
        ),
        "method_indicator": (
            "Indicator score = the mean of the values of ALL its criteria × the indicator's "
            "weight. Unanswered criteria count 0 in that mean."
        ),
        "method_total": (
            "Total score = the sum of the indicator scores; percentage = total score ÷ sum of "
            "weights × 100."
        ),
        "method_gain": (
            "Score gain in What to do next = (value of the next option − current value) ÷ the "
            "number of criteria in its indicator × the indicator's weight."
        ),
        "method_rounding": (
            "Calculations keep full precision; numbers are rounded to two decimals only for "
            "display, so adding the displayed numbers by hand may differ by 0.01."
        ),
        "method_change": (
            "Change = the score now − the score of the previous assessment, both as displayed "
            "(two decimals)."
        ),
        "worked": "The arithmetic of this report",
        "rubric_notes": "Rubric notes",
        "footer": "Made with pkm from the answers file",
    },
}


def format_date(day: date, lang: Lang) -> str:
    """Write a date the way a letter in ``lang`` would, e.g. ``5 Januari 2026``."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
