"""treatywatch batch: the same store as ingest, on a real Dask cluster; resumable; WARC and dumps."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from treatywatch.batch import dask_client, plan, read_shard, run_batch
from treatywatch.export.eval import export_eval
from treatywatch.models import Article, Rejected
from treatywatch.pipeline import ingest_paths
from treatywatch.store import open_store

BIN = Path(sys.executable).parent


def _files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "articles"
    if not shared.is_dir():
        pytest.skip(f"the shared corpus is not at {shared}")
    return shared


@pytest.fixture(scope="module")
def ingested(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """``export eval`` of ``ingest`` on the shared corpus: what batch must give."""
    tmp = tmp_path_factory.mktemp("ingest")
    with open_store(f"sqlite:///{tmp / 'i.db'}") as store:
        ingest_paths([str(corpus)], store, on_rejected=lambda _m: None)
        export_eval(store, tmp / "out")
    files = _files(tmp / "out")
    assert "facts.jsonl" in files and files["facts.jsonl"].strip()   # the record is compared too
    return files


def test_batch_on_a_local_cluster_of_two_workers_exports_what_ingest_does(
        corpus: Path, ingested: dict[str, str], tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'b.db'}") as store, dask_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        # small shards, so both workers get some and shards finish out of order
        summary = run_batch([str(corpus)], store, client=client, work_dir=tmp_path / "work", files_per_shard=10)
        assert summary.shards == 8 and summary.new == 74 and summary.filed == 74
        assert summary.worker_max_rss > 0
        export_eval(store, tmp_path / "out")
        assert _files(tmp_path / "out") == ingested
        again = run_batch([str(corpus)], store, client=client, work_dir=tmp_path / "work", files_per_shard=10)
        assert again.resumed == 8 and again.new == 0 and again.filed == 0


def test_ingest_through_a_pool_of_two_processes_exports_what_one_process_does(
        corpus: Path, ingested: dict[str, str], tmp_path: Path) -> None:
    """``ingest --workers 2``: articles read in two worker processes, the next batch handed to them
    while this one is written (batches of 10 here, so that happens seven times), in groups of 4 per
    transaction: the store is the one a single process makes."""
    from treatywatch.pipeline import local_map

    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store, local_map(2) as pool_map:
        summary = ingest_paths([str(corpus)], store, map=pool_map, batch=10, commit_every=4,
                               on_rejected=lambda _m: None)
        assert summary.new == 74
        export_eval(store, tmp_path / "out")
    assert _files(tmp_path / "out") == ingested


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[str]:
    """A scheduler and two workers, each its own process (`dask scheduler`, `dask worker`)."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    log = (tmp_path / "dask.log").open("wb")
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], env=env, stdout=log, stderr=log)]
    try:
        time.sleep(2)
        for _ in range(2):
            procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1",
                                           "--no-dashboard"], env=env, stdout=log, stderr=log))
        from dask.distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        log.close()


def test_batch_through_a_scheduler_and_workers_in_their_own_processes(
        corpus: Path, ingested: dict[str, str], cluster: str, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    done = subprocess.run([str(BIN / "treatywatch"), "--db", f"sqlite:///{db}", "batch", str(corpus),
                           "--scheduler", cluster], capture_output=True, text=True, timeout=900,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "74 new" in done.stdout
    with open_store(f"sqlite:///{db}") as store:
        export_eval(store, tmp_path / "out")
    assert _files(tmp_path / "out") == ingested


def test_a_run_stopped_midway_and_resumed_stores_every_article_once(corpus: Path, tmp_path: Path) -> None:
    names = sorted(corpus.glob("*.json"))[:12]
    src = tmp_path / "in"
    src.mkdir()
    for p in names:
        shutil.copy(p, src / p.name)
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_store(url) as store:
        first = run_batch([str(src)], store, work_dir=tmp_path / "w", files_per_shard=3, stop_after=2)
        assert first.new == 6 and first.filed == 0          # killed after two of four shards
        # the next shard's Parquet file half written when it was killed: never loaded as it is
        (tmp_path / "w" / "junk.parquet.tmp").write_bytes(b"PAR1 half")
        second = run_batch([str(src)], store, work_dir=tmp_path / "w", files_per_shard=3)
        assert second.resumed == 2 and second.new == 6 and second.filed == 12
        third = run_batch([str(src)], store, work_dir=tmp_path / "w", files_per_shard=3)
        assert third.new == 0 and third.filed == 0
        counts = store.counts()
    assert counts["articles"] == 12 and counts["article_ids"] == 12
    assert counts["story_members"] == 12 and counts["batch_shards"] == 4


def test_killed_process_resumes(corpus: Path, tmp_path: Path) -> None:
    """A real kill (SIGKILL of the command) in the middle, then the same command again."""
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(corpus.glob("*.json"))[:30]:
        shutil.copy(p, src / p.name)
    db = tmp_path / "k.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    code = ("import sys; from treatywatch.store import open_store; from treatywatch.batch import run_batch\n"
            f"s = open_store({f'sqlite:///{db}'!r})\n"
            f"run_batch([{str(src)!r}], s, work_dir=__import__('pathlib').Path({str(tmp_path / 'w')!r}), "
            "files_per_shard=2, on_shard=lambda n, a: print('shard', flush=True))\n")
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(3):   # three shards loaded, then killed without warning
        assert proc.stdout.readline().startswith("shard")
    proc.kill()
    proc.wait()
    with open_store(f"sqlite:///{db}") as store:
        assert 0 < store.counts()["articles"] < 30
        run_batch([str(src)], store, work_dir=tmp_path / "w", files_per_shard=2)
        counts = store.counts()
    assert counts["articles"] == 30 and counts["article_ids"] == 30 and counts["story_members"] == 30


# -- inputs --------------------------------------------------------------------------------------------

PAGE = ("<html lang='en'><head><title>Arms talks resume</title>"
        "<meta property='article:published_time' content='2024-03-05'></head><body><article>"
        "<h1>Arms talks resume</h1><p>Negotiators from both capitals met again on Tuesday to discuss "
        "limits on strategic weapons, officials said after the meeting.</p>"
        "<p>The delegations agreed to continue the consultations next month in Geneva.</p>"
        "</article></body></html>")


def _warc(path: Path, broken_tail: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))

        def response(url: str, ctype: str, body: bytes) -> None:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

        response("https://news.example/a.html", "text/html; charset=utf-8", PAGE.encode())
        w.write_record(w.create_warc_record("https://news.example/a.html", "request",
                                            payload=io.BytesIO(b"GET /a.html HTTP/1.1\r\n\r\n")))
        response("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\nxxxx")
        response("https://news.example/b.html", "text/html", PAGE.replace("Tuesday", "Friday").encode())
    if broken_tail:
        with path.open("ab") as f:
            f.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 900\r\n\r\nHTTP/1.1 2"))


def test_warc_pages_are_read_and_non_html_and_broken_records_quarantined(tmp_path: Path) -> None:
    _warc(tmp_path / "crawl.warc.gz", broken_tail=True)
    shards, skipped = plan([str(tmp_path)])
    assert [s.kind for s in shards] == ["warc"] and not skipped
    items = list(read_shard(shards[0]))
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [a.url for a in articles] == ["https://news.example/a.html", "https://news.example/b.html"]
    assert articles[0].id.startswith("url-") and articles[0].published == "2024-03-05"
    assert articles[0].text.startswith("Arms talks resume")
    assert len(rejected) == 2
    assert "not an HTML page (content type image/png)" in rejected[0].reason
    assert "broken WARC record" in rejected[1].reason
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        summary = run_batch([str(tmp_path / "crawl.warc.gz")], store, work_dir=tmp_path / "w")
        assert (summary.new, summary.quarantined) == (2, 2)
        assert len(store.quarantined()) == 2


def test_jsonl_gz_zst_and_cut_jsonl_give_ingests_ids(tmp_path: Path) -> None:
    import zstandard

    records = [{"text": f"Line {i}: the treaty talks went on for another day in the capital."} for i in range(40)]
    body = "".join(json.dumps(r) + "\n" for r in records).encode()
    (tmp_path / "dump.jsonl").write_bytes(body)
    (tmp_path / "dump2.jsonl.gz").write_bytes(gzip.compress(body))
    (tmp_path / "dump3.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(body))
    shards, _ = plan([str(tmp_path)], shard_bytes=500)
    kinds = [s.kind for s in shards]
    assert kinds.count("jsonl") > 3 and kinds.count("jsonl-compressed") == 2
    ids = [i.id for s in shards for i in read_shard(s) if isinstance(i, Article)]
    assert ids == [f"dump-{n}" for n in range(1, 41)] + [f"dump2-{n}" for n in range(1, 41)] + \
        [f"dump3-{n}" for n in range(1, 41)]


def test_normalise_has_no_per_character_loop_and_gives_what_it_gave() -> None:
    import random

    from treatywatch.text import normalise as n

    def before(text: str) -> str:
        import unicodedata

        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
        text = "".join(ch for ch in text if n._keep(ch))
        text = n._SPACES.sub(" ", text)
        text = "\n".join(line.strip() for line in text.split("\n"))
        return unicodedata.normalize("NFC", n._BLANK_LINES.sub("\n\n", text).strip())

    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(chr(rng.choice([rng.randint(0, 0x3000), rng.randint(0, 0x10FFFF), rng.randint(0, 0x80)]))
                       for _ in range(rng.randint(0, 120)))
        assert n.normalise(text) == before(text)
