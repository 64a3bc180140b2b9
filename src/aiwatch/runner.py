"""The runner drives the pipeline over many inputs, each document within a time and memory budget.

``run(inputs, options, jobs)`` yields ``Outcome`` parts in input order.  An input gives one part,
or several when it is a collection (a JSONL dump, a WARC crawl): a part holds at most
``PART_ARTICLES`` articles and ``last`` marks the input's final part, so a million-record dump is
written and committed as it is read, never held whole in memory.

Documents run in worker processes (``multiprocessing.connection`` pipes, no executor) because a
budget needs a process the parent can kill: a page of 200,000 nested ``<div>`` or a sentence of
30,000 amounts must cost one input, not the batch.  Each worker caps its address space
(``RLIMIT_AS``) and the parent kills a worker that makes no progress for ``Budget.seconds``,
reports ``E112`` for its input and starts a fresh worker.  Over a budget, the batch goes on.

Flow control keeps memory flat: at most ``LOOKAHEAD`` inputs are started ahead of the one being
yielded, and a worker stops after ``WINDOW`` articles the parent has not yet passed on (its clock
stops too: waiting for the parent is not the document's fault).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import queue
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Protocol

from aiwatch.article import Article
from aiwatch.errors import AiwatchError
from aiwatch.limits import cap_article
from aiwatch.options import Options
from aiwatch.pipeline import Outcome
from aiwatch.read import Input, read_input

#: What the workers do to each article they finish (``run(finish=…)``): a picklable function.
Finish = Callable[[Article], None]

if TYPE_CHECKING:
    from aiwatch.pipeline import Pipeline

PART_ARTICLES = 100  # articles per Outcome part: one ingest transaction, one bounded message batch
WINDOW = 2 * PART_ARTICLES  # articles a worker may send ahead of the parent (must exceed a part)
LOOKAHEAD_PER_JOB = 2  # inputs started per worker ahead of the one being yielded


@dataclass(frozen=True)
class Budget:
    """What one document may cost.  ``seconds``: wall clock without progress (per record in a
    stream, so a long crawl is not cut for being long); ``memory_mb``: address space a worker may
    add to what it holds once its dictionaries are loaded.  ``None`` switches a limit off."""

    seconds: float | None = 60.0
    memory_mb: int | None = 2048
    time_flag: str = "--timeout"  # the flag that raises ``seconds``, named by E112 (fetch: --doc-timeout)

    @property
    def limited(self) -> bool:
        return self.seconds is not None or self.memory_mb is not None


DEFAULT_BUDGET = Budget()
_STOP_SIGNALS = {signal.SIGTERM, signal.SIGINT}


class Engine(Protocol):
    """Another place to run the inputs (``aiwatch.dask_engine.DaskEngine``): the same Outcome parts
    in the same order as the local runner's."""

    def run(self, inputs: Iterable[Input], options: Options, budget: Budget | None) -> Iterator[Outcome]: ...


def run(
    inputs: Iterable[Input],
    options: Options | Pipeline,
    jobs: int | Engine = 1,
    budget: Budget | None = DEFAULT_BUDGET,
    finish: Finish | None = None,
) -> Iterator[Outcome]:
    """Outcome parts in input order.  Inputs are consumed lazily: a few are in flight at a time.

    Given a built ``Pipeline``, this process and the workers it forks run that one (no rebuild);
    given options, one is built for this run first (never an earlier run's, whose stages or files
    may differ), and a worker that is not forked builds its own from the same options.  Given an
    engine instead of a number of jobs (``--engine dask``), the engine runs the inputs and gives the
    same parts in the same order.

    ``finish``: a module-level function (picklable) the worker processes apply to each article they
    finish, e.g. the store's preparation of what it derives from title and body, so that the one
    process writing the store does not compute it.  (One job: the caller would do it either way.)"""
    if not isinstance(jobs, int):
        yield from jobs.run(inputs, options if isinstance(options, Options) else options.options, budget)
        return
    from aiwatch.pipeline import build_pipeline, use_pipeline

    pipeline = options if not isinstance(options, Options) else build_pipeline(options)
    use_pipeline(pipeline)
    options = pipeline.options
    jobs = max(1, jobs if jobs > 0 else (os.cpu_count() or 1))
    if jobs == 1 and (budget is None or not budget.limited):
        for source in inputs:
            yield from _parts(source.name, _process_items(source, options))
        return
    yield from _Pool(options, jobs, budget or Budget(None, None), finish).run(inputs)


def _process_items(source: Input, options: Options, finish: Finish | None = None) -> Iterator[Article | AiwatchError]:
    """Every article of one input through the pipeline, or the error that stopped it."""
    from aiwatch.pipeline import process_article  # the pipeline imports this module's names

    for item in read_input(source, options):
        if not isinstance(item, AiwatchError):
            item = process_article(item, options)
        if isinstance(item, Article):
            item = cap_article(item)
            if finish is not None:
                finish(item)
        yield item


def _parts(name: str, items: Iterable[Article | AiwatchError]) -> Iterator[Outcome]:
    part = Outcome(name, last=False)
    for item in items:
        _add(part, item)
        if len(part.articles) + len(part.errors) >= PART_ARTICLES:
            yield part
            part = Outcome(name, last=False)
    part.last = True
    yield part


def _add(part: Outcome, item: Article | AiwatchError) -> None:
    if isinstance(item, AiwatchError):
        part.errors.append(item)
    else:
        part.articles.append(item)


def collect(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """One whole Outcome per input, for callers that want every article of an input at once (small
    inputs, tests); streaming callers use the parts."""
    whole: Outcome | None = None
    for part in outcomes:
        if whole is None:
            whole = Outcome(part.name)
        whole.articles.extend(part.articles)
        whole.errors.extend(part.errors)
        if part.last:
            yield whole
            whole = None


# --- the worker side -------------------------------------------------------------------------


def warm_stages(options: Options) -> None:
    """The worker's pipeline, built once per worker process (or inherited from the parent when
    forked), not per article."""
    from aiwatch.pipeline import worker_pipeline

    worker_pipeline(options)


def _address_space() -> int:
    """Bytes of address space this process holds now (VmSize), 0 when unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _limit_memory(memory_mb: int | None) -> None:
    """Cap the address space at what the loaded worker holds plus the budget: a document that
    needs more gets MemoryError (reported as E112) instead of the kernel's OOM killer."""
    if memory_mb is None:
        return
    held = _address_space()
    if not held:
        return
    limit = held + memory_mb * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def over_memory(item: Article | AiwatchError, budget: Budget) -> Article | AiwatchError:
    """A stage or reader that ran out of memory reports E110 "MemoryError"; under a budget, that
    is the budget speaking, and the user should hear which one."""
    detail = str(item.detail.get("detail", "")) if isinstance(item, AiwatchError) else ""
    if detail.startswith("MemoryError") and item.code in ("E110", "E108"):
        return budget_error(item.path, budget, "memory")
    return item


def budget_error(name: str, budget: Budget, kind: str) -> AiwatchError:
    if kind == "time":
        return AiwatchError("E112", name, limit=f"{budget.seconds:g} s", kind="time", option=budget.time_flag)
    return AiwatchError("E112", name, limit=f"{budget.memory_mb} MB", kind="memory", option="--max-memory-mb")


def die_with_parent(parent_ends: list[int] = ()) -> None:
    """A forked worker inherits the parent's end of every pipe (its own too): holding them, it
    never sees the parent go.  After ``kill -9`` of an ingest, such an orphan kept the parent's
    PostgreSQL socket open, so the server kept the killed run's transaction and its row locks,
    and the next ingest waited on them for ever.  The inherited ends are closed, and on Linux the
    kernel kills the worker when its parent dies (``PR_SET_PDEATHSIG``)."""
    for fd in parent_ends:
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() == 1:
        os._exit(0)  # the parent died before the signal was armed


def _serve(
    conn: Connection, options: Options, budget: Budget, parent_ends: list[int], finish: Finish | None = None
) -> None:
    """A worker: read one task, send its items one by one, then ``("done",)``; stop on ``None``."""
    die_with_parent(parent_ends)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler: terminate() must end it
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    warm_stages(options)
    _limit_memory(budget.memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        if task[0] == "task" and not _serve_task(conn, task[1], task[2], options, budget, finish):
            return
        # anything else is a late acknowledgement of the previous task


def _serve_task(
    conn: Connection, seq: int, source: Input, options: Options, budget: Budget, finish: Finish | None = None
) -> bool:
    """Send one input's items, never more than ``WINDOW`` ahead of the parent; False: stop."""
    acked = 0
    for sent, item in enumerate(_guarded_items(source, options, budget, finish)):
        while sent - acked >= WINDOW:
            message = conn.recv()
            if message is None:
                return False
            if message[0] == "ack" and message[1] == seq:
                acked = message[2]
        conn.send(("item", item))
    conn.send(("done",))
    return True


def _guarded_items(
    source: Input, options: Options, budget: Budget, finish: Finish | None = None
) -> Iterator[Article | AiwatchError]:
    try:
        for item in _process_items(source, options, finish):
            yield over_memory(item, budget)
    except MemoryError:
        yield budget_error(source.name, budget, "memory")


# --- the parent side -------------------------------------------------------------------------


@dataclass
class _Task:
    """One input in flight: the items received but not yet yielded, and its worker's clock."""

    seq: int
    source: Input
    items: deque = field(default_factory=deque)
    done: bool = False
    worker: _Worker | None = None
    received: int = 0  # items (articles, errors) received from the worker
    passed: int = 0  # items yielded (and acknowledged to the worker)

    @property
    def held(self) -> int:
        return self.received - self.passed


class _Worker:
    def __init__(
        self, context, options: Options, budget: Budget, siblings: list[_Worker], finish: Finish | None = None
    ) -> None:
        self.conn, child = context.Pipe()
        parent_ends = [self.conn.fileno()] + [w.conn.fileno() for w in siblings if not w.conn.closed]
        self.process = context.Process(target=_serve, args=(child, options, budget, parent_ends, finish), daemon=True)
        # SIGTERM/SIGINT wait until the fork is done: raised inside fork's handlers (logging's
        # lock release), the exception is "ignored" and a terminated extract read stdin for ever.
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
        try:
            self.process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        child.close()
        self.task: _Task | None = None
        self.last_progress = time.monotonic()

    def start(self, task: _Task) -> None:
        self.task = task
        task.worker = self
        self.last_progress = time.monotonic()
        self.conn.send(("task", task.seq, task.source))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()

    def death(self) -> str:
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"killed by signal {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}" if code is not None else "no exit status"


class _Pool:
    """Workers, the inputs in flight, and the order they are given back in."""

    def __init__(self, options: Options, jobs: int, budget: Budget, finish: Finish | None = None) -> None:
        self.options = options
        self.jobs = jobs
        self.budget = budget
        self.finish = finish
        self.context = multiprocessing.get_context("fork")
        self.workers: list[_Worker] = []
        self.tasks: deque[_Task] = deque()  # started, in input order; the head is being yielded

    def run(self, inputs: Iterable[Input]) -> Iterator[Outcome]:
        pending = iter(inputs)
        exhausted = False
        try:
            for _ in range(self.jobs):
                self.workers.append(self._new_worker())  # each new worker closes its siblings' ends
            while True:
                if not exhausted:
                    exhausted = self._start_tasks(pending)
                if not self.tasks:
                    return
                yield from self._yield_head()
                if self.tasks:  # the head is still running
                    self._receive()
        finally:
            for worker in self.workers:
                worker.stop(kill=worker.task is not None)
            self.workers = []

    def _new_worker(self) -> _Worker:
        return _Worker(self.context, self.options, self.budget, self.workers, self.finish)

    def _start_tasks(self, pending: Iterator[Input]) -> bool:
        """Give idle workers the next inputs; True once the inputs are exhausted."""
        lookahead = LOOKAHEAD_PER_JOB * self.jobs
        seq = self.tasks[-1].seq + 1 if self.tasks else 0
        for worker in self.workers:
            if worker.task is not None:
                continue
            if len(self.tasks) >= lookahead:
                return False
            source = next(pending, None)
            if source is None:
                return True
            task = _Task(seq, source.buffered(self.options.max_bytes))  # stdin stays with us
            seq += 1
            self.tasks.append(task)
            worker.start(task)
        return False

    def _yield_head(self) -> Iterator[Outcome]:
        """Yield the head input's items as parts; a finished head makes way for the next."""
        while self.tasks:
            head = self.tasks[0]
            if not head.done and head.held < PART_ARTICLES:
                return
            waiting = head.held >= WINDOW
            part = Outcome(head.source.name, last=False)
            for _ in range(min(PART_ARTICLES, len(head.items))):
                _add(part, head.items.popleft())
            head.passed += len(part.articles) + len(part.errors)
            part.last = head.done and not head.items
            self._acknowledge(head, waiting)
            yield part
            if part.last:
                self.tasks.popleft()

    def _acknowledge(self, task: _Task, waiting: bool) -> None:
        worker = task.worker
        if worker is not None and worker.task is task and not task.done:
            if waiting:
                worker.last_progress = time.monotonic()  # its clock was stopped while it waited
            with contextlib.suppress(OSError):  # a dead worker is found by _receive
                worker.conn.send(("ack", task.seq, task.passed))

    def _receive(self) -> None:
        busy = [w for w in self.workers if w.task is not None]
        timeout = self._next_deadline(busy)
        ready = wait([w.conn for w in busy], timeout=timeout)
        for worker in busy:
            if worker.conn in ready:
                self._read(worker)
        self._enforce_time(busy)

    def _next_deadline(self, busy: list[_Worker]) -> float | None:
        if self.budget.seconds is None:
            return None
        running = [w for w in busy if w.task is not None and w.task.held < WINDOW]
        if not running:
            return None
        now = time.monotonic()
        return max(0.0, min(w.last_progress + self.budget.seconds - now for w in running))

    def _read(self, worker: _Worker) -> None:
        task = worker.task
        assert task is not None
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            # A worker died: a crash in native code, the OOM killer, a stage calling os._exit.
            self._fail(worker, AiwatchError("E111", task.source.name, detail=worker.death()), kill=False)
            return
        worker.last_progress = time.monotonic()
        if message[0] == "item":
            task.items.append(message[1])
            task.received += 1
        else:
            task.done = True
            worker.task = None

    def _enforce_time(self, busy: list[_Worker]) -> None:
        if self.budget.seconds is None:
            return
        now = time.monotonic()
        for worker in busy:
            task = worker.task
            if task is None or task.held >= WINDOW:
                continue  # finished, or waiting for us: not its fault
            if now - worker.last_progress > self.budget.seconds:
                self._fail(worker, budget_error(task.source.name, self.budget, "time"), kill=True)

    def _fail(self, worker: _Worker, error: AiwatchError, kill: bool) -> None:
        """The worker's input ends with ``error``; a fresh worker takes its place."""
        task = worker.task
        assert task is not None
        task.items.append(error)
        task.done = True
        worker.task = None
        worker.stop(kill=kill)
        self.workers[self.workers.index(worker)] = self._new_worker()


# --- long-lived workers, one document at a time ---------------------------------------------


class Workers:
    """Budgeted worker processes kept for a long-lived caller that hands over one document at a
    time, from several threads: the collector's fetched pages.  A page of 200,000 nested
    ``<div>`` from a hostile site fails with E112 like a file given to ``ingest``; the worker is
    replaced, and the daemon and the other pages go on.

    The workers are forked once, when the caller's pipeline is loaded (each inherits it); only a
    replacement is forked later.  ``process`` blocks the calling thread until a worker is free."""

    def __init__(self, pipeline: Pipeline, jobs: int, budget: Budget) -> None:
        from aiwatch.pipeline import use_pipeline

        use_pipeline(pipeline)  # forked workers inherit it: no dictionaries loaded per worker
        self.options = pipeline.options
        self.budget = budget
        self.context = multiprocessing.get_context("fork")
        self.lock = threading.Lock()
        self.workers: list[_Worker] = []
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.sequence = itertools.count()
        for _ in range(max(1, jobs)):
            self.idle.put(self._new_worker())

    def _new_worker(self) -> _Worker:
        with self.lock:
            worker = _Worker(self.context, self.options, self.budget, self.workers)
            self.workers.append(worker)
            return worker

    def _retire(self, worker: _Worker, kill: bool) -> None:
        with self.lock:
            self.workers.remove(worker)
        worker.stop(kill=kill)

    def process(self, source: Input) -> Outcome:
        """Every article of one input, or the error that ended it (E112 over the budget, E111 when
        its worker died)."""
        worker = self.idle.get()
        healthy = False
        try:
            outcome, healthy = self._run(worker, source.buffered(self.options.max_bytes))
        finally:
            if healthy:
                self.idle.put(worker)
            else:
                self._retire(worker, kill=True)
                self.idle.put(self._new_worker())
        return outcome

    def _run(self, worker: _Worker, source: Input) -> tuple[Outcome, bool]:
        seq = next(self.sequence)
        outcome = Outcome(source.name)
        worker.conn.send(("task", seq, source))
        while True:
            # no message for ``seconds``: the document made no progress in its budget
            if not worker.conn.poll(self.budget.seconds):
                outcome.errors.append(budget_error(source.name, self.budget, "time"))
                return outcome, False
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                outcome.errors.append(AiwatchError("E111", source.name, detail=worker.death()))
                return outcome, False
            if message[0] != "item":
                return outcome, True
            _add(outcome, message[1])
            received = len(outcome.articles) + len(outcome.errors)
            if received % PART_ARTICLES == 0:
                worker.conn.send(("ack", seq, received))  # the worker waits after WINDOW items

    def close(self) -> None:
        with self.lock:
            workers, self.workers = self.workers, []
        for worker in workers:
            worker.stop(kill=False)
