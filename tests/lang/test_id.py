"""Indonesian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "id"
CASES[CODE] = [
    # an act awaited is not done
    ("Moskow telah menunggu Washington untuk meratifikasi CTBT selama 23 tahun.", "2023-11-03",
     [("ratify", "ctbt", "usa", "2023-11-03", "possible")]),
    # dated
    ("Pada 21 Februari 2023, Presiden Rusia Vladimir Putin menangguhkan partisipasi negaranya dalam perjanjian "
     "New START.", None, [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Amerika Serikat keluar dari Traktat INF pada tahun 2019.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # a year after a treaty's name is part of its name; the act's own year takes "pada"
    ("Moskow dan Washington menarik diri dari Perjanjian INF 1987 pada tahun lalu.", "2020-10-21",
     [("withdraw", "inf", "russia", "2019", "asserted"), ("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Amerika Serikat menarik diri dari Perjanjian INF tahun 1987 pada Agustus 2019.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    # negated
    ("Moskow menegaskan bahwa Rusia tidak akan menarik diri dari perjanjian New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    # hedged
    ("Washington mungkin memperpanjang perjanjian New START dengan Rusia.", None,
     [("extend", "new-start", "usa", None, "possible")]),
    # threatened: not a statement that it happened
    ("Presiden Amerika Serikat mengancam akan keluar dari Traktat Langit Terbuka.", None,
     [("withdraw", "open-skies", "usa", None, "possible")]),
    # conditional: no event stated
    ("Jika Washington menarik diri dari Traktat INF, Moskow akan menanggapi.", None, []),
    ("Parlemen Rusia meratifikasi Traktat Pelarangan Menyeluruh Uji Coba Nuklir pada tahun 2000.", None,
     [("ratify", "ctbt", "russia", "2000", "asserted")]),
    ("Rusia mencabut ratifikasi CTBT pada November 2023.", None,
     [("deratify", "ctbt", "russia", "2023-11", "asserted")]),
    ("Perjanjian New START akan berakhir pada 5 Februari 2026.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Traktat Pelarangan Senjata Nuklir mulai berlaku pada 22 Januari 2021.", None,
     [("enter_into_force", "tpnw", None, "2021-01-22", "asserted")]),
    # a ratification "suspended" is revoked; a law that takes effect is no treaty entering into force
    ("Putin menandatangani undang-undang yang menangguhkan ratifikasi Rusia atas CTBT. Undang-undang itu langsung "
     "mulai berlaku.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
    # an intention or a plan is no act done
    ("Pemerintah Rusia menyatakan niatnya untuk menarik diri dari Traktat Langit Terbuka.", None,
     [("withdraw", "open-skies", "russia", None, "scheduled")]),
    ("Rencana Amerika Serikat untuk keluar dari Perjanjian Pasukan Nuklir Jarak Menengah memicu kritik.", None,
     [("withdraw", "inf", "usa", None, "scheduled")]),
    # what a state is urged to do is not done
    ("Sekjen PBB mendesak Amerika Serikat untuk segera meratifikasi CTBT.", None,
     [("ratify", "ctbt", "usa", None, "possible")]),
    # a number in words counts back ("satu tahun yang lalu"); an agreement "reached in 2015" keeps its year
    ("Satu tahun yang lalu, Amerika Serikat menarik diri dari JCPOA.", "2019-05-09",
     [("withdraw", "jcpoa", "usa", "2018", "asserted")]),
    ("Amerika Serikat akan menarik diri dari JCPOA, perjanjian yang dicapai pada 2015.", None,
     [("withdraw", "jcpoa", "usa", None, "scheduled")]),
    # a negation stops at "tetapi"
    ("Rusia menangguhkan New START tetapi tidak menarik diri dari perjanjian itu.", None,
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "new-start", "russia", None, "negated")]),
    # "pemberlakuan" of restrictions is no entry into force
    ("Washington mengusulkan pemberlakuan pembatasan baru pada hulu ledak nuklir Rusia dalam kerangka New START.",
     None, [])]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
