"""Pashto: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "ps"
CASES[CODE] = [
    # fresh-article forms: the JCPOA as "اتومي" (with ت) and inside the circumposition "له ... نه"; a plan to
    # leave ("وتلو پلان") is scheduled
    ("امریکا د ایران سره له اتومي تړون نه ووتله.", None, [("withdraw", "jcpoa", "usa", None, "asserted")]),
    ("ټرمپ د ایران له اتومي هوکړې د وتلو پلان جوړوي.", None, [("withdraw", "jcpoa", "usa", None, "scheduled")]),
    # the genitive date with its preposition ("د ۲۰۲۳ کال د فبروري په ۲۱مه"); "ونه وته": did not go out
    ("روسیې د ۲۰۲۳ کال د فبروري په ۲۱مه په نوي سټارټ تړون کې خپل ګډون وځنډاوه، خو له تړون څخه ونه وته.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("امریکا د اټومي ازمایښتونو د بشپړ بندیز تړون لاسلیک کړی، خو تصویب یې نه دی کړی.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("مسکو کېدای شي د اټومي وسلو د نه خپرېدو له تړون څخه ووځي، یوه شنونکي وویل.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    # "له ... څخه ووت": withdrew from, the name's core before its postposition
    ("واشنګټن د ۲۰۱۹ کال په اګست کې د منځني واټن اټومي ځواکونو له تړون څخه ووت.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("هند هېڅکله د اټومي وسلو د نه خپرېدو تړون نه دی لاسلیک کړی.", None, [("sign", "npt", "india", None, "negated")]),
    ("هند د اټومي وسلو د نه خپرېدو تړون لاسلیک نه کړ.", None, [("sign", "npt", "india", None, "negated")]),
    ("نوی سټارټ تړون د ۲۰۲۶ کال د فبروري په ۵مه پای ته رسېږي.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("روسیې او امریکا په ۲۰۲۱ کال کې نوی سټارټ تړون تمدید کړ.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("کرملین له واشنګټن سره د وسلو د کنټرول په اړه هر ډول خبرې اترې رد کړې، ویاند وویل.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    ("د روسیې دولتي دوما هغه قانون تصویب کړ چې د اټومي ازمایښتونو د بشپړ بندیز تړون تصویب لغوه کوي.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    # the future particle, and its denial
    ("روسیه به له نوي سټارټ تړون څخه ووځي.", None, [("withdraw", "new-start", "russia", None, "scheduled")]),
    ("مسکو وویل چې له نوي سټارټ تړون څخه به نه وځي.", None, [("withdraw", "new-start", "russia", None, "negated")]),
    # a denial "since" a year has no day
    ("امریکا له ۱۹۹۲ راهیسې اټومي ازمایښت نه دی کړی.", None, [("test", None, "usa", None, "negated")]),
    # the future particle far from its verb; a threat runs past its "چې"; "وغځوي" after "agreed"
    ("امریکا به په شپږو میاشتو کې له INF تړون څخه ووځي.", None, [("withdraw", "inf", "usa", None, "scheduled")]),
    ("ایران ګواښ وکړ چې د اټومي وسلو د نه خپرېدو له تړون څخه به ووځي.", None,
     [("withdraw", "npt", "iran", None, "possible")]),
    ("مسکو او واشنګټن موافقه وکړه چې نوی سټارټ تړون د یو کال لپاره وغځوي.", None,
     [("extend", "new-start", "russia", None, "asserted"), ("extend", "new-start", "usa", None, "asserted")]),
    # conditional: no event stated, though the verb stands far from "که"
    ("که امریکا په اروپا کې توغندي ځای پر ځای کړي، روسیه به د INF له تړون څخه ووځي.", None, []),
]

# Clause scope (issue 9): a negation stops at "خو"; a counterfactual ("رسېدلی وای") is no denial of what
# "پرته" precedes; an accusation describes, it states no event, also past its "چې"; a date and a weekday
# belong to their own verb.
CASES[CODE] += [
    ("د تمدید پرته به نوی سټارټ تړون د ۲۰۲۱ کال په فبروري کې پای ته رسېدلی وای.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("واشنګټن مسکو تورن کړ چې د INF تړون لخوا منع شوي توغندي یې ځای پر ځای کړي دي.", None, []),
    ("روسیې د ۱۹۹۶ کال د سپتمبر په ۲۴مه CTBT لاسلیک کړ او د ۲۰۰۰ کال د جون په ۳۰مه یې تصویب کړ.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "سه شنبه" is the 21st
    ("روسیې په نوي سټارټ تړون کې خپل ګډون وځنډاوه، پوتین سه شنبه وویل.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_kho() -> None:
    check_scope(CODE, "روسیې نوې هوکړه لاسلیک نه کړه، خو چهارشنبه یې په نوي سټارټ تړون کې خپل ګډون وځنډاوه.",
                [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "«روسیه د ستراتیژیک ثبات په اړه خبرو ته چمتو ده»، لاوروف وویل.", "lavrov",
                "روسیه د ستراتیژیک ثبات په اړه خبرو ته چمتو ده")


def test_pashto_is_told_from_persian_by_its_own_words() -> None:
    # the markers (languages/ps.yaml): د, چې, څخه, وویل, تړون ...
    assert identify("د بهرنیو چارو وزیر وویل چې روسیه به له تړون څخه ووځي.") == CODE
    assert identify("وزیر امور خارجه گفت که روسیه از این پیمان خارج خواهد شد.") == "fa"


ARTICLE = """مسکو د وسلو د کنټرول یو بل تړون پرېښود
۱۴ مارچ ۲۰۲۴، ۱۰:۳۲

مسکو - روسیه چهارشنبه په رسمي توګه د پرانیستي اسمان له تړون څخه ووته، د بهرنیو چارو وزارت اعلان وکړ.
د کرملین ویاند دیمتري پیسکوف خبریالانو ته وویل: «دا پرېکړه وروستۍ ده او مسکو به پرې بیا غور ونه کړي.»
د هغه په وینا، روسیه به له نوي سټارټ تړون څخه ونه وځي، چې د ۲۰۲۶ کال په فبروري کې پای ته رسېږي.
امریکا د ۲۰۱۹ کال په اګست کې د منځني واټن اټومي ځواکونو له تړون څخه وتلې وه.
شنونکي خبرداری ورکوي چې روسیه کېدای شي اټومي ازمایښتونه بیا پیل کړي."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "چهارشنبه" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "دا پرېکړه وروستۍ ده او مسکو به پرې بیا غور ونه کړي.")])
