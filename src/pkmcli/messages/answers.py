"""What reading, checking and drafting answers files says: every located problem, `validate`."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        # Reading: the shape of the file
        "kind_lines": "beberapa baris",
        "warning": "peringatan: {message}",
        "plain_key": "harus berupa kunci biasa, bukan {got}",
        "unknown_key": "kunci '{key}' tidak dikenal{hint} (kunci yang ada: {keys})",
        "expected_text": "harus berupa teks, bukan {got}",
        "single_line": "harus berupa satu baris teks",
        "revision_flag": "revision: harus true atau false",
        "not_a_number": "{what}: harus berupa angka, bukan {got}",
        "negative": "{what}: tidak boleh kurang dari nol, tertulis {value}",
        "empty_file": "berkas kosong; harus berupa pemetaan jawaban dengan 'rubric' dan 'answers'",
        "not_a_mapping": "harus berupa pemetaan jawaban, bukan {got}",
        # Reading: the rubric named
        "missing_rubric": "kunci wajib 'rubric' tidak ada (rubrik yang dipakai: '{id}')",
        "bad_rubric_id": "harus berupa id rubrik seperti '{id}', bukan {got}",
        "other_rubric_chosen": "rubric: berkas ini menjawab '{given}', tetapi --rubric menyebut "
        "'{id}' (hilangkan --rubric untuk memakai rubrik yang disebut berkas)",
        "other_rubric": "rubric: berkas ini menjawab '{given}', tetapi rubrik yang dipakai '{id}'",
        "unknown_rubric": "rubric: rubrik '{named}' tidak dikenal{hint} (rubrik bawaan: "
        "{shipped}; untuk rubrik sendiri, beri --rubric FILE)",
        # Reading: review stages
        "reviews_not_a_list": "reviews: harus berupa daftar tahap, bukan {got}",
        "stage_not_a_mapping": "{where}: harus berupa pemetaan tahap, bukan {got}",
        "stage_missing": "{where}: kunci wajib 'stage' tidak ada",
        "unknown_stage": "tahap '{stage}' tidak dikenal{hint} (tahap yang ada: {stages})",
        "unknown_stage_none": "tahap '{stage}' tidak dikenal (rubrik ini tidak menyatakan tahap "
        "tinjauan)",
        "stage_twice": "tahap '{stage}' ditulis dua kali",
        "stage_order": "tahap '{stage}' ditulis setelah '{after}'; tahap harus mengikuti urutan "
        "rubrik ({order})",
        # Reading: the answers
        "answers_not_a_mapping": "answers: harus berupa pemetaan id kriteria, bukan {got}",
        "unknown_criterion": "kriteria '{id}' tidak dikenal{hint} (rubrik {rubric} memuat {first} "
        "sampai {last})",
        "list_for_percentage": "harus berupa persentase atau pemetaan dengan 'answer', "
        "bukan daftar",
        "list_for_option": "harus berupa kunci pilihan atau pemetaan dengan 'answer', bukan daftar",
        "percent_range": "percentage: harus antara 0 dan 100, tertulis {value}",
        "percent_fraction": "{value} dibaca sebagai {value} %, bukan {times} %: persentase "
        "berkisar dari 0 sampai 100",
        "not_an_option_key": "harus berupa kunci pilihan, bukan {got}",
        "not_an_option": "'{given}' bukan pilihan di sini; pilihan yang ada: {keys}{hint}",
        "ratio_not_a_mapping": "harus berupa pemetaan dengan 'numerator' dan 'denominator', bukan "
        "{got}",
        "ratio_half": "'{missing}' tidak ada (isi kedua angka, atau kosongkan keduanya)",
        "zero_denominator": "denominator: harus lebih dari nol",
        "evidence_not_a_list": "evidence: harus berupa daftar jalur berkas atau tautan, "
        "bukan {got}",
        "evidence_item": "evidence: harus berupa jalur berkas atau tautan, bukan {got}",
        "unanswered_strict": "belum dijawab (--strict mewajibkan jawaban untuk setiap kriteria)",
        # pkm validate
        "result_list": "berkas hasil pkm score, bukan jawaban",
        "snapshot": "cuplikan rubrik yang sudah divalidasi, bukan jawaban",
        "result": "hasil pkm score, bukan jawaban",
        "survey": "definisi survei, bukan jawaban",
        "rubric": "rubrik, bukan jawaban",
        "indicators_one": "{count} indikator",
        "indicators_many": "{count} indikator",
        "criteria_one": "{count} kriteria",
        "criteria_many": "{count} kriteria",
        "rubric_summary": "rubrik {id} {version}: {indicators}, {criteria}, nilai maksimum {max}",
        "answers_summary": "jawaban untuk {rubric}: {answered} dari {count} terjawab",
        "valid_line": "{file}: sah ({summary})",
        "no_files": "tidak ada berkas yang ditemukan pada masukan yang diberikan",
        # pkm init: the comments of a blank answers file, and what the command did
        "draft_head": "Jawaban untuk rubrik {id} (versi {version}): {title}",
        "draft_how": "Isi setiap kriteria dengan kunci pilihannya (huruf besar/kecil sama saja);",
        "draft_blank": "biarkan kosong bila belum dijawab (dihitung 0). Bentuk panjang:",
        "draft_weight": "bobot",
        "draft_evidence": "Bukti dukung",
        "draft_percent": "Isi persentase 0-100.",
        "draft_ratio": "Isi numerator ({num}) dan denominator ({den}), mis. {{numerator: 3, "
        "denominator: 4}}.",
        "drafted": "ditulis: {target} ({criteria} dari rubrik {rubric}); isi berkasnya, lalu "
        "jalankan: {command}",
    },
    "en": {
        "kind_lines": "several lines",
        "warning": "warning: {message}",
        "plain_key": "expected a plain key, got {got}",
        "unknown_key": "unknown key '{key}'{hint} (expected one of {keys})",
        "expected_text": "expected text, got {got}",
        "single_line": "expected a single line of text",
        "revision_flag": "revision: expected true or false",
        "not_a_number": "{what}: expected a number, got {got}",
        "negative": "{what}: must be zero or more, got {value}",
        "empty_file": "empty file; expected an answers mapping with 'rubric' and 'answers'",
        "not_a_mapping": "expected an answers mapping, got {got}",
        "missing_rubric": "missing required key 'rubric' (this rubric is '{id}')",
        "bad_rubric_id": "expected a rubric id such as '{id}', got {got}",
        "other_rubric_chosen": "rubric: this file answers '{given}', but --rubric gives '{id}' "
        "(leave --rubric out to use the rubric the file names)",
        "other_rubric": "rubric: this file answers '{given}', but the rubric in use is '{id}'",
        "unknown_rubric": "rubric: unknown rubric '{named}'{hint} (shipped: {shipped}; pass "
        "--rubric FILE for your own)",
        "reviews_not_a_list": "reviews: expected a list of stages, got {got}",
        "stage_not_a_mapping": "{where}: expected a stage mapping, got {got}",
        "stage_missing": "{where}: missing required key 'stage'",
        "unknown_stage": "unknown stage '{stage}'{hint} (stages: {stages})",
        "unknown_stage_none": "unknown stage '{stage}' (stages: none: this rubric declares no "
        "review stages)",
        "stage_twice": "stage '{stage}' is given twice",
        "stage_order": "stage '{stage}' comes after '{after}'; stages go in the rubric's order "
        "({order})",
        "answers_not_a_mapping": "answers: expected a mapping of criterion ids, got {got}",
        "unknown_criterion": "unknown criterion '{id}'{hint} (rubric {rubric} has {first} to "
        "{last})",
        "list_for_percentage": "expected a percentage or a mapping with 'answer', got a list",
        "list_for_option": "expected an option key or a mapping with 'answer', got a list",
        "percent_range": "percentage: must be between 0 and 100, got {value}",
        "percent_fraction": "{value} is read as {value} %, not {times} %: percentages go from 0 "
        "to 100",
        "not_an_option_key": "expected an option key, got {got}",
        "not_an_option": "'{given}' is not an option here; expected one of {keys}{hint}",
        "ratio_not_a_mapping": "expected a mapping with 'numerator' and 'denominator', got {got}",
        "ratio_half": "missing '{missing}' (give both numbers, or neither)",
        "zero_denominator": "denominator: must be more than zero",
        "evidence_not_a_list": "evidence: expected a list of paths or links, got {got}",
        "evidence_item": "evidence: expected a path or link, got {got}",
        "unanswered_strict": "unanswered (--strict requires an answer for every criterion)",
        "result_list": "a result file of pkm score, not answers",
        "snapshot": "a validated rubric snapshot, not answers",
        "result": "a result of pkm score, not answers",
        "survey": "a survey definition, not answers",
        "rubric": "a rubric, not answers",
        "indicators_one": "{count} indicator",
        "indicators_many": "{count} indicators",
        "criteria_one": "{count} criterion",
        "criteria_many": "{count} criteria",
        "rubric_summary": "rubric {id} {version}: {indicators}, {criteria}, maximum {max}",
        "answers_summary": "answers for {rubric}: {answered} of {count} answered",
        "valid_line": "{file}: ok ({summary})",
        "no_files": "no files found in the given inputs",
        "draft_head": "Answers for rubric {id} (version {version}): {title}",
        "draft_how": "Give each criterion its option key (any case);",
        "draft_blank": "leave it empty while unanswered (it counts 0). Long form:",
        "draft_weight": "weight",
        "draft_evidence": "Evidence",
        "draft_percent": "Give a percentage from 0 to 100.",
        "draft_ratio": "Give numerator ({num}) and denominator ({den}), e.g. {{numerator: 3, "
        "denominator: 4}}.",
        "drafted": "wrote {target} ({criteria} of rubric {rubric}); fill it in, then run: "
        "{command}",
    },
}
