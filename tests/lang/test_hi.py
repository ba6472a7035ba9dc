"""Hindi: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "hi"
CASES[CODE] = [
    # between the US and Russia: both parties sign
    ("अमेरिका और रूस के बीच न्यू स्टार्ट संधि 2010 में हुई थी।", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
    # stopping to fulfil the treaty's obligations is a suspension
    ("अमेरिका ने कहा कि वह आईएनएफ संधि के तहत अपने दायित्वों का निर्वहन करना बंद कर देगा।", None,
     [("suspend", "inf", "usa", None, "scheduled")]),
    # the bill that revokes the support (ratification): a deratification, no treaty signing
    ("पुतिन ने सीटीबीटी के समर्थन को रद्द करने वाले विधेयक पर हस्ताक्षर किए।", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),

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
