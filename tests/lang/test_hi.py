"""Hindi: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "hi"
CASES[CODE] = [
    # dated
    ("रूस ने 21 फरवरी 2023 को न्यू स्टार्ट संधि में अपनी भागीदारी निलंबित कर दी।", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("अमेरिका 2019 में आईएनएफ संधि से बाहर निकल गया।", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated: नहीं between the noun and its verb
    ("अमेरिका ने सीटीबीटी का अनुमोदन नहीं किया।", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    # hedged: सकता after the verb
    ("ईरान अप्रसार संधि से अलग हो सकता है।", None,
     [("withdraw", "npt", "iran", None, "possible")]),
    # future after the verb
    ("न्यू स्टार्ट संधि 5 फरवरी 2026 को खत्म हो जाएगी।", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # written with and without the nukta
    ("न्यू स्टार्ट संधि 5 फ़रवरी 2026 को ख़त्म हो गई।", None,
     [("expire", "new-start", None, "2026-02-05", "asserted")]),
    ("रूस ने 2023 में व्यापक परमाणु परीक्षण प्रतिबंध संधि का अनुमोदन वापस ले लिया।", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)
