"""Armenian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .e2e_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "hy"
CASES[CODE] = [
    # "the Strategic Arms Reduction Treaty" without "offensive" is START I
    ("ԱՄՆ-ը 1991 թվականին ստորագրեց Ռազմավարական զենքի կրճատման պայմանագիրը։", None,
     [("sign", "start-i", "usa", "1991", "asserted")]),
    # "close to an agreement on extending" is no extension done
    ("ԱՄՆ-ն ու Ռուսաստանը մոտ են համաձայնության՝ ՌՀՍ-3 պայմանագիրը երկարաձգելու շուրջ։", None,
     [("extend", "new-start", "russia", None, "possible")]),
    # fresh-article forms: "դադարեցրել է ... մասնակցությունը" (stopped its participation) suspends; a law
    # signed that suspends is no treaty signing; the ASCII colon typed for "։" ends a sentence
    ("Ռուսաստանը 2023 թվականի փետրվարին դադարեցրել է իր մասնակցությունը ՌՀՍ-3 պայմանագրին:", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("Պուտինը օրենք է ստորագրել, որով կասեցվում է Ռուսաստանի մասնակցությունը ՌՀՍ-3 պայմանագրին: "
     "ԱՄՆ-ը 2019 թվականին դուրս եկավ ՄՓՀՀ պայմանագրից:", None,
     [("suspend", "new-start", "russia", None, "asserted"), ("withdraw", "inf", "usa", "2019", "asserted")]),
    ("ԱՄՆ-ը 2019 թվականին դուրս եկավ Միջին և փոքր հեռահարության հրթիռների ոչնչացման մասին պայմանագրից։", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("ԱՄՆ-ը 2019 թվականին դուրս եկավ ՄՓՀՀ պայմանագրից։", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # "2023 թ. փետրվարի 21-ին": the year word's dot ends no sentence
    ("Ռուսաստանը 2023 թ. փետրվարի 21-ին կասեցրեց իր մասնակցությունը ՌՀՍ-3 պայմանագրին։", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # negation written apart ("չի"), and glued to the verb ("չերկարաձգեց")
    ("Մոսկվան հայտարարեց, որ դուրս չի գա ՌՀՍ-3 պայմանագրից։", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("ԱՄՆ-ը չերկարաձգեց ՌՀՍ-3 պայմանագիրը։", None, [("extend", "new-start", "usa", None, "negated")]),
    ("Հնդկաստանը երբեք չի ստորագրել Միջուկային զենքի չտարածման մասին պայմանագիրը։", None,
     [("sign", "npt", "india", None, "negated")]),
    # a hedge before the verb
    ("Ռուսաստանը կարող է դուրս գալ Բաց երկնքի մասին պայմանագրից։", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("ՌՀՍ-3 պայմանագրի ժամկետը լրանում է 2026 թվականի փետրվարին։", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Ռուսաստանը և ԱՄՆ-ը 2021 թվականին երկարաձգեցին ՌՀՍ-3 պայմանագիրը։", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Ռուսաստանը 2023 թվականի հոկտեմբերին չեղարկեց ՄՓՀԱՊ-ի վավերացումը։", "2023-11-02",
     [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    # a condition: no event is stated
    ("Եթե ԱՄՆ-ը դուրս գա ՌՀՍ-3 պայմանագրից, Ռուսաստանը պատասխան քայլեր կձեռնարկի։", None, []),
    # "տեղակայված մարտագլխիկ" counts warheads: it deploys nothing
    ("ՌՀՍ-3 պայմանագիրը յուրաքանչյուր կողմին թույլ է տալիս ունենալ 1550 տեղակայված միջուկային մարտագլխիկ։", None, []),
    # the ratification first, then the verb of revoking it
    ("Պետդուման կողմ քվեարկեց ՄՓՀԱՊ-ի վավերացումը հետ կանչելուն։", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "բայց", a
# counterfactual is not a denial, a description (an accusation) is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Ռուսաստանը կասեցրեց մասնակցությունը ՌՀՍ-3 պայմանագրին, բայց դուրս չի գալիս դրանից։",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Առանց երկարաձգման ՌՀՍ-3 պայմանագրի ժամկետը կլրանար 2021 թվականի փետրվարին։",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("Վաշինգտոնը մեղադրեց Մոսկվային ՄՓՀՀ պայմանագրով արգելված հրթիռներ տեղակայելու մեջ։",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Ռուսաստանը երեքշաբթի օրը կասեցրեց մասնակցությունը ՌՀՍ-3 պայմանագրին, իսկ ԱՄՆ-ը հինգշաբթի օրը դուրս եկավ "
     "ՄՓՀՀ պայմանագրից։",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quotation_goes_to_the_speaker_named_after_it() -> None:
    check_quote(CODE, "«Մենք պատրաստ ենք երկխոսության, բայց պայմանները Վաշինգտոնը չի կարող թելադրել»,- հայտարարեց "
                "Սերգեյ Լավրովը։", "lavrov",
                "Մենք պատրաստ ենք երկխոսության, բայց պայմանները Վաշինգտոնը չի կարող թելադրել")


ARTICLE = (
    "Երևան, 2025 թ. նոյեմբերի 12։ Ռուսաստանը կասեցրել է ՌՀՍ-3 պայմանագրով իր պարտավորությունների կատարումը, "
    "բայց դուրս չի գալիս պայմանագրից։\n"
    "Այս մասին շաբաթական ճեպազրույցում հայտարարել է ՌԴ ԱԳՆ պաշտոնական ներկայացուցիչ Մարիա Զախարովան։\n"
    "«Մենք պատրաստ ենք շարունակել զրույցը Վաշինգտոնի հետ, բայց միակողմանի զիջումների չենք գնա»,- ասել է Զախարովան։\n"
    "Հիշեցնենք, որ ՌՀՍ-3 պայմանագիրը ստորագրվել է 2010 թվականին և ուժի մեջ է մտել 2011 թվականի փետրվարի 5-ին։\n"
    "Պայմանագրի գործողության ժամկետը լրանում է 2026 թվականի փետրվարին։\n"
    "Վաշինգտոնը դեռ չի մեկնաբանել Մոսկվայի հայտարարությունը։\n"
)


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    # the denial is dated by the publication day; the signing by its year, for both parties
    check_article(tmp_path, "hy-own-1", ARTICLE, "2025-11-12", CODE,
                  events=[("suspend", "new-start", "russia", "2025-11-12", "asserted"),
                          ("withdraw", "new-start", "russia", "2025-11-12", "negated"),
                          ("sign", "new-start", "russia", "2010", "asserted"),
                          ("sign", "new-start", "usa", "2010", "asserted"),
                          ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                          ("expire", "new-start", None, "2026-02", "scheduled")],
                  quotes=[("zakharova",
                                "Մենք պատրաստ ենք շարունակել զրույցը Վաշինգտոնի հետ, բայց միակողմանի զիջումների "
                                "չենք գնա")])
