"""A loopback HTTP server for a static site, with injectable faults.

The pipeline must be demonstrable and testable without internet access, so
`make demo` and the tests serve our own small news site (`include/demo_site/`)
from 127.0.0.1. Feeds and pages cannot know the port in advance (tests bind
port 0 so parallel runs never collide), hence every absolute URL in the site is
written as ``{{BASE_URL}}`` and filled in per request.

The server deliberately behaves like a real, well-mannered news site
(content types, ETag / Last-Modified and 304s) because the fetcher's
conditional-GET logic is only proven if the server can answer "not modified".
It can also misbehave on demand (``add_fault``) so that retry, timeout and
bad-feed handling are exercised by tests rather than trusted.

Usage::

    with SiteServer(Path("include/demo_site")) as srv:
        feed_url = f"{srv.base_url}/feeds/world.rss"
        srv.add_fault("/feeds/region.rss", "500", times=1)   # fails once, then recovers
        ...
        assert srv.count("/articles/idlib-strike.html") == 1

or from a shell: ``python -m newsfacts.sitesrv --root include/demo_site --port 8765``.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import http.server
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from email.message import Message
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Literal, Self
from urllib.parse import unquote, urlsplit

__all__ = ["PLACEHOLDER", "FaultKind", "SiteServer", "StalledListener", "content_type_for", "main"]

#: The token written in the site's files wherever an absolute URL needs the server's origin.
PLACEHOLDER = "{{BASE_URL}}"

FaultKind = Literal[
    "500", "invalid_xml", "slow", "reset",
    "503", "429", "stall_body", "truncate", "reset_body", "trickle", "gzip_bomb", "huge", "redirect",
]
_FAULT_KINDS: frozenset[str] = frozenset({
    "500", "invalid_xml", "slow", "reset",
    "503", "429", "stall_body", "truncate", "reset_body", "trickle", "gzip_bomb", "huge", "redirect",
})

#: Default delay for a bare "slow" fault: longer than any sane client timeout in a test.
DEFAULT_SLOW_SECONDS = 5.0
#: What a bare parameterised fault means: seconds, megabytes, or a redirect target.
_FAULT_DEFAULTS: dict[str, float | str] = {
    "slow": DEFAULT_SLOW_SECONDS, "stall_body": DEFAULT_SLOW_SECONDS, "trickle": 0.2,
    "gzip_bomb": 1024.0, "huge": 50.0, "503": 0.0, "429": 0.0, "redirect": "",
}

# Feeds get their specific media types (not text/xml) because feed readers and our
# fetcher use the Content-Type to decide how to treat a response. Everything we serve
# as text is UTF-8, so saying so up front spares clients from guessing.
_CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
}
_TEXT_SUFFIXES: frozenset[str] = frozenset(s for s, t in _CONTENT_TYPES.items() if "charset=" in t)

# An HTML error page where a feed was expected: the commonest way real "feeds" break.
# Mismatched tags and a bare '&' make sure no XML parser can accept it.
_INVALID_XML_BODY = (
    b"<html><head><title>Service unavailable</title></head><body>\n"
    b"<h1>We'll be back soon</h1><p>Maintenance & upgrades in progress<br>\n"
    b"</body></div>\n"
)


def content_type_for(path: str) -> str:
    """The Content-Type for a file name; unknown types are served as opaque bytes, never guessed as text."""
    return _CONTENT_TYPES.get(Path(path).suffix.lower(), "application/octet-stream")


def _is_text_type(content_type: str) -> bool:
    return content_type.startswith("text/") or "xml" in content_type or "json" in content_type


def _etag(body: bytes) -> str:
    # Hash of the bytes actually sent (after substitution): a different port is a different
    # representation, and clients that cached the old one must not get a 304 for it.
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _normalise(path: str) -> str:
    """Route key for a request target or a path given to add_fault/add_page: no query, leading slash."""
    route = unquote(urlsplit(path).path) or "/"
    return route if route.startswith("/") else "/" + route


@dataclass(frozen=True)
class _Fault:
    kind: str
    seconds: float  # seconds, or megabytes for gzip_bomb/huge, or Retry-After for 503/429 (0: none)
    remaining: int | None  # None: for ever
    target: str = ""  # where a "redirect" fault points ("" : back to the same path, a loop)


@dataclass
class _Page:
    body: bytes
    content_type: str
    last_modified: float = field(default_factory=time.time)


@dataclass
class _Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes = b""


class _Httpd(http.server.ThreadingHTTPServer):
    # Handler threads are daemons so a slow or kept-alive connection never blocks shutdown.
    daemon_threads = True
    site: SiteServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that time out or hang up mid-response are normal in fault tests; a traceback
        # on stderr for each would drown the test output. Only show them when asked.
        if self.site.verbose:
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Httpd
    server_version = "newsfacts-sitesrv/0.1"
    # HTTP/1.1 so that keep-alive clients (requests.Session) behave as against a real site.
    protocol_version = "HTTP/1.1"
    # A client that holds a kept-alive connection open must not pin a thread for ever.
    timeout = 15
    # Headers and body go out as separate writes: with Nagle's algorithm on, the body waits for the
    # client's delayed ACK of the headers (~40 ms a response on Linux), which would make the server,
    # not the code under test, the bottleneck of every fetch measured against it.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        site = self.server.site
        route = _normalise(self.path)
        fault = site._take_fault(route)
        if fault is not None and fault.kind == "reset":
            self._record(0)
            self._reset()
            return
        if fault is not None and fault.kind in _BODY_FAULTS:
            self._misbehave_in_body(route, fault, head)
            return
        if fault is not None and fault.kind == "500":
            resp = _Response(500, [("Content-Type", "text/plain; charset=utf-8")], b"Internal Server Error\n")
        elif fault is not None and fault.kind in ("503", "429"):
            headers = [("Content-Type", "text/plain; charset=utf-8")]
            if fault.seconds > 0:
                headers.append(("Retry-After", f"{fault.seconds:g}"))
            resp = _Response(int(fault.kind), headers, b"Try again later\n")
        elif fault is not None and fault.kind == "redirect":
            target = fault.target or route
            if target.startswith("/"):
                target = site.base_url + target
            resp = _Response(302, [("Location", target), ("Content-Type", "text/plain; charset=utf-8")], b"")
        elif fault is not None and fault.kind == "invalid_xml":
            ctype = content_type_for(route)
            if not _is_text_type(ctype):
                ctype = "application/xml; charset=utf-8"
            resp = _Response(200, [("Content-Type", ctype)], _INVALID_XML_BODY)
        else:
            resp = site._resolve(route, self.headers)
        # Logged when the response is decided, not when it is sent, so a test can see a slow
        # request in the log while the client is still waiting for it.
        self._record(resp.status)
        delay = site.latency + (fault.seconds if fault is not None and fault.kind == "slow" else 0.0)
        if delay > 0 and site._stopping.wait(delay):
            self.close_connection = True  # server stopping: don't answer late into a torn-down test
            return
        self._send(resp, head)

    def _send(self, resp: _Response, head: bool) -> None:
        try:
            self.send_response_only(resp.status)
            self.send_header("Date", self.date_time_string())
            self.send_header("Server", self.version_string())
            for name, value in resp.headers:
                self.send_header(name, value)
            if resp.status != 304:
                self.send_header("Content-Length", str(len(resp.body)))
            self.end_headers()
            if not head and resp.status != 304:
                self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. its timeout fired): nothing to do

    def _misbehave_in_body(self, route: str, fault: _Fault, head: bool) -> None:
        """Faults that strike after the status line: the client thinks it has a response."""
        site = self.server.site
        self.close_connection = True
        if fault.kind == "gzip_bomb":
            body = _gzip_bomb(int(fault.seconds))
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
                       ("Content-Length", str(len(body)))]
        elif fault.kind == "huge":
            body = b""
            headers = [("Content-Type", "text/html; charset=utf-8"), ("Connection", "close")]
        else:
            resp = site._resolve(route, self.headers)
            if resp.status != 200:
                self._record(resp.status)
                self._send(resp, head)
                return
            body = resp.body
            headers = [*resp.headers, ("Content-Length", str(len(body)))]
        self._record(200)
        try:
            self.send_response_only(200)
            self.send_header("Date", self.date_time_string())
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            if head:
                return
            half = body[: len(body) // 2]
            if fault.kind == "gzip_bomb":
                self.wfile.write(body)
            elif fault.kind == "huge":
                filler = b"<p>" + b"filler " * 145 + b"</p>\n"  # ~1 KiB
                block = filler * 1024
                self.wfile.write(b"<html><body>")
                for _ in range(int(fault.seconds)):
                    if site._stopping.is_set():
                        return
                    self.wfile.write(block)
            elif fault.kind == "stall_body":
                self.wfile.write(half)
                self.wfile.flush()
                site._stopping.wait(fault.seconds)
            elif fault.kind == "truncate":
                self.wfile.write(half)
            elif fault.kind == "reset_body":
                self.wfile.write(half)
                self.wfile.flush()
                self._reset()
            elif fault.kind == "trickle":
                for i in range(len(body)):
                    if site._stopping.wait(fault.seconds):
                        return
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client gave up, as it should against most of these

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN, which is what a
        # crashing proxy or a dropped connection looks like to the client: no status line at all.
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _record(self, status: int) -> None:
        command = self.command or "-"  # None when the request line itself was unparseable
        headers = dict(self.headers.items()) if getattr(self, "headers", None) is not None else {}
        self.server.site._log(command, getattr(self, "path", "-"), status, headers)
        self.log_request(status)  # printed only when verbose, see log_message

    def send_response(self, code: int, message: str | None = None) -> None:
        # Used by the base class's own error paths (400, 414, 501); keep the request log complete.
        self._record(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - base-class signature
        if self.server.site.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")


class SiteServer:
    """Serve a directory (plus in-memory pages) over HTTP on a loopback port, in a daemon thread."""

    def __init__(
        self,
        root: Path | str,
        host: str = "127.0.0.1",
        port: int = 0,
        latency: float = 0.0,
        verbose: bool = False,
    ) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise NotADirectoryError(f"site root is not a directory: {self.root}")
        self.host = host
        self.port = port
        self.latency = latency
        self.verbose = verbose
        self._lock = threading.Lock()
        self._requests: list[tuple[str, str, int]] = []
        self._request_headers: list[tuple[str, dict[str, str]]] = []
        self._faults: dict[str, _Fault] = {}
        self._pages: dict[str, _Page] = {}
        self._stopping = threading.Event()
        self._httpd: _Httpd | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind and start serving; returns self so `srv = SiteServer(root).start()` reads naturally."""
        if self._httpd is not None:
            raise RuntimeError("server already started")
        self._stopping.clear()
        httpd = _Httpd((self.host, self.port), _Handler)
        httpd.site = self
        self.port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"sitesrv:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port; handlers sleeping in a "slow" fault are woken and dropped."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """Origin clients should use, e.g. ``http://127.0.0.1:43121`` (no trailing slash)."""
        if self._httpd is None:
            raise RuntimeError("server not started: the port (and so the base URL) is not known yet")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL for a site path (query kept), so tests don't hand-join strings."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # -- test controls ---------------------------------------------------------------------------

    def add_fault(
        self,
        path: str,
        kind: FaultKind | tuple[FaultKind, float | str],
        times: int | None = None,
    ) -> None:
        """Make `path` misbehave. Kinds, with the meaning of the tuple form's second element:

        - "500"; "503"/"429" (Retry-After seconds); "invalid_xml"; "slow" (seconds before answering);
          "reset" (RST before any status line);
        - "stall_body" (headers and half the body, then silence for N seconds); "truncate" (half the
          declared body, then close); "reset_body" (half the body, then RST); "trickle" (one byte
          every N seconds);
        - "gzip_bomb" (N MB of zeros, gzip-encoded: ~1 KB per MB on the wire); "huge" (N MB of HTML,
          no Content-Length);
        - "redirect" (a 302 to a path or URL; bare: to itself, a loop).

        `times` limits the fault to the next N requests, after which the path serves normally
        again: that is how a test proves a retry recovers rather than merely gives up.
        """
        param: float | str | None = None
        if isinstance(kind, tuple):
            kind, param = kind[0], kind[1]
        if kind not in _FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {sorted(_FAULT_KINDS)}")
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 (or None for a permanent fault)")
        if param is None:
            param = _FAULT_DEFAULTS.get(kind, DEFAULT_SLOW_SECONDS)
        target = str(param) if kind == "redirect" else ""
        seconds = 0.0 if kind == "redirect" else float(param)
        with self._lock:
            self._faults[_normalise(path)] = _Fault(kind, seconds, times, target)

    def remove_fault(self, path: str) -> None:
        with self._lock:
            self._faults.pop(_normalise(path), None)

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def add_page(self, path: str, body: bytes | str, content_type: str | None = None) -> None:
        """Serve extra content at `path`, shadowing any file there; ``{{BASE_URL}}`` is filled in text types.

        Replacing a page changes its ETag and Last-Modified, so a test can simulate a feed gaining entries.
        """
        route = _normalise(path)
        if isinstance(body, str):
            body = body.encode("utf-8")
        ctype = content_type or content_type_for(route)
        with self._lock:
            previous = self._pages.get(route)
            # Last-Modified has one-second resolution; make a replacement visibly newer.
            stamp = time.time()
            if previous is not None and int(stamp) <= int(previous.last_modified):
                stamp = float(int(previous.last_modified) + 1)
            self._pages[route] = _Page(body, ctype, stamp)

    def remove_page(self, path: str) -> None:
        with self._lock:
            self._pages.pop(_normalise(path), None)

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        """Snapshot of (method, path-as-requested, status); status 0 means the connection was reset."""
        with self._lock:
            return list(self._requests)

    def count(self, path: str, method: str | None = "GET") -> int:
        """How many times `path` (query ignored) was requested, e.g. to assert dedup or 304 reuse."""
        route = _normalise(path)
        with self._lock:
            return sum(
                1 for m, p, _ in self._requests if _normalise(p) == route and (method is None or m == method)
            )

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()
            self._request_headers.clear()

    def request_headers(self, path: str) -> list[dict[str, str]]:
        """The headers of every request for `path` (query ignored), oldest first: what clients sent."""
        route = _normalise(path)
        with self._lock:
            return [dict(h) for p, h in self._request_headers if _normalise(p) == route]

    # -- internals used by the handler -----------------------------------------------------------

    def _log(self, method: str, path: str, status: int, headers: dict[str, str] | None = None) -> None:
        with self._lock:
            self._requests.append((method, path, status))
            self._request_headers.append((path, headers or {}))

    def _take_fault(self, route: str) -> _Fault | None:
        with self._lock:
            fault = self._faults.get(route)
            if fault is None:
                return None
            if fault.remaining is not None:
                if fault.remaining <= 1:
                    del self._faults[route]
                else:
                    self._faults[route] = _Fault(fault.kind, fault.seconds, fault.remaining - 1, fault.target)
            return fault

    def _file_for(self, route: str) -> Path | None:
        rel = route.lstrip("/")
        candidate = (self.root / rel).resolve()
        # Never serve outside the root, whatever '..' or symlink tricks the path contains.
        if candidate != self.root and not candidate.is_relative_to(self.root):
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    def _resolve(self, route: str, headers: Message) -> _Response:
        with self._lock:
            page = self._pages.get(route)
        if page is not None:
            body, ctype, mtime = page.body, page.content_type, page.last_modified
        else:
            path = self._file_for(route)
            if path is None:
                return _Response(404, [("Content-Type", "text/plain; charset=utf-8")], b"Not Found\n")
            body, ctype, mtime = path.read_bytes(), content_type_for(path.name), path.stat().st_mtime
        if _is_text_type(ctype) and PLACEHOLDER.encode() in body:
            body = body.replace(PLACEHOLDER.encode(), self.base_url.encode())
        etag = _etag(body)
        last_modified = formatdate(mtime, usegmt=True)
        common = [("ETag", etag), ("Last-Modified", last_modified)]
        if _not_modified(headers, etag, int(mtime)):
            return _Response(304, common)
        return _Response(200, [("Content-Type", ctype), *common], body)


_BODY_FAULTS: frozenset[str] = frozenset(
    {"stall_body", "truncate", "reset_body", "trickle", "gzip_bomb", "huge"}
)


@functools.cache
def _gzip_bomb(megabytes: int) -> bytes:
    """`megabytes` MiB of zeros as concatenated gzip members: about 1 KB on the wire per MiB inflated.

    Gzip allows several members back to back and decoders must inflate them all, so one small
    member repeated is as much a bomb as one huge stream, and costs nothing to build.
    """
    member = gzip.compress(b"\0" * (1 << 20), compresslevel=9)
    return member * max(1, megabytes)


class StalledListener:
    """A loopback port that accepts no connection: its backlog is full, so a connect just hangs.

    The way to test a connect timeout without sending a packet off this machine. Use as a
    context manager; `.url(path)` gives an address on it.
    """

    def __init__(self) -> None:
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)
        self.port = self._server.getsockname()[1]
        self._fillers: list[socket.socket] = []
        for _ in range(4):  # fill the accept queue; later SYNs are dropped and connect() waits
            c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            c.setblocking(False)
            try:
                c.connect(("127.0.0.1", self.port))
            except BlockingIOError:
                pass
            self._fillers.append(c)
        time.sleep(0.05)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}" + (path if path.startswith("/") else "/" + path)

    def close(self) -> None:
        for c in self._fillers:
            c.close()
        self._server.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _not_modified(headers: Message, etag: str, mtime: int) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present; If-Modified-Since only when it is absent."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        if inm.strip() == "*":
            return True
        # Weak comparison (W/ prefixes ignored) is the rule for GET/HEAD.
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return etag in tags
    ims = headers.get("If-Modified-Since")
    if ims is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError, IndexError):
            return False  # an unparseable date is ignored, as the RFC asks
        if since.tzinfo is None:
            return False
        return mtime <= int(since.timestamp())
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsfacts.sitesrv",
        description="Serve a static site (default: the demo news site) on loopback.",
    )
    parser.add_argument("--root", type=Path, default=Path("include/demo_site"), help="directory to serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every response")
    parser.add_argument("-v", "--verbose", action="store_true", help="log each request to stderr")
    args = parser.parse_args(argv)
    try:
        server = SiteServer(
            args.root, host=args.host, port=args.port, latency=args.latency, verbose=args.verbose
        )
        server.start()
    except (OSError, NotADirectoryError) as exc:
        print(f"sitesrv: {exc}", file=sys.stderr)
        return 1
    print(f"Serving {server.root} at {server.base_url}/ (Ctrl-C to stop)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
