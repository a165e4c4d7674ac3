"""What reading, guarding, finding and writing files say: sizes, encodings, YAML, paths."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        # Reading
        "too_big": "berkas berukuran {size} byte, melebihi batas {cap} byte "
        "(naikkan batasnya dengan PKM_MAX_FILE_BYTES)",
        "over_limit": "melebihi batas {cap} byte (naikkan batasnya dengan PKM_MAX_FILE_BYTES)",
        "missing": "berkas atau folder tidak ditemukan",
        "is_directory": "ini folder, bukan berkas",
        "permission": "izin ditolak",
        "cannot_read": "tidak dapat dibaca: {reason}",
        "utf16": "teks UTF-16; simpan berkas sebagai UTF-8",
        "binary": "data biner (byte NUL); seharusnya berkas teks YAML atau JSON",
        "not_utf8": "bukan UTF-8 yang sah (byte 0x{byte}); simpan berkas sebagai UTF-8",
        "bad_size_cap": "harus berupa jumlah byte, bilangan bulat lebih dari 0, bukan '{given}'",
        # YAML and JSON
        "invalid_yaml": "YAML tidak sah: {detail}",
        "yaml_unreadable": "tidak terbaca",
        "yaml_anchor_twice": "anchor ditetapkan dua kali (pertama di baris {line})",
        "yaml_second_document": "dokumen kedua dimulai di sini ('---'); satu berkas hanya "
        "memuat satu dokumen",
        "yaml_tab": "karakter tab merusak indentasi; buat indentasi dengan spasi",
        "yaml_bad_start": "nilai tidak boleh diawali '{char}'; beri tanda petik pada nilainya",
        "yaml_unknown_alias": "alias '*{name}' tidak merujuk ke anchor mana pun "
        "(tetapkan '&{name}' sebelumnya)",
        "yaml_colon": "':' di tempat yang tidak semestinya (periksa indentasi, atau beri tanda "
        "petik pada nilai yang memuat ': ')",
        "yaml_expected_key": "seharusnya ada kunci di kolom {column}, sejajar dengan baris "
        "{line}; periksa indentasi",
        "yaml_expected_item": "seharusnya ada butir '- ' sejajar dengan daftar di baris {line}; "
        "daftar dan kunci tidak boleh berada di satu tingkat",
        "yaml_expected_colon": "seharusnya ada ':' setelah kunci ini",
        "yaml_open_quote": "tanda petik ini tidak pernah ditutup",
        "yaml_unclosed_list": "seharusnya ada ',' atau '{closer}': daftar yang dibuka di baris "
        "{line} (kolom {column}) tidak ditutup",
        "yaml_unclosed_mapping": "seharusnya ada ',' atau '{closer}': pemetaan yang dibuka di "
        "baris {line} (kolom {column}) tidak ditutup",
        "duplicate_key": "kunci '{key}' ditulis dua kali (pertama di baris {line})",
        "invalid_json": "JSON tidak sah: {detail}",
        "json_value": "seharusnya ada nilai",
        "json_property": "seharusnya ada nama kunci dalam tanda petik ganda",
        "json_colon": "seharusnya ada pemisah ':'",
        "json_comma": "seharusnya ada pemisah ','",
        "json_extra": "ada data lagi setelah akhir dokumen",
        "json_open_string": "teks yang dimulai di sini tidak pernah ditutup",
        "json_control": "karakter kendali tidak boleh ada di dalam teks",
        "json_escape": "urutan escape '\\' tidak sah",
        "json_unicode_escape": "escape \\uXXXX tidak sah",
        # Guards against hostile input
        "too_deep": "susunan bertingkat lebih dari {depth} tingkat tidak didukung",
        "alias_bomb": "alias mengembang menjadi lebih dari {count} nilai; berkas tidak dimuat "
        "(kemungkinan bom alias)",
        "alias_self": "kumpulan ini memuat alias ke dirinya sendiri; berkas tidak dimuat",
        "tag": "tag YAML '{tag}' tidak diizinkan; pkm hanya membaca nilai biasa",
        "control": "karakter kendali U+{code} tidak diizinkan; hapus karakter itu",
        # Finding input files
        "empty_folder": "folder ini tidak berisi berkas jawaban (*.yaml, *.yml, *.json)",
        "no_match": "tidak ada berkas yang cocok dengan pola ini",
        "cannot_read_folder": "folder tidak dapat dibaca: {reason}",
        # Writing
        "exists": "berkas sudah ada; tambahkan --force untuk menimpanya",
        "target_is_directory": "ini folder; berikan jalur berkas untuk ditulis",
        "no_parent": "tidak dapat ditulis: folder '{parent}' tidak ada",
        "parent_not_directory": "tidak dapat ditulis: '{parent}' bukan folder",
        "cannot_write_permission": "tidak dapat ditulis: izin ditolak",
        "parent_not_writable": "tidak dapat ditulis: folder '{parent}' tidak dapat ditulisi",
        "cannot_write": "tidak dapat ditulis: {reason}",
        "cannot_write_link_loop": "tidak dapat ditulis: terlalu banyak tingkat tautan simbolik",
        "cannot_write_unicode": "tidak dapat ditulis: teksnya memuat karakter yang bukan "
        "Unicode yang sah",
        "is_answers_file": "ini berkas jawaban '{name}'; menulis di sini akan menimpanya "
        "(pilih berkas lain)",
        "is_rubric_file": "ini berkas rubrik '{name}'; menulis di sini akan menimpanya "
        "(pilih berkas lain)",
        "is_baseline": "ini berkas pembanding '{name}'; menulis di sini akan menimpanya "
        "(pilih berkas lain)",
        "is_input": "ini berkas masukan '{name}'; menulis di sini akan menimpanya "
        "(pilih berkas lain)",
    },
    "en": {
        "too_big": "file is {size} bytes, over the {cap}-byte limit "
        "(set PKM_MAX_FILE_BYTES to raise it)",
        "over_limit": "over the {cap}-byte limit (set PKM_MAX_FILE_BYTES to raise it)",
        "missing": "no such file or directory",
        "is_directory": "is a directory, not a file",
        "permission": "permission denied",
        "cannot_read": "cannot read: {reason}",
        "utf16": "UTF-16 text; save the file as UTF-8",
        "binary": "binary data (NUL byte); expected a YAML or JSON text file",
        "not_utf8": "not valid UTF-8 (byte 0x{byte}); save the file as UTF-8",
        "bad_size_cap": "expected a whole number of bytes above 0, got '{given}'",
        "invalid_yaml": "invalid YAML: {detail}",
        "yaml_unreadable": "unreadable",
        "yaml_anchor_twice": "anchor defined twice (first on line {line})",
        "yaml_second_document": "a second document starts here ('---'); a file holds one document",
        "yaml_tab": "a tab character breaks the indentation; indent with spaces",
        "yaml_bad_start": "a value cannot start with '{char}'; put the value in quotes",
        "yaml_unknown_alias": "alias '*{name}' refers to no anchor (define '&{name}' before it)",
        "yaml_colon": "unexpected ':' (check the indentation, or quote a value that holds ': ')",
        "yaml_expected_key": "expected a key at column {column}, in line with line {line}; "
        "check the indentation",
        "yaml_expected_item": "expected a '- ' item in line with the list on line {line}; "
        "a list and keys cannot share one level",
        "yaml_expected_colon": "expected ':' after this key",
        "yaml_open_quote": "this quote is never closed",
        "yaml_unclosed_list": "expected ',' or '{closer}': the list opened on line {line} "
        "(column {column}) is not closed",
        "yaml_unclosed_mapping": "expected ',' or '{closer}': the mapping opened on line {line} "
        "(column {column}) is not closed",
        "duplicate_key": "duplicate key '{key}' (first given on line {line})",
        "invalid_json": "invalid JSON: {detail}",
        # As Python's JSON reader says them.
        "json_value": "Expecting value",
        "json_property": "Expecting property name enclosed in double quotes",
        "json_colon": "Expecting ':' delimiter",
        "json_comma": "Expecting ',' delimiter",
        "json_extra": "Extra data",
        "json_open_string": "Unterminated string starting at",
        "json_control": "Invalid control character at",
        "json_escape": "Invalid \\escape",
        "json_unicode_escape": "Invalid \\uXXXX escape",
        "too_deep": "nesting deeper than {depth} levels is not supported",
        "alias_bomb": "aliases expand to more than {count} values; refusing to load "
        "(possible alias bomb)",
        "alias_self": "this collection contains an alias to itself; refusing to load",
        "tag": "YAML tag '{tag}' is not allowed; pkm reads plain values only",
        "control": "control character U+{code} is not allowed; remove it",
        "empty_folder": "is a folder without answers files (*.yaml, *.yml, *.json) in it",
        "no_match": "no files match this pattern",
        "cannot_read_folder": "cannot read folder: {reason}",
        "exists": "already exists; pass --force to overwrite it",
        "target_is_directory": "is a directory; give a file path to write",
        "no_parent": "cannot write: directory '{parent}' does not exist",
        "parent_not_directory": "cannot write: '{parent}' is not a directory",
        "cannot_write_permission": "cannot write: permission denied",
        "parent_not_writable": "cannot write: directory '{parent}' is not writable",
        "cannot_write": "cannot write: {reason}",
        "cannot_write_link_loop": "cannot write: too many levels of symbolic links",
        "cannot_write_unicode": "cannot write: the text holds characters that are not valid "
        "Unicode",
        "is_answers_file": "is the answers file '{name}'; writing here would replace it "
        "(choose another file)",
        "is_rubric_file": "is the rubric file '{name}'; writing here would replace it "
        "(choose another file)",
        "is_baseline": "is the baseline '{name}'; writing here would replace it "
        "(choose another file)",
        "is_input": "is the input '{name}'; writing here would replace it (choose another file)",
    },
}
