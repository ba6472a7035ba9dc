"""Italian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "it"
CASES[CODE] = [
    ("Il 21 febbraio 2023 la Russia ha sospeso la partecipazione al trattato New START.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Nel 2019 gli Stati Uniti sono usciti dal trattato INF.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Mosca ha detto che non si ritirerà dal trattato New START.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("La Russia potrebbe ritirarsi dal trattato sui cieli aperti.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("L'India non ha mai firmato il TNP.", None, [("sign", "npt", "india", None, "negated")]),
    ("Il trattato New START scade nel febbraio 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Il Regno Unito ha ratificato il CTBT nel 1998.", None, [("ratify", "ctbt", "uk", "1998", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
