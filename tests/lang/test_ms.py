"""Malay: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ms"
CASES[CODE] = [
    # a year after a treaty's name is part of its name; the act's own year takes "pada"
    ("Amerika Syarikat menarik diri daripada Perjanjian INF 1987 pada tahun lalu.", "2020-10-21",
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # dated
    ("Pada 21 Februari 2023, Presiden Rusia Vladimir Putin menggantung penyertaan negaranya dalam Perjanjian "
     "New START.", None, [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Amerika Syarikat berundur daripada Perjanjian INF pada tahun 2019.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated
    ("Moscow menegaskan bahawa Rusia tidak akan menarik diri daripada Perjanjian New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("Washington mungkin melanjutkan Perjanjian New START dengan Rusia.", None,
     [("extend", "new-start", "usa", None, "possible")]),
    ("Presiden Amerika Syarikat mengugut untuk menarik diri daripada Perjanjian Langit Terbuka.", None,
     [("withdraw", "open-skies", "usa", None, "possible")]),
    # conditional: no event stated
    ("Sekiranya Washington menarik diri daripada Perjanjian INF, Moscow akan bertindak balas.", None, []),
    ("Rusia meratifikasi Perjanjian Pengharaman Ujian Nuklear Menyeluruh pada 30 Jun 2000.", None,
     [("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    ("Rusia menarik balik ratifikasi CTBT pada November 2023.", None,
     [("deratify", "ctbt", "russia", "2023-11", "asserted")]),
    ("Perjanjian New START akan tamat pada 5 Februari 2026.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Triti Pengharaman Senjata Nuklear mula berkuat kuasa pada 22 Januari 2021.", None,
     [("enter_into_force", "tpnw", None, "2021-01-22", "asserted")]),
    # a ratification "suspended" is revoked; a law that takes effect is no treaty entering into force
    ("Putin menandatangani undang-undang yang menggantung ratifikasi Rusia terhadap CTBT. Undang-undang itu mula "
     "berkuat kuasa serta-merta.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
    # an intention is no act done; what a state is urged to do is not done
    ("Rusia mengumumkan niatnya untuk menarik diri daripada CTBT.", None,
     [("withdraw", "ctbt", "russia", None, "scheduled")]),
    ("Setiausaha Agung PBB menggesa Amerika Syarikat untuk meratifikasi CTBT.", None,
     [("ratify", "ctbt", "usa", None, "possible")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
