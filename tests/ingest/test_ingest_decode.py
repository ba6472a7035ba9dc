"""Bytes in every state a crawler or a colleague's disk hands over: decoded, or refused with a reason."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from ingest_helpers import only_article, only_rejected

from treatywatch.ingest import MAX_BYTES, read_bytes, read_paths
from treatywatch.ingest.decode import Refusal, decode

ARABIC = ("صادق مجلس الدوما الروسي في 18 أكتوبر 2023 على قانون يلغي تصديق روسيا على معاهدة الحظر الشامل "
          "للتجارب النووية، ثم وقع الرئيس فلاديمير بوتين القانون في 2 نوفمبر 2023.")
RUSSIAN = ("Президент России Владимир Путин 28 февраля 2023 года подписал закон о приостановлении участия "
           "России в Договоре о сокращении стратегических наступательных вооружений.")


def test_truncated_utf8_keeps_the_text_and_drops_the_stub(bad_dir: Path) -> None:
    path = bad_dir / "truncated-utf8.txt"
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is cut inside its last character
    article = only_article(list(read_paths([str(path)])))
    assert article.original == raw[:-1].decode("utf-8")
    assert article.text.endswith("معاهدة ستارت الجديد")


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_cut_inside_a_four_byte_character(cut: int) -> None:
    whole = "New START 🚀".encode()
    text = decode(whole[: len(whole) - cut])
    assert text == "New START "


def test_png_renamed_txt_is_refused(bad_dir: Path) -> None:
    path = bad_dir / "png-renamed.txt"
    rejected = only_rejected(list(read_paths([str(path)])))
    assert "PNG" in rejected.reason and "binary" in rejected.reason
    assert rejected.article_id == "png-renamed"
    assert rejected.payload == path.read_bytes()  # quarantined whole, nothing lost


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
        (b"New START\x00\x00\x01 signed", "NUL byte at byte 9"),
    ],
)
def test_binary_content_is_refused_whatever_its_name(data: bytes, needle: str) -> None:
    for name in ("a.txt", "a.html", "a.json", "a.jsonl", "a.dat"):
        rejected = only_rejected(read_bytes(data, name, name))
        assert needle in rejected.reason


def test_nul_bytes_file(bad_dir: Path) -> None:
    rejected = only_rejected(list(read_paths([str(bad_dir / "nul-bytes.txt")])))
    assert rejected.reason == "binary content (NUL byte at byte 9), not text"


def test_empty_and_whitespace_only(bad_dir: Path) -> None:
    empty = only_rejected(list(read_paths([str(bad_dir / "empty.txt")])))
    assert empty.reason == "empty file"
    blank = only_rejected(list(read_paths([str(bad_dir / "whitespace-only.txt")])))
    assert blank.reason.startswith("no text")
    assert blank.article_id == "whitespace-only"


def test_cp1251_is_detected(bad_dir: Path) -> None:
    article = only_article(list(read_paths([str(bad_dir / "cp1251.txt")])))
    assert article.text.startswith("Государственная дума 18 октября 2023 года")
    assert "ядерных испытаний" in article.text


def test_cp1256_is_detected() -> None:
    article = only_article(read_bytes(ARABIC.encode("cp1256"), "ar.txt", "ar.txt"))
    assert article.text == ARABIC


def _windows_1258(text: str) -> bytes:
    """Vietnamese as legacy software wrote it: vowels precomposed, tone marks as combining characters."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        marks = "".join(p for p in parts if p in tones)
        out.append(unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones)) + marks)
    return "".join(out).encode("cp1258")


def test_windows_1258_is_detected(examples_dir: Path) -> None:
    original = (examples_dir / "vi-open-skies-us-announcement.txt").read_text(encoding="utf-8")
    article = only_article(read_bytes(_windows_1258(original), "vi.txt", "vi.txt"))
    assert article.text == only_article(read_bytes(original.encode(), "vi.txt", "vi.txt")).text  # NFC again


def test_a_short_legacy_text_is_not_guessed_at() -> None:
    # A handful of high bytes is too little for a confident guess among the single-byte code pages.
    reason = decode(_windows_1258("Putin ký luật đình chỉ New START."))
    assert isinstance(reason, Refusal) and reason.reason.startswith("not valid UTF-8")


def test_utf16_with_bom(bad_dir: Path) -> None:
    article = only_article(list(read_paths([str(bad_dir / "utf16-bom.txt")])))
    assert article.text.startswith("Thứ Ba, 09/07/2024 06:04")
    # A Vietnamese weekday tells the day-month order: 9 July, not 7 September.
    assert (article.published, article.published_how) == ("2024-07-09", "dateline")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_other_byte_order_marks(codec: str) -> None:
    data = "\ufeff".encode(codec) + RUSSIAN.encode(codec)
    assert decode(data) == RUSSIAN


def test_utf8_bom_is_dropped() -> None:
    article = only_article(read_bytes(b"\xef\xbb\xbf" + RUSSIAN.encode(), "ru.txt", "ru.txt"))
    assert article.original == RUSSIAN


def test_damaged_utf8_is_quarantined(examples_dir: Path) -> None:
    path = examples_dir / "broken-encoding.txt"
    rejected = only_rejected(list(read_paths([str(path)])))
    assert rejected.reason.startswith("not valid UTF-8 (byte 0xff at byte 37)")
    assert rejected.payload == path.read_bytes()


def test_a_stray_byte_in_ascii_text_is_not_guessed_at() -> None:
    # charset_normalizer would call this cp1250 and turn 0xff into "˙": too little evidence to trust.
    data = b"Russia suspended New START in February 2023 \xff and said it would keep to its limits."
    reason = decode(data)
    assert isinstance(reason, Refusal)
    assert reason.reason.startswith("not valid UTF-8 (byte 0xff at byte 44)")


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk, and would be NUL bytes if it were read
    rejected = only_rejected(list(read_paths([str(big)])))
    assert rejected.reason == f"too large: {MAX_BYTES + 1} bytes (limit {MAX_BYTES})"
    assert rejected.payload == b""


def test_size_limit_is_exact(tmp_path: Path) -> None:
    text = "Open Skies " * 10
    path = tmp_path / "limit.txt"
    path.write_text(text, encoding="utf-8")
    size = len(text.encode())
    assert only_article(list(read_paths([str(path)], max_bytes=size))).original == text
    assert "too large" in only_rejected(list(read_paths([str(path)], max_bytes=size - 1))).reason
    assert "too large" in only_rejected(read_bytes(text.encode(), "x", "x.txt", max_bytes=size - 1)).reason
