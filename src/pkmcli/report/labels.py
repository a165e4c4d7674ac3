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
        "stages": "Tahap penilaian",
        "reported_stage": "Tahap yang dilaporkan",
        "unit_stage": "Unit kerja (penilaian mandiri)",
        "stage": "Tahap",
        "date": "Tanggal",
        "stage_totals": "Nilai per tahap",
        "stage_chart": "Capaian tiap indikator per tahap, dalam persen dari bobotnya",
        "from_unit": "Perubahan dari unit",
        "stage_answer": "Jawaban {stage}",
        "stage_value": "Nilai {stage}",
        "stage_note": "Catatan {stage}",
        "inherited": "= {stage}",
        "agrees": "setuju",
        "revision": "revisi",
        "revision_by": "Dikembalikan untuk revisi oleh {stage}.",
        "findings": "Temuan dan rekomendasi",
        "findings_intro": (
            "Kriteria yang jawabannya diubah penilai atau dikembalikan untuk direvisi, "
            "sebagaimana pada tahap {stage}. Unit kerja menindaklanjuti setiap rekomendasi, lalu "
            "penilai memeriksanya kembali."
        ),
        "findings_none": (
            "Penilai tidak mengubah jawaban unit dan tidak mengembalikan kriteria untuk direvisi."
        ),
        "finding": "Temuan",
        "finding_changed": (
            "Jawaban unit {before} (nilai {was}) diubah oleh {stage} menjadi {after} (nilai {now})."
        ),
        "finding_kept": "Jawaban unit {before} (nilai {was}) tidak diubah.",
        "finding_answered": (
            "Kriteria yang belum dijawab unit (nilai {was}) dijawab oleh {stage}: {after} "
            "(nilai {now})."
        ),
        "value_change": "Perubahan nilai",
        "effect": "Pengaruh pada nilai total",
        "at_best": "Kriteria ini sudah berada pada pilihan terbaiknya.",
        "method_stages": (
            "Setiap tahap dinilai tersendiri dengan perhitungan yang sama. Jawaban kriteria pada "
            "suatu tahap adalah jawaban tahap terakhir sampai tahap itu yang menjawabnya; jawaban "
            "unit sendiri tidak pernah diubah."
        ),
        "method_effect": (
            "Pengaruh pada nilai total = perubahan nilai kriteria ÷ jumlah kriteria indikatornya "
            "× bobot indikator."
        ),
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
        "stages": "Review stages",
        "reported_stage": "Stage reported",
        "unit_stage": "Unit (self-assessment)",
        "stage": "Stage",
        "date": "Date",
        "stage_totals": "Scores by stage",
        "stage_chart": "Achievement of each indicator at each stage, as a percentage of its weight",
        "from_unit": "Change from the unit",
        "stage_answer": "{stage} answer",
        "stage_value": "{stage} value",
        "stage_note": "{stage} note",
        "inherited": "= {stage}",
        "agrees": "agrees",
        "revision": "revision",
        "revision_by": "Sent back for revision by {stage}.",
        "findings": "Findings and recommendations",
        "findings_intro": (
            "The criteria whose answer an evaluator changed or sent back for revision, as they "
            "stand at stage {stage}. The unit follows up each recommendation, and the evaluators "
            "check it again."
        ),
        "findings_none": (
            "The evaluators changed none of the unit's answers and sent no criterion back for "
            "revision."
        ),
        "finding": "Finding",
        "finding_changed": (
            "The unit's answer {before} (value {was}) was changed by {stage} to {after} "
            "(value {now})."
        ),
        "finding_kept": "The unit's answer {before} (value {was}) was not changed.",
        "finding_answered": (
            "A criterion the unit left unanswered (value {was}) was answered by {stage}: {after} "
            "(value {now})."
        ),
        "value_change": "Value change",
        "effect": "Effect on the total",
        "at_best": "This criterion is at its best option.",
        "method_stages": (
            "Each stage is scored on its own with the same arithmetic. A criterion's answer at a "
            "stage is that of the latest stage up to it that answered it; the unit's own answers "
            "are never changed."
        ),
        "method_effect": (
            "Effect on the total = the criterion's value change ÷ the number of criteria in its "
            "indicator × the indicator's weight."
        ),
    },
}


def format_date(day: date, lang: Lang) -> str:
    """Write a date the way a letter in ``lang`` would, e.g. ``5 Januari 2026``."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


# The portfolio report (`pkm report` over many files). Sentences with {placeholders} are
# filled in by portfolio_building, so that a sentence is whole in each language.
PORTFOLIO_WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "kicker": "Laporan Portofolio Penilaian Zona Integritas",
        "title": "Peningkatan Kualitas Pelayanan Publik: banyak unit kerja",
        "generated": "Tanggal laporan",
        "files_line": (
            "{files} berkas dibaca: {valid} valid, {invalid} tidak valid; "
            "{units} unit kerja diperingkat."
        ),
        "contents": "Isi",
        "rubric": "Rubrik",
        "version": "versi",
        "source": "Dasar",
        "headline": "Ringkasan",
        "units": "Unit kerja diperingkat",
        "mean": "Rata-rata persentase total",
        "minimum": "Terendah",
        "maximum": "Tertinggi",
        "deviation": "Simpangan baku (poin persen)",
        "threshold_met": "{count} dari {units} unit kerja mencapai ambang {threshold}%.",
        "bands": "Unit kerja per predikat rubrik",
        "band_from": "mulai {percent}%",
        "below_bands": "Di bawah predikat terendah",
        "no_threshold": (
            "Tidak ada ambang yang dipilih (--threshold), dan rubrik ini tidak memiliki predikat."
        ),
        "ranking": "Peringkat unit kerja",
        "rank": "No.",
        "unit": "Unit kerja",
        "period": "Periode",
        "file": "Berkas",
        "total": "Nilai total",
        "threshold_column": "Ambang {threshold}%",
        "meets": "tercapai",
        "misses": "belum",
        "grade": "Predikat",
        "change": "Perubahan",
        "only_once": "hanya satu periode",
        "heatmap": "Peta nilai kriteria per unit kerja",
        "heatmap_intro": (
            "Setiap sel memuat nilai jawaban unit pada kriteria itu, dari 0 sampai 1: makin biru "
            "makin baik, makin merah makin lemah. Tanda {mark} berarti belum dijawab (dihitung 0)."
        ),
        "portfolio_mean": "Rata-rata",
        "scale": "Skala warna",
        "criteria_key": "Kriteria pada peta",
        "weakest": "Kriteria terlemah",
        "weakest_intro": (
            "Kriteria dengan rata-rata nilai terendah di seluruh unit kerja, dengan banyaknya unit "
            "di bawah pilihan terbaik dan rekomendasi rubrik menuju pilihan berikutnya."
        ),
        "weakest_none": "Semua unit kerja sudah berada pada pilihan terbaik di setiap kriteria.",
        "criterion": "Kriteria",
        "mean_value": "Rata-rata nilai",
        "below": "Di bawah terbaik",
        "of": "dari",
        "unanswered_count": "{count} belum dijawab",
        "now": "Saat ini",
        "target": "Pilihan berikutnya",
        "target_full": "capaian 100%",
        "recommendation": "Rekomendasi",
        "unit_count": "Unit",
        "varied": "beragam",
        "details": "Unit kerja satu per satu",
        "details_brief": (
            "Unit kerja lebih banyak dari batas rincian ({limit}, --detail-limit): setiap unit "
            "diringkas dalam satu baris."
        ),
        "indicators": "Nilai per indikator",
        "indicator": "Indikator",
        "score": "Nilai",
        "weight": "Bobot",
        "shortfalls": "Kriteria di bawah pilihan terbaiknya",
        "shortfalls_none": "Semua kriteria sudah berada pada pilihan terbaiknya.",
        "answer": "Jawaban",
        "value": "Nilai",
        "best": "Terbaik",
        "unanswered": "Belum dijawab",
        "previous": "Periode sebelumnya",
        "invalid": "Berkas tidak valid",
        "invalid_intro": (
            "Berkas berikut tidak dinilai; perbaiki masalah yang disebut, lalu jalankan ulang."
        ),
        "duplicates": "Berkas ganda",
        "duplicate_line": "{file} tidak dipakai: unit dan periodenya sama dengan {kept}.",
        "no_units": "Tidak ada berkas valid yang dapat dinilai.",
        "method": "Metode",
        "method_scores": (
            "Setiap nilai dihitung seperti pkm score menghitung berkas itu; angka dibulatkan ke "
            "dua desimal hanya saat ditampilkan."
        ),
        "method_periods": (
            "Berkas dicocokkan menurut nama unit (tanpa membedakan huruf besar-kecil dan spasi) "
            "dan periode; untuk setiap unit, periode terakhirnya diperingkat dan dibandingkan "
            "dengan periode sebelumnya."
        ),
        "method_change": (
            "Perubahan = nilai total periode terakhir − nilai total periode sebelumnya, keduanya "
            "sebagaimana ditampilkan."
        ),
        "method_spread": (
            "Simpangan baku adalah simpangan baku populasi dari persentase total unit yang "
            "diperingkat."
        ),
        "method_weakest": (
            "Rata-rata nilai kriteria dihitung atas unit yang diperingkat; kriteria yang belum "
            "dijawab dihitung 0."
        ),
        "footer": "Dibuat dengan pkm dari {files} berkas jawaban, {date}.",
        "wrote": "laporan ditulis ke {path}",
        "latest_stage": "tahap terakhir",
        "stage_columns": "% per tahap",
        "changed": "Kriteria yang paling sering diubah penilai",
        "changed_intro": (
            "Kriteria yang jawabannya pada {stage} paling sering berbeda dari jawaban unit "
            "sendiri, dengan banyaknya unit yang jawabannya diubah dan rata-rata nilai kriteria "
            "di unit-unit itu sebelum dan sesudah penilaian."
        ),
        "changed_none": "Penilai tidak mengubah jawaban unit mana pun.",
        "changed_units": "Unit diubah",
        "unit_mean": "Rata-rata nilai unit",
        "stage_mean": "Rata-rata nilai {stage}",
        "method_stages": (
            "Setiap berkas dinilai pada {stage}; kolom per tahap memuat persentase total tiap "
            "tahap yang ada di berkas. Kriteria diubah bila jawabannya pada tahap itu berbeda dari "
            "jawaban unit, seperti kolom changed pada pkm score."
        ),
        "not_given": "—",
    },
    "en": {
        "kicker": "Integrity Zone Assessment Portfolio",
        "title": "Improving the Quality of Public Services: many units",
        "generated": "Report date",
        "files_line": (
            "{files} files read: {valid} valid, {invalid} invalid; {units} units ranked."
        ),
        "contents": "Contents",
        "rubric": "Rubric",
        "version": "version",
        "source": "Source",
        "headline": "Headline",
        "units": "Units ranked",
        "mean": "Mean total percentage",
        "minimum": "Lowest",
        "maximum": "Highest",
        "deviation": "Standard deviation (percentage points)",
        "threshold_met": "{count} of {units} units reach the threshold of {threshold}%.",
        "bands": "Units by the rubric's grade bands",
        "band_from": "from {percent}%",
        "below_bands": "Below the lowest band",
        "no_threshold": (
            "No threshold was chosen (--threshold), and this rubric has no grade bands."
        ),
        "ranking": "Ranking of units",
        "rank": "No.",
        "unit": "Unit",
        "period": "Period",
        "file": "File",
        "total": "Total",
        "threshold_column": "Threshold {threshold}%",
        "meets": "reached",
        "misses": "not yet",
        "grade": "Grade",
        "change": "Change",
        "only_once": "one period only",
        "heatmap": "Heatmap of criteria by unit",
        "heatmap_intro": (
            "Each cell holds the value of the unit's answer to that criterion, from 0 to 1: the "
            "bluer the better, the redder the weaker. The mark {mark} means unanswered (counts 0)."
        ),
        "portfolio_mean": "Mean",
        "scale": "Colour scale",
        "criteria_key": "Criteria in the heatmap",
        "weakest": "Weakest criteria",
        "weakest_intro": (
            "The criteria with the lowest mean value across the units, with how many units are "
            "below the best option and the rubric's recommendation toward the next option."
        ),
        "weakest_none": "Every unit is at the best option on every criterion.",
        "criterion": "Criterion",
        "mean_value": "Mean value",
        "below": "Below the best",
        "of": "of",
        "unanswered_count": "{count} unanswered",
        "now": "Now",
        "target": "Next option",
        "target_full": "100% achieved",
        "recommendation": "Recommendation",
        "unit_count": "Units",
        "varied": "varied",
        "details": "Unit by unit",
        "details_brief": (
            "More units than the detail limit ({limit}, --detail-limit): one line per unit."
        ),
        "indicators": "Scores by indicator",
        "indicator": "Indicator",
        "score": "Score",
        "weight": "Weight",
        "shortfalls": "Criteria below their best option",
        "shortfalls_none": "Every criterion is at its best option.",
        "answer": "Answer",
        "value": "Value",
        "best": "Best",
        "unanswered": "Unanswered",
        "previous": "Previous period",
        "invalid": "Invalid files",
        "invalid_intro": "These files were not scored; fix the problems named and run again.",
        "duplicates": "Duplicate files",
        "duplicate_line": "{file} is not used: same unit and period as {kept}.",
        "no_units": "No valid file to assess.",
        "method": "Method",
        "method_scores": (
            "Every score is computed as pkm score computes that file; numbers are rounded to "
            "two decimals only for display."
        ),
        "method_periods": (
            "Files are matched by unit name (ignoring case and spacing) and period; for each unit "
            "its latest period is ranked and compared with the period before it."
        ),
        "method_change": (
            "Change = the total of the latest period − the total of the period before, both as "
            "displayed."
        ),
        "method_spread": (
            "The standard deviation is the population standard deviation of the ranked units' "
            "total percentages."
        ),
        "method_weakest": (
            "A criterion's mean value is taken over the ranked units; unanswered criteria count 0."
        ),
        "footer": "Made with pkm from {files} answers files, {date}.",
        "wrote": "wrote {path}",
        "latest_stage": "the latest stage",
        "stage_columns": "% by stage",
        "changed": "Criteria the evaluators changed most",
        "changed_intro": (
            "The criteria whose answer at {stage} differs most often from the unit's own, with how "
            "many units had their answer changed and the criterion's mean value in those units "
            "before and after the review."
        ),
        "changed_none": "The evaluators changed none of the units' answers.",
        "changed_units": "Units changed",
        "unit_mean": "Mean value, unit",
        "stage_mean": "Mean value, {stage}",
        "method_stages": (
            "Every file is scored at {stage}; the stage columns hold the total percentage of each "
            "stage the file holds. A criterion is changed when its answer at that stage differs "
            "from the unit's, as in the changed field of pkm score."
        ),
        "not_given": "—",
    },
}
