"""The whole flow on one screen.

    read_paths ─► Article ──► (already stored and understood? skip) ─► read_article ─► store
               └► Rejected ─► quarantine, one line to the user           (pure: map)

``read_article`` (make_document + understand) is pure, so the ``map`` that runs it is injected:
``builtins.map`` here, ``ProcessPoolExecutor.map`` for all cores, a cluster's map elsewhere. Writes
happen in this process only, one short transaction per few inputs.
"""

from __future__ import annotations

import builtins
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from .models import Article, Document, Rejected, Understanding
from .store import Added, DocumentRow, Store

if TYPE_CHECKING:
    from datasketch import MinHash

    from .link import Fingerprint

T = TypeVar("T")
Mapper = Callable[[Callable[[Article], "Read"], Sequence[Article]], Iterable["Read"]]


@dataclass(frozen=True)
class Read:
    """What the pure step made of one article, or why it could not."""

    article: Article
    document: Document | None = None
    understanding: Understanding | None = None
    error: str | None = None
    # what the story linker needs of it (link.prepare: fingerprint and MinHash sketch), made here so
    # that a pool's workers make it too
    prepared: tuple[Fingerprint, MinHash | None] | None = None


def read_article(article: Article) -> Read:
    """make_document + understand, for one article. Top-level and picklable for process pools."""
    from .lexicon import load_lexicon  # cached per process; imported here so workers load it lazily
    from .link import prepare
    from .link.store import record_for
    from .text.document import make_document
    from .understand import understand

    lexicon = load_lexicon()   # broken data (a DataError) stops the run in one line: it is no article's fault
    try:
        doc = make_document(article, lexicon)
        understanding = understand(doc, lexicon)
        return Read(article, doc, understanding, prepared=prepare(record_for(article, doc, understanding)))
    except Exception as e:  # noqa: BLE001 - a bug on one text must not stop the batch: quarantined, with why
        return Read(article, error=f"could not be read (a bug, please report it): {type(e).__name__}: {e}")


@dataclass(frozen=True)
class RunArticle:
    """One article of a run, for the closing table."""

    article_id: str
    version: int
    status: str  # new | unchanged | version
    language: str
    published: str | None
    published_how: str
    title: str | None


@dataclass(frozen=True)
class Summary:
    read: int
    new: int
    unchanged: int
    versions: int
    quarantined: int
    by_language: dict[str, int]
    articles: tuple[RunArticle, ...] = ()
    skipped: int = 0  # files in a folder that are no article format (README.md)

    def line(self) -> str:
        langs = ", ".join(f"{k} {v}" for k, v in sorted(self.by_language.items())) or "none"
        skipped = f" ({self.skipped} other files skipped)" if self.skipped else ""
        return (f"read {self.read}{skipped}: {self.new} new, {self.unchanged} unchanged, {self.versions} new "
                f"versions, {self.quarantined} quarantined; by language: {langs}")


def warn(message: str) -> None:
    print(message, file=sys.stderr)


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _run_article(article: Article, added: Added, res: Read | None, row: DocumentRow | None) -> RunArticle:
    """What this run knows of an article: just understood (``res``), or as stored before (``row``)."""
    if res is not None and res.understanding is not None:
        u = res.understanding
        return RunArticle(article.id, added.version, added.status, u.language, u.published, u.published_how,
                          article.title)
    if row is not None:
        return RunArticle(article.id, added.version, added.status, row.language, row.published,
                          row.published_how, row.title)
    return RunArticle(article.id, added.version, added.status, article.language or "und", article.published,
                      article.published_how, article.title)


def _understood(store: Store, article: Article) -> bool:
    row = store.find_version(article.id, article.content_hash)
    return row is not None and row.understood


def ingest_paths(paths: Iterable[str], store: Store, *, stdin: BinaryIO | None = None,
                 **options: Any) -> Summary:
    """Read files, folders or ``-`` (stdin), then ``ingest_items`` (same options). A path that names
    nothing (a typo, a URL) is an ``ArgumentError`` before anything is read."""
    from .ingest import read_paths
    from .ingest.paths import check_paths

    paths = list(paths)
    check_paths(paths)
    return ingest_items(read_paths(paths, stdin), store, **options)


def ingest_items(
    inputs: Iterable[Article | Rejected],
    store: Store,
    *,
    map: Mapper = builtins.map,
    batch: int = 200,
    commit_every: int = 100,
    on_rejected: Callable[[str], None] = warn,
    on_progress: Callable[[int], None] | None = None,
    on_quarantined: Callable[[Rejected], None] | None = None,
) -> Summary:
    """Store every article version read, understand and link the new ones, quarantine bad inputs
    (each reported through ``on_rejected`` as a line, and ``on_quarantined`` as a record), and keep
    the record's facts current for what was understood (know.refresh.keep_record). Running it twice
    changes nothing. The command line, the web's uploads and the watch all come here."""
    from .know.refresh import is_stale, keep_record
    from .link import prepare
    from .link.store import assign as assign_story
    from .link.store import assign_prepared, in_effect, record_for

    fresh_before = not is_stale(store)
    link_settings = in_effect()   # read once a run, not once an article
    understood: list[str] = []
    count: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    seen: list[RunArticle] = []

    def reject(r: Rejected) -> None:
        if r.skipped:
            count["skipped"] += 1
            on_rejected(r.message())
            return
        store.quarantine(r)
        count["quarantined"] += 1
        on_rejected(f"quarantined: {r.message()}")
        if on_quarantined is not None:
            on_quarantined(r)

    def planned() -> Iterator[tuple[list[Article | Rejected], dict[int, DocumentRow | None], list[Article],
                                    Iterable[Read]]]:
        """Each batch with what is stored of it and its articles to read, handed to ``map`` one batch
        ahead: a process pool (whose map takes every article at once) reads the next batch while
        this process writes the one before. builtins.map reads each when it is written, as before."""
        ahead = None
        for items in _batches(inputs, batch):
            articles = [i for i in items if isinstance(i, Article)]
            known = store.find_versions([(a.id, a.content_hash) for a in articles])
            stored = {id(a): known.get((a.id, a.content_hash)) for a in articles}
            fresh = [a for a in articles if not (row := stored[id(a)]) or not row.understood]
            results = map(read_article, fresh)
            if ahead is not None:
                yield ahead
            ahead = (items, stored, fresh, results)
        if ahead is not None:
            yield ahead

    for items, stored, fresh, results in planned():
        # Matched by position: a process pool hands back copies, not the objects it was given.
        done = {id(a): r for a, r in zip(fresh, results, strict=True)}
        # One write transaction per ``commit_every`` inputs: their rows written a table at a time
        # (Store.add_versions), then each filed into its story in order. Another writer (a second
        # ingest, the web's uploads) waits a fraction of a second (some 0.3 s for 100), not a whole
        # batch; a failure rolls back the open group only, and running ingest again redoes it (nothing
        # is half-stored). Each commit costs: SQLite writes every page the group touched, the full-text
        # index a segment, the linker its held-back rows (50 a group cost 0.25 ms an article more).
        for group in _batches(items, commit_every):
            with store.batch():
                kept: list[tuple[Article, Read | None]] = []
                for item in group:
                    count["read"] += 1
                    if isinstance(item, Rejected):
                        reject(item)
                        continue
                    res = done.get(id(item))
                    if res is not None and res.error is not None:
                        reject(Rejected(item.source, res.error, item.line, item.id,
                                        item.original.encode("utf-8", "surrogatepass")))
                        continue
                    kept.append((item, res))
                added_all = store.add_versions([(a, r.document if r else None, r.understanding if r else None)
                                                for a, r in kept])
                for (item, res), added in zip(kept, added_all, strict=True):
                    if res is not None and res.understanding is not None:
                        if added.status != "unchanged":   # stored just now, with its understanding
                            understood.append(item.id)
                            fp, sketch = res.prepared or prepare(record_for(item, res.document, res.understanding))
                            assign_prepared(store, fp, sketch, link_settings)
                        elif not _understood(store, item):   # stored before, never understood
                            store.save_understanding(added.pk, res.understanding)
                            understood.append(item.id)
                            assign_story(store, added.pk, link_settings)
                        # (unchanged and understood: another writer stored this very version meanwhile)
                    count[added.status] += 1
                    seen.append(_run_article(item, added, res, stored[id(item)]))
                    languages[seen[-1].language] += 1
        if on_progress is not None:
            on_progress(len(items))
    keep_record(store, understood, fresh_before)
    return Summary(count["read"] - count["skipped"], count["new"], count["unchanged"], count["version"],
                   count["quarantined"], dict(languages), tuple(seen), count["skipped"])


@dataclass(frozen=True)
class Reread:
    understood: int
    failed: int
    by_language: dict[str, int]

    def line(self) -> str:
        langs = ", ".join(f"{k} {v}" for k, v in sorted(self.by_language.items())) or "none"
        return f"understood {self.understood} articles again, {self.failed} failed; by language: {langs}"


def reunderstand(
    store: Store,
    *,
    map: Mapper = builtins.map,
    batch: int = 200,
    on_failed: Callable[[str], None] = warn,
    on_progress: Callable[[int], None] | None = None,
) -> Reread:
    """Understand the latest version of every stored article again (after the lexicon or the code
    improved). An article that fails keeps its previous understanding. The stories and the record's
    facts are rebuilt from what was understood."""
    count: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    for rows in _batches(store.latest_articles(), batch):
        results = list(map(read_article, [r.to_article() for r in rows]))
        with store.batch():
            for row, res in zip(rows, results, strict=True):
                if res.error is not None or res.document is None or res.understanding is None:
                    count["failed"] += 1
                    on_failed(f"not understood: {row.article_id}: {res.error}")
                    continue
                store.replace_sentences(row.pk, res.document.sentences)
                store.save_understanding(row.pk, res.understanding)
                count["understood"] += 1
                languages[res.understanding.language] += 1
        if on_progress is not None:
            on_progress(len(rows))
    if count["understood"]:
        from .link.store import recluster  # what was understood anew links anew: stories follow

        recluster(store)
    from .know.refresh import refresh_facts

    refresh_facts(store)   # every understanding changed: the whole record, and links may have moved
    return Reread(count["understood"], count["failed"], dict(languages))


@contextmanager
def local_map(workers: int) -> Iterator[Any]:
    """The injected map of ``ingest_items``: builtins.map in this process, or a process pool's map over
    ``workers`` processes whose workers end with their parent (the command line and ``watch`` use it)."""
    if workers <= 1:
        yield builtins.map
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(workers, initializer=_end_with_parent, initargs=(os.getpid(),)) as pool:
        yield partial(pool.map, chunksize=8)


def _end_with_parent(parent: int) -> None:
    """In each worker: end when the parent ends, however it ends (``kill -9`` included), instead of
    living on as an orphan holding its memory. Linux asks the kernel (PR_SET_PDEATHSIG); everywhere,
    a daemon thread also watches for the parent to go."""
    import signal
    import threading

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the thread below does it
        pass
    if os.getppid() != parent:  # the parent died before this line
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
