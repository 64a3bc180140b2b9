"""One description of the machine a benchmark ran on, for every results file."""

from __future__ import annotations

import os
import platform


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def describe_machine(extra: str = "") -> str:
    """CPU, cores, memory, Python and OS, the load average now (these machines are shared)."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = ", load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""
    extra = f", {extra}" if extra else ""
    return (
        f"{cpu_model()}, {os.cpu_count()} cores, {memory:.0f} GiB; "
        f"Python {platform.python_version()} on {platform.system()}{extra}{load}"
    )
