"""Dutch: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "nl"
CASES[CODE] = [
    # readiness to extend is an offer (en.yaml: "ready to extend")
    ("Rusland is bereid het New START-verdrag met een jaar te verlengen.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Op 21 februari 2023 schortte Rusland zijn deelname aan het New START-verdrag op.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("De VS zijn in 2019 uit het INF-verdrag gestapt en trokken zich terug.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Moskou zei dat het zich niet uit het New START-verdrag zal terugtrekken.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rusland zou zich uit het Open Skies-verdrag kunnen terugtrekken.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("India heeft het Non-proliferatieverdrag nooit ondertekend.", None, [("sign", "npt", "india", None, "negated")]),
    ("Het New START-verdrag verloopt in februari 2026.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("In 2019 stapten de Verenigde Staten uit het INF-verdrag.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
