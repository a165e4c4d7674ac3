"""What checking and loading a rubric says: its fields, the rules across them, its id."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        # What a value is, as a problem names what was written and what was wanted.
        "kind_nothing": "isian kosong",
        "kind_flag": "true/false",
        "kind_number": "angka",
        "kind_whole_number": "bilangan bulat",
        "kind_text": "teks",
        "kind_list": "daftar",
        "kind_mapping": "pemetaan",
        "kind_text_or_languages": "teks (atau pemetaan dengan 'id' dan 'en')",
        "or": "atau",
        # Fields
        "missing_key": "kunci wajib '{key}' tidak ada",
        "unknown_key": "kunci '{key}' tidak dikenal",
        "nan": "harus berupa angka, bukan .nan",
        "wrong_type": "harus berupa {wanted}, bukan {got}",
        "wrong_type_flag": "harus berupa {wanted}, bukan {got} (YAML membaca yes, no, on dan off "
        "sebagai true/false: beri tanda petik pada teksnya)",
        "more_than": "harus lebih dari {limit}, tertulis {given}",
        "at_least": "harus paling sedikit {limit}, tertulis {given}",
        "less_than": "harus kurang dari {limit}, tertulis {given}",
        "at_most": "harus paling banyak {limit}, tertulis {given}",
        "not_finite": "harus berupa angka terhingga, tertulis {given}",
        "not_literal": "harus {expected}, tertulis {given}",
        "bad_key": "{given} bukan kunci yang sah: pakai huruf, angka, '_' dan '-', diawali huruf "
        "atau angka",
        "bad_ident": "{given} bukan {field} yang sah: pakai huruf, angka, '.', '_' dan '-', "
        "diawali huruf atau angka",
        "empty": "tidak boleh kosong",
        "too_long": "terlalu panjang (paling banyak {limit} karakter)",
        "too_few": "butuh paling sedikit {least}, tertulis {given}",
        "items_one": "{count} butir",
        "items_many": "{count} butir",
        "invalid": "nilai tidak sah ({detail})",
        "not_a_rubric": "harus berupa pemetaan rubrik, bukan {got}",
        # Rules across fields
        "both_trees": "isi 'sections' atau 'indicators', jangan keduanya",
        "no_tree": "rubrik butuh 'indicators' (atau 'sections', masing-masing dengan "
        "'indicators'-nya)",
        "section_id_twice": "id bagian '{id}' dipakai dua kali",
        "indicator_id_twice": "id indikator '{id}' dipakai dua kali",
        "criterion_id_twice": "id kriteria '{id}' dipakai dua kali",
        "unknown_scale": "skala '{name}' tidak dikenal{hint} (skala yang ada: {scales})",
        "unknown_scale_none": "skala '{name}' tidak dikenal (rubrik ini tidak menetapkan skala)",
        "not_in_scale": "pilihan '{key}' tidak ada dalam skala '{scale}'",
        "option_key_repeats": "kunci pilihan '{key}' mengulang '{first}' (huruf besar/kecil "
        "dianggap sama)",
        "option_needs_value": "pilihan '{key}' butuh nilai antara 0 dan 1",
        "option_needs_label": "pilihan '{key}' butuh label",
        "needs_scale_or_options": "kriteria '{id}' butuh 'scale' atau 'options'",
        "two_options": "kriteria pilihan butuh paling sedikit dua pilihan",
        "takes_no_scale": "kriteria {type} tidak memakai 'scale'",
        "takes_no_options": "kriteria {type} tidak memakai 'options'",
        "ratio_needs_numerator": "kriteria ratio butuh label 'numerator'",
        "ratio_needs_denominator": "kriteria ratio butuh label 'denominator'",
        "ratio_only": "'numerator' dan 'denominator' hanya untuk kriteria ratio",
        "grades_same_percent": "dua predikat punya min_percent yang sama",
        "stage_is_unit": "tahap '{stage}' adalah tahap milik unit sendiri",
        "stage_twice": "tahap '{stage}' dinyatakan dua kali",
        "worthless": "pilihan terbaik '{id}' bernilai 0: tidak ada jawaban yang mendapat nilai",
        # Finding and copying rubrics
        "unknown_ref": "'{ref}' bukan id rubrik bawaan maupun berkas rubrik{hint} "
        "(rubrik bawaan: {shipped})",
        "shipped_id": "id: '{id}' adalah id rubrik bawaan; beri rubrik Anda id sendiri "
        "(misalnya '{id}-own'), lalu sebut id itu dalam berkas jawaban Anda",
        "exported": "ditulis: {target}, salinan {source}; beri id sendiri, sunting, lalu "
        "periksa dengan: pkm validate {target}",
    },
    "en": {
        "kind_nothing": "nothing",
        "kind_flag": "true/false",
        "kind_number": "a number",
        "kind_whole_number": "a whole number",
        "kind_text": "text",
        "kind_list": "a list",
        "kind_mapping": "a mapping",
        "kind_text_or_languages": "text (or a mapping with 'id' and 'en')",
        "or": "or",
        "missing_key": "missing required key '{key}'",
        "unknown_key": "unknown key '{key}'",
        "nan": "must be a number, got .nan",
        "wrong_type": "expected {wanted}, got {got}",
        "wrong_type_flag": "expected {wanted}, got {got} (YAML reads yes, no, on and off as "
        "true/false: put the text in quotes)",
        "more_than": "must be more than {limit}, got {given}",
        "at_least": "must be at least {limit}, got {given}",
        "less_than": "must be less than {limit}, got {given}",
        "at_most": "must be at most {limit}, got {given}",
        "not_finite": "must be a finite number, got {given}",
        "not_literal": "must be {expected}, got {given}",
        "bad_key": "{given} is not a valid key: use letters, digits, '_' and '-', starting with "
        "a letter or digit",
        "bad_ident": "{given} is not a valid {field}: use letters, digits, '.', '_' and '-', "
        "starting with a letter or digit",
        "empty": "must not be empty",
        "too_long": "is too long (at most {limit} characters)",
        "too_few": "needs at least {least}, got {given}",
        "items_one": "{count} item",
        "items_many": "{count} items",
        "invalid": "{detail}",
        "not_a_rubric": "expected a rubric mapping, got {got}",
        "both_trees": "give either 'sections' or 'indicators', not both",
        "no_tree": "a rubric needs 'indicators' (or 'sections', each with its 'indicators')",
        "section_id_twice": "section id '{id}' is used twice",
        "indicator_id_twice": "indicator id '{id}' is used twice",
        "criterion_id_twice": "criterion id '{id}' is used twice",
        "unknown_scale": "unknown scale '{name}'{hint} (scales: {scales})",
        "unknown_scale_none": "unknown scale '{name}' (scales: none defined)",
        "not_in_scale": "option '{key}' is not in scale '{scale}'",
        "option_key_repeats": "option key '{key}' repeats '{first}' (keys ignore case)",
        "option_needs_value": "option '{key}' needs a value between 0 and 1",
        "option_needs_label": "option '{key}' needs a label",
        "needs_scale_or_options": "criterion '{id}' needs a 'scale' or 'options'",
        "two_options": "a choice needs at least two options",
        "takes_no_scale": "a {type} criterion takes no 'scale'",
        "takes_no_options": "a {type} criterion takes no 'options'",
        "ratio_needs_numerator": "a ratio criterion needs a 'numerator' label",
        "ratio_needs_denominator": "a ratio criterion needs a 'denominator' label",
        "ratio_only": "'numerator' and 'denominator' belong to ratio criteria only",
        "grades_same_percent": "two grades have the same min_percent",
        "stage_is_unit": "stage '{stage}' is the unit's own",
        "stage_twice": "stage '{stage}' is declared twice",
        "worthless": "the best option of '{id}' is worth 0: no answer can earn anything",
        "unknown_ref": "'{ref}' is neither a shipped rubric id nor a rubric file{hint} "
        "(shipped: {shipped})",
        "shipped_id": "id: '{id}' is the id of a shipped rubric; give your rubric an id of its "
        "own (for example '{id}-own'), and name it in your answers files",
        "exported": "wrote {target}, a copy of {source}; give it an id of its own, edit it, "
        "then check it with: pkm validate {target}",
    },
}
