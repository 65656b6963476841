"""HTTP with limits: timeouts, retries with backoff, a body-size cap, and an address guard against SSRF."""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from newsfacts.config import FetchSettings, allow_private_networks, fetch_settings

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
FEED_TYPES = PAGE_TYPES + ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/plain")


class FetchRefused(Exception):
    """The URL may not be fetched (scheme or address); recorded as `refused: reason`."""


class HostUnresolved(Exception):
    """DNS has no answer for the host (offline, or a dead domain): a failure, not a refusal."""


@dataclass(frozen=True)
class FetchResult:
    """One fetch: either a body (status 200/304) or an error saying why not."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes = b""
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    refused: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status in (200, 304)


def check_address(url: str, allow_private: bool | None = None) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to non-public addresses (checked after DNS)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"scheme {parts.scheme or '(none)'!r} is not http/https")
    if not parts.hostname:
        raise FetchRefused("URL has no host")
    if allow_private is None:
        allow_private = allow_private_networks()
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise HostUnresolved(f"cannot resolve host {parts.hostname} ({exc.strerror}; offline?)") from exc
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not addr.is_global or addr.is_multicast:
            raise FetchRefused(f"{parts.hostname} resolves to non-public address {addr}")


_local = threading.local()


def session(settings: FetchSettings | None = None) -> requests.Session:
    """A pooled session per thread (requests sessions are not thread-safe), retrying transient errors."""
    s: requests.Session | None = getattr(_local, "session", None)
    if s is not None:
        return s
    settings = settings or fetch_settings()
    retry = Retry(
        total=settings.retries,
        connect=settings.retries,
        read=settings.retries,
        status=settings.retries,
        backoff_factor=settings.backoff,
        backoff_jitter=settings.backoff / 2,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=("GET", "HEAD"),
        respect_retry_after_header=True,
        raise_on_status=False,
        redirect=False,
    )
    s = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=32, pool_maxsize=settings.concurrency * 2)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.headers["User-Agent"] = settings.user_agent
    _local.session = s
    return s


def _read_capped(resp: requests.Response, max_bytes: int) -> bytes:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ValueError(f"body of {declared} bytes exceeds the {max_bytes}-byte cap")
    chunks: list[bytes] = []
    size = 0
    # decode_content=True: the cap applies to the decompressed size, so a gzip bomb is cut off too.
    for chunk in resp.iter_content(chunk_size=65536):
        size += len(chunk)
        if size > max_bytes:
            raise ValueError(f"body exceeds the {max_bytes}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = PAGE_TYPES,
    etag: str | None = None,
    last_modified: str | None = None,
    settings: FetchSettings | None = None,
) -> FetchResult:
    """GET a URL, following at most 5 redirects with the address guard applied to every hop.

    Never raises for network or HTTP trouble: the result carries `error` (and `refused` for the guard),
    so the caller can record it and go on.
    """
    settings = settings or fetch_settings()
    headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current)
            resp = session(settings).get(
                current,
                headers=headers,
                timeout=(settings.connect_timeout, settings.read_timeout),
                allow_redirects=False,
                stream=True,
            )
            with resp:
                if resp.is_redirect and resp.headers.get("Location"):
                    current = urljoin(current, resp.headers["Location"])
                    continue
                return _result(url, current, resp, accept, settings)
        return FetchResult(url, current, error=f"more than {MAX_REDIRECTS} redirects")
    except FetchRefused as exc:
        return FetchResult(url, current, error=str(exc), refused=True)
    except HostUnresolved as exc:
        return FetchResult(url, current, error=str(exc))
    except requests.exceptions.Timeout:
        return FetchResult(url, current, error="timeout")
    except requests.exceptions.RetryError as exc:
        return FetchResult(url, current, error=f"gave up after retries: {plain_error(exc)}")
    except requests.exceptions.RequestException as exc:
        return FetchResult(url, current, error=plain_error(exc))


def plain_error(exc: BaseException) -> str:
    """The root cause of a requests error in words an operator can act on, not a nested repr."""
    text = str(exc)
    for needle, words in (
        ("Connection refused", "connection refused"),
        ("Name or service not known", "cannot resolve host"),
        ("Temporary failure in name resolution", "cannot resolve host (offline?)"),
        ("timed out", "timeout"),
        ("Connection reset", "connection reset by peer"),
        ("RemoteDisconnected", "server closed the connection without a response"),
        ("too many 5", "server error, gave up after retries"),
    ):
        if needle in text:
            host = urlsplit(getattr(getattr(exc, "request", None), "url", "") or "").netloc
            return f"{words} ({host})" if host else words
    return f"{type(exc).__name__}: {text[:300]}"


def _result(
    url: str, final_url: str, resp: requests.Response, accept: tuple[str, ...], settings: FetchSettings
) -> FetchResult:
    meta = {
        "status": resp.status_code,
        "etag": resp.headers.get("ETag"),
        "last_modified": resp.headers.get("Last-Modified"),
        "content_type": resp.headers.get("Content-Type"),
    }
    if resp.status_code == 304:
        return FetchResult(url, final_url, **meta)
    if resp.status_code != 200:
        return FetchResult(url, final_url, error=f"HTTP {resp.status_code}", **meta)
    mime = (meta["content_type"] or "").split(";")[0].strip().lower()
    if mime and mime not in accept:
        return FetchResult(url, final_url, error=f"unexpected content type {mime}", **meta)
    try:
        body = _read_capped(resp, settings.max_bytes)
    except ValueError as exc:
        return FetchResult(url, final_url, error=str(exc), **meta)
    charset = requests.utils.get_encoding_from_headers(resp.headers) if "charset" in (
        meta["content_type"] or ""
    ) else None
    return FetchResult(url, final_url, body=body, encoding=charset, **meta)
