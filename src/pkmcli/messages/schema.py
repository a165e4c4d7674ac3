"""What the JSON Schemas of answers and rubric files say to a person in an editor, and the lines
`pkm schema` and `pkm init` print about the schemas they write."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        # The answers schema.
        "answers_title": "Berkas jawaban pkm untuk rubrik {id} versi {version}",
        "answers_description": (
            "{title}. Jawaban unit untuk setiap kriteria, dan (opsional) tahap penilaiannya."
        ),
        "key_rubric": "Id rubrik yang dijawab berkas ini: {id}.",
        "key_unit": "Nama unit kerja.",
        "key_period": 'Periode penilaian, mis. "2026".',
        "key_assessor": "Penilai, mis. tim kerja Zona Integritas unit.",
        "key_answers": (
            "Jawaban unit per id kriteria; kriteria yang tidak ada atau kosong belum dijawab."
        ),
        "key_reviews": "Tahap penilaian setelah jawaban unit, dari yang terlama: {stages}.",
        "no_stages": "rubrik ini tidak menyatakan tahap penilaian",
        "key_stage": "Id tahap penilaian.",
        "key_stage_assessor": "Tim penilai tahap ini.",
        "key_date": "Tanggal penilaian, mis. 2026-03-01.",
        "key_stage_answers": (
            "Jawaban tahap ini per id kriteria, dalam bentuk pendek atau panjang seperti "
            "'answers'; kriteria yang tidak ada mengikuti jawaban tahap sebelumnya."
        ),
        "key_answer": "Jawabannya, seperti dalam bentuk pendek.",
        "key_note": "Catatan, mis. alasan jawaban.",
        "key_evidence": "Bukti dukung: path berkas atau tautan, satu atau berupa daftar.",
        "key_revision": "true: kriteria dikembalikan ke unit untuk diperbaiki.",
        "key_numerator": "Numerator: {label}.",
        "key_denominator": "Denominator: {label} (lebih dari 0).",
        "choice_hint": (
            "Kunci pilihan (huruf besar/kecil sama saja) atau labelnya; kosongkan bila belum "
            "dijawab."
        ),
        "percent_hint": "Persentase dari 0 sampai 100; kosongkan bila belum dijawab.",
        "ratio_hint": (
            "Numerator ({num}) dan denominator ({den}), mis. {{numerator: 3, denominator: 4}}; "
            "kosongkan bila belum dijawab."
        ),
        "option": "{key} = {label} ({value})",
        "evidence_hint": "Bukti dukung: {evidence}",
        # The rubric schema.
        "rubric_title": "Berkas rubrik pkm",
        "model_Rubric": (
            "Rubrik penilaian: metadata, skala jawaban, dan pohon indikator serta kriterianya."
        ),
        "model_Text": (
            "Teks dalam bahasa Indonesia, atau pemetaan dengan 'id' (bahasa Indonesia) dan 'en' "
            "(terjemahan bahasa Inggris)."
        ),
        "model_Option": "Satu pilihan jawaban: kuncinya, artinya, dan nilai yang diperolehnya.",
        "model_Scale": "Tangga jawaban yang dapat dipakai ulang, seperti Ya/Tidak atau A/B/C/D.",
        "model_Criterion": "Satu pertanyaan dalam indikator, dijawab dengan pilihan atau angka.",
        "model_Indicator": (
            "Kelompok kriteria berbobot; skornya rata-rata nilai kriterianya dikali bobot."
        ),
        "model_Section": "Pengelompokan indikator (opsional) yang skornya dijumlahkan.",
        "model_Grade": "Rentang persentase total dengan namanya, mis. predikat mutu.",
        "model_Stage": (
            "Tahap penilaian setelah jawaban unit sendiri, mis. tim penilai internal (TPI) atau "
            "nasional (TPN)."
        ),
        "model_Source": "Asal rubrik, dan bagian yang dimodelkan alih-alih dikonfirmasi.",
        "field_id": (
            "Pengenal: huruf, angka, '.', '_' dan '-', diawali huruf atau angka; id kriteria "
            "menjadi kunci di berkas jawaban."
        ),
        "field_Text_id": "Teksnya dalam bahasa Indonesia.",
        "field_en": "Terjemahan bahasa Inggris (opsional).",
        "field_key": "Kunci pilihan yang ditulis di berkas jawaban (huruf besar/kecil sama saja).",
        "field_label": "Nama yang ditampilkan.",
        "field_value": "Nilai pilihan, dari 0 sampai 1.",
        "field_recommendation": "Rekomendasi perbaikan yang ditampilkan di laporan.",
        "field_title": "Judul.",
        "field_description": "Keterangan.",
        "field_options": (
            "Pilihan jawaban; pada kriteria, pilihannya sendiri atau penyesuaian atas pilihan "
            "skalanya."
        ),
        "field_question": "Pertanyaan yang dijawab.",
        "field_guidance": "Petunjuk menjawab.",
        "field_evidence": "Bukti dukung yang diharapkan.",
        "field_type": (
            "Jenis jawaban: choice (pilihan), percentage (persentase 0-100) atau ratio "
            "(numerator/denominator)."
        ),
        "field_scale": "Nama skala di 'scales' yang dipakai kriteria pilihan ini.",
        "field_numerator": "Yang dihitung numerator kriteria rasio.",
        "field_denominator": "Yang dihitung denominator kriteria rasio.",
        "field_weight": (
            "Bobot indikator (lebih dari 0); skor maksimum rubrik adalah jumlah bobotnya."
        ),
        "field_criteria": "Kriteria indikator, berurutan.",
        "field_indicators": "Indikator, berurutan.",
        "field_min_percent": "Persentase total terendah untuk predikat ini (0-100).",
        "field_regulation": "Peraturan yang menjadi dasar rubrik.",
        "field_edition": "Edisi peraturan atau lembar kerjanya.",
        "field_notes": "Catatan tentang sumber.",
        "field_url": "Tautan ke sumber.",
        "field_version": "Versi rubrik.",
        "field_source": "Asal rubrik.",
        "field_scales": "Skala jawaban yang dapat dipakai ulang, menurut namanya.",
        "field_grades": "Predikat menurut persentase total.",
        "field_stages": "Tahap penilaian setelah jawaban unit, berurutan.",
        "field_unanswered": (
            "Cara menghitung kriteria yang belum dijawab: zero (dihitung 0) atau skip (tidak "
            "ikut dirata-rata)."
        ),
        "field_sections": "Bagian, masing-masing dengan indikatornya (sebagai ganti 'indicators').",
        # What the commands say about the schemas they write.
        "wrote_answers": "skema berkas jawaban rubrik {id} ditulis ke {path}",
        "wrote_rubric": "skema berkas rubrik ditulis ke {path}",
        "unchanged": "{path} sudah mutakhir",
        "init_schema": "skema untuk editor ditulis ke {path}",
        "init_hint": "agar editor memeriksa berkas ini, tulis skemanya di sampingnya: {command}",
        "cannot_create": "tidak dapat membuat folder {folder}: {reason}",
    },
    "en": {
        "answers_title": "pkm answers file for rubric {id}, version {version}",
        "answers_description": (
            "{title}. The unit's answer to each criterion, and (optionally) its review stages."
        ),
        "key_rubric": "The id of the rubric this file answers: {id}.",
        "key_unit": "The unit's name.",
        "key_period": 'The assessment period, such as "2026".',
        "key_assessor": "Who assessed, such as the unit's Integrity Zone team.",
        "key_answers": (
            "The unit's answers by criterion id; a criterion left out or left empty is unanswered."
        ),
        "key_reviews": "The review stages after the unit's answers, oldest first: {stages}.",
        "no_stages": "the rubric declares no review stages",
        "key_stage": "The review stage's id.",
        "key_stage_assessor": "The evaluation team of the stage.",
        "key_date": "The date of the review, such as 2026-03-01.",
        "key_stage_answers": (
            "The stage's answers by criterion id, in the short or long form as in 'answers'; "
            "a criterion left out keeps the answer of the stage before."
        ),
        "key_answer": "The answer, as in the short form.",
        "key_note": "A note, such as the reason for the answer.",
        "key_evidence": "Supporting evidence: file paths or links, one or a list.",
        "key_revision": "true: the criterion goes back to the unit for revision.",
        "key_numerator": "Numerator: {label}.",
        "key_denominator": "Denominator: {label} (more than 0).",
        "choice_hint": "An option key (any case) or its label; leave it empty while unanswered.",
        "percent_hint": "A percentage from 0 to 100; leave it empty while unanswered.",
        "ratio_hint": (
            "Numerator ({num}) and denominator ({den}), e.g. {{numerator: 3, denominator: 4}}; "
            "leave it empty while unanswered."
        ),
        "option": "{key} = {label} ({value})",
        "evidence_hint": "Evidence: {evidence}",
        "rubric_title": "pkm rubric file",
        "model_Rubric": (
            "An assessment rubric: metadata, answer scales, and the tree of indicators and their "
            "criteria."
        ),
        "model_Text": (
            "Text in Indonesian, or a mapping with 'id' (Indonesian) and 'en' (the English "
            "translation)."
        ),
        "model_Option": "One answer option: its key, what it means, and the value it earns.",
        "model_Scale": "A reusable answer ladder, such as Yes/No or A/B/C/D.",
        "model_Criterion": "One question of an indicator, answered by an option or a number.",
        "model_Indicator": (
            "A weighted group of criteria; its score is the mean of their values times the weight."
        ),
        "model_Section": "An optional grouping of indicators whose scores add up.",
        "model_Grade": "A band of the total percentage with its name, such as a quality predicate.",
        "model_Stage": (
            "A review stage after the unit's own answers, such as the internal (TPI) or national "
            "(TPN) evaluation team."
        ),
        "model_Source": "Where the rubric comes from, and what in it is modelled, not confirmed.",
        "field_id": (
            "Identifier: letters, digits, '.', '_' and '-', starting with a letter or digit; "
            "criterion ids are the keys of answers files."
        ),
        "field_Text_id": "The text in Indonesian.",
        "field_en": "The English translation (optional).",
        "field_key": "The option key written in answers files (any case).",
        "field_label": "The name shown to a person.",
        "field_value": "What the option is worth, from 0 to 1.",
        "field_recommendation": "The recommendation for improvement shown in reports.",
        "field_title": "The title.",
        "field_description": "A description.",
        "field_options": (
            "The answer options; in a criterion, its own options or changes to those of its scale."
        ),
        "field_question": "The question answered.",
        "field_guidance": "Guidance on answering.",
        "field_evidence": "The supporting evidence expected.",
        "field_type": (
            "The kind of answer: choice (an option), percentage (0-100) or ratio "
            "(numerator/denominator)."
        ),
        "field_scale": "The name of a scale in 'scales' that this choice criterion uses.",
        "field_numerator": "What the numerator of a ratio criterion counts.",
        "field_denominator": "What the denominator of a ratio criterion counts.",
        "field_weight": (
            "The indicator's weight (more than 0); the rubric's maximum score is the sum of the "
            "weights."
        ),
        "field_criteria": "The criteria of the indicator, in order.",
        "field_indicators": "The indicators, in order.",
        "field_min_percent": "The lowest total percentage that earns this grade (0-100).",
        "field_regulation": "The regulation the rubric follows.",
        "field_edition": "The edition of the regulation or its worksheet.",
        "field_notes": "Notes on the source.",
        "field_url": "A link to the source.",
        "field_version": "The rubric's version.",
        "field_source": "Where the rubric comes from.",
        "field_scales": "Reusable answer scales, by name.",
        "field_grades": "Grades by total percentage.",
        "field_stages": "The review stages after the unit's answers, in order.",
        "field_unanswered": (
            "How an unanswered criterion counts: zero (as 0) or skip (left out of the mean)."
        ),
        "field_sections": "Sections, each with its indicators (instead of 'indicators').",
        "wrote_answers": "wrote the schema of answers files for rubric {id} to {path}",
        "wrote_rubric": "wrote the schema of rubric files to {path}",
        "unchanged": "{path} is up to date",
        "init_schema": "wrote the schema for editors to {path}",
        "init_hint": "for editors to check this file, write its schema beside it: {command}",
        "cannot_create": "cannot create folder {folder}: {reason}",
    },
}
