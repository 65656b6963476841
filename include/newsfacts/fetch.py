"""HTTP with limits: timeouts, retries with backoff, a body-size cap, and an address guard against SSRF."""

from __future__ import annotations

import ipaddress
import logging
import random
import socket
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError
from urllib3.util.retry import Retry

from newsfacts.config import FetchSettings, allow_private_networks, fetch_settings, private_allowlist

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
FEED_TYPES = PAGE_TYPES + ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/plain")
RETRY_STATUSES = (429, 500, 502, 503, 504)
# Small reads so the total-time and size checks run often, even against a server trickling bytes.
CHUNK = 16 * 1024


class FetchRefused(Exception):
    """The URL may not be fetched (scheme or address); recorded as `refused: reason`."""


class HostUnresolved(Exception):
    """DNS has no answer for the host (offline, or a dead domain): a failure, not a refusal."""


class _BodyError(Exception):
    """The response started but its body could not be read whole: worth another try."""


@dataclass(frozen=True)
class FetchResult:
    """One fetch: either a body (status 200/304) or an error saying why not.

    `refused` is the address guard's verdict and `skipped_robots` robots.txt's: both are final
    for the entry. Any other error is a failure that a later run may retry.
    """

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
    skipped_robots: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status in (200, 304)

    @property
    def state(self) -> str:
        """The entry state this result leads to: fetched, refused, skipped_robots or failed."""
        if self.ok:
            return "fetched"
        if self.refused:
            return "refused"
        if self.skipped_robots:
            return "skipped_robots"
        return "failed"


def check_address(url: str, allow_private: bool | None = None) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to non-public addresses (checked after DNS).

    Every address the name resolves to must be public: a name with one public and one private
    address is refused, since the connection could go to either. `NEWSFACTS_ALLOW_PRIVATE_NETWORKS`
    set to true lifts the guard; set to a list of `host:port` it lifts it for those origins only.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"scheme {parts.scheme or '(none)'!r} is not http/https")
    if not parts.hostname:
        raise FetchRefused("URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchRefused(f"bad port in {url!r}") from exc
    if allow_private is None:
        allow_private = allow_private_networks() or f"{parts.hostname}:{port}" in private_allowlist()
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise HostUnresolved(f"cannot resolve host {parts.hostname} ({exc.strerror}; offline?)") from exc
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped  # ::ffff:127.0.0.1 is loopback whatever its spelling
        if not addr.is_global or addr.is_multicast:
            raise FetchRefused(f"{parts.hostname} resolves to non-public address {addr}")


class _Retry(Retry):
    """urllib3's Retry, except that a Retry-After longer than `retry_after_max` is not waited for.

    Sleeping an hour inside a task helps nobody: the response is returned as it is, the entry
    is recorded as failed with the server's request, and a later run tries again.
    """

    def increment(self, method: str | None = None, url: str | None = None, *args: Any, **kwargs: Any) -> Any:
        response = kwargs.get("response")
        if response is not None and self.respect_retry_after_header:
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait is not None and wait > self.retry_after_max:
                raise MaxRetryError(kwargs.get("_pool"), url or "", None)  # type: ignore[arg-type]
        return super().increment(method, url, *args, **kwargs)


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After in seconds, from either form (delta-seconds or an HTTP date); None if absent or bad.

    Parsed here because urllib3 caps the value at `retry_after_max` while parsing, which hides
    the very case we must tell apart: a server asking for longer than we are willing to wait.
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


_local = threading.local()


def session(settings: FetchSettings | None = None) -> requests.Session:
    """A pooled session per thread and settings (requests sessions are not thread-safe).

    Timeouts on connect, 429 and 5xx are retried with exponential backoff and jitter; a
    Retry-After up to `max_retry_after` seconds is honoured instead of the backoff.
    """
    settings = settings or fetch_settings()
    sessions: dict[FetchSettings, requests.Session] = _local.__dict__.setdefault("sessions", {})
    s = sessions.get(settings)
    if s is not None:
        return s
    retry = _Retry(
        total=settings.retries,
        connect=settings.retries,
        read=settings.retries,
        status=settings.retries,
        backoff_factor=settings.backoff,
        backoff_jitter=settings.backoff / 2,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=("GET", "HEAD"),
        respect_retry_after_header=True,
        retry_after_max=int(settings.max_retry_after),
        raise_on_status=False,
        redirect=False,
    )
    s = requests.Session()
    s.trust_env = False  # no proxy from the environment: the address guard must see the real peer
    adapter = HTTPAdapter(max_retries=retry, pool_connections=32, pool_maxsize=settings.concurrency * 2)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.headers["User-Agent"] = settings.user_agent
    sessions[settings] = s
    return s


def _read_capped(resp: requests.Response, max_bytes: int, deadline: float) -> bytes:
    """The body, decompressed, aborted past `max_bytes` or past the monotonic `deadline`.

    The cap counts decompressed bytes (urllib3 inflates at most CHUNK bytes per read), so a
    gzip bomb is cut off after max_bytes of output, whatever its compressed size.
    """
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ValueError(f"body of {declared} bytes exceeds the {max_bytes}-byte cap")
    chunks: list[bytes] = []
    size = 0
    watchdog = _Watchdog(resp, deadline)
    try:
        for chunk in resp.iter_content(chunk_size=CHUNK):
            size += len(chunk)
            if size > max_bytes:
                kind = "decompressed body" if resp.headers.get("Content-Encoding") else "body"
                raise ValueError(f"{kind} exceeds the {max_bytes}-byte cap")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                break
    except requests.exceptions.RequestException as exc:
        if watchdog.fired:
            raise TimeoutError from exc
        raise _BodyError(plain_error(exc)) from exc
    finally:
        watchdog.cancel()
    if watchdog.fired or time.monotonic() > deadline:
        raise TimeoutError
    return b"".join(chunks)


class _Watchdog:
    """Shuts the socket down at the deadline: a read blocked on a trickling server wakes up and fails."""

    def __init__(self, resp: requests.Response, deadline: float) -> None:
        self.fired = False
        self._resp = resp
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired = True
        sock = getattr(getattr(self._resp.raw, "connection", None), "sock", None)
        try:
            if sock is not None:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def cancel(self) -> None:
        self._timer.cancel()


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = PAGE_TYPES,
    etag: str | None = None,
    last_modified: str | None = None,
    settings: FetchSettings | None = None,
) -> FetchResult:
    """GET a URL, following at most 5 redirects with the address guard applied to every hop.

    Never raises for network or HTTP trouble: the result carries `error` (and `refused` for the
    guard), so the caller can record it and go on. A body cut off mid-way (reset, truncation,
    a stall past the read timeout) is tried again, up to the configured retries.
    """
    settings = settings or fetch_settings()
    attempt = 0
    while True:
        result, body_failed = _fetch_once(url, accept, etag, last_modified, settings)
        if not body_failed or attempt >= settings.retries:
            return result
        attempt += 1
        pause = settings.backoff * 2 ** (attempt - 1)
        time.sleep(pause + random.uniform(0, pause / 2))


def _fetch_once(
    url: str, accept: tuple[str, ...], etag: str | None, last_modified: str | None, settings: FetchSettings
) -> tuple[FetchResult, bool]:
    headers = {"Accept": ", ".join(accept) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    seen = [url]
    try:
        for hop in range(MAX_REDIRECTS + 1):
            try:
                check_address(current)
            except FetchRefused as exc:
                where = f"redirect {hop} to {current}: " if hop else ""
                return FetchResult(url, current, error=where + str(exc), refused=True), False
            resp = session(settings).get(
                current,
                headers=headers,
                timeout=(settings.connect_timeout, settings.read_timeout),
                allow_redirects=False,
                stream=True,
            )
            with resp:
                if resp.is_redirect and resp.headers.get("Location"):
                    current = urljoin(current, resp.headers["Location"].strip())
                    if current in seen:
                        return FetchResult(url, current, status=resp.status_code,
                                           error=f"redirect loop ({len(seen)} hops back to {current})"), False
                    seen.append(current)
                    continue
                return _result(url, current, resp, accept, settings)
        return FetchResult(url, current, error=f"more than {MAX_REDIRECTS} redirects"), False
    except HostUnresolved as exc:
        return FetchResult(url, current, error=str(exc)), False
    except _BodyError as exc:
        return FetchResult(url, current, error=str(exc)), True
    except TimeoutError:
        limit = f"total time limit of {settings.total_timeout:g} s exceeded"
        return FetchResult(url, current, error=limit), True
    except requests.exceptions.ConnectTimeout:
        return FetchResult(url, current, error=f"connect timeout ({urlsplit(current).netloc})"), False
    except requests.exceptions.Timeout:
        return FetchResult(url, current, error=f"read timeout ({urlsplit(current).netloc})"), True
    except requests.exceptions.RetryError as exc:
        return FetchResult(url, current, error=f"gave up after retries: {plain_error(exc)}"), False
    except requests.exceptions.RequestException as exc:
        return FetchResult(url, current, error=plain_error(exc)), False


def plain_error(exc: BaseException) -> str:
    """The root cause of a requests error in words an operator can act on, not a nested repr."""
    text = str(exc)
    for needle, words in (
        ("Connection refused", "connection refused"),
        ("Name or service not known", "cannot resolve host"),
        ("Temporary failure in name resolution", "cannot resolve host (offline?)"),
        ("connect timeout", "connect timeout"),
        ("Read timed out", "read timeout"),
        ("timed out", "timeout"),
        ("IncompleteRead", "truncated body: the connection closed before the declared length"),
        ("Connection reset", "connection reset by peer"),
        ("RemoteDisconnected", "server closed the connection without a response"),
        ("too many 5", "server error, gave up after retries"),
    ):
        if needle in text:
            host = urlsplit(getattr(getattr(exc, "request", None), "url", "") or "").netloc
            return f"{words} ({host})" if host else words
    return f"{type(exc).__name__}: {text[:300]}"


def _status_error(resp: requests.Response, settings: FetchSettings) -> str:
    error = f"HTTP {resp.status_code}"
    wait = resp.headers.get("Retry-After")
    if resp.status_code in RETRY_STATUSES and wait:
        error += f" (Retry-After {wait.strip()[:40]}; retried next run)"
    return error


def _result(
    url: str, final_url: str, resp: requests.Response, accept: tuple[str, ...], settings: FetchSettings
) -> tuple[FetchResult, bool]:
    meta: dict[str, Any] = {
        "status": resp.status_code,
        "etag": resp.headers.get("ETag"),
        "last_modified": resp.headers.get("Last-Modified"),
        "content_type": resp.headers.get("Content-Type"),
    }
    if resp.status_code == 304:
        return FetchResult(url, final_url, **meta), False
    if resp.status_code != 200:
        return FetchResult(url, final_url, error=_status_error(resp, settings), **meta), False
    mime = (meta["content_type"] or "").split(";")[0].strip().lower()
    if mime and mime not in accept:
        return FetchResult(url, final_url, error=f"unexpected content type {mime}", **meta), False
    deadline = time.monotonic() + settings.total_timeout
    try:
        body = _read_capped(resp, settings.max_bytes, deadline)
    except ValueError as exc:
        return FetchResult(url, final_url, error=str(exc), **meta), False
    # Only a declared charset counts: requests' ISO-8859-1 default for text/* would hide the meta tag.
    declared = "charset" in (meta["content_type"] or "")
    charset = requests.utils.get_encoding_from_headers(resp.headers) if declared else None
    return FetchResult(url, final_url, body=body, encoding=charset, **meta), False


def with_settings(settings: FetchSettings, **changes: Any) -> FetchSettings:
    """A copy of `settings` with some limits changed (robots.txt gets a smaller body cap)."""
    return replace(settings, **changes)
