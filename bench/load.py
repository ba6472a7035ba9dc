"""The load for bench/serve.py, in a process of its own: N keep-alive HTTP/1.1 connections on raw asyncio
streams (uvloop when installed), each sending one GET after the other, bounded in requests and in time.

Why not httpx: on a 2-core machine the instrument must cost far less than the server it measures. The
httpx AsyncClient this bench used (16 connections in one pool) peaked at 170 requests/s, p95 290 ms,
5 ms of its CPU per request, against a server doing no work (2026-12-02, load 2): it was what the
earlier figures measured. A request here is one write and two reads (~0.05 ms of CPU). Its ceiling
against ``trivial`` (a server that answers every request with the same bytes, no HTTP parsing):
``python bench/serve.py --ceiling``. ``wrk`` (C, when on PATH) is the other instrument.

    python bench/load.py HOST PORT PATH CONCURRENCY REQUESTS SECONDS   → one line of JSON
    python bench/load.py --trivial PORT                                → serve fixed bytes until killed
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


async def _answer(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one answer: its status and whether the server keeps the connection open."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    fields = dict(line.lower().split(":", 1) for line in lines[1:] if ":" in line)
    if "content-length" in fields:
        await reader.readexactly(int(fields["content-length"]))
    elif "chunked" in fields.get("transfer-encoding", ""):
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    return status, "close" not in fields.get("connection", "")


async def run(host: str, port: int, path: str, concurrency: int, requests: int, seconds: float) -> dict[str, float]:
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: */*\r\n\r\n".encode("latin-1")
    latencies: list[float] = []
    errors = 0
    left = requests

    async def connection(deadline: float, record: bool) -> None:
        nonlocal left, errors
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while left > 0 and time.perf_counter() < deadline:
                left -= 1
                t = time.perf_counter()
                writer.write(request)
                status, open_ = await _answer(reader)
                if record:
                    latencies.append((time.perf_counter() - t) * 1000)
                    errors += status != 200
                if not open_:
                    writer.close()
                    reader, writer = await asyncio.open_connection(host, port)
        finally:
            writer.close()

    left = 1
    await connection(time.perf_counter() + 300, record=False)   # warm: the first answer reads the caches in
    left = requests
    cpu, start = time.process_time(), time.perf_counter()
    await asyncio.gather(*(connection(start + seconds, record=True) for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50": latencies[len(latencies) // 2], "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)],
            "client_cpu_ms": (time.process_time() - cpu) * 1000 / max(1, len(latencies))}


# -- wrk, when installed --------------------------------------------------------------------------------

WRK_REPORT = """done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "errors": %d, "rps": %f, "p50": %f, "p95": %f}\\n',
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
"""


def wrk(host: str, port: int, path: str, concurrency: int, seconds: float, script: Path) -> dict[str, float]:
    """wrk's figures for ``seconds`` (wrk is bounded in time only) over ``concurrency`` connections."""
    binary = shutil.which("wrk")
    if binary is None:
        raise SystemExit("wrk is not on PATH (Debian: apt-get install wrk)")
    script.write_text(WRK_REPORT)
    out = subprocess.run([binary, "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--timeout", "60s",
                          "-s", str(script), f"http://{host}:{port}{path}"], capture_output=True, text=True,
                         check=True, timeout=seconds + 120)
    found: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


# -- a server with no work in it, to measure the instrument ---------------------------------------------

BODY = b'{"items": []}' + b" " * 2000
TRIVIAL = (b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: " + str(len(BODY)).encode()
           + b"\r\n\r\n" + BODY)


class Trivial(asyncio.Protocol):
    """Answers each request (counted by its blank line) with the same bytes."""

    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.pending = b""

    def data_received(self, data: bytes) -> None:
        self.pending += data
        n = self.pending.count(b"\r\n\r\n")
        if n:
            self.pending = self.pending[self.pending.rfind(b"\r\n\r\n") + 4:]
            self.transport.write(TRIVIAL * n)


async def trivial(port: int) -> None:
    server = await asyncio.get_running_loop().create_server(Trivial, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def _loop_run(coroutine: Any) -> Any:
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


def main(argv: list[str]) -> None:
    if argv[0] == "--trivial":
        _loop_run(trivial(int(argv[1])))
        return
    host, port, path, concurrency, requests, seconds = argv
    print(json.dumps(_loop_run(run(host, int(port), path, int(concurrency), int(requests), float(seconds)))))


if __name__ == "__main__":
    main(sys.argv[1:])
