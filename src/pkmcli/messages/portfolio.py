"""The portfolio report over many units: its fixed wording (templates read it as ``words``).

Sentences with {placeholders} are filled in by ``report.portfolio_building``, so that a
sentence is whole in each language.
"""

# The printed formulas use the typographic times and minus signs a reader expects.
# ruff: noqa: RUF001

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
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
