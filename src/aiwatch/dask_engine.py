"""The Dask engine: the same pipeline, the same Outcome parts, on a Dask distributed cluster.

``DaskEngine(scheduler).run(inputs, options, budget)`` is what ``runner.run`` calls when it is
given an engine instead of a number of jobs, so ``extract`` and ``ingest`` write exactly what a
local run writes, in input order, with the client as the one writer (the store's "first copy
wins" for near-duplicates needs one ordered writer: 新华社 and 澎湃 carrying the same 合肥智算中心
story keep the earlier input as the original whatever worker finished first).

Each worker builds the pipeline once: a ``WorkerPlugin`` whose ``setup()`` runs
``build_pipeline(options)`` when the plugin is registered (and on every worker that joins later).
A task reads its own input (a path on storage the workers share, made absolute by the client) and
returns its articles; at most ``window`` tasks are in flight, so the client holds a bounded number
of results whatever the number of inputs.  A worker that dies mid-run loses nothing: the scheduler
runs its tasks again elsewhere and the client still takes each input's result once.

A big JSON Lines file or WARC archive (over ``--max-mb``) goes out as record ranges, counted (or,
for a WARC, found and counted) on the workers first, so one file spreads over the cluster and its
records keep the numbers a local run gives them.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input, RecordRange

SCHEDULER_ENV = "AIWATCH_DASK_SCHEDULER"
PLUGIN_NAME = "aiwatch-pipeline"
TASKS_PER_THREAD = 2  # tasks queued per worker thread: enough to keep it busy, few enough to stay small
# Finished tasks' results held while an earlier task still runs, per worker thread.  With none
# held beyond the running window, one slow task at the head (a big page) left the other workers
# idle until it finished (tests/test_dask_engine.py: 3 other tasks ran instead of 8).
HELD_PER_THREAD = 4
# Consecutive small inputs go out together, one task for several: each task costs some milliseconds
# of scheduling and hand-over whatever it carries.  A task is given about TASK_SECONDS of work (the
# time per input the workers report), at most TASK_INPUTS inputs and TASK_BYTES of them.
TASK_SECONDS = 0.5
TASK_INPUTS = 256
TASK_BYTES = 1024 * 1024


def available() -> bool:
    """Whether ``dask[distributed]`` is installed (the ``aiwatch[dask]`` extra)."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def scheduler_address(given: str | None) -> str | None:
    """The scheduler from ``--scheduler``, else ``AIWATCH_DASK_SCHEDULER``; None: a local cluster."""
    return given or os.environ.get(SCHEDULER_ENV) or None


def _pipeline_plugin(options: Options, resources: tuple[str, ...] = ()):
    """A WorkerPlugin that builds the pipeline once per worker process (kept in
    ``aiwatch.pipeline``'s per-process slot, where every task finds it).  ``resources``: those
    loaded beyond the stages' own (``aiwatch idf`` reads the vocabulary with the analysis off)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self, options: Options, resources: tuple[str, ...]) -> None:
            self.options = options
            self.resources = resources

        def setup(self, worker) -> None:
            _worker_pipeline(self.options, self.resources)

    return PipelinePlugin(options, resources)


def _worker_pipeline(options: Options, resources: tuple[str, ...] = ()):
    """This worker's pipeline for ``options`` with ``resources`` loaded: the plugin's, built in
    setup(); built here only if it is missing (a task that ran before the plugin reached it)."""
    from aiwatch.pipeline import build_pipeline, use_pipeline, worker_pipeline

    pipeline = worker_pipeline(options) if not resources else None
    if pipeline is None:
        from aiwatch.pipeline import _PROCESS

        current = _PROCESS[0] if _PROCESS else None
        fits = current is not None and current.options == options and current.options.extra == options.extra
        if fits and all(getattr(current.resources, name) is not None for name in resources):
            return current
        pipeline = build_pipeline(options, resources=resources)
        use_pipeline(pipeline)
    return pipeline


def count_on_worker(piece: RecordRange, options: Options) -> int:
    """How many records one range holds (read on the worker: the client only finds the cuts)."""
    from aiwatch.read import count_range

    return count_range(piece.source, piece.start, piece.end, options)


def scan_on_worker(piece: RecordRange) -> tuple[int | None, int, int, bool]:
    """Where one range of a WARC archive's records start and end, and how many are HTML."""
    from aiwatch.read import scan_warc_range

    return scan_warc_range(piece.source, piece.start, piece.end)


def partition_key(source: Input | RecordRange) -> str:
    """What names a partition's shard (``extract --shards``): the input, and where a range starts."""
    return f"{source.name}@{source.start}" if isinstance(source, RecordRange) else source.name


def _shard_stub(article, name: str):
    """What goes back to the client for an article its worker wrote to shard ``name``: its path
    and the hints the client reports on (a degraded read, the LLM stage's counts), not the article."""
    from aiwatch.article import Article
    from aiwatch.llm.stats import ARTICLE_KEY

    hints = {key: article.hints[key] for key in ("degraded", ARTICLE_KEY) if key in article.hints}
    return Article(path=article.path, format=article.format, hints={**hints, "shard": name})


_BUDGETED: list = []  # this dask worker's budgeted processes: [(options, budget), runner.Workers]
_BUDGETED_LOCK = threading.Lock()


def _budgeted_workers(options: Options, budget, resources: tuple[str, ...]):
    """The worker processes that run this dask worker's documents within the per-document budget
    (``runner.Workers``, as the collector uses them: one per dask thread, forked once from this
    process with its pipeline loaded, replaced when one is killed for going over)."""
    from distributed import get_worker

    from aiwatch.runner import Workers

    with _BUDGETED_LOCK:
        if _BUDGETED and _BUDGETED[0] == (options, budget):
            return _BUDGETED[1]
        if _BUDGETED:
            _BUDGETED.pop().close()
            _BUDGETED.clear()
        # A nanny starts its worker as a daemonic process, which multiprocessing forbids to have
        # children; these die with the worker anyway (runner's PR_SET_PDEATHSIG).
        multiprocessing.current_process().daemon = False
        workers = Workers(_worker_pipeline(options, resources), get_worker().state.nthreads, budget)
        _BUDGETED.extend([(options, budget), workers])
        return workers


def process_on_worker(
    source: Input | RecordRange, options: Options, then=None, resources: tuple[str, ...] = (), shards=None,
    budget=None,
) -> list:
    """One input on a worker, read and analysed there, batch by batch through the stages' ``pipe``:
    its articles and errors (an error of the reader stays beside the articles read before it).

    ``then(article, pipeline)``, when given, turns each article into what goes back to the client
    (``aiwatch idf`` sends back an article's candidate words, not the article).  With ``shards``
    (``extract --shards``), the articles are written here to the partition's file and what goes
    back is a stub of each (``_shard_stub``).  With a ``budget`` that limits something, the input
    is read and analysed in one of this worker's budgeted processes: one over its time or memory
    fails with E112, the input alone (``_budgeted_workers``)."""
    from aiwatch.article import Article
    from aiwatch.limits import cap_article
    from aiwatch.read import read_input

    pipeline = _worker_pipeline(options, resources)
    items: list = []

    def readable() -> Iterator[Article]:
        for item in read_input(source, options):
            if isinstance(item, AiwatchError):
                items.append(item)
            else:
                yield item

    if budget is not None and budget.limited:
        outcome = _budgeted_workers(options, budget, resources).process(source)
        items.extend(article if then is None else then(article, pipeline) for article in outcome.articles)
        items.extend(outcome.errors)
    else:
        try:
            for result in pipeline.pipe(readable()):
                if not isinstance(result, Article):
                    items.append(result)
                else:
                    items.append(cap_article(result) if then is None else then(result, pipeline))
        except MemoryError:
            items.append(AiwatchError("E112", source.name, limit="the dask worker's memory", kind="memory",
                                      option="--memory-limit of dask worker"))
    if shards is None:
        return items
    name, _ = shards.write(partition_key(source), (item for item in items if isinstance(item, Article)))
    return [item if isinstance(item, AiwatchError) else _shard_stub(item, name) for item in items]


def process_batch_on_worker(sources: list, *shared) -> tuple[float, list[tuple[bool, Any]]]:
    """Several inputs in one task, each as ``process_on_worker`` runs it: how long they took on
    this worker, and for each ``(True, its items)`` or ``(False, the exception it raised)``, so one
    input's failure is its own."""
    started = time.perf_counter()
    results: list[tuple[bool, Any]] = []
    for source in sources:
        try:
            results.append((True, process_on_worker(source, *shared)))
        except Exception as exc:
            results.append((False, exc))
    return time.perf_counter() - started, results


def analyse_on_worker(articles: list, options: Options) -> list:
    """Stored articles (``aiwatch reanalyze``) through the analysis stages on a worker, in order."""
    pipeline = _worker_pipeline(options)
    return [pipeline.analyse(article) for article in articles]


@dataclass
class DaskEngine:
    """Where a run goes: ``scheduler`` (``tcp://host:8786``) or, when None, a LocalCluster of
    ``workers`` processes on this machine."""

    scheduler: str | None = None
    workers: int = 2
    hosts: frozenset[str] = frozenset()  # the workers' host names when check() reached the scheduler

    def describe(self) -> str:
        return f"dask scheduler {self.scheduler}" if self.scheduler else f"dask LocalCluster of {self.workers}"

    def check(self) -> None:
        """Reach the scheduler now, so a wrong address stops the run before any input is read, and
        note the hosts its workers run on (a SQLite corpus is refused when some are other machines)."""
        if self.scheduler:
            client, _ = self.client()
            try:
                self.hosts = frozenset(client.run(socket.gethostname).values())
            finally:
                client.close()

    def other_hosts(self) -> list[str]:
        """The workers' hosts that are not this machine (a LocalCluster has none)."""
        return sorted(self.hosts - {socket.gethostname()})

    def refuse_local_corpus(self, url: str) -> None:
        """A SQLite corpus is a file on this machine: with workers on other machines it is refused
        (E114).  The client would write it well enough, but what the workers read from the corpus
        (the LLM answers cached there) would be an empty file of the same name on each of their
        machines, and the corpus a cluster fills is meant to be shared: use PostgreSQL."""
        others = self.other_hosts()
        if url.startswith("sqlite") and others:
            detail = (
                f"{self.scheduler}: a SQLite corpus lives on this machine ({socket.gethostname()}), but the Dask "
                f"workers also run on {', '.join(others)}; use a PostgreSQL corpus every node reaches "
                "(--db postgresql://...)"
            )
            raise AiwatchError("E114", setting="--db", detail=detail)

    def client(self):
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                return Client(self.scheduler, timeout="20s"), None
            except (OSError, TimeoutError, ValueError) as exc:
                detail = f"{self.scheduler}: cannot reach the Dask scheduler ({type(exc).__name__}: {exc})"
                raise AiwatchError("E114", setting="--scheduler", detail=detail) from None
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster

    @contextmanager
    def session(self, options: Options, resources: tuple[str, ...] = ()):
        """A client whose workers have built the pipeline for ``options`` (the plugin)."""
        client, cluster = self.client()
        try:
            client.register_plugin(_pipeline_plugin(options, resources), name=PLUGIN_NAME)
            yield client
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def run(self, inputs: Iterable[Input], options: Options, budget=None, *, then=None,
            resources: tuple[str, ...] = (), shards=None) -> Iterator:
        """Outcome parts in input order, from tasks run on the cluster, each document within
        ``budget`` (``--timeout``/``--max-memory-mb``, as on the local engine).  ``then``/
        ``resources``/``shards``: see ``process_on_worker``."""
        from aiwatch.runner import _parts

        shared = (options, then, resources, shards, budget)
        with self.session(options, resources) as client:
            batches = _Batches(_pieces(client, inputs, options))
            for batch, (ok, value) in _in_order(client, process_batch_on_worker, batches, shared):
                if ok:
                    seconds, results = value
                    batches.observe(len(batch), seconds)
                else:
                    results = _alone(client, batch, shared, value)
                for ((name, final), _, _), (done, items) in zip(batch, results, strict=True):
                    for part in _parts(name, items if done else [_task_error(name, items)]):
                        part.last = part.last and final  # a big file's input ends with its last range
                        yield part

    def analyse(self, batches: Iterable[tuple[list, list]], options: Options) -> Iterator[tuple[list, list]]:
        """``(rows, articles)`` batches of stored articles analysed on the cluster: ``(rows,
        results)`` in the batches' order, one result per row (the rows stay on the client)."""
        with self.session(options) as client:
            for rows, (ok, value) in _in_order(client, analyse_on_worker, batches, (options,)):
                yield rows, value if ok else [_task_error("", value)] * len(rows)


class _Batches:
    """The pieces (``(label, input or range, bytes)``) grouped into tasks of consecutive ones:
    ``[(label, piece, bytes), ...]``, each about ``TASK_SECONDS`` of work by the time per input the
    workers reported so far (``observe``), within ``TASK_INPUTS`` and ``TASK_BYTES``.  Until the
    first task comes back each goes alone, so a short run still spreads over every worker; a big
    file's record range (over ``TASK_BYTES``) is always a task of its own."""

    def __init__(self, pieces: Iterable[tuple[Any, Any, int]]) -> None:
        self.pieces = pieces
        self.per_input: float | None = None  # seconds of work per input, as measured on the workers

    def observe(self, inputs: int, seconds: float) -> None:
        measured = seconds / max(1, inputs)
        self.per_input = measured if self.per_input is None else 0.7 * self.per_input + 0.3 * measured

    def limit(self) -> int:
        if self.per_input is None:
            return 1
        return max(1, min(TASK_INPUTS, int(TASK_SECONDS / max(self.per_input, 1e-6))))

    def __iter__(self) -> Iterator[tuple[list, list]]:
        batch: list = []
        size = 0
        for piece in self.pieces:
            if batch and size + piece[2] > TASK_BYTES:
                yield batch, [item for _, item, _ in batch]
                batch, size = [], 0
            batch.append(piece)
            size += piece[2]
            if len(batch) >= self.limit() or size >= TASK_BYTES:
                yield batch, [item for _, item, _ in batch]
                batch, size = [], 0
        if batch:
            yield batch, [item for _, item, _ in batch]


def _alone(client, batch: list, shared: tuple, exc: BaseException) -> list[tuple[bool, Any]]:
    """A task of several inputs that failed as a whole (its worker died each time it ran it:
    ``KilledWorker``) runs again one input per task, so only the input that kills its worker fails."""
    if len(batch) == 1:
        return [(False, exc)]
    results = []
    for _, piece, _ in batch:
        future = client.submit(process_batch_on_worker, [piece], *shared, pure=False)
        try:
            results.extend(future.result()[1])
        except Exception as again:
            results.append((False, again))
        future.release()
    return results


def _task_error(name: str, exc: BaseException) -> AiwatchError:
    """A task that raised (an input's own errors are returned, not raised) is E111."""
    return AiwatchError("E111", name, detail=f"dask task failed: {type(exc).__name__}: {exc}")


def _shipped(source: Input, options: Options) -> Input:
    """The input as a worker can read it: stdin read here, a relative path made absolute."""
    source = source.buffered(options.max_bytes)
    if source.path is not None and not source.path.is_absolute():
        source = Input(source.name, source.path.absolute(), source.data)
    return source


def _pieces(client, inputs: Iterable[Input], options: Options) -> Iterator[tuple[tuple[str, bool], Any, int]]:
    """What the tasks read: each input whole, or a big JSON Lines file or WARC archive as record
    ranges (labelled ``(name, last range?)``, with their bytes).  The ranges' records are counted
    on the workers first, all at once (a quick pass), so each range starts numbering where the
    earlier ones stopped.  Inputs are taken one by one as the tasks need them: a folder of a
    million files is never listed whole here."""
    from aiwatch.read import input_size, record_ranges, warc_cuts

    for source in inputs:
        shipped = _shipped(source, options)
        size = input_size(shipped)
        if size <= options.max_bytes:  # read whole: no need to look for record ranges
            yield (source.name, True), shipped, size
            continue
        cuts = warc_cuts(shipped, options)
        if cuts is not None and len(cuts) > 1:
            yield from _warc_pieces(client, source.name, shipped, cuts)
            continue
        ranges = record_ranges(shipped, options) or [(0, 0)]
        if len(ranges) == 1:
            yield (source.name, True), shipped, size
            continue
        pieces = [RecordRange(shipped, start, end) for start, end in ranges]
        counts = client.map(count_on_worker, pieces, options=options, pure=False)
        first = 1
        for number, piece in enumerate(pieces):
            label = (source.name, number == len(pieces) - 1)
            yield label, RecordRange(shipped, piece.start, piece.end, first), piece.end - piece.start
            try:
                first = first + counts[number].result() if first > 0 else 0
            except Exception:  # the worker's error; the range's own task reports it, later ones say why
                first = 0
            counts[number].release()


def _warc_pieces(client, name: str, shipped: Input, cuts: list[tuple[int, int]]) -> Iterator:
    """A big WARC archive as ranges: every cut scanned on the workers at once (``scan_on_worker``:
    the first record a worker finds in its cut, the walk from it to the first record past the next
    cut), each range used only when it starts where the previous walk ended.  A scan that does not
    (its search took a payload's bytes for a record), or that warcio complained about, or a
    failed one, ends the ranges: the rest of the archive is read by one task from the last
    known record, as a local run reads it."""
    scans = client.map(scan_on_worker, [RecordRange(shipped, cut, end, kind="warc") for cut, end in cuts], pure=False)
    size = cuts[-1][1]
    position, first = 0, 1
    while scans:
        future = scans.pop(0)
        try:
            start, end, count, clean = future.result()
        except Exception:
            start, end, count, clean = position, size, 0, False
        future.release()
        if start is None:
            continue  # no record begins in this cut: the previous walk went through it
        if start != position or not clean or end >= size:
            break
        yield (name, False), RecordRange(shipped, position, end, first, kind="warc"), end - position
        position, first = end, first + count
    client.cancel(scans)
    yield (name, True), RecordRange(shipped, position, size, first, kind="warc", last=True), size - position


def _in_order(client, task, items: Iterable[tuple[Any, Any]], shared: tuple) -> Iterator[tuple[Any, tuple]]:
    """``task(item, *shared)`` on the cluster for each ``(label, item)``: ``(label, (True, result))``
    or ``(label, (False, exception))`` in the items' order.  At most ``window`` tasks run at once
    and at most ``held`` finished ones wait for an earlier one, so the client holds a bounded
    number of results however many items there are, and a slow task at the head does not leave
    the other workers idle; ``shared`` is sent to every worker once."""
    from distributed import as_completed

    threads = sum(client.nthreads().values()) or 1
    window = max(2, TASKS_PER_THREAD * threads)
    held = HELD_PER_THREAD * threads
    shared_futures = [client.scatter(arg, broadcast=True) if isinstance(arg, Options) else arg for arg in shared]
    pending = iter(items)
    labels: dict[int, Any] = {}  # label by sequence number, until yielded
    order: dict = {}  # key of a running future -> its sequence number
    done: dict[int, tuple] = {}  # finished, waiting for an earlier item
    seq = head = 0
    running = as_completed()

    def submit() -> bool:
        nonlocal seq
        item = next(pending, None)
        if item is None:
            return False
        label, payload = item
        future = client.submit(task, payload, *shared_futures, pure=False)
        order[future.key] = seq
        labels[seq] = label
        seq += 1
        running.add(future)
        return True

    while len(order) < window and submit():
        pass
    for future in running:
        number = order.pop(future.key)
        try:
            done[number] = (True, future.result())
        except Exception as exc:  # the worker's exception (or KilledWorker), re-raised here by distributed
            done[number] = (False, exc)
        future.release()
        while head in done:
            yield labels.pop(head), done.pop(head)
            head += 1
        # Refill while both bounds allow: running tasks within the window, held results within ``held``.
        while len(order) < window and len(done) < held and submit():
            pass


def choose_engine(engine: str, scheduler: str | None, jobs: int) -> int | DaskEngine:
    """What ``runner.run`` is given for ``--engine``: the number of local jobs, or a DaskEngine.

    Without the ``aiwatch[dask]`` extra, ``--engine dask`` says so and the run goes on locally."""
    import sys

    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; choose local or dask")
    if engine == "local":
        return jobs
    if not available():
        print(
            "note: --engine dask needs dask[distributed] (pip install 'aiwatch[dask]'); running with the local engine",
            file=sys.stderr,
        )
        return jobs
    return DaskEngine(scheduler_address(scheduler), workers=max(1, jobs if jobs > 0 else (os.cpu_count() or 1)))
