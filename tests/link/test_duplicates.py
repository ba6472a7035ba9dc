"""Exact and near duplicates within one language."""

from __future__ import annotations

import hashlib
import random

from datasketch import MinHash, MinHashLSH

from treatywatch.link import Linker, Record, prepare
from treatywatch.link import duplicates as d

# Written for these tests: a wire story in five paragraphs.
STORY = [
    ("Talks on strategic stability resumed in Geneva on Tuesday after a pause of almost two years, "
    "the foreign ministries of both countries said in a joint statement."),
    ("The delegations discussed the future of the treaty, which limits each side to 1,550 deployed "
    "warheads and 700 deployed missiles and bombers, and is due to expire in February 2026."),
    ("A senior diplomat said the first round had been businesslike but that no agreement on "
    "verification was in sight, and that the next meeting would take place in the autumn."),
    ("Observers noted that neither side had presented new proposals on intermediate-range missiles, "
    "which both have said they could deploy in Europe and Asia."),
    ("The last round of such talks was held in 2021, shortly after the treaty was extended for five "
    "years, before relations broke down over the war in Ukraine."),
]
OTHER = [
    ("The parliament voted on Wednesday to withdraw the country's ratification of the test-ban treaty, "
    "a move the government said would restore parity with the United States."),
    ("The bill passed its third reading with 415 votes in favour and none against, and now goes to the "
    "upper house, which is expected to approve it next week."),
    ("Officials insisted the country would not resume nuclear testing unless others did so first, "
    "and that its monitoring stations would keep sending data to the international network."),
]


def _text(paragraphs: list[str], headline: str) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs)


def _add(linker: Linker, article_id: str, text: str, language: str = "en") -> tuple[str, list[tuple[str, str]]]:
    fp, sk = prepare(Record(article_id, text, language, "2024-05-14"))
    a = linker.add(fp, sk)
    return a.story_id, [(link.article_a, link.kind) for link in a.links]


def test_exact_duplicate_despite_case_and_spacing() -> None:
    linker = Linker()
    s1, _ = _add(linker, "a", _text(STORY, "Arms talks resume in Geneva"))
    copy = _text(STORY, "ARMS TALKS RESUME IN GENEVA").replace(". ", ".  ")
    s2, links = _add(linker, "b", copy)
    assert s2 == s1 and links == [("a", "duplicate")]


def test_near_duplicate_changed_headline_dropped_paragraph() -> None:
    linker = Linker()
    s1, _ = _add(linker, "a", _text(STORY, "Arms talks resume in Geneva"))
    s2, links = _add(linker, "b", _text(STORY[:3] + STORY[4:], "Geneva: first strategic talks since 2021"))
    assert s2 == s1 and links == [("a", "duplicate")]


def test_different_article_same_language_is_no_duplicate() -> None:
    linker = Linker()
    s1, _ = _add(linker, "a", _text(STORY, "Arms talks resume in Geneva"))
    s2, links = _add(linker, "b", _text(OTHER, "Parliament votes to revoke test-ban ratification"))
    assert s2 != s1 and links == []


def test_duplicates_stay_within_one_language() -> None:
    linker = Linker()
    _add(linker, "a", _text(STORY, "Arms talks resume in Geneva"), "en")
    _, links = _add(linker, "b", _text(STORY, "Arms talks resume in Geneva"), "fr")
    assert ("a", "duplicate") not in links


def test_too_short_a_text_has_no_sketch() -> None:
    assert d.sketch("22") is None and d.exact_key("22", "ru") is None


def test_band_keys_find_what_minhashlsh_finds() -> None:
    """Our string band keys give the same candidates as MinHashLSH.query (so the store can keep them)."""
    rng = random.Random(7)
    words = [f"w{i}" for i in range(400)]
    texts = [" ".join(rng.choice(words) for _ in range(120)) for _ in range(60)]
    texts += [t.replace("w1 ", "w2 ", 3) for t in texts[:20]]            # near copies
    sketches = [d.sketch(t) for t in texts]
    lsh = MinHashLSH(threshold=d.NEAR, num_perm=d.NUM_PERM)
    postings: dict[str, set[int]] = {}
    for i, mh in enumerate(sketches):
        assert isinstance(mh, MinHash)
        lsh.insert(i, mh)
        for k in d.band_keys(mh, "en"):
            postings.setdefault(k, set()).add(i)
    for mh in sketches:
        assert mh is not None
        ours = set().union(*(postings.get(k, set()) for k in d.band_keys(mh, "en")))
        assert ours == set(lsh.query(mh))


def test_band_keys_hash_each_band_as_minhashlsh_does() -> None:
    """Each band's bytes are those MinHashLSH files the band under (its _H), so kept keys stay valid."""
    lsh = MinHashLSH(threshold=d.NEAR, num_perm=d.NUM_PERM)
    for text in (_text(STORY, "Arms talks resume in Geneva"), _text(OTHER, "Parliament votes on the test ban")):
        mh = d.sketch(text)
        assert mh is not None
        expected = [f"lsh:ru:{i}:{hashlib.blake2b(lsh._H(mh.hashvalues[start:end]), digest_size=8).hexdigest()}"
                    for i, (start, end) in enumerate(lsh.hashranges)]
        assert d.band_keys(mh, "ru") == expected


def test_sketch_values_are_datasketchs_own() -> None:
    # sketch() hashes the shingles itself (faster); the values must be those datasketch computes
    # from the same shingles with its default hash, or stored sketches and band keys would change.
    # Texts in several scripts: ASCII (cut as bytes), accented Latin, Cyrillic, Arabic, Chinese.
    texts = [_text(STORY, "Arms talks resume in Geneva"), _text(OTHER, "Parliament votes on the test ban"),
             "Les négociations sur la stabilité stratégique ont repris à Genève mardi, après une pause "
             "de près de deux ans, ont déclaré les ministères des affaires étrangères.",
             "Переговоры о стратегической стабильности возобновились во вторник в Женеве после "
             "почти двухлетнего перерыва, заявили министерства иностранных дел обеих стран.",
             "استؤنفت المحادثات بشأن الاستقرار الاستراتيجي في جنيف يوم الثلاثاء بعد توقف دام قرابة "
             "عامين، وفق بيان مشترك لوزارتي خارجية البلدين.",
             "双方代表团周二在日内瓦恢复了关于战略稳定的会谈，这是近两年来的首次会谈，两国外交部在联合声明中表示。"
             "会谈讨论了条约的未来，该条约限制双方部署的弹头数量，并将于明年二月到期。一位高级外交官表示，"
             "第一轮会谈务实，但在核查问题上仍未达成协议，下一次会议将于秋季举行。"]
    for text in texts:
        mine = d.sketch(text)
        assert mine is not None
        theirs = MinHash(num_perm=d.NUM_PERM, seed=d.SEED, scheme=d.SCHEME)
        theirs.update_batch(list(d.shingles(text)))
        assert mine.hashvalues.dtype == theirs.hashvalues.dtype
        assert mine.hashvalues.tolist() == theirs.hashvalues.tolist()
        assert d.band_keys(mine, "xx") == d.band_keys(theirs, "xx")
        assert d.sketch_bytes(mine) == d.sketch_bytes(theirs)


def test_similarity_to_a_kept_sketch_is_minhashs_jaccard() -> None:
    a = d.sketch(_text(STORY, "Arms talks resume in Geneva"))
    b = d.sketch(_text(STORY[:3] + STORY[4:], "Geneva: first strategic talks since 2021"))
    c = d.sketch(_text(OTHER, "Parliament votes on the test ban"))
    assert a is not None and b is not None and c is not None
    for other in (a, b, c):
        kept = d.sketch_bytes(other)
        assert d.similarity_to_stored(a, kept) == d.similarity(a, d.sketch_from(kept))
    assert 0.0 < d.similarity_to_stored(a, d.sketch_bytes(b)) < 1.0 == d.similarity_to_stored(a, d.sketch_bytes(a))
    kept_all = [d.sketch_bytes(other) for other in (a, b, c)]
    assert d.similarities_to_stored(a, kept_all) == [d.similarity_to_stored(a, kept) for kept in kept_all]
