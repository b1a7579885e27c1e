"""Checks of "not yet" that hold on a busy host: a stopwatch started before a timer.

A test that waits 150 ms and then asserts that a 400 ms timer has not fired yet fails
whenever the host stalls the test for a quarter of a second (a loaded CI machine does): the
wait then returns long after the timer's time, and the timer rightly fired. Such a check is
only meaningful while the time has not passed, so it is made as
``assert not fired or clock.passed(timer_ms)``: on any host where the wait returns in time
(every ordinary run) it checks what it always did, and a stall cannot fail it.
"""

from __future__ import annotations

import time

# Qt's coarse timers (the default type) may fire up to 5 % early: a timer of 1,000 ms can
# fire at 950 ms. The check allows twice that.
EARLY = 0.9


class Stopwatch:
    """Started when made; start it BEFORE the timer it is compared with, so that it always
    reads at least what the timer's clock does."""

    def __init__(self) -> None:
        self._started = time.monotonic()

    def elapsed_ms(self) -> float:
        return (time.monotonic() - self._started) * 1000

    def passed(self, timer_ms: float) -> bool:
        """Whether a timer of ``timer_ms`` started after this stopwatch may have fired by now."""
        return self.elapsed_ms() >= timer_ms * EARLY
