"""Ingest: files, folders, standard input and uploaded bytes to ``Article`` or ``Rejected``.

Readers never raise on bad input: an unreadable, binary, empty, oversize or malformed input becomes a
``Rejected`` with a one-line reason, and the batch goes on.

    read_paths(paths, stdin=None) ──► read_file / read_stdin ──► read_bytes ──► decode ──► sniff
                                                                                   │
                     plain.read_text ◄─── text ─────────┬──────── html ───► webpage.read_html
                                                        └──── json / jsonl ──► records.read_*
"""

from treatywatch.ingest.dispatch import MAX_BYTES, read_bytes
from treatywatch.ingest.paths import read_paths

__all__ = ["MAX_BYTES", "read_bytes", "read_paths"]
