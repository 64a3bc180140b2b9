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
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from aiwatch.errors import AiwatchError
from aiwatch.options import Options
from aiwatch.read import Input

SCHEDULER_ENV = "AIWATCH_DASK_SCHEDULER"
PLUGIN_NAME = "aiwatch-pipeline"
TASKS_PER_THREAD = 2  # inputs queued per worker thread: enough to keep it busy, few enough to stay small


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


def _pipeline_plugin(options: Options):
    """A WorkerPlugin that builds the pipeline once per worker process (kept in
    ``aiwatch.pipeline``'s per-process slot, where every task finds it)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self, options: Options) -> None:
            self.options = options

        def setup(self, worker) -> None:
            from aiwatch.pipeline import build_pipeline, use_pipeline

            use_pipeline(build_pipeline(self.options))

    return PipelinePlugin(options)


def process_on_worker(source: Input, options: Options) -> list:
    """One input on a worker, read and analysed there, batch by batch through the stages' ``pipe``:
    its articles and errors (an error of the reader stays beside the articles read before it)."""
    from aiwatch.article import Article
    from aiwatch.limits import cap_article
    from aiwatch.pipeline import worker_pipeline
    from aiwatch.read import read_input

    pipeline = worker_pipeline(options)  # the plugin's, built in setup(); built here only if it is missing
    items: list = []

    def readable() -> Iterator[Article]:
        for item in read_input(source, options):
            if isinstance(item, AiwatchError):
                items.append(item)
            else:
                yield item

    try:
        for result in pipeline.pipe(readable()):
            items.append(cap_article(result) if isinstance(result, Article) else result)
    except MemoryError:
        items.append(AiwatchError("E112", source.name, limit="the dask worker's memory", kind="memory",
                                  option="--memory-limit of dask worker"))
    return items


@dataclass
class DaskEngine:
    """Where a run goes: ``scheduler`` (``tcp://host:8786``) or, when None, a LocalCluster of
    ``workers`` processes on this machine."""

    scheduler: str | None = None
    workers: int = 2

    def describe(self) -> str:
        return f"dask scheduler {self.scheduler}" if self.scheduler else f"dask LocalCluster of {self.workers}"

    def check(self) -> None:
        """Reach the scheduler now, so a wrong address stops the run before any input is read."""
        if self.scheduler:
            client, _ = self.client()
            client.close()

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

    def run(self, inputs: Iterable[Input], options: Options, budget=None) -> Iterator:
        """Outcome parts in input order, from tasks run on the cluster (``budget`` is the local
        runner's; Dask tasks run in the worker's threads, see README)."""
        client, cluster = self.client()
        try:
            client.register_plugin(_pipeline_plugin(options), name=PLUGIN_NAME)
            yield from _stream(client, inputs, options)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _shipped(source: Input, options: Options) -> Input:
    """The input as a worker can read it: stdin read here, a relative path made absolute."""
    source = source.buffered(options.max_bytes)
    if source.path is not None and not source.path.is_absolute():
        source = Input(source.name, source.path.absolute(), source.data)
    return source


def _stream(client, inputs: Iterable[Input], options: Options) -> Iterator:
    """Submit inputs with at most ``window`` in flight or waiting; yield their parts in input order."""
    from distributed import as_completed

    from aiwatch.runner import _parts

    threads = sum(client.nthreads().values()) or 1
    window = max(2, TASKS_PER_THREAD * threads)
    options_future = client.scatter(options, broadcast=True)
    pending = iter(inputs)
    names: dict[int, str] = {}  # input name by sequence number, until yielded
    seq = 0
    order: dict = {}  # key of a running future -> its sequence number
    done: dict[int, list] = {}  # finished, waiting for an earlier input
    head = 0
    running = as_completed()

    def submit() -> bool:
        nonlocal seq
        source = next(pending, None)
        if source is None:
            return False
        future = client.submit(process_on_worker, _shipped(source, options), options_future, pure=False)
        order[future.key] = seq
        names[seq] = source.name
        seq += 1
        running.add(future)
        return True

    while len(order) < window and submit():
        pass
    for future in running:
        number = order.pop(future.key)
        done[number] = _result(future, names[number])
        future.release()
        while head in done:
            items = done.pop(head)
            yield from _parts(names.pop(head), items)
            head += 1
        # Refill only as the ordered head drains: held results stay within the window.
        while len(order) + len(done) < window and submit():
            pass


def _result(future, name: str) -> list:
    """A task's items; a task that raised (an input's own errors are returned, not raised) is E111."""
    try:
        return future.result()
    except Exception as exc:  # the worker's exception, re-raised here by distributed
        return [AiwatchError("E111", name, detail=f"dask task failed: {type(exc).__name__}: {exc}")]


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
