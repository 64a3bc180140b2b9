"""``aiwatch watch``: rounds until stopped.  SIGTERM (or Ctrl-C) sets ``stop``: the items being
processed are finished and committed, nothing new is started, and the process exits 0."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager

from aiwatch.collect.collector import Collector, RoundCounts
from aiwatch.collect.sources import now


@contextmanager
def stop_on_signals(stop: threading.Event):
    """SIGTERM and SIGINT set ``stop`` instead of killing the process mid-transaction."""
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}

    def handle(signum, _frame) -> None:
        stop.set()

    for sig in previous:
        signal.signal(sig, handle)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def seconds_to_next(collector: Collector, longest: float) -> float:
    due = collector.next_due()
    if due is None:
        return longest
    return min(longest, max(1.0, (due - now()).total_seconds()))


def watch(
    collector: Collector,
    rounds: int | None = None,
    longest_sleep: float = 60.0,
    on_round: Callable[[int, RoundCounts], None] | None = None,
) -> int:
    """Run rounds until ``collector.stop`` is set or ``rounds`` are done; returns rounds run."""
    done = 0
    while not collector.stop.is_set() and (rounds is None or done < rounds):
        counts = collector.run_round()
        done += 1
        if on_round is not None:
            on_round(done, counts)
        if rounds is not None and done >= rounds:
            break
        collector.stop.wait(seconds_to_next(collector, longest_sleep))
    return done
