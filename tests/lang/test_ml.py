"""Malayalam: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_rows import ingest_and_export
from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "ml"
CASES[CODE] = [
    # the older encoding (consonant and virama for a chillu: റഷ്യന്, സ്റ്റാര്ട്ട്) some sites keep; "temporarily
    # withdraws" is a suspension
    ("റഷ്യ 2023-ൽ ന്യൂ സ്റ്റാര്ട്ട് ഉടമ്പടിയില്നിന്നും താല്ക്കാലികമായി പിന്മാറി.", None,
     [("suspend", "new-start", "russia", "2023", "asserted")]),
    ("റഷ്യ 2023-ൽ ന്യൂ സ്റ്റാര്ട്ട് ഉടമ്പടി സസ്പെന്ഡ് ചെയ്തു.", None,
     [("suspend", "new-start", "russia", "2023", "asserted")]),
    # fresh-article forms: the CTBT's name with "ആണവായുധ" / "അണ്വായുധ"; the older spelling ഉടന്പടി; a test
    # under a glued conditional (നടത്തിയാലേ) is no test; "although ratified" (-എങ്കിലും)
    ("അണ്വായുധ പരീക്ഷണ നിരോധന ഉടന്പടിയിൽനിന്നു റഷ്യ 2023-ൽ പിന്മാറി.", None,
     [("withdraw", "ctbt", "russia", "2023", "asserted")]),
    ("യുഎസ് ആണവപരീക്ഷണം നടത്തിയാലേ റഷ്യയും സിടിബിടി ലംഘിക്കൂ.", None, []),
    ("ബ്രിട്ടൻ സിടിബിടി അംഗീകരിച്ചിട്ടുണ്ടെങ്കിലും ഇന്ത്യ അതിൽ ഒപ്പുവച്ചിട്ടില്ല.", None,
     [("ratify", "ctbt", "uk", None, "asserted"), ("sign", "ctbt", "india", None, "negated")]),
    # dated; endings glued to the names (ഉടമ്പടിയിലെ, ഉടമ്പടിയിൽ നിന്ന്), a year with its ending (2019-ൽ)
    ("2023 ഫെബ്രുവരി 21-ന് റഷ്യ ന്യൂ സ്റ്റാർട്ട് ഉടമ്പടിയിലെ പങ്കാളിത്തം നിർത്തിവച്ചു.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("2019-ൽ അമേരിക്ക ഐഎൻഎഫ് ഉടമ്പടിയിൽ നിന്ന് പിന്മാറി.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("അമേരിക്ക ഇറാൻ ആണവ കരാറിൽ നിന്ന് 2018-ൽ പിന്മാറി.", None, [("withdraw", "jcpoa", "usa", "2018", "asserted")]),
    # negated: -ില്ല glued to the verb
    ("അമേരിക്ക ഒരിക്കലും സിടിബിടി അംഗീകരിച്ചിട്ടില്ല.", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("ഇന്ത്യ ആണവ നിർവ്യാപന കരാറിൽ ഒപ്പുവച്ചിട്ടില്ല.", None, [("sign", "npt", "india", None, "negated")]),
    ("റഷ്യയും അമേരിക്കയും ന്യൂ സ്റ്റാർട്ട് ഉടമ്പടി നീട്ടിയില്ല.", None,
     [("extend", "new-start", "russia", None, "negated"), ("extend", "new-start", "usa", None, "negated")]),
    # hedged: -േക്കും "may"
    ("ഇറാൻ എൻപിടിയിൽ നിന്ന് പിന്മാറിയേക്കും.", None, [("withdraw", "npt", "iran", None, "possible")]),
    # the future -ും, a date between the noun and its verb
    ("ന്യൂ സ്റ്റാർട്ട് ഉടമ്പടിയുടെ കാലാവധി 2026 ഫെബ്രുവരി 5-ന് അവസാനിക്കും.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # a condition glued to the verb (-ആൽ "if"): no event stated
    ("അമേരിക്ക ആണവ പരീക്ഷണം നടത്തിയാൽ റഷ്യയും അതുതന്നെ ചെയ്യുമെന്ന് പുടിൻ പറഞ്ഞു.", None, []),
    ("2023-ൽ റഷ്യ സമഗ്ര ആണവ പരീക്ഷണ നിരോധന ഉടമ്പടിയുടെ അംഗീകാരം പിൻവലിച്ചു.", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
    # "not ready for talks", with -എന്ന് "that" glued
    ("ചൈന അമേരിക്കയുമായി ആയുധ നിയന്ത്രണ ചർച്ചയ്ക്ക് തയ്യാറല്ലെന്ന് വ്യക്തമാക്കി.", None,
     [("reject_talks", None, "china", None, "asserted")]),
    # "postponed" (നീട്ടിവച്ചു) is no extension
    ("ഉത്തര കൊറിയയുമായുള്ള ചർച്ചകൾ അമേരിക്ക നീട്ടിവച്ചു.", None, []),
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
    ("റഷ്യ ന്യൂ സ്റ്റാർട്ട് ഉടമ്പടിയിലെ പങ്കാളിത്തം നിർത്തിവച്ചു, എന്നാൽ ഉടമ്പടിയിൽ നിന്ന് പിന്മാറില്ല.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("ഉടമ്പടി നീട്ടി, അല്ലെങ്കിൽ ന്യൂ സ്റ്റാർട്ട് 2021 ഫെബ്രുവരിയിൽ കാലഹരണപ്പെടുമായിരുന്നു.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("extend", "negated")]),
    ("ഐഎൻഎഫ് ഉടമ്പടി നിരോധിച്ച മിസൈലുകൾ വിന്യസിച്ചതായി റഷ്യയ്ക്കെതിരെ അമേരിക്ക ആരോപിച്ചു.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("റഷ്യ തിങ്കളാഴ്ച സിടിബിടിയിൽ ഒപ്പുവച്ചു, വ്യാഴാഴ്ച അത് അംഗീകരിച്ചു.",
     [("sign", "ctbt", "russia", "2023-02-20", "asserted"),
      ("ratify", "ctbt", "russia", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


ARTICLE = {
    "id": "ml-own-1", "url": "https://example.com/ml/1", "published": "2023-02-22T08:00:00Z",
    "text": ("ന്യൂ സ്റ്റാർട്ട്: റഷ്യ പങ്കാളിത്തം നിർത്തിവച്ചു\n\n"
             "മോസ്കോ, ഫെബ്രുവരി 22 — റഷ്യ ചൊവ്വാഴ്ച ന്യൂ സ്റ്റാർട്ട് ഉടമ്പടിയിലെ പങ്കാളിത്തം നിർത്തിവച്ചു. "
             "എന്നാൽ റഷ്യ ഉടമ്പടിയിൽ നിന്ന് പിന്മാറില്ല. "
             "“ഈ തീരുമാനം ഞങ്ങളുടെ സുരക്ഷയ്ക്ക് അനിവാര്യമായിരുന്നു,” എന്ന് വിദേശകാര്യ മന്ത്രി സെർജി ലാവ്റോവ് പറഞ്ഞു. "
             "ന്യൂ സ്റ്റാർട്ട് ഉടമ്പടിയുടെ കാലാവധി 2026 ഫെബ്രുവരി 5-ന് അവസാനിക്കും. അമേരിക്ക ഈ തീരുമാനത്തെ അപലപിച്ചു."),
}


def test_an_article_end_to_end(tmp_path: Path) -> None:
    events, quotes, documents = ingest_and_export(tmp_path, ARTICLE)
    assert documents == {("ml", "2023-02-22")}
    assert ("suspend", "new-start", "russia", "2023-02-21", "asserted") in events  # ചൊവ്വാഴ്ച = Tuesday
    assert ("withdraw", "new-start", "russia", "2023-02-22", "negated") in events
    assert ("expire", "new-start", None, "2026-02-05", "scheduled") in events
    assert ("lavrov", "ഈ തീരുമാനം ഞങ്ങളുടെ സുരക്ഷയ്ക്ക് അനിവാര്യമായിരുന്നു") in quotes
