"""treatywatch batch: an archive (WARC, JSON Lines, folders) read and understood in parallel on Dask.

    shards.py   paths -> shards (byte ranges of JSON Lines, compressed dumps, WARC files, groups of
                files) and the articles of one shard, read as ``ingest`` reads them
    warc.py     WARC records -> articles (HTML responses), the rest quarantined or passed over
    work.py     one shard -> understood articles, fingerprints and sketches -> Parquet bytes (pure)
    load.py     a Parquet shard -> the store in bulk (COPY / executemany), with its manifest row
    run.py      the run: Dask (a LocalCluster or a scheduler's address), loads in reading order,
                the link pass, resumption

The result is what ``ingest`` of the same paths gives: the same ids, versions, stories and record.
"""

from .run import BatchSummary, dask_client, link_pass, run_batch
from .shards import Shard, plan, read_shard

__all__ = ["BatchSummary", "Shard", "dask_client", "link_pass", "plan", "read_shard", "run_batch"]
