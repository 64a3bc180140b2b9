"""The HTTP connection layer of ``aiwatch serve``: uvicorn's h11 protocol with the deadlines it lacks.

uvicorn times out a connection only *after* a response (``timeout_keep_alive``): a client that
opens a socket and never sends its request line, or sends ``GET / HTTP/1.1\\r\\nX-a: b`` one byte
every few seconds (slowloris), holds the connection for ever.  With ``limit_concurrency`` counting
connections, 256 such sockets made every real request, ``/api/health`` included, a 503 for as long
as the attacker liked (issue 10, item 5).  This protocol adds, per connection:

* a request-head deadline: the request line and headers must arrive within ``header_seconds`` of
  the connection opening (or of the previous response), else the connection is closed;
* a body deadline: a request body (``POST /api/ingest``) must keep moving (a read at least every
  1.5 × ``header_seconds``) and arrive at ``MIN_BODY_RATE`` bytes/s on average, else 408 and close;
* a cap on open connections: past ``MAX_CONNECTIONS`` the one that has waited longest for a request
  is closed to make room, so idle sockets can never crowd out a client that is actually talking.

Requests in flight are limited by ``app.Guard`` (503 with ``Retry-After``), not by counting
connections, so idle sockets never turn into 503s.  The deadlines come from the environment
(``AIWATCH_HEADER_SECONDS``, set by ``aiwatch serve --header-seconds``) so that worker processes
started by ``--workers`` get them too.
"""

from __future__ import annotations

import json
import os
import time

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

#: Seconds a connection may take to send a request line and headers (nginx: client_header_timeout).
HEADER_SECONDS = 10.0
#: Longest pause between two reads of a request body, in head deadlines (nginx: client_body_timeout).
BODY_IDLE_FACTOR = 1.5
#: Slowest average upload accepted: 10 MB may take 10 + 320 s, a 1-byte-per-second trickle is cut.
MIN_BODY_RATE = 32 * 1024
#: Open connections per process; the process has far more file descriptors than this.
MAX_CONNECTIONS = 512
#: Largest request head (request line and headers) h11 buffers before answering 400.
MAX_HEAD_BYTES = 32 * 1024


def header_seconds() -> float:
    value = os.environ.get("AIWATCH_HEADER_SECONDS")
    return float(value) if value else HEADER_SECONDS


class GuardedH11Protocol(H11Protocol):
    """One HTTP/1.1 connection, closed when its client stalls (see the module docstring)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.header_limit = header_seconds()
        self.body_idle = BODY_IDLE_FACTOR * self.header_limit
        self.deadline_task = None
        #: When this connection began waiting for a request (None while a request is in progress).
        self.waiting_since: float | None = None
        self.body_deadline = 0.0
        self.budgeted = None  # the request cycle ``body_deadline`` belongs to

    # --- waiting for a request head ----------------------------------------------------------

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._make_room()
        self._await_request()

    def _make_room(self) -> None:
        """Past the cap, close the connection that has waited longest for its request line."""
        if len(self.connections) <= MAX_CONNECTIONS:
            return
        idle = [c for c in self.connections if getattr(c, "waiting_since", None) is not None and c is not self]
        if idle:
            min(idle, key=lambda c: c.waiting_since).close_stalled()
        else:  # every connection is busy with a request: refuse the newcomer instead
            self.transport.close()

    def _await_request(self) -> None:
        self._cancel_deadline()
        self.waiting_since = time.monotonic()
        self.deadline_task = self.loop.call_later(self.header_limit, self._head_overdue)

    def _head_overdue(self) -> None:
        if self.conn.their_state is h11.IDLE:
            self.close_stalled()

    def close_stalled(self) -> None:
        self._cancel_deadline()
        self.waiting_since = None
        if not self.transport.is_closing():
            self.transport.close()

    def _cancel_deadline(self) -> None:
        if self.deadline_task is not None:
            self.deadline_task.cancel()
            self.deadline_task = None

    # --- after each read: what is the connection waiting for now? -----------------------------

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow_state()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._follow_state()

    def connection_lost(self, exc) -> None:
        self._cancel_deadline()
        self.waiting_since = None
        super().connection_lost(exc)

    def _follow_state(self) -> None:
        state = self.conn.their_state
        if state is h11.IDLE:
            if self.waiting_since is None:
                self._await_request()  # the next request on a kept-alive connection
            return
        self.waiting_since = None
        if state is h11.SEND_BODY:
            if self.budgeted is not self.cycle:  # a new request: its whole body gets one budget
                self.budgeted = self.cycle
                self.body_deadline = time.monotonic() + self.body_idle + self._declared_length() / MIN_BODY_RATE
            self._watch_body()
        else:
            self._cancel_deadline()

    # --- waiting for a request body -----------------------------------------------------------

    def _declared_length(self) -> int:
        for name, value in self.headers or ():
            if name == b"content-length" and value.isdigit():
                return int(value)
        return 0

    def _watch_body(self) -> None:
        self._cancel_deadline()
        now = time.monotonic()
        wait = max(0.0, min(self.body_idle, self.body_deadline - now))
        self.deadline_task = self.loop.call_later(wait, self._body_overdue)

    def _body_overdue(self) -> None:
        if self.conn.their_state is not h11.SEND_BODY:
            return
        cycle = self.cycle
        if cycle is not None and not cycle.response_started:
            self._send_timeout()
        if cycle is not None:
            # The app waiting in ``receive()`` learns the client is gone instead of waiting on.
            cycle.disconnected = True
            cycle.message_event.set()
        self.close_stalled()

    def _send_timeout(self) -> None:
        message = f"E408 request body not received in time (at least {MIN_BODY_RATE // 1024} KB/s)"
        body = json.dumps({"code": "E408", "message": message}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        try:
            self.transport.write(self.conn.send(h11.Response(status_code=408, headers=headers, reason=b"Timeout")))
            self.transport.write(self.conn.send(h11.Data(data=body)))
            self.transport.write(self.conn.send(h11.EndOfMessage()))
        except h11.LocalProtocolError:
            pass  # h11 will not send in this state: closing is answer enough
        self.cycle.response_started = True
