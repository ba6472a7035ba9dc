"""How fast are HTML pages read and ingested? Pages per CPU-second, this code beside another tree's.

    python bench/webpages.py                              # 300 pages, this tree only
    python bench/webpages.py --against /tmp/old/src       # the same pages read by both trees, interleaved
    python bench/webpages.py --n 300 --rounds 3 --check   # ... and both trees' articles compared field by field

Generates N HTML pages the way news sites print them: a head with meta tags (description, Open Graph,
the publication time on most pages, a canonical link, sometimes JSON-LD), scripts and a style sheet; a
header with the site's navigation and a search form; the article (headline, byline with a <time>,
sometimes a dateline paragraph, paragraphs of sentences recombined from the shared seed and corpus
texts in their own languages, a figure, share buttons); an aside of other headlines; a footer. Each
tree then runs in fresh processes (PYTHONPATH set to it), one after the other, round after round:

- ``read_html`` alone on every page (already decoded): pages per CPU-second;
- ``treatywatch ingest`` of the folder into a fresh SQLite store (``ingest_paths``): pages per
  CPU-second, after a start-up that is printed apart (the lexicon loaded and other pages ingested
  into another store, so that each language's matchers are built, as in a long run).

The best round of each is printed (the machine is shared: the best is the least disturbed).
``--check`` also writes every page's article (text, title, date and how it was known, language, address)
from each tree and says whether they are identical.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import SHARED, sentences_of, varied  # noqa: E402  (bench/ingest.py: the same sentences)

SITES = ("world-monitor.example", "dailywire.example", "tin-tuc.example", "novosti.example", "al-akhbar.example")
SECTIONS = ("World", "Politics", "Security", "Europe", "Asia", "Middle East", "Business", "Opinion", "Sport")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def language_pools() -> list[tuple[str, list[str]]]:
    """(language, sentences) of each shared seed and corpus text, its language from the gold."""
    pools: list[tuple[str, list[str]]] = []
    for name in ("seeds", "corpus"):
        gold = SHARED / name / "gold" / "documents.jsonl"
        languages = {row["article"]: row["language"] for row in map(json.loads, gold.read_text().splitlines())}
        for path in sorted((SHARED / name / "articles").glob("*")):
            if path.suffix == ".json":
                text = json.loads(path.read_text(encoding="utf-8"))["text"]
            elif path.suffix == ".txt":
                text = path.read_text(encoding="utf-8")
            else:
                continue
            sentences = sentences_of(text)
            if len(sentences) >= 3:
                pools.append((languages.get(path.stem, ""), sentences))
    if not pools:
        sys.exit(f"no texts under {SHARED}: the bench needs the shared seeds and corpus")
    return pools


def make_page(i: int, language: str, pool: list[str], rng: random.Random) -> str:
    """One news page around an article of 4-16 sentences of ``pool``."""
    e = html.escape
    site = SITES[i % len(SITES)]
    title = varied(rng.choice(pool), rng)[:110]
    year, month, day = rng.randint(2010, 2025), rng.randint(1, 12), rng.randint(1, 28)
    iso = f"{year}-{month:02d}-{day:02d}"
    stamp = f"{iso}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+03:00"
    section = rng.choice(SECTIONS)
    url = f"https://{site}/{section.lower().replace(' ', '-')}/{year}/{month:02d}/story-{i}.html"
    dated = rng.random() < 0.7  # the page states its publication time in its head
    head = ['<meta charset="utf-8">', f"<title>{e(title)} | {site}</title>",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{e(varied(rng.choice(pool), rng)[:150])}">',
            f'<meta property="og:title" content="{e(title)}">', '<meta property="og:type" content="article">',
            f'<meta property="og:site_name" content="{site}">']
    if language and rng.random() < 0.5:
        head.append(f'<meta property="og:locale" content="{language}_{language.upper()}">')
    if dated:
        head.append(f'<meta property="article:published_time" content="{stamp}">')
    if rng.random() < 0.8:
        head.append(f'<link rel="canonical" href="{url}">')
    head.append('<link rel="stylesheet" href="/static/site.css"><link rel="icon" href="/favicon.ico">')
    if dated and rng.random() < 0.3:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": stamp,
              "author": {"@type": "Person", "name": "Staff writer"}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head.append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
                f"gtag('js',new Date());gtag('config','G-{i:06d}');</script>")
    head.append("<style>body{font-family:sans-serif}.nav li{display:inline}.share a{margin:0 4px}</style>")

    nav = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{s}</a></li>' for s in SECTIONS)
    body = [f'<header><div class="logo"><a href="/">{site}</a></div><nav class="nav"><ul>{nav}</ul></nav>',
            '<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button>'
            "</form></header>",
            f'<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{section.lower()}">{section}</a>'
            "</div>", "<main>", "<article>", f"<h1>{e(title)}</h1>",
            f'<div class="byline">By <a href="/authors/staff">Staff writer</a> '
            f'<time datetime="{stamp}">{day} {MONTHS[month - 1]} {year}</time></div>']
    if not dated and rng.random() < 0.5:
        body.append(f"<p>{day} {MONTHS[month - 1]} {year}</p>")  # a dateline paragraph
    sentences = [varied(rng.choice(pool), rng) for _ in range(rng.randint(4, 16))]
    while sentences:
        take = rng.randint(1, 3)
        body.append(f"<p>{e(' '.join(sentences[:take]))}</p>")
        sentences = sentences[take:]
        if rng.random() < 0.1:
            body.append(f'<figure><img src="/img/{i}.jpg" alt=""><figcaption>{e(title[:60])}</figcaption>'
                        "</figure>")
    body.append('<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>')
    body.append("</article>")
    most_read = "".join(f'<li><a href="/story/{rng.randint(1, 99999)}">{e(varied(rng.choice(pool), rng)[:80])}'
                        "</a></li>" for _ in range(5))
    body.append(f'<aside class="most-read"><h3>Most read</h3><ul>{most_read}</ul></aside>')
    body.append("</main>")
    body.append(f'<footer><p>&copy; {year} {site}. All rights reserved.</p><ul><li><a href="/privacy">Privacy'
                '</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul>'
                '<div class="newsletter">Subscribe to our newsletter</div></footer>')
    body.append('<script src="/static/app.js"></script><script>console.log("page ready")</script>')
    lang = f' lang="{language}"' if language and rng.random() < 0.7 else ""
    return (f"<!DOCTYPE html>\n<html{lang}>\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def write_pages(folder: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    pools = language_pools()
    for i in range(n):
        language, pool = pools[i % len(pools)]  # one source per page: one language per page
        (folder / f"page-{seed}-{i:05d}.html").write_text(make_page(i, language, pool, rng), encoding="utf-8")


def child(folder: str, warm_folder: str, dump: str | None) -> None:
    """In a fresh process under one tree: print the CPU seconds of each step as JSON."""
    from treatywatch.ingest.build import Found
    from treatywatch.ingest.webpage import read_html
    from treatywatch.pipeline import ingest_paths
    from treatywatch.store import open_store

    pages = sorted(Path(folder).glob("*.html"))
    markups = [(p.stem, p.read_text(encoding="utf-8")) for p in pages]
    warm = sorted(Path(warm_folder).glob("*.html"))
    with tempfile.TemporaryDirectory(prefix="tw-html-") as tmp:
        clock = time.process_time()
        # start-up: the lexicon, each language's matchers, trafilatura's and the store's first use
        with open_store(f"sqlite:///{tmp}/warm.db") as store:
            ingest_paths([str(p) for p in warm], store, on_rejected=lambda _: None)
        started = time.process_time()
        for stem, markup in markups:
            read_html(markup, Found(stem, stem + ".html"))
        read = time.process_time()
        with open_store(f"sqlite:///{tmp}/bench.db") as store:
            summary = ingest_paths([folder], store, on_rejected=lambda _: None)
        ingested = time.process_time()
    if dump:
        from treatywatch.ingest import read_paths
        from treatywatch.models import Article

        with open(dump, "w", encoding="utf-8") as out:
            for a in read_paths([folder]):
                row: dict[str, Any] = ({"id": a.id, "text": a.text, "title": a.title, "published": a.published,
                                        "how": a.published_how, "language": a.language, "url": a.url}
                                       if isinstance(a, Article) else {"id": a.article_id, "rejected": a.reason})
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps({"startup": started - clock, "read": read - started, "ingest": ingested - read,
                      "pages": len(markups), "ingested": summary.read}))


def run(src: str, folder: Path, warm: Path, dump: Path | None) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=src)
    command = [sys.executable, __file__, "--child", str(folder), str(warm)] + (["--dump", str(dump)] if dump else [])
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300, help="pages to generate (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes per tree; the best is printed")
    parser.add_argument("--against", metavar="SRC", help="another tree's src folder, run beside this one")
    parser.add_argument("--check", action="store_true", help="compare both trees' articles, page by page")
    parser.add_argument("--child", nargs=2, metavar=("PAGES", "WARM"), help=argparse.SUPPRESS)
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child, args.dump)
        return
    trees = {"this": str(Path(__file__).resolve().parents[1] / "src")}
    if args.against:
        trees = {"against": str(Path(args.against).resolve()), **trees}
    with tempfile.TemporaryDirectory(prefix="tw-html-pages-") as tmp:
        folder, warm = Path(tmp) / "pages", Path(tmp) / "warm"
        folder.mkdir()
        warm.mkdir()
        write_pages(folder, args.n, seed=1)
        write_pages(warm, len(language_pools()), seed=2)  # one page of each source text
        print(f"{args.n} pages, {sum(p.stat().st_size for p in folder.iterdir()) / args.n / 1024:.1f} KiB each")
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in trees}
        for round_ in range(args.rounds):
            for label, src in trees.items():
                dump = Path(tmp) / f"{label}.jsonl" if args.check and round_ == 0 else None
                runs[label].append(run(src, folder, warm, dump))
        for label, src in trees.items():
            best = {key: min(r[key] for r in runs[label]) for key in runs[label][0]}
            print(f"{label} ({src}): read_html alone {best['pages'] / best['read']:.0f} pages per CPU-second; "
                  f"ingest {best['ingested'] / best['ingest']:.1f} pages per CPU-second "
                  f"({best['ingest']:.1f} s CPU; start-up {best['startup']:.1f} s CPU apart; "
                  f"best of {args.rounds})")
        if args.check and args.against:
            old, new = ((Path(tmp) / f"{label}.jsonl").read_text(encoding="utf-8").splitlines() for label in trees)
            differ = [json.loads(a)["id"] for a, b in zip(old, new, strict=True) if a != b]
            print(f"articles: {len(new)} read by both trees; {len(differ)} differ" +
                  (f": {', '.join(differ[:10])}" if differ else " (identical)"))


if __name__ == "__main__":
    main()
