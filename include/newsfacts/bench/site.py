"""The generated corpus served on loopback by a separate process, one port (one politeness host) per site.

A process of its own, so that serving costs no CPU time in the process being measured. The child
prints one JSON line ({"bases": [...], "feeds": [...]}) once every site listens, and serves until its
standard input closes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from newsfacts.bench.corpus import site_content
from newsfacts.sitesrv import SiteServer


@dataclass(frozen=True)
class ServedCorpus:
    """Where the corpus is served: one origin per site, and every feed URL."""

    bases: list[str]
    feeds: list[str]


@contextmanager
def serve(n_articles: int, n_sites: int, base_time: datetime, latency: float = 0.0) -> Iterator[ServedCorpus]:
    """Start the server process for this corpus; stopped (its stdin closed) on exit."""
    cmd = [sys.executable, "-m", "newsfacts.bench.site", "--articles", str(n_articles),
           "--sites", str(n_sites), "--base-time", base_time.isoformat(), "--latency", str(latency)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"benchmark site server exited with {proc.wait()}")
        info = json.loads(line)
        yield ServedCorpus(info["bases"], info["feeds"])
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsfacts.bench.site")
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--sites", type=int, default=8)
    parser.add_argument("--base-time", required=True, help="ISO time the articles are dated back from")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    args = parser.parse_args(argv)
    content = site_content(args.articles, args.sites, datetime.fromisoformat(args.base_time))
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-site-") as root, ExitStack() as stack:
        bases, feeds = [], []
        for pages in content:
            srv = stack.enter_context(SiteServer(Path(root), latency=args.latency))
            for path, body in pages.items():
                srv.add_page(path, body)
            bases.append(srv.base_url)
            feeds += [srv.url(p) for p in pages if p.startswith("/feeds/")]
        del content
        print(json.dumps({"bases": bases, "feeds": feeds}), flush=True)
        sys.stdin.read()  # serve until the benchmark closes our input
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
