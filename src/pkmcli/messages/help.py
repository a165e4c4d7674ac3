"""The help texts of the commands and their options (`pkm --help`, `pkm CMD --help`).

A command's text is its summary (the line `pkm --help` lists), a blank line, then its
paragraph. The command-line library reads them as the commands are defined, so they are
said in the language of the environment (`PKM_LANG`), never in that of `--lang`.
"""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "pkm": "Isi penilaian, hitung nilai, dan buat laporan Area VI (Peningkatan Kualitas "
        "Pelayanan Publik) lembar kerja Zona Integritas.",
        "version": "Tampilkan versi, lalu keluar.",
        "rubric_ref": "Id rubrik bawaan atau lokasi berkas YAML rubrik (jika tidak diisi: rubrik "
        "yang disebut berkas jawaban, atau pkp-2019).",
        "new_rubric_ref": "Id rubrik bawaan atau lokasi berkas YAML rubrik (jika tidak diisi: "
        "pkp-2019).",
        "unanswered": "Cara kriteria yang belum dijawab dihitung dalam rata-rata indikatornya: "
        "zero (dihitung 0) atau skip (tidak diikutkan, seperti AVERAGE pada lembar kerja resmi); "
        "jika tidak diisi: sesuai rubrik.",
        "lang": "Bahasa label dan teks.",
        "csv_dialect": "CSV untuk skrip (standard: ',' dan titik desimal) atau untuk aplikasi "
        "lembar kerja berbahasa Indonesia (excel-id: ';', koma desimal, byte-order mark, CRLF).",
        "format": "Format keluaran.",
        "strict": "Anggap kriteria yang belum dijawab sebagai masukan tidak sah.",
        "score": "Nilai berkas jawaban, folder, atau pola.\n\n"
        "Nilai satu atau banyak berkas jawaban; isi folder ditelusuri dan pola glob dijabarkan.",
        "score_files": "Berkas jawaban, folder, atau pola glob.",
        "score_fail_under": "Keluar dengan kode 1 jika nilai suatu berkas di bawah PERCENT dari "
        "nilai maksimum.",
        "score_fail_under_indicator": "Keluar dengan kode 1 jika nilai indikator ID di bawah "
        "PERCENT dari bobotnya (dapat diulang).",
        "score_output": "Tulis juga FORMAT ({formats}) ke PATH (dapat diulang).",
        "score_jobs": "Jumlah proses pekerja untuk kumpulan berkas yang besar (jika tidak diisi: "
        "satu per inti prosesor).",
        "score_stage": "Tahap penilaian yang angkanya dilaporkan dan diuji ambang batasnya, "
        "misalnya tpi (jika tidak diisi: tahap terakhir di setiap berkas).",
        "validate": "Periksa berkas rubrik, jawaban, dan survei.\n\n"
        "Periksa berkas rubrik, jawaban, atau definisi survei, dan laporkan semua masalah "
        "sekaligus.",
        "validate_files": "Berkas rubrik, jawaban, atau definisi survei.",
        "init": "Tulis berkas jawaban kosong untuk diisi.\n\n"
        "Tulis berkas jawaban kosong dengan setiap pertanyaan dan pilihannya sebagai komentar; "
        "baris pertamanya menyebut JSON Schema berkas itu agar editor dapat melengkapi dan "
        "memeriksanya.",
        "init_file": "Lokasi penulisan berkas jawaban (jika tidak diisi: dicetak ke keluaran "
        "standar).",
        "init_unit": "Nama unit yang diisikan.",
        "init_period": "Periode penilaian yang diisikan.",
        "init_assessor": "Nama penilai yang diisikan.",
        "init_force": "Timpa FILE jika sudah ada.",
        "init_no_schema": "Jangan tulis baris pertama yang menyebut JSON Schema berkas untuk "
        "editor, dan jangan tulis skemanya ke .pkm/schema/ di samping FILE.",
        "report": "Buat laporan Markdown atau HTML dari satu berkas jawaban, atau laporan "
        "portofolio dari banyak berkas.",
        "report_files": "Satu berkas jawaban, atau beberapa berkas dan folder untuk laporan "
        "portofolio.",
        "report_format": "Format laporan.",
        "report_output": "Tulis laporan ke PATH (jika tidak diisi: dicetak ke keluaran standar).",
        "report_baseline": "Berkas jawaban sebelumnya dari unit yang sama; menambahkan perubahan "
        "sejak saat itu.",
        "report_threshold": "Portofolio: hitung unit yang nilai totalnya mencapai PERCENT (jika "
        "tidak diisi: rentang predikat pada rubrik).",
        "report_detail_limit": "Portofolio: satu bagian per unit sampai N unit, di atas itu satu "
        "baris per unit (jika tidak diisi: 30).",
        "report_stage": "Tahap penilaian yang diuraikan laporan, misalnya tpi (jika tidak diisi: "
        "tahap terakhir di setiap berkas).",
        "report_template_dir": "Folder templat yang menggantikan templat bawaan dengan nama yang "
        "sama.",
        "report_date": "Tanggal yang dicetak pada laporan (jika tidak diisi: hari ini).",
        "export": "Tulis berkas jawaban sebagai buku kerja LKE.\n\n"
        "Tulis jawaban sebagai buku kerja dengan tata letak lembar kerja LKE resmi, lengkap "
        "dengan rumus aktif dan nilainya, daftar jawaban per kriteria, satu blok kolom per tahap "
        "penilaian, nama terdefinisi, dan lembar ringkasan. Banyak berkas menjadi satu buku kerja "
        "dengan satu lembar per unit.",
        "export_files": "Berkas jawaban yang diekspor; atau beberapa berkas, folder, atau pola "
        "untuk buku kerja portofolio (satu lembar per unit).",
        "export_output": "Lokasi penulisan buku kerja.",
        "import": "Baca buku kerja LKE yang sudah diisi menjadi berkas jawaban.\n\n"
        "Baca buku kerja hasil pkm export, atau yang tata letaknya seperti lembar kerja LKE "
        "resmi, lalu tulis jawabannya (termasuk setiap tahap penilaian) sebagai berkas jawaban. "
        "Setiap masalah ditunjukkan letak selnya; nilai tersimpan yang berbeda dari hasil hitung "
        "ulang menjadi peringatan.",
        "import_workbook": "Buku kerja yang dibaca (xlsx).",
        "import_output": "Lokasi penulisan berkas jawaban (jika tidak diisi: keluaran standar).",
        "import_unit": "Nama unit, jika buku kerja tidak memuatnya.",
        "import_period": "Periode, jika buku kerja tidak memuatnya.",
        "assess": "Isi penilaian lewat tanya jawab di terminal, tersimpan langsung.\n\n"
        "Isi penilaian melalui tanya jawab di terminal; FILE disimpan setelah setiap jawaban. "
        "Tekan Ctrl-C, lalu jalankan lagi untuk melanjutkan.",
        "assess_file": "Berkas jawaban yang diisi; jalankan lagi pada berkas yang sama untuk "
        "melanjutkan (jika tidak diisi: {default} di folder ini, atau berkas terbaru yang belum "
        "selesai).",
        "assess_unit": "Nama unit (tidak ditanyakan jika diberikan).",
        "assess_period": "Periode penilaian (tidak ditanyakan jika diberikan).",
        "assess_assessor": "Nama penilai (tidak ditanyakan jika diberikan).",
        "assess_restart": "Mulai lagi dari kriteria pertama; jawaban yang tersimpan menjadi isian "
        "awal.",
        "review": "Tinjau jawaban unit sebagai tim penilai, tersimpan langsung.\n\n"
        "Tinjau jawaban unit sebagai tim penilai: Enter berarti setuju, kunci pilihan memberi "
        "jawaban lain, ! mengembalikan kriteria ke unit untuk diperbaiki. Hanya jawaban tahap ini "
        "yang ditulis, setelah setiap jawaban; tekan Ctrl-C, lalu jalankan lagi untuk melanjutkan.",
        "review_file": "Berkas jawaban yang memuat jawaban unit; jalankan lagi pada berkas itu "
        "untuk melanjutkan tahap.",
        "review_stage": "Tahap penilaian yang dijawab, sebagaimana dinyatakan rubrik (tpi, tpn).",
        "review_assessor": "Nama penilai (disimpan dalam tahap ini).",
        "review_date": "Tanggal penilaian (jika tidak diisi: tanggal tahap itu, atau hari ini).",
        "review_restart": "Telusuri lagi setiap kriteria; jawaban tahap ini tetap tersimpan.",
        "skm": "Hitung indeks kepuasan masyarakat (IKM).\n\n"
        "Hitung indeks kepuasan masyarakat (IKM) menurut PermenPANRB 14/2017 dari data survei.",
        "skm_data": "Data survei: CSV Google Forms, CSV Excel (',' atau ';'), atau lembar rekap "
        "XLSX.",
        "skm_survey": "Id survei bawaan atau berkas definisi survei (jika tidak diisi: skm-2017).",
        "skm_population": "Jumlah pengguna layanan dalam periode: untuk memeriksa ukuran sampel "
        "(Krejcie & Morgan).",
        "skm_output": "Tulis ke PATH (jika tidak diisi: dicetak ke keluaran standar).",
        "skm_by": "Rinci hasil menurut satu kolom (judul kolom atau id profil, misalnya layanan).",
        "skm_map": "Tetapkan padanan kolom secara manual (dapat diulang; ELEMENT '-' berarti "
        "kolom tidak diikutkan), atau berikan berkas YAML berisi pasangan tersebut.",
        "skm_baseline": "Data periode sebelumnya (dapat diulang): menambahkan tren ke laporan.",
        "skm_publication": "Dengan --format html: pengumuman satu halaman untuk dipublikasikan.",
        "skm_unit": "Nama unit yang dicetak pada laporan.",
        "skm_period": "Periode yang dicetak pada laporan (jika tidak diisi: dari cap waktu data).",
        "rubric": "Lihat daftar rubrik bawaan, tampilkan satu, atau salin rubrik.",
        "rubric_list": "Tampilkan daftar rubrik bawaan.",
        "rubric_show": "Tampilkan rubrik sebagai pohon: indikator, bobot, kriteria, dan nilai "
        "pilihan.",
        "rubric_show_ref": "Id rubrik bawaan atau lokasi berkasnya (jika tidak diisi: pkp-2019).",
        "rubric_export": "Salin rubrik untuk disunting menjadi rubrik sendiri.\n\n"
        "Salin YAML rubrik apa adanya, agar unit penjamin mutu dapat menyuntingnya menjadi rubrik "
        "sendiri.",
        "rubric_export_ref": "Id rubrik bawaan (atau berkas rubrik).",
        "rubric_export_output": "Tulis salinan ke PATH (jika tidak diisi: dicetak ke keluaran "
        "standar).",
        "rubric_export_force": "Timpa PATH jika sudah ada.",
        "rubrics": "Tampilkan daftar rubrik bawaan.\n\n"
        "Tampilkan daftar rubrik bawaan (sama dengan `pkm rubric list`).",
        "schema": "Cetak JSON Schema berkas jawaban atau berkas rubrik.",
        "schema_output": "Tulis skema ke PATH, beserta foldernya (jika tidak diisi: dicetak ke "
        "keluaran standar).",
        "schema_answers": "Cetak JSON Schema berkas jawaban untuk suatu rubrik.\n\n"
        "Cetak JSON Schema (draft 2020-12) berkas jawaban untuk suatu rubrik: id kriteria, kunci "
        "pilihan, dan tahap penilaiannya, dengan setiap pertanyaan sebagai deskripsi yang "
        "ditampilkan editor.",
        "schema_rubric": "Cetak JSON Schema berkas rubrik.\n\n"
        "Cetak JSON Schema (draft 2020-12) berkas rubrik, sebagaimana dinyatakan oleh model "
        "rubrik.",
    },
    "en": {
        "pkm": "Assess, score and report Area VI (Peningkatan Kualitas Pelayanan Publik) of the "
        "Zona Integritas worksheet.",
        "version": "Show the version and exit.",
        "rubric_ref": "Shipped rubric id or path to a rubric YAML file (default: the one the "
        "answers file names, else pkp-2019).",
        "new_rubric_ref": "Shipped rubric id or path to a rubric YAML file (default: pkp-2019).",
        "unanswered": "How an unanswered criterion counts in its indicator's mean: zero (as 0) or "
        "skip (left out, as the official workbook's AVERAGE); default: as the rubric says.",
        "lang": "Language of labels and texts.",
        "csv_dialect": "CSV for scripts (standard: ',' and a decimal point) or for a spreadsheet "
        "in Indonesian (excel-id: ';', a decimal comma, a byte-order mark, CRLF).",
        "format": "Output format.",
        "strict": "Treat unanswered criteria as invalid input.",
        "score": "Score answers files, folders or patterns.\n\n"
        "Score one or many answers files; directories are searched and glob patterns expanded.",
        "score_files": "Answers files, directories or glob patterns.",
        "score_fail_under": "Exit 1 when a file scores under PERCENT of the maximum.",
        "score_fail_under_indicator": "Exit 1 when indicator ID scores under PERCENT of its "
        "weight (repeatable).",
        "score_output": "Also write FORMAT ({formats}) to PATH (repeatable).",
        "score_jobs": "Worker processes for big batches (default: one per core).",
        "score_stage": "The review stage whose figures are reported and gated, such as tpi "
        "(default: the latest stage in each file).",
        "validate": "Check rubric, answers and survey files.\n\n"
        "Check rubric, answers or survey definition files, reporting every problem at once.",
        "validate_files": "Rubric, answers or survey definition files.",
        "init": "Write a blank answers file to fill in.\n\n"
        "Write a blank answers file, each question and its options as comments, its first line "
        "naming the file's JSON Schema so that editors complete and check it.",
        "init_file": "Where to write the answers file (default: print to stdout).",
        "init_unit": "Unit name to fill in.",
        "init_period": "Assessment period to fill in.",
        "init_assessor": "Assessor to fill in.",
        "init_force": "Overwrite FILE if it exists.",
        "init_no_schema": "Leave out the first line naming the file's JSON Schema for editors, "
        "and do not write the schema to .pkm/schema/ beside FILE.",
        "report": "Render a Markdown or HTML report of one answers file, or a portfolio of many.",
        "report_files": "One answers file, or several files and folders for a portfolio report.",
        "report_format": "Report format.",
        "report_output": "Write the report to PATH (default: print to stdout).",
        "report_baseline": "An earlier answers file of the same unit; adds the change since then.",
        "report_threshold": "Portfolio: count the units whose total reaches PERCENT (default: the "
        "rubric's grade bands).",
        "report_detail_limit": "Portfolio: a section per unit up to N units, one line each above "
        "(default: 30).",
        "report_stage": "The review stage the report describes, such as tpi (default: the latest "
        "stage in each file).",
        "report_template_dir": "Folder of templates that override the shipped ones by name.",
        "report_date": "Date printed on the report (default: today).",
        "export": "Write answers files as an LKE workbook.\n\n"
        "Write the answers as a workbook laid out like the official LKE sheet, with live formulas "
        "and their values, an answer list per criterion, a column block per review stage, defined "
        "names and a summary sheet. Many files make one workbook with a sheet per unit.",
        "export_files": "The answers file to export; or several, a folder or a pattern for a "
        "portfolio workbook (a sheet per unit).",
        "export_output": "Where to write the workbook.",
        "import": "Read a filled LKE workbook into an answers file.\n\n"
        "Read a workbook written by pkm export, or laid out like the official LKE sheet, and "
        "write its answers (every review stage too) as an answers file. Every problem is located "
        "at its cell; stored values that disagree with the recomputed ones are warnings.",
        "import_workbook": "The workbook to read (xlsx).",
        "import_output": "Where to write the answers file (default: standard output).",
        "import_unit": "The unit's name, if the workbook lacks it.",
        "import_period": "The period, if the workbook lacks it.",
        "assess": "Interview in the terminal, saving as you go.\n\n"
        "Interview in the terminal, saving FILE after every answer; Ctrl-C, then rerun to resume.",
        "assess_file": "Answers file to fill in; rerun on the same file to resume (default: "
        "{default} here, or the newest unfinished one).",
        "assess_unit": "Unit name (not asked when given).",
        "assess_period": "Assessment period (not asked when given).",
        "assess_assessor": "Assessor (not asked when given).",
        "assess_restart": "Start from the first criterion; saved answers stay as defaults.",
        "review": "Review a unit's answers as an evaluator team, saving as you go.\n\n"
        "Review a unit's answers as an evaluator team: Enter agrees, an option key answers "
        "otherwise, ! sends a criterion back for revision. Only the stage's own answers are "
        "written, after every answer; Ctrl-C, then rerun to resume.",
        "review_file": "Answers file holding the unit's answers; rerun on it to resume the stage.",
        "review_stage": "The review stage to answer, as the rubric declares it (tpi, tpn).",
        "review_assessor": "Who reviews (kept in the stage).",
        "review_date": "Date of the review (default: the stage's, else today).",
        "review_restart": "Walk every criterion again; the stage's answers stay.",
        "skm": "Compute the satisfaction index (IKM).\n\n"
        "Compute the public satisfaction index (IKM) of PermenPANRB 14/2017 from survey data.",
        "skm_data": "Survey data: Google Forms CSV, Excel CSV (',' or ';') or an XLSX recap sheet.",
        "skm_survey": "Shipped survey id or a survey definition file (default: skm-2017).",
        "skm_population": "Service users in the period: checks the sample size (Krejcie & Morgan).",
        "skm_output": "Write to PATH (default: print to stdout).",
        "skm_by": "Break the result down by a column (a header or a profile id, e.g. layanan).",
        "skm_map": "Settle a column by hand (repeatable; ELEMENT '-' leaves it out), or give a "
        "YAML file of such pairs.",
        "skm_baseline": "Data of an earlier period (repeatable): adds the trend to reports.",
        "skm_publication": "With --format html: the one-page notice for publication.",
        "skm_unit": "Unit name printed on reports.",
        "skm_period": "Period printed on reports (default: from the data's timestamps).",
        "rubric": "List the shipped rubrics, show one, or copy one out.",
        "rubric_list": "List the shipped rubrics.",
        "rubric_show": "Show a rubric as a tree: indicators, weights, criteria and option values.",
        "rubric_show_ref": "Shipped rubric id or path (default: pkp-2019).",
        "rubric_export": "Copy a rubric out to edit as your own.\n\n"
        "Copy a rubric's YAML out, as shipped, for a quality office to edit into its own rubric.",
        "rubric_export_ref": "Shipped rubric id (or a rubric file).",
        "rubric_export_output": "Write the copy to PATH (default: print to stdout).",
        "rubric_export_force": "Overwrite PATH if it exists.",
        "rubrics": "List the shipped rubrics.\n\n"
        "List the shipped rubrics (the same as `pkm rubric list`).",
        "schema": "Print the JSON Schema of answers files or of rubric files.",
        "schema_output": "Write the schema to PATH, making its folders (default: print to stdout).",
        "schema_answers": "Print the JSON Schema of answers files for a rubric.\n\n"
        "Print the JSON Schema (draft 2020-12) of answers files for a rubric: its criterion ids, "
        "option keys and review stages, with each question as the description an editor shows.",
        "schema_rubric": "Print the JSON Schema of rubric files.\n\n"
        "Print the JSON Schema (draft 2020-12) of rubric files, as the rubric model declares them.",
    },
}
