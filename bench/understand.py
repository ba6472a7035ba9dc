"""How fast is understanding? Articles per second on one core, and peak memory.

Generates N articles (default 10,000) by recombining the sentences of the shared seed and corpus
articles in their own languages (so the text is real news text, in ar, en, vi, ru, de), builds their
Documents, then times ``understand()`` alone on one core.

The timed pass over all N articles is run ``--rounds`` times (default 3) in the one process, each the
same work: the rate of each round is printed, and the best. On a shared machine the CPU time of one
pass varies with what else runs (other processes take the caches and the memory bus: the same code read
346-465 articles per CPU-second from one run to the next), while rounds run back to back in one process
agree within a few percent; the best round is the one least disturbed. The first round is printed too:
a process that understands articles once pays it.

    python bench/understand.py [--n 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from treatywatch.ingest import read_paths
from treatywatch.lexicon import load_lexicon
from treatywatch.models import Article, Document
from treatywatch.text.document import make_document
from treatywatch.understand import understand

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def corpus_documents(lexicon: object) -> list[Document]:
    paths = [str(SHARED / "seeds" / "articles"), str(SHARED / "corpus" / "articles")]
    return [make_document(a, lexicon) for a in read_paths(paths) if isinstance(a, Article)]  # type: ignore[arg-type]


def generate(docs: list[Document], n: int, seed: int = 7) -> list[Document]:
    """N documents, each a shuffled mix of 4–12 sentences of one real article's language."""
    rng = random.Random(seed)
    by_lang: dict[str, list[str]] = {}
    for d in docs:
        by_lang.setdefault(d.language, []).extend(d.text[s.start:s.end] for s in d.sentences)
    langs = sorted(by_lang)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        text = "\n".join(rng.choice(by_lang[lang]) for _ in range(rng.randint(4, 12)))
        published = rng.choice([None, "2023-02-21", "2021-01-27", "2024-07-09"])
        how = "metadata" if published else "unknown"
        out.append(Document(f"gen{i}", text, lang, (), published, how))  # type: ignore[arg-type]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over all N articles (the best is kept)")
    args = parser.parse_args()
    lexicon = load_lexicon()
    from treatywatch.text.sentences import split_sentences

    raw = generate(corpus_documents(lexicon), args.n)
    docs = [Document(d.article_id, d.text, d.language, split_sentences(d.text, lexicon.language(d.language)),
                     d.published, d.published_how) for d in raw]
    # Build each language's matchers once, as a long run would; a start-up cost per process and
    # language (the names of every state in every language), printed apart from the rate.
    # Built matchers are kept on disk (lexicon/built.py): the first run on a machine builds them, later
    # runs read them back (TREATYWATCH_CACHE_DIR=off to time building).
    warm, warm_cpu = time.perf_counter(), time.process_time()
    for language in sorted({d.language for d in docs}):
        understand(next(d for d in docs if d.language == language), lexicon)
    print(f"start-up: matchers of {len({d.language for d in docs})} languages ready in "
          f"{time.perf_counter() - warm:.1f} s wall, {time.process_time() - warm_cpu:.1f} s CPU")
    # Timed without tracemalloc (it slows Python down by a third); memory is traced on a pass of its own.
    rounds: list[tuple[float, float]] = []   # (wall, CPU) seconds of each pass
    found: set[tuple[int, int]] = set()
    for r in range(max(1, args.rounds)):
        gc.collect()  # each pass starts with no garbage of the one before to collect
        started, cpu = time.perf_counter(), time.process_time()
        events = quotes = 0
        for i, doc in enumerate(docs, 1):
            u = understand(doc, lexicon)
            events += len(u.events)
            quotes += len(u.quotes)
            if i % 2000 == 0:
                print(f"  round {r + 1}: {i}/{len(docs)}", file=sys.stderr)
        rounds.append((time.perf_counter() - started, time.process_time() - cpu))
        found.add((events, quotes))
    assert len(found) == 1, f"rounds found different things: {found}"  # the same work each round
    elapsed, cpu = min(rounds, key=lambda wc: wc[1])
    tracemalloc.start()
    for doc in docs[:1000]:
        understand(doc, lexicon)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"understood {len(docs)} articles in {elapsed:.1f} s wall, {cpu:.1f} s CPU (best of {len(rounds)} rounds): "
          f"{len(docs) / elapsed:.0f} articles/s wall, {len(docs) / cpu:.0f} articles/s per CPU-second (one core)")
    print("every round, articles/s per CPU-second: " + ", ".join(f"{len(docs) / c:.0f}" for _, c in rounds)
          + f" (the first one first); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"found {events} events, {quotes} quotes")
    print(f"peak traced memory over 1,000 articles: {peak / 1e6:.1f} MB; max RSS of the process: {rss:.0f} MB")


if __name__ == "__main__":
    main()
