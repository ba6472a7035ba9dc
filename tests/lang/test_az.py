"""Azerbaijani: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_checks import event_tuples as events_of
from .article_checks import ingest_and_export
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "az"
CASES[CODE] = [
    ("ABŞ 2019-cu ildə INF müqaviləsindən çıxıb.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Rusiya 21 fevral 2023-cü il tarixində Yeni START müqaviləsində iştirakını dayandırıb.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Moskva Yeni START müqaviləsindən çıxmayacağını bildirib.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Rusiya Açıq Səma müqaviləsindən çıxa bilər.", None, [("withdraw", "open-skies", "russia", None, "possible")]),
    # a negation before the verb ("heç vaxt") and one inside it
    ("Hindistan heç vaxt Nüvə Silahının Yayılmaması haqqında Müqaviləni imzalamayıb.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Yeni START müqaviləsinin müddəti 2026-cı ilin fevralında başa çatır.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rusiya və ABŞ 2021-ci ildə Yeni START müqaviləsini uzadıblar.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    # a hedge before the verb
    ("Ehtimal ki, ABŞ Nüvə Sınaqlarının Hərtərəfli Qadağan Edilməsi haqqında Müqaviləni ratifikasiya edəcək.",
     None, [("ratify", "ctbt", "usa", None, "possible")]),
    # a condition: no event is stated
    ("Əgər ABŞ Yeni START müqaviləsindən çıxarsa, Rusiya da cavab addımları atacaq.", None, []),
    # "yerləşdirilmiş döyüş başlıqları" counts warheads: it deploys nothing
    ("Yeni START müqaviləsi hər tərəfə 1550 yerləşdirilmiş döyüş başlığı saxlamağa icazə verir.", None, []),
    # the first person plural of a quotation
    ("“Biz Yeni START müqaviləsindən çıxmırıq”, - deyə Rusiya prezidenti Vladimir Putin bildirib.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
]


# found on fresh articles (sentences of our own): "uzatmaq əvəzinə" (instead of extending) is no extension
CASES[CODE] += [
    ("ABŞ Yeni START müqaviləsinin müddətini uzatmaq əvəzinə yeni saziş istəyir.", None,
     [("extend", "new-start", "usa", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "lakin", a
# counterfactual is not a denial, a description (an accusation) is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Rusiya Yeni START müqaviləsində iştirakını dayandırıb, lakin müqavilədən çıxmayacaq.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Müqavilə uzadılmasaydı, Yeni START 2021-ci ilin fevralında başa çatardı.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("ABŞ Rusiyanı INF müqaviləsinin qadağan etdiyi raketləri yerləşdirməkdə ittiham edib.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    # "isə" follows the new clause's subject: ABŞ acts in the second clause
    ("Rusiya çərşənbə axşamı INF müqaviləsi üzrə öhdəliklərini dayandırıb, ABŞ isə cümə axşamı müqavilədən çıxıb.",
     [("suspend", "inf", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quotation_goes_to_the_speaker_named_after_it() -> None:
    check_quote(CODE, "“Biz danışıqlara hazırıq, lakin şərtləri Vaşinqton diktə edə bilməz”, - deyə Sergey Lavrov "
                "jurnalistlərə bildirib.", "lavrov",
                "Biz danışıqlara hazırıq, lakin şərtləri Vaşinqton diktə edə bilməz")


ARTICLE = (
    "Moskva, 12 noyabr 2025. Rusiya Yeni START müqaviləsi üzrə öhdəliklərini dayandırıb, lakin müqavilədən "
    "çıxmayacaq.\n"
    "Bu barədə Rusiya XİN-in rəsmi nümayəndəsi Mariya Zaxarova həftəlik brifinqdə məlumat verib.\n"
    "“Biz Vaşinqtonla dialoqu davam etdirməyə hazırıq, amma birtərəfli güzəştə getməyəcəyik”, - deyə Zaxarova "
    "bildirib.\n"
    "Xatırladaq ki, Yeni START müqaviləsi 2010-cu ildə imzalanıb və 2011-ci ilin fevralında qüvvəyə minib.\n"
    "Müqavilənin müddəti 2026-cı ilin fevralında başa çatacaq.\n"
    "Vaşinqton hələlik Moskvanın bəyanatına münasibət bildirməyib.\n"
)


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    files = ingest_and_export(tmp_path, "az-own-1", ARTICLE, "2025-11-12")
    assert files["documents"] == [{"article": "az-own-1", "language": "az", "published": "2025-11-12"}]
    found = events_of(files)
    for event in [("suspend", "new-start", "russia", "2025-11-12", "asserted"),
                  ("sign", "new-start", "russia", "2010", "asserted"),
                  ("sign", "new-start", "usa", "2010", "asserted"),
                  ("expire", "new-start", None, "2026-02", "scheduled")]:
        assert event in found, f"{event} not in {found}"
    assert any(e[:3] == ("withdraw", "new-start", "russia") and e[4] == "negated" for e in found), found
    assert any(e[:2] == ("enter_into_force", "new-start") and str(e[3]).startswith("2011") for e in found), found
    assert not any(e[4] in ("asserted", "scheduled") and e[0] in ("withdraw", "extend") for e in found), found
    assert [(q["speaker"], q["quote"]) for q in files["quotes"]] == [
        ("zakharova", "Biz Vaşinqtonla dialoqu davam etdirməyə hazırıq, amma birtərəfli güzəştə getməyəcəyik")]
