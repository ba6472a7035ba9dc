"""Language identification: fastText's best guess, settled between close languages by the markers of
each language's data (text/language.py), on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

import treatywatch.text.language as language
from treatywatch.lexicon import LexiconError, load_lexicon
from treatywatch.text.language import UNKNOWN, identify

MALAY = ("Kerajaan Malaysia berkata bahawa perjanjian itu penting untuk keselamatan antarabangsa. Jurucakap "
         "kementerian menyatakan negara itu akan menandatangani perjanjian pengharaman senjata nuklear selepas "
         "rundingan selesai. Menurut kenyataan itu, Malaysia tidak akan membenarkan ujian peluru berpandu.")
INDONESIAN = ("Pemerintah Indonesia mengatakan bahwa perjanjian itu penting bagi keamanan internasional. Juru "
              "bicara kementerian menyatakan negara itu akan menandatangani perjanjian pelarangan senjata nuklir "
              "setelah perundingan selesai, karena uji coba rudal mengancam kawasan.")
URDU = ("روس نے امریکہ کے ساتھ جوہری معاہدے کی معطلی کا اعلان کیا ہے۔ وزارت خارجہ کے ترجمان نے کہا کہ ماسکو اس "
        "معاہدے سے دستبردار نہیں ہو رہا اور مذاکرات کے لیے تیار ہے۔ صدر نے پارلیمان کو بتایا تھا کہ یہ فیصلہ ضروری ہے۔")
PERSIAN = ("روسیه اعلام کرد که مشارکت خود در پیمان کاهش تسلیحات راهبردی را به حالت تعلیق درآورده است. سخنگوی "
           "وزارت خارجه گفت این تصمیم برای حفظ امنیت ملی ضروری بود و مسکو از پیمان خارج نمی‌شود.")
PUNJABI = ("روس نے امریکہ نال جوہری معاہدے دی معطلی دا اعلان کیتا اے۔ وزارت خارجہ دے ترجمان نے آکھیا کہ ماسکو "
           "ایس معاہدے توں باہر نئیں نکل رہیا تے گل بات لئی تیار اے۔")
ENGLISH = "Russia said on Tuesday that it would suspend its participation in the New START treaty."
# Uzbek in Cyrillic letters: the compact model never guesses Uzbek for it (Russian, Bashkir, Tajik); its
# markers, many and different, make it Uzbek; a Russian text, with none of them, stays Russian
UZBEK_CYRILLIC = ("Россия ва АҚШ расмийлари шартномани узайтириш тўғрисида келишиб олди. Бу ҳақда вазирлик "
                  "вакили журналистлар билан учрашувда маълум қилди. Шартнома 2010 йилда Прагада имзоланган эди, "
                  "деди у ва бу ҳужжат бўйича музокаралар давом этишини айтди.")
# Taglish: English loanwords outnumber the Tagalog words of a short text, which the identifier reads as English
TAGLISH = ("Pinag-usapan nina US President Joe Biden at Russian President Vladimir Putin ang extension ng "
           "New START treaty. Ayon kay Biden, mahalaga ang nuclear arms control sa ilalim ng kasunduan.")
RUSSIAN = ("Россия и США обменялись нотами о продлении договора. Об этом представитель министерства сообщил "
           "журналистам на брифинге. Договор был подписан в 2010 году в Праге, напомнил он.")


@pytest.mark.parametrize(("text", "code"), [(MALAY, "ms"), (INDONESIAN, "id"), (URDU, "ur"), (PERSIAN, "fa"),
                                            (ENGLISH, "en"), (UZBEK_CYRILLIC, "uz"), (RUSSIAN, "ru"),
                                            (TAGLISH, "tl")])
def test_identify_our_own_sentences(text: str, code: str) -> None:
    assert identify(text) == code


def test_no_letters_is_undetermined() -> None:
    assert identify("12.03.2024 — 15:40 | https://example.org/a") == UNKNOWN


def _guessing(monkeypatch: pytest.MonkeyPatch, guesses: list[tuple[str, float]]) -> None:
    """fastText's guesses as the compact model gives them for a close language it mistakes."""
    def detect(text: str, model: str, k: int) -> list[dict[str, Any]]:
        return [{"lang": code, "score": score} for code, score in guesses[:k]]
    monkeypatch.setattr(language, "detect", detect)


CROATIAN = "Hrvatska vlada smatra da je sporazum o nuklearnom oružju i dalje na snazi."


@pytest.mark.parametrize(("text", "guesses", "code"), [
    (MALAY, [("id", 0.6), ("ms", 0.2), ("en", 0.04)], "ms"),          # Malay read as Indonesian
    (INDONESIAN, [("ms", 0.5), ("id", 0.4)], "id"),                  # and the other way round
    (URDU, [("pnb", 0.54), ("ur", 0.28), ("fa", 0.12)], "ur"),        # Urdu read as Western Punjabi
    (PERSIAN, [("fa", 0.6), ("ur", 0.3)], "fa"),                     # Persian keeps its own
    (PUNJABI, [("pnb", 0.8), ("ur", 0.12)], "pnb"),                  # Punjabi has no Urdu markers
    (CROATIAN, [("sh", 0.5), ("hr", 0.3), ("sr", 0.1)], "hr"),       # Serbo-Croatian has no data: hr reads it
    (MALAY, [("ms", 0.4), ("id", 0.3)], "ms"),                       # a right guess stays
    (INDONESIAN, [("id", 0.9), ("ms", 0.02)], "id"),                  # a far guess is not weighed
    (ENGLISH, [("en", 0.5), ("ms", 0.3)], "en"),                     # no markers in the text: the guess
])
def test_markers_settle_close_guesses(monkeypatch: pytest.MonkeyPatch, text: str,
                                      guesses: list[tuple[str, float]], code: str) -> None:
    _guessing(monkeypatch, guesses)
    assert identify(text, load_lexicon()) == code


def test_a_close_guess_needs_several_markers(monkeypatch: pytest.MonkeyPatch) -> None:
    _guessing(monkeypatch, [("id", 0.6), ("ms", 0.3)])
    assert identify("Menteri itu berkata kerajaan akan membincangkan perkara tersebut minggu depan.") == "id"
    assert identify("Kerajaan berkata bahawa ujian senjata nuklear itu dibatalkan.") == "ms"


def test_markers_are_words_of_the_language_file(tmp_path: Any) -> None:
    (tmp_path / "languages").mkdir()
    (tmp_path / "arms_control").mkdir()
    (tmp_path / "arms_control" / "treaties.yaml").write_text("treaties:\n  - slug: npt\n    names:\n      en: [NPT]\n")
    (tmp_path / "arms_control" / "actors.yaml").write_text("states:\n  - slug: usa\n    names:\n      en: [USA]\n")
    path = tmp_path / "languages" / "ms.yaml"
    path.write_text("code: ms\nname: Malay\nmarkers: [bahawa, Nuklear]\n")
    assert load_lexicon(tmp_path).language("ms").markers == ("bahawa", "Nuklear")
    path.write_text("code: ms\nname: Malay\nmarkers: [bahawa, peluru berpandu]\n")
    with pytest.raises(LexiconError, match=r"languages/ms.yaml: line 3, markers: marker 'peluru berpandu'"):
        load_lexicon(tmp_path)
    path.write_text("code: ms\nname: Malay\nmarkers: [bahawa, Bahawa]\n")
    with pytest.raises(LexiconError, match=r"marker 'Bahawa' is listed twice"):
        load_lexicon(tmp_path)


def test_metadata_that_the_text_plainly_contradicts_gives_way() -> None:
    from treatywatch.models import Article
    from treatywatch.text.document import make_document

    text = ("Russia announced on Tuesday that it would suspend its participation in the treaty, while the "
            "foreign ministry said that the country had no plans to withdraw from it and would keep "
            "respecting the limits on deployed warheads and launchers until the agreement expires next year.")
    said_french = Article(id="a", source="s", text=text, original=text, content_hash="a", language="fr")
    assert make_document(said_french).language == "en"
    # a short text proves nothing against its metadata
    short = Article(id="b", source="s", text="Russia suspended the treaty.", original="", content_hash="b",
                    language="fr")
    assert make_document(short).language == "fr"
    # metadata that agrees stands
    agreeing = Article(id="c", source="s", text=text, original=text, content_hash="c", language="en")
    assert make_document(agreeing).language == "en"
