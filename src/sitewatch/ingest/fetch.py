"""Polite, bounded HTTP fetching that refuses private addresses by default.

Every hop of a redirect chain is checked again, loops are detected, the body is
read in chunks up to a size cap, and a whole fetch has a wall-clock deadline so
that a server trickling bytes cannot hold the batch.

Checking the host's addresses before the request is not enough on its own: a
hostile name server can answer the check with a public address and the
connection with a private one a moment later (DNS rebinding). So the sockets
themselves are checked too: a connection whose peer is not a public address is
closed before a byte is sent.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

from ..errors import InputRejected
from ..settings import Settings
from .raw import RawInput


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float
    max_bytes: int
    max_redirects: int
    allow_private: bool
    user_agent: str

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls(
            timeout=settings.http_timeout,
            max_bytes=settings.max_bytes,
            max_redirects=settings.http_max_redirects,
            allow_private=settings.allow_private_urls,
            user_agent=settings.user_agent,
        )


def check_url(url: str, allow_private: bool) -> None:
    """Refuse non-HTTP schemes, and hosts resolving to non-public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputRejected("url", f"only http and https URLs are fetched, not {parts.scheme!r}")
    if not parts.hostname:
        raise InputRejected("url", "URL without a host")
    if parts.username or parts.password:
        raise InputRejected("url", "URLs with credentials are refused")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputRejected("fetch", f"cannot resolve host {parts.hostname!r}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise InputRejected(
                "private-address",
                f"{parts.hostname} resolves to non-public address {address}; "
                "use --allow-private-urls to fetch it",
            )


class PrivatePeerError(NewConnectionError):
    """A connection reached a non-public address although the host checked as public."""


def _refuse_private_peer(connection: HTTPConnection, sock: socket.socket) -> socket.socket:
    peer = ipaddress.ip_address(str(sock.getpeername()[0]).split("%")[0])
    if peer.is_global:
        return sock
    sock.close()
    raise PrivatePeerError(connection, f"{connection.host} connected to non-public address {peer}")


class _PublicHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        return _refuse_private_peer(self, super()._new_conn())


class _PublicHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        return _refuse_private_peer(self, super()._new_conn())


class _PublicHTTPPool(HTTPConnectionPool):
    ConnectionCls = _PublicHTTPConnection


class _PublicHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _PublicHTTPSConnection


class _PublicOnlyAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
        self.poolmanager.pool_classes_by_scheme = {
            "http": _PublicHTTPPool,
            "https": _PublicHTTPSPool,
        }


def public_only_session() -> requests.Session:
    """A session whose every connection must reach a public address.

    Environment proxies are ignored: a proxy on the local network would make
    every peer private, and a fetch must not be routed around the check.
    """
    session = requests.Session()
    session.trust_env = False
    adapter = _PublicOnlyAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def fetch(url: str, policy: FetchPolicy, session: requests.Session | None = None) -> RawInput:
    """GET ``url`` within the policy, or raise :class:`InputRejected`."""
    http = session or (requests.Session() if policy.allow_private else public_only_session())
    deadline = time.monotonic() + policy.timeout * 3
    seen: set[str] = set()
    current = url
    for _hop in range(policy.max_redirects + 1):
        if current in seen:
            raise InputRejected("redirect-loop", f"redirect loop at {current}")
        seen.add(current)
        check_url(current, policy.allow_private)
        response = _get(http, current, policy)
        if response.is_redirect or response.status_code in (301, 302, 303, 307, 308):
            location = response.headers.get("Location")
            response.close()
            if not location:
                raise InputRejected("fetch", f"redirect without a Location from {current}")
            current = urljoin(current, location)
            continue
        if response.status_code >= 400:
            response.close()
            raise InputRejected("fetch", f"HTTP {response.status_code} from {current}")
        data = _read_capped(response, policy.max_bytes, deadline)
        return RawInput(
            source=url,
            data=data,
            url=current,
            content_type=response.headers.get("Content-Type"),
            charset=_declared_charset(response.headers.get("Content-Type")),
        )
    raise InputRejected("redirect-loop", f"more than {policy.max_redirects} redirects from {url}")


def _get(http: requests.Session, url: str, policy: FetchPolicy) -> requests.Response:
    try:
        return http.get(
            url,
            headers={"User-Agent": policy.user_agent, "Accept": "text/html,application/xml,*/*"},
            timeout=(policy.timeout, policy.timeout),
            allow_redirects=False,
            stream=True,
        )
    except requests.Timeout as exc:
        raise InputRejected("timeout", f"no answer from {url} in {policy.timeout:g} s") from exc
    except requests.ConnectionError as exc:
        reason = getattr(exc.args[0], "reason", None) if exc.args else None
        if isinstance(reason, PrivatePeerError):
            raise InputRejected(
                "private-address",
                f"{reason}; the host's address changed after it was checked "
                "(use --allow-private-urls to fetch private addresses)",
            ) from exc
        raise InputRejected("fetch", f"cannot fetch {url}: {exc.__class__.__name__}") from exc
    except requests.RequestException as exc:
        raise InputRejected("fetch", f"cannot fetch {url}: {exc.__class__.__name__}") from exc


def _read_capped(response: requests.Response, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        response.close()
        raise InputRejected("too-large", f"body of {declared} bytes exceeds {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > max_bytes:
                raise InputRejected("too-large", f"body exceeds {max_bytes} bytes")
            if time.monotonic() > deadline:
                raise InputRejected("timeout", "the server is sending too slowly")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise InputRejected(
            "timeout", f"reading the body failed: {exc.__class__.__name__}"
        ) from exc
    finally:
        response.close()
    return b"".join(chunks)


def _declared_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
