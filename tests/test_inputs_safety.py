"""The run's own files, unreadable folders, hostile file names, and output files (issue 10)."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aiwatch.cli import app
from aiwatch.read import expand_inputs

NEWS = "标题\n\n人工智能产业新闻正文，某公司发布新模型。\n"


def extract(*args: str):
    return CliRunner().invoke(app, ["extract", "--no-analyze", *args])


def test_extract_does_not_read_its_own_earlier_output(tmp_path):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    first = extract(str(tmp_path), "-o", str(out))
    second = extract(str(tmp_path), "-o", str(out))
    assert first.exit_code == second.exit_code == 0
    # before: the second run read out.jsonl as an input and wrote its article again
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert f"note: {out}: skipped, it is this run's own corpus or output file" in second.stderr


def _line(item) -> str:
    return item.describe() if hasattr(item, "describe") else item.name


def _expand_as_nobody(folder: Path) -> list[str]:
    """As root, permissions do not stop a read: the expansion runs in a forked child that gave
    up root, so the unreadable folder is really unreadable."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: only modules already imported are used after setuid
        try:
            os.close(read)
            os.setgid(65534)
            os.setuid(65534)
            lines = [_line(item) for item in expand_inputs([str(folder)])]
            os.write(write, json.dumps(lines).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as stream:
        data = stream.read()
    os.waitpid(pid, 0)
    return json.loads(data)


def test_an_unreadable_subdirectory_is_an_error_line():
    with tempfile.TemporaryDirectory() as top:
        folder = Path(top) / "news"
        (folder / "locked").mkdir(parents=True)
        (folder / "a.txt").write_text(NEWS, encoding="utf-8")
        (folder / "locked" / "b.txt").write_text(NEWS, encoding="utf-8")
        os.chmod(top, 0o755)
        os.chmod(folder, 0o755)
        os.chmod(folder / "locked", 0o000)
        try:
            if os.geteuid() == 0:
                lines = _expand_as_nobody(folder)
            else:
                lines = [_line(item) for item in expand_inputs([str(folder)])]
        finally:
            os.chmod(folder / "locked", 0o755)
    assert str(folder / "a.txt") in lines
    assert f"E100 {folder / 'locked'}: cannot read: cannot list directory: Permission denied" in lines


def test_a_newline_in_a_file_name_cannot_forge_an_error_line(tmp_path):
    hostile = tmp_path / "x.txt\nE000 forged.txt: all good"
    hostile.write_bytes(b"")  # empty: an error line naming it
    result = extract(str(hostile))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert not any(line.startswith("E000") for line in lines)
    assert any(line.startswith("E101 ") and "x.txt\\nE000 forged.txt" in line for line in lines)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_files_honour_the_umask(tmp_path, umask, mode):
    (tmp_path / "a.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out" / "a.jsonl"
    previous = os.umask(umask)
    try:
        result = extract(str(tmp_path / "a.txt"), "-o", str(out))
    finally:
        os.umask(previous)
    assert result.exit_code == 0
    assert out.stat().st_mode & 0o777 == mode  # before: always 0600 (mkstemp's mode)


def test_a_part_file_left_by_a_killed_run_is_removed_next_time(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stale = tmp_path / ".out.jsonl.4194305.x1y2.part"  # above pid_max: that writer is gone
    live = tmp_path / f".out.jsonl.{os.getpid()}.z3.part"  # a writer still running
    stale.write_text("half", encoding="utf-8")
    live.write_text("half", encoding="utf-8")
    result = extract(str(tmp_path / "in"), "-o", str(out))
    assert result.exit_code == 0
    assert not stale.exists() and live.exists()
    assert "note: removed .out.jsonl.4194305.x1y2.part, left by an interrupted run" in result.stderr


def _terminate_extract_reading_stdin(tmp_path, send) -> None:
    """Start ``extract - -o out.jsonl`` on a pipe that stays open, terminate it with ``send``
    once its .part file exists, and check it ends and leaves nothing behind."""
    out = tmp_path / "out.jsonl"
    # Reading standard input that never ends keeps the run busy with its .part file open.
    process = subprocess.Popen(
        [sys.executable, "-m", "aiwatch", "extract", "-", "-o", str(out)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(600):
            if list(tmp_path.glob(".out.jsonl.*.part")):
                break
            time.sleep(0.1)
        assert list(tmp_path.glob(".out.jsonl.*.part")), "the run never opened its output"
        send(process)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail(f"SIGTERM did not end the run: {process.communicate()[1].decode()[-2000:]}")
    finally:
        process.kill()
        process.communicate()
    assert process.returncode != 0
    assert list(tmp_path.iterdir()) == []


def test_a_terminated_extract_leaves_no_part_file(tmp_path):
    _terminate_extract_reading_stdin(tmp_path, lambda process: process.send_signal(signal.SIGTERM))


def test_sigterm_taken_by_a_native_thread_still_ends_the_run(tmp_path):
    # The kernel may hand a process its SIGTERM through any thread that does not block it; the
    # numerical libraries' native threads do not.  Sent straight to such a thread (tgkill), the
    # signal once left the main thread asleep in read(2) on a pipe that never closed.
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "tgkill") or not Path("/proc/self/task").is_dir():
        pytest.skip("needs Linux's /proc and glibc's tgkill to aim a signal at one thread")

    def to_another_thread(process):
        threads = [int(t) for t in os.listdir(f"/proc/{process.pid}/task") if int(t) != process.pid]
        if not threads:
            pytest.skip("this build of the run has no thread besides the main one")
        assert libc.tgkill(process.pid, threads[0], signal.SIGTERM) == 0, os.strerror(ctypes.get_errno())

    _terminate_extract_reading_stdin(tmp_path, to_another_thread)
