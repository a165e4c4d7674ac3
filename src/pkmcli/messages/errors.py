"""Words of the floor: counts, near-miss suggestions, what the operating system refused."""

from __future__ import annotations

from pkmcli.language import Lang

WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "more_problems_one": "{count} masalah lain tidak ditampilkan (perbaiki dulu yang di atas)",
        "more_problems_many": "{count} masalah lain tidak ditampilkan (perbaiki dulu yang di atas)",
        "did_you_mean": "; mungkin maksud Anda {word}?",
        # What the operating system refused, by errno; anything else is said in its words.
        "os_not_found": "berkas atau folder tidak ditemukan",
        "os_permission": "izin ditolak",
        "os_no_space": "ruang penyimpanan penuh",
        "os_read_only": "sistem berkas hanya dapat dibaca",
        "os_not_a_directory": "salah satu bagian jalurnya bukan folder",
        "os_is_a_directory": "ini folder",
        "os_link_loop": "terlalu banyak tingkat tautan simbolik",
        "os_name_too_long": "nama berkas terlalu panjang",
        "os_quota": "kuota disk habis",
        "os_io": "galat masukan/keluaran pada perangkat",
        "os_too_many_files": "terlalu banyak berkas terbuka",
        "os_busy": "berkas atau perangkat sedang dipakai",
        "os_other": "galat sistem: {detail}",
    },
    "en": {
        "more_problems_one": "{count} more problem not shown (fix the ones above first)",
        "more_problems_many": "{count} more problems not shown (fix the ones above first)",
        "did_you_mean": "; did you mean {word}?",
        "os_not_found": "No such file or directory",
        "os_permission": "Permission denied",
        "os_no_space": "No space left on device",
        "os_read_only": "Read-only file system",
        "os_not_a_directory": "Not a directory",
        "os_is_a_directory": "Is a directory",
        "os_link_loop": "Too many levels of symbolic links",
        "os_name_too_long": "File name too long",
        "os_quota": "Disk quota exceeded",
        "os_io": "Input/output error",
        "os_too_many_files": "Too many open files",
        "os_busy": "Device or resource busy",
        "os_other": "{detail}",
    },
}
