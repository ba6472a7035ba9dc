"""Turkish: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from ..understand.helpers import quotes
from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "tr"
CASES[CODE] = [
    # a weekday in lower case before "günü", as Turkish writes it in running text
    ("Yeni START Antlaşması perşembe günü sona erdi.", "2026-02-06",
     [("expire", "new-start", None, "2026-02-05", "asserted")]),
    ('Rusya, Yeni START anlaşmasına katılımını askıya aldı.', None,
     [('suspend', 'new-start', 'russia', None, 'asserted')]),
    ("ABD 2019 yılında INF Antlaşması'ndan çekildi.", None, [('withdraw', 'inf', 'usa', '2019', 'asserted')]),
]

# round 2: a state in the locative is a place, not the actor
CASES[CODE] += [
    ("ABD Berlin'de INF Antlaşması'ndan çekildiğini açıkladı.", None, [("withdraw", "inf", "usa", None, "asserted")]),
]


# "kadar" (until) after a date ends a period: the extension keeps its own year
CASES[CODE] += [
    ("Yeni START 2021'de 2026 yılına kadar uzatıldı.", None,
     [("extend", "new-start", "russia", "2021", "asserted")]),
]

def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Longer suffix chains, negation after the verb, a suspension named by its noun.
CASES[CODE] += [
    ("Rusya, 2019 yılında INF Antlaşması'ndan çekilmişti.", None, [("withdraw", "inf", "russia", "2019", "asserted")]),
    ("Türkiye için konu INF Antlaşması'ndan çekilmek değil.", None, [("withdraw", "inf", "turkey", None, "negated")]),
    ("ABD, Açık Semalar Antlaşması'na yeniden dönmeyeceğini açıkladı.", None,
     [("resume", "open-skies", "usa", None, "negated")]),
    ("Rusya, Yeni START Antlaşması'nın uygulanmasının durdurulmasına karar verdi.", None,
     [("suspend", "new-start", "russia", None, "asserted")]),
    ("Eğer ABD INF Antlaşması'ndan çekilirse Rusya karşılık verecek.", None, []),
]


# the state whose capital names the place ("X'nın başkenti Y'de") does not act
CASES[CODE] += [
    ("Rusya, Avusturya'nın başkenti Viyana'da INF Antlaşması'ndan çekildiğini açıkladı.", None,
     [("withdraw", "inf", "russia", None, "asserted")]),
]

# Issue 9: each scope cue of the language's data, in sentences of our own (published Thursday 23 February
# 2023): a negation stops at "but", a counterfactual is not a denial, a description is not an event, a
# weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Rusya, Yeni START Antlaşması'na katılımını askıya aldı, ancak antlaşmadan çekilmeyecek.",
     [('suspend', 'new-start', 'russia', '2023-02-23', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-23', 'negated')],
     [('suspend', 'negated'),
      ('withdraw', 'asserted')]),
    ("Antlaşma uzatılmasaydı Yeni START Şubat 2021'de sona ererdi.",
     [('expire', 'new-start', None, '2021-02', 'possible')],
     [('expire', 'negated'),
      ('expire', 'asserted'),
      ('expire', 'scheduled')]),
    ("ABD, Rusya'yı INF Antlaşması'nın yasakladığı füzeleri konuşlandırmakla suçladı.",
     [],
     [('deploy', 'asserted'),
      ('deploy', 'scheduled')]),
    # "ise" follows the new clause's subject: ABD acts in the second clause
    ("Rusya Salı günü INF Antlaşması'ndaki yükümlülüklerini askıya aldı, ABD ise Perşembe günü "
     'antlaşmadan çekildi.',
     [('suspend', 'inf', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'inf', 'usa', '2023-02-23', 'asserted')],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_each_clause_keeps_its_own_treaty() -> None:
    check_scope(CODE, "Rusya Salı günü Yeni START Antlaşması'na katılımını askıya aldı, ABD ise Perşembe "
                  "günü INF Antlaşması'ndan çekildi.",
                [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted')])

# present progressive (çekiliyor) and future plural (çekilecekler) of "withdraw"
CASES[CODE] += [
    ("ABD, Açık Semalar Antlaşması'ndan çekiliyor.", None, [("withdraw", "open-skies", "usa", None, "asserted")]),
    ("Rus yetkililer, Açık Semalar Antlaşması'ndan çekileceklerini duyurdu.", None,
     [("withdraw", "open-skies", "russia", None, "scheduled")]),
]

# a participle ("amaçlayan") describes what stands before it; the verb after the treaty's name is stated
CASES[CODE] += [
    ("Moskova, silahlanmayı sınırlamayı amaçlayan Yeni START Antlaşması'nı askıya aldı.", None,
     [("suspend", "new-start", "russia", None, "asserted")]),
]

# the Iran deal named by its year; the ablative of the verbal noun ("çekilmesinden sonra")
CASES[CODE] += [
    ("Washington'un 2018'de çekilmesinden sonra 2015'teki nükleer anlaşma zayıfladı.", None,
     [("withdraw", "jcpoa", "usa", "2018", "asserted")]),
]

# a state in the accusative ("Rusya'yı") is the object of the verb, not its subject
CASES[CODE] += [
    ("Washington, Moskova'yı ihlalle suçlayarak INF Antlaşması'ndan çekildi.", None,
     [("withdraw", "inf", "usa", None, "asserted")]),
]


def test_the_iranian_minister_s_name_as_turkish_papers_spell_it() -> None:
    text = 'İran Dışişleri Bakanı Abbas Erakçi, kararı "haksız ve hukuka aykırı" olarak nitelendirdi.'
    assert quotes(text, "tr") == [("araghchi", "haksız ve hukuka aykırı")]


# Fresh-article mechanisms (sentences of our own): the transitive "anlaşmadan çekti" (pulled out), the future in
# the verb (-acak/-ecek: scheduled), "onaylamadığını" negated, "onayını çekti" deratifies, "resmen ayrıldı"
# withdraws, "bir yıl sonra" counts from the date before
CASES[CODE] += [
    ("ABD de İran nükleer anlaşmasına taraftı. Trump, 2018 yılında ülkesini tek taraflı olarak anlaşmadan çekti.", None,
     [("withdraw", "jcpoa", "usa", "2018", "asserted")]),
    ("Trump, ABD'nin INF Antlaşması'ndan çekileceğini açıkladı.", None,
     [("withdraw", "inf", "usa", None, "scheduled")]),
    ("Peskov, ABD'nin Kapsamlı Nükleer Deneme Yasağı Antlaşması'nı hiçbir zaman onaylamadığını söyledi.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    ("Rusya, Kapsamlı Nükleer Deneme Yasağı Antlaşması onayını çekti.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("ABD, Açık Semalar Anlaşması'ndan resmen ayrıldığını 22 Kasım 2020 tarihinde açıkladı.", None,
     [("withdraw", "open-skies", "usa", "2020-11-22", "asserted")]),
    ("ABD, 2018 yılında İran nükleer anlaşmasından çekildi; İran ise bir yıl sonra anlaşmadaki taahhütlerini "
     "askıya aldı.", None, [("suspend", "jcpoa", "iran", "2019", "asserted")]),
    ("Rusya ve ABD, Yeni START Antlaşması'nı bir yıl uzatacak.", None,
     [("extend", "new-start", "russia", None, "scheduled")]),
]


def test_what_a_treaty_lets_a_state_deploy_is_no_deployment() -> None:
    from .language_checks import _events
    text = "Yeni START, ABD ve Rusya'nın konuşlandırabileceği savaş başlığı sayısını sınırlıyor."
    assert not {e for e in _events(CODE, text, None) if e[0] == "deploy"}

# Fresh articles, second pass: the plural participle ("çekildiklerini"); "eğer" opens its own clause
CASES[CODE] += [
    ("Trump, Mayıs 2018'de KOEP'ten çekildiklerini duyurmuştu.", None,
     [("withdraw", "jcpoa", "usa", "2018-05", "asserted")]),
]

# "no decision has been taken on extending": the denial after the act's noun
CASES[CODE] += [
    ("Thomson, Yeni START Antlaşması'nın uzatılmasına yönelik henüz bir karar alınmadığını belirtti.", None,
     [("extend", "new-start", "usa", None, "negated")]),
]

# waited for (onaylamasını bekliyorduk) is no ratification
CASES[CODE] += [
    ("Volodin, \"23 yıldır ABD'nin Kapsamlı Nükleer Deneme Yasağı Anlaşması'nı onaylamasını bekliyorduk\" dedi.",
     "2023-10-18", [("ratify", "ctbt", "usa", "2023-10-18", "possible")]),
]
