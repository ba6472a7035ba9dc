"""Tamil: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_rows import ingest_and_export
from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "ta"
CASES[CODE] = [
    # "நியூ ஸ்டாட்" spelled without ர்; "temporarily stopping" suspends; "அமலாக்கப்பட்டது" enters into force; a law
    # in force on the day it is published is no treaty's entry into force
    ("ரஷியா 2023 பிப்ரவரியில் நியூ ஸ்டாட் ஒப்பந்தத்தை நடைமுறைப்படுத்துவதை தற்காலிகமாக நிறுத்தியது.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("நியூ ஸ்டார்ட் ஒப்பந்தம் 2011ஆம் ஆண்டு பிப்ரவரி 5ஆம் நாள் அமலாக்கப்பட்டது.", None,
     [("enter_into_force", "new-start", None, "2011-02-05", "asserted")]),
    # a bill that cancels the ratification deratifies; "not ratified", spaced or as a participle
    ("ரஷ்யா சிடிபிடிக்கு ஒப்புதல் அளித்ததை ரத்து செய்தது.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("சீனா இந்த சிடிபிடி ஒப்பந்தத்தினை இன்னும் அங்கீகரிக்க வில்லை.", None,
     [("ratify", "ctbt", "china", None, "negated")]),
    ("ரஷியா 2019 ஆம் ஆண்டு ஐஎன்எஃப் ஒப்பந்தத்திலிருந்து வெளியேற முடிவு செய்தது.", None,
     [("withdraw", "inf", "russia", "2019", "asserted")]),
    ("நியூ ஸ்டார்ட் ஒப்பந்தம் பிப்ரவரி 2026-இல் முடிவடைய உள்ளது.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    # fresh-article forms: "அணுசக்தி" in the CTBT's name; "failed to ratify" (அங்கீகரிக்கத் தவறியது) denies it
    ("அமெரிக்கா 1996 இல் விரிவான அணுசக்தி சோதனை தடை ஒப்பந்தத்தில் கையெழுத்திட்டது.", None,
     [("sign", "ctbt", "usa", "1996", "asserted")]),
    ("அமெரிக்கா விரிவான அணுசக்தி சோதனை தடை ஒப்பந்தத்தை அங்கீகரிக்கத் தவறியது.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    # dated; endings glued to the names (ரஷ்யாவும், ஒப்பந்தத்திலிருந்து)
    ("ரஷ்யா 21 பிப்ரவரி 2023 அன்று நியூ ஸ்டார்ட் ஒப்பந்தத்தில் தனது பங்கேற்பை இடைநிறுத்தியது.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("அமெரிக்கா 2019 ஆம் ஆண்டு ஐஎன்எஃப் ஒப்பந்தத்திலிருந்து வெளியேறியது.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated: -வில்லை glued to the verb
    ("அமெரிக்கா சிடிபிடிக்கு ஒருபோதும் ஒப்புதல் அளிக்கவில்லை.", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("இந்தியா அணு ஆயுத பரவல் தடை ஒப்பந்தத்தில் கையெழுத்திடவில்லை.", None, [("sign", "npt", "india", None, "negated")]),
    # hedged: -கூடும் "may", -லாம்
    ("ஈரான் என்பிடியில் இருந்து விலகலாம்.", None, [("withdraw", "npt", "iran", None, "possible")]),
    # a condition glued to the verb (-ஆல் "if"): no event stated
    ("அமெரிக்கா அணு சோதனை நடத்தினால் ரஷ்யாவும் அதையே செய்யும் என்று புடின் கூறினார்.", None, []),
    # the year first: "2026 பிப்ரவரி 5-ஆம் தேதி", "2023 ஆம் ஆண்டு பிப்ரவரி 21"
    ("நியூ ஸ்டார்ட் ஒப்பந்தம் 2026 பிப்ரவரி 5-ஆம் தேதி காலாவதியாகும்.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("ரஷ்யா 2023 ஆம் ஆண்டு பிப்ரவரி 21 அன்று நியூ ஸ்டார்ட் ஒப்பந்தத்தில் பங்கேற்பை இடைநிறுத்தியது.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # the treaty named with an ending longer than the tolerance (ஒப்பந்தத்துக்கான "for the treaty")
    ("ரஷ்யா விரிவான அணு சோதனை தடை ஒப்பந்தத்துக்கான ஒப்புதலை ரத்து செய்தது.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # "as long as the US does not test": a condition, no test stated
    ("அமெரிக்கா சோதனை நடத்தாத வரை ரஷ்யா அணு சோதனை நடத்தாது.", None, []),
    ("நியூ ஸ்டார்ட் ஒப்பந்தம் பிப்ரவரி 5, 2026 அன்று காலாவதியாகும்.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("ரஷ்யா 2023 ஆம் ஆண்டு சிடிபிடிக்கான அங்கீகாரத்தை ரத்து செய்தது.", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
    ("ரஷ்யாவும் அமெரிக்காவும் நியூ ஸ்டார்ட் ஒப்பந்தத்தை நீட்டிக்கவில்லை.", None,
     [("extend", "new-start", "russia", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# The scope cues of the language's data, in sentences of our own (published Thursday 23 February 2023): a
# negation stops at "but", a counterfactual is not a denial, a description is not an event, a weekday
# follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("ரஷ்யா நியூ ஸ்டார்ட் ஒப்பந்தத்தில் பங்கேற்பை இடைநிறுத்தியது, ஆனால் ஒப்பந்தத்திலிருந்து விலகாது.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("ஒப்பந்தம் நீட்டிக்கப்பட்டது, இல்லையெனில் நியூ ஸ்டார்ட் பிப்ரவரி 2021 இல் காலாவதியாகியிருக்கும்.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted")]),
    ("ஐஎன்எஃப் ஒப்பந்தம் தடை செய்த ஏவுகணைகளை நிலைநிறுத்தியதாக ரஷ்யா மீது அமெரிக்கா குற்றம் சாட்டியது.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("ரஷ்யா திங்கள்கிழமை சிடிபிடியில் கையெழுத்திட்டது, வியாழக்கிழமை அதற்கு ஒப்புதல் அளித்தது.",
     [("sign", "ctbt", "russia", "2023-02-20", "asserted"),
      ("ratify", "ctbt", "russia", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


ARTICLE = {
    "id": "ta-own-1", "url": "https://example.com/ta/1", "published": "2023-02-22T08:00:00Z",
    "text": ("நியூ ஸ்டார்ட் ஒப்பந்தத்தில் ரஷ்யாவின் பங்கேற்பு இடைநிறுத்தம்\n\n"
             "மாஸ்கோ, பிப்ரவரி 22 — ரஷ்யா நியூ ஸ்டார்ட் ஒப்பந்தத்தில் தனது பங்கேற்பை செவ்வாய்க்கிழமை இடைநிறுத்தியது. "
             "ஆனால் ரஷ்யா ஒப்பந்தத்திலிருந்து விலகவில்லை. "
             '"இது எங்கள் பாதுகாப்புக்கான அவசியமான நடவடிக்கை" என்று வெளியுறவு அமைச்சர் செர்ஜி லாவ்ரோவ் கூறினார். '
             "நியூ ஸ்டார்ட் ஒப்பந்தம் பிப்ரவரி 5, 2026 அன்று காலாவதியாகும். அமெரிக்கா இந்த முடிவைக் கண்டித்தது."),
}


def test_an_article_end_to_end(tmp_path: Path) -> None:
    events, quotes, documents = ingest_and_export(tmp_path, ARTICLE)
    assert documents == {("ta", "2023-02-22")}
    assert ("suspend", "new-start", "russia", "2023-02-21", "asserted") in events  # செவ்வாய் = Tuesday
    assert ("withdraw", "new-start", "russia", "2023-02-22", "negated") in events
    assert ("expire", "new-start", None, "2026-02-05", "scheduled") in events
    assert ("lavrov", "இது எங்கள் பாதுகாப்புக்கான அவசியமான நடவடிக்கை") in quotes
