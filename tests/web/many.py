"""A store with several pages of everything, for the crawl and the size tests: news-like articles of our
own wording (English, Russian, Arabic), each stating one dated treaty event with a quotation, so that the
record gets many facts, quotes, stories and articles. ``write_articles`` writes them as JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

STATES = {"en": [("Russia", "Moscow"), ("The United States", "Washington"), ("China", "Beijing")],
          "ru": [("Россия", "Москва"), ("США", "Вашингтон")],
          "ar": [("روسيا", "موسكو"), ("الولايات المتحدة", "واشنطن")]}
TREATIES = {"en": ["the New START treaty", "the INF Treaty", "the Open Skies Treaty", "the CTBT"],
            "ru": ["договора СНВ-3", "договора РСМД", "договора по открытому небу"],
            "ar": ["معاهدة ستارت الجديدة", "معاهدة الأجواء المفتوحة"]}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def _text(lang: str, i: int) -> tuple[str, str]:
    state, capital = STATES[lang][i % len(STATES[lang])]
    treaty = TREATIES[lang][(i // 3) % len(TREATIES[lang])]
    day, month, year = 1 + i % 27, i % 12, 2015 + i % 10
    if lang == "en":
        title = f"{state} suspends its part in {treaty} (report {i})"
        body = (f"{capital}, {MONTHS_EN[month]} {day}, {year}. {state} suspended its participation in {treaty} "
                f"on {MONTHS_EN[month]} {day}, {year}, officials announced. \"We will keep our word on every "
                f"other commitment,\" the foreign minister told reporters in {capital} on the same day.")
    elif lang == "ru":
        title = f"{state} приостановила участие в {treaty} (сообщение {i})"
        body = (f"{capital}, {day} {MONTHS_RU[month]} {year} года. {state} приостановила участие в {treaty} "
                f"{day} {MONTHS_RU[month]} {year} года, сообщили официальные лица. «Мы выполним все остальные "
                f"обязательства», — заявил министр иностранных дел.")
    else:
        title = f"{state} تعلق مشاركتها في {treaty} ({i})"
        body = (f"أعلنت {state} يوم {year}-{month + 1:02d}-{day:02d} تعليق مشاركتها في {treaty}. "
                f"وقال وزير الخارجية: \"سنفي بكل التزاماتنا الأخرى\".")
    return title, body


def records(n: int) -> list[dict[str, str]]:
    out = []
    for i in range(n):
        lang = ("en", "en", "ru", "ar")[i % 4]
        title, body = _text(lang, i)
        day, month, year = 1 + i % 27, i % 12, 2015 + i % 10
        out.append({"id": f"many-{i:03d}", "url": f"https://news.example.org/{lang}/{i}", "title": title,
                    "text": f"{title}\n\n{body}", "published": f"{year}-{month + 1:02d}-{day:02d}",
                    "language": lang})
    return out


def write_articles(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(n)), encoding="utf-8")
    return path
