"""How long does a process take to be ready to understand? CPU seconds, each in a fresh process.

Prints, for building the matchers (no disk cache) and for reading them back from the disk cache
(lexicon/built.py, filled by a first run into a temporary folder): importing treatywatch and loading
the lexicon; then understanding one short text in English (what a process that reads only English
pays); then one short text in every other language of the lexicon (what a mixed ingest pays).

    python bench/startup.py [--rounds 3] [--languages en,ru]

Each figure is the best of ``--rounds`` fresh processes (the machine is shared: the best is the
least disturbed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def child(first: str) -> None:
    """Run in a fresh process: print the CPU seconds of each step as JSON."""
    clock = time.process_time()
    from treatywatch.lexicon import load_lexicon
    from treatywatch.models import Document, Span
    from treatywatch.understand import understand

    imported = time.process_time()
    lexicon = load_lexicon()
    loaded = time.process_time()

    def ready(code: str) -> None:
        pack = lexicon.language(code)
        text = next((t.example for t in pack.triggers if t.example), pack.name)
        understand(Document(f"startup-{code}", text, code, (Span(0, len(text)),), "2024-01-01", "metadata"), lexicon)

    ready(first)
    one = time.process_time()
    for code in sorted(lexicon.languages):
        if code != first:
            ready(code)
    every = time.process_time()
    print(json.dumps({"import": imported - clock, "lexicon": loaded - imported, "one": one - loaded,
                      "all": every - loaded, "languages": len(lexicon.languages)}))


def run(first: str, cache: str) -> dict[str, float]:
    env = dict(os.environ, TREATYWATCH_CACHE_DIR=cache)
    out = subprocess.run([sys.executable, __file__, "--child", first], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def best(first: str, cache: str, rounds: int) -> dict[str, float]:
    runs = [run(first, cache) for _ in range(rounds)]
    return {key: min(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--first", default="en", help="the language made ready first, alone")
    parser.add_argument("--child", metavar="LANG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory(prefix="tw-startup-") as folder:
        run(args.first, folder)  # fills the cache
        for label, cache in (("built (no disk cache)", "off"), ("read back from disk", folder)):
            b = best(args.first, cache, args.rounds)
            print(f"{label}: import {b['import']:.2f} s, lexicon {b['lexicon']:.2f} s, "
                  f"{args.first} ready {b['one']:.2f} s, all {b['languages']:.0f} languages ready "
                  f"{b['all']:.2f} s CPU (best of {args.rounds})")


if __name__ == "__main__":
    main()
