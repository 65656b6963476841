"""Timing one call: wall time, CPU time of this process, and the peak resident memory during it.

Peak memory is the process's resident size at its highest during the call (MB): the kernel's
high-water mark (VmHWM), reset to the current RSS before the call by writing 5 to
/proc/self/clear_refs. Where the reset is not allowed, a thread samples the RSS every 10 ms instead.
It is absolute (imports included), so compare one stage with itself at two scales.
"""

from __future__ import annotations

import gc
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_STATUS = Path("/proc/self/status")


@dataclass(frozen=True)
class Sample:
    """One measured call: seconds of wall and CPU time (all threads of this process), RSS MB at start and peak."""

    wall: float
    cpu: float
    peak_mb: float
    start_mb: float = 0.0


def _status_kb(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class _Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = _status_kb("VmRSS")
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.01):
            self.peak = max(self.peak, _status_kb("VmRSS"))


def measure(fn: Callable[[], T], collect: bool = True) -> tuple[T, Sample]:
    """Call `fn` once and measure it; returns its result and the Sample.

    `collect` runs the garbage collector first (tens of ms with big libraries loaded): right for a
    stage, wrong for one page among hundreds.
    """
    if collect:
        gc.collect()
    start_rss = _status_kb("VmRSS")
    sampler = None if _reset_peak() else _Sampler()
    if sampler is not None:
        sampler.start()
    c0, w0 = time.process_time(), time.perf_counter()
    result = fn()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    if sampler is not None:
        sampler.done.set()
        sampler.join()
        peak = max(sampler.peak, _status_kb("VmRSS"))
    else:
        peak = _status_kb("VmHWM")
    return result, Sample(wall, cpu, peak / 1024, start_rss / 1024)


def median_sample(samples: list[Sample]) -> Sample:
    """The median of each figure over repeats (noise on a shared machine is one-sided: slower, never faster)."""
    med = statistics.median
    return Sample(med(s.wall for s in samples), med(s.cpu for s in samples), med(s.peak_mb for s in samples),
                  med(s.start_mb for s in samples))
