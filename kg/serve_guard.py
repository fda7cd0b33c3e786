"""The guard in front of the Oxigraph server: what `gazette-kg serve` promises, enforced.

Oxigraph's server applies its query time limit on a best-effort basis (a COUNT over a cross
product ran for minutes under ``--timeout-s 5`` and kept the CPU busy after the client left),
follows SERVICE to any address, and streams its answers, so a failure half-way through answers 200
with a cut body. The guard is a small HTTP/1.1 proxy on the user's address, with Oxigraph on a
private loopback port behind it. For every query (``/query``) and update (``/update``) it

- refuses SERVICE (and LOAD) naming an endpoint the user did not allow (kg.query.sandbox): 403;
- waits at most the time limit for the complete answer. Past it, or as soon as the client hangs
  up, it kills the Oxigraph child and starts a new one on the same snapshot (a tenth of a second):
  the only way to stop a query Oxigraph does not stop. A timed-out client gets 500 and the reason;
- reads the whole answer before sending any of it (in memory, then spooled to disk), and checks
  that a JSON or XML result document is complete, so a client gets a whole body with its length or
  an error status, never a 200 with a cut body.

Other requests (the query UI, the Graph Store Protocol) pass through without a time limit. A read
cut short by a restart that another request caused is sent again, once.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Protocol
from urllib.parse import parse_qs

from kg.errors import QueryError
from kg.query.sandbox import refuse_remote

GUARDED = {"/query": "query", "/update": "update"}  # path → the parameter holding SPARQL
SPARQL_BODIES = {"/query": "application/sparql-query", "/update": "application/sparql-update"}
FORM = "application/x-www-form-urlencoded"
MAX_SPARQL_BYTES = 16 * 2**20  # a query or update text; more is refused (413)
SPOOL_IN_MEMORY = 8 * 2**20  # answers larger than this are spooled to a file in the scratch folder
POLL = 0.05  # seconds between two looks at the deadline and the client's socket
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "content-length",
        "host",
        "expect",
    }
)
# What a complete result document ends with, by content type (the part before any parameters).
DOCUMENT_ENDS = {
    "application/sparql-results+json": b"}",
    "application/json": b"}",
    "application/sparql-results+xml": b">",
}


class Upstream(Protocol):
    """The Oxigraph child the guard forwards to (kg.serve.Oxigraph)."""

    scratch: Path

    def current(self) -> tuple[int, int]:
        """(generation, port): the generation grows by one at each restart."""

    def restart(self, generation: int, reason: str) -> None:
        """Kill the child of ``generation`` and start a new one (nothing if already done)."""


class Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class Answer:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: IO[bytes]
    length: int


def sparql_texts(method: str, path: str, query_string: str, headers, body: bytes) -> list[str]:
    """Every query or update text a request to ``path`` carries (URL, form body or raw body)."""
    key = GUARDED[path]
    texts = parse_qs(query_string, keep_blank_values=True).get(key, [])
    if method != "POST":
        return texts
    if headers.get("Content-Encoding", "identity").lower() != "identity":
        raise Refused(415, "compressed request bodies are not accepted")
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type == FORM:
        texts += parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).get(key, [])
    elif content_type == SPARQL_BODIES[path]:
        texts.append(body.decode("utf-8", "replace"))
    else:
        raise Refused(
            415, f"POST {path} takes {FORM} or {SPARQL_BODIES[path]}, not {content_type!r}"
        )
    return texts


def exchange(
    port: int, method: str, target: str, headers: dict[str, str], body: bytes, spool_dir: Path
) -> Answer:
    """One request to the Oxigraph child, its answer read to the end."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    try:
        connection.request(method, target, body=body or None, headers=headers)
        response = connection.getresponse()
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY, dir=spool_dir)  # noqa: SIM115
        # - the answer's body: closed by the handler once sent
        try:
            length = 0
            while chunk := response.read(65536):
                spool.write(chunk)
                length += len(chunk)
        except BaseException:
            spool.close()
            raise
        kept = [
            (k, v)
            for k, v in response.getheaders()
            if k.lower() not in HOP_BY_HOP and k.lower() not in ("server", "date")
        ]  # the guard sends its own Server and Date
        return Answer(response.status, response.reason, kept, spool, length)
    finally:
        connection.close()


def cut_off(answer: Answer) -> str | None:
    """Why a 200 result document is incomplete (Oxigraph appends its error to what it has sent),
    or None."""
    content_type = next((v for k, v in answer.headers if k.lower() == "content-type"), "")
    end = DOCUMENT_ENDS.get(content_type.split(";")[0].strip().lower())
    if answer.status != 200 or end is None or answer.length == 0:
        return None
    answer.body.seek(max(0, answer.length - 400))
    tail = answer.body.read().rstrip()
    if tail.endswith(end):
        return None
    last = tail.decode("utf-8", "replace").rsplit("}", 1)[-1].rsplit(">", 1)[-1]
    return " ".join(last.split())[-200:] or "the document is incomplete"


class Guard(ThreadingHTTPServer):
    """The front server: one thread per connection."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        upstream: Upstream,
        timeout: int,
        allowed: Collection[str] = (),
        notice: Callable[[str], None] | None = None,
    ):
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.upstream = upstream
        self.time_limit = timeout
        self.allowed = frozenset(allowed)
        self.notice = notice or (lambda message: None)
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 120  # an idle keep-alive connection is closed after this many seconds
    server: Guard

    def log_message(self, format: str, *args: object) -> None:
        pass  # Oxigraph logs nothing per request either

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = do_GET

    # -- the request ---------------------------------------------------------------------------

    def _read_body(self, limit: int | None) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts, size = [], 0
            while True:
                line = self.rfile.readline(1024)
                count = int(line.split(b";")[0].strip() or b"0", 16)
                if count == 0:
                    while self.rfile.readline(1024).strip():
                        pass  # trailers
                    return b"".join(parts)
                size += count
                if limit is not None and size > limit:
                    raise Refused(413, f"a query or update is limited to {limit} bytes")
                parts.append(self.rfile.read(count))
                self.rfile.readline(8)
        length = int(self.headers.get("Content-Length") or 0)
        if limit is not None and length > limit:
            raise Refused(413, f"a query or update is limited to {limit} bytes")
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        path, _, query_string = self.path.partition("?")
        guarded = path in GUARDED
        try:
            body = self._read_body(MAX_SPARQL_BYTES if guarded else None)
            if guarded:
                for text in sparql_texts(self.command, path, query_string, self.headers, body):
                    refuse_remote(text, self.server.allowed)
        except Refused as exc:
            self.close_connection = True
            self._send_text(exc.status, str(exc))
            return
        except QueryError as exc:
            self._send_text(403, str(exc))
            return
        except ValueError:
            self.close_connection = True
            self._send_text(400, "malformed request body")
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        self._forward(body, headers, guarded)

    # -- forwarding ----------------------------------------------------------------------------

    def _client_gone(self) -> bool:
        sock = self.connection
        try:
            readable, _, _ = select.select([sock], [], [], 0)
            return bool(readable) and sock.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def _forward(self, body: bytes, headers: dict[str, str], guarded: bool) -> None:
        upstream = self.server.upstream
        limit = self.server.time_limit
        deadline = time.monotonic() + limit if guarded else None
        safe = self.command in ("GET", "HEAD") or self.path.startswith("/query")
        for attempt in (1, 2):
            generation, port = upstream.current()
            box: dict[str, object] = {}
            done = threading.Event()

            def call(port: int = port, box: dict = box, done: threading.Event = done) -> None:
                try:
                    box["answer"] = exchange(
                        port, self.command, self.path, headers, body, upstream.scratch
                    )
                except BaseException as exc:
                    box["error"] = exc
                finally:
                    done.set()

            threading.Thread(target=call, name="gazette-kg-serve-forward", daemon=True).start()
            while not done.wait(POLL):
                if deadline is not None and time.monotonic() > deadline:
                    upstream.restart(generation, f"a request ran past the {limit} s time limit")
                    self.server.notice(
                        f"stopped a request at the {limit} s time limit (oxigraph restarted)"
                    )
                    self._send_text(
                        500,
                        f"the query ran past this server's time limit of {limit} s and was stopped",
                    )
                    return
                if guarded and self._client_gone():
                    upstream.restart(generation, "the client left")
                    self.server.notice("the client left before its answer: request stopped")
                    self.close_connection = True
                    return
            if "answer" in box:
                self._send_answer(box["answer"])  # type: ignore[arg-type]
                return
            if attempt == 1 and safe and upstream.current()[0] != generation:
                continue  # another request's restart cut this one: send it again
            self._send_text(502, f"the oxigraph server failed: {box['error']}")
            return

    # -- the answer ----------------------------------------------------------------------------

    def _send_text(self, status: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        with contextlib.suppress(OSError):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

    def _send_answer(self, answer: Answer) -> None:
        with answer.body:
            broken = cut_off(answer)
            if broken is not None:
                self._send_text(502, f"the oxigraph server's answer broke off: {broken}")
                return
            try:
                self.send_response(answer.status, answer.reason)
                for name, value in answer.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(answer.length))
                self.end_headers()
                if self.command == "HEAD":
                    return
                answer.body.seek(0)
                while chunk := answer.body.read(65536):
                    self.wfile.write(chunk)
            except OSError:
                self.close_connection = True  # the client left while we answered
