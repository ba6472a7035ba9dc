"""Russian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, _events, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "ru"
CASES[CODE] = [
    # an act awaited is not done
    ("Москва 23 года ждала, что Вашингтон ратифицирует ДВЗЯИ.", "2023-11-03",
     [("ratify", "ctbt", "usa", "2023-11-03", "possible")]),
    # "после того как" (after) opens a clause: its date is its own verb's, not the main clause's
    ("Россия приостановила участие в ДРСМД после того, как США вышли из договора в феврале.", "2019-08-02",
     [("suspend", "inf", "russia", "2019-08-02", "asserted"), ("withdraw", "inf", "usa", "2019-02", "asserted")]),
    # the full participle (подписанный, -ого, -ом) describes the treaty: its date is the signing's,
    # not the expiry's
    ("Договор СНВ-3, подписанный в 2010 году, истек в четверг.", "2026-02-06",
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted"),
      ("expire", "new-start", None, "2026-02-05", "asserted")]),
    ('Россия приостановила участие в ДСНВ 21 февраля 2023 года, но не вышла из договора.', None,
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-21', 'negated')]),
    ('Госдума 18 октября 2023 года приняла закон об отзыве ратификации ДВЗЯИ.', None,
     [('deratify', 'ctbt', 'russia', '2023-10-18', 'asserted')]),
]

# round 2: "will consider the question of" and a lifted moratorium are no acts done
CASES[CODE] += [
    ("Госдума рассмотрит вопрос об отзыве ратификации ДВЗЯИ.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("Россия сняла мораторий на размещение ракет, запрещенных Договором о РСМД.", None,
     [("deploy", "inf", "russia", None, "possible")]),
    ("Россия может возобновить ядерные испытания, запрещенные ДВЗЯИ.", None,
     [("test", None, "russia", None, "possible")]),
]


# a state right after an act's noun, in the genitive, did it: not the subject of the verb before
CASES[CODE] += [
    ("Москва осудила выход США из Договора по открытому небу.", None,
     [("withdraw", "open-skies", "usa", None, "asserted")]),
]

def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Issue 9: each scope cue of the language's data, in sentences of our own (published Thursday 23 February
# 2023): a negation stops at "but", a counterfactual is not a denial, a description is not an event, a
# weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ('Россия приостановила участие в ДСНВ, но не намерена выходить из договора.',
     [('suspend', 'new-start', 'russia', '2023-02-23', 'asserted'),
      ('withdraw', 'new-start', 'russia', '2023-02-23', 'negated')],
     [('suspend', 'negated'),
      ('withdraw', 'asserted')]),
    ('ДСНВ продлили, иначе он истёк бы в феврале 2021 года.',
     [('expire', 'new-start', None, '2021-02', 'possible')],
     [('expire', 'negated'),
      ('expire', 'asserted')]),
    ('Вашингтон обвинил Москву в развертывании ракет, запрещенных Договором о РСМД.',
     [],
     [('deploy', 'asserted'),
      ('deploy', 'scheduled')]),
    ('Во вторник Россия приостановила участие в ДСНВ, а в четверг США вышли из Договора по открытому небу.',
     [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'),
      ('withdraw', 'open-skies', 'usa', '2023-02-23', 'asserted')],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)

# what was offered ("предлагала") is not done; the state after "приостановке участия" owns it
CASES[CODE] += [
    ("Ранее Москва предлагала странам НАТО взаимный мораторий на размещение ракет, которые запрещал Договор о РСМД.",
     None, []),
    ("МИД США получил уведомление о приостановке участия России в ДСНВ.", "2023-02-28",
     [("suspend", "new-start", "russia", "2023-02-28", "asserted")]),
]

# a decision not to return is a denied resumption; a decision that takes effect is no treaty's entry into force
CASES[CODE] += [
    ("В мае 2021 года Вашингтон решил не возвращаться в Договор по открытому небу.", None,
     [("resume", "open-skies", "usa", "2021-05", "negated")]),
    ("Россия объявила о выходе из Договора по открытому небу. Решение вступит в силу через полгода.", "2021-01-15",
     [("withdraw", "open-skies", "russia", "2021-01-15", "asserted")]),
]


def test_a_decision_taking_effect_is_no_entry_into_force() -> None:
    found = _events(CODE, "Россия объявила о выходе из Договора по открытому небу. Решение вступит в силу через "
                          "полгода.", "2021-01-15")
    assert not [e for e in found if e[0] == "enter_into_force"], found

# a state right after "уведомили" is told of the subject's act; it does not act
CASES[CODE] += [
    ("Вашингтон уведомил Москву о невозвращении в Договор по открытому небу.", None,
     [("resume", "open-skies", "usa", None, "negated")]),
]

# Fresh-article round 2 (own sentences): a refusal to extend is a denial; the participle of signing
# ("подписанный в 2010 году договор"); "начнут процедуру выхода"
# is ahead; a law that provides for its own entry into force states none of a treaty; "объяснил" introduces
# a quotation.
CASES[CODE] += [
    ("Москва отказалась от продления ДСНВ в 2025 году.", None,
     [("extend", "new-start", "russia", "2025", "negated")]),
    ("Подписанный в 2010 году Россией и США договор ДСНВ ограничивает число боезарядов.", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
    ("Вашингтон начнет процедуру выхода из ДРСМД в феврале 2019 года.", None,
     [("withdraw", "inf", "usa", "2019-02", "scheduled")]),
]


def test_a_law_providing_for_its_entry_into_force_is_no_treaty_entry() -> None:
    found = _events(CODE, "Путин подписал закон о приостановке ДСНВ. Закон предусматривает вступление в силу "
                          "со дня опубликования.", "2023-02-28")
    assert not [e for e in found if e[0] == "enter_into_force"], found


def test_explained_introduces_a_quotation() -> None:
    from .language_checks import check_quote
    check_quote(CODE, "«Договор завтра прекратит свое действие», — объяснил Дмитрий Песков журналистам.",
                "peskov", "Договор завтра прекратит свое действие")

# an act named as the time of another ("перед истечением") is not the day's news; a bill's initiative introduced
# and the rules for resuming state nothing done
CASES[CODE] += [
    ("Москва планирует консультации перед истечением срока действия ДСНВ.", "2026-01-20",
     [("expire", "new-start", None, None, "scheduled")]),
    ("Инициативу об отзыве ратификации ДВЗЯИ внесли в Госдуму 13 октября 2023 года.", None,
     [("deratify", "ctbt", "russia", "2023-10-13", "possible")]),
    ("Закон определяет порядок возобновления участия России в ДСНВ.", None,
     [("resume", "new-start", "russia", None, "possible")]),
]

# the Iran deal as news shortens it ("сделка с Ираном"); a memorandum signed is no treaty signing
CASES[CODE] += [
    ("США вышли из сделки с Ираном в мае 2018 года.", None, [("withdraw", "jcpoa", "usa", "2018-05", "asserted")]),
    ("Трамп подписал меморандум о выходе из иранской сделки 8 мая 2018 года.", None,
     [("withdraw", "jcpoa", "usa", "2018-05-08", "asserted")]),
]

# the reflexive past of an expiry, before or after its subject
CASES[CODE] += [
    ("В 2019 году прекратилось действие Договора о РСМД.", None, [("expire", "inf", None, "2019", "asserted")]),
    ("Действие ДРСМД прекратилось в августе 2019 года.", None, [("expire", "inf", None, "2019-08", "asserted")]),
]
