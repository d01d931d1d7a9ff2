# SPDX-License-Identifier: MIT
"""Re-use of piece-wise work between successive checks of one draft.

The editor re-checks the whole draft after every pause in typing, yet between two checks
only a paragraph or two has changed. The pure per-piece steps of a check — reading the
figures of a line, splitting and normalising the sentences of a paragraph — are memoised
here, keyed by the piece's own text, so a re-check redoes them only for the pieces that
changed. Everything that depends on more than one piece (the outline, the figure ledger's
entries, the rules proper) still runs over the whole draft each time, which is what keeps
the results identical to a fresh check.

The caches are module-level and bounded (least recently used pieces go first), so the
long-lived check process keeps them from one check to the next without further wiring.
A cached function must be pure and return an immutable value: the value is shared by every
run that meets the same piece. ``uncached()`` turns them all off, for a reference run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, wraps
from typing import Any, TypeVar

# A 100 k-character draft has a few thousand lines and sentences. Each cache holds more
# entries than that, so typing (which adds a new version of one piece per check) only
# pushes out stale versions, never the pieces of the draft still in use; and each entry is
# small (a line of text and a tuple of results), so a full cache is a few MB.
PIECES = 8192

_F = TypeVar("_F", bound=Callable[..., Any])
_caches: list[Any] = []
_state = threading.local()  # off for one thread's reference run, not for the others


def enabled() -> bool:
    return getattr(_state, "enabled", True)


def piece_cache(maxsize: int = PIECES) -> Callable[[_F], _F]:
    """Memoise a pure function of one piece of text (plus hashable arguments), bounded LRU."""

    def wrap(func: _F) -> _F:
        cached = lru_cache(maxsize=maxsize)(func)
        _caches.append(cached)

        @wraps(func)
        def call(*args: Any) -> Any:
            return cached(*args) if enabled() else func(*args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap


@contextmanager
def uncached() -> Iterator[None]:
    """Within this block (on this thread) every piece cache is bypassed: a from-scratch check."""
    before = enabled()
    _state.enabled = False
    try:
        yield
    finally:
        _state.enabled = before


def clear_caches() -> None:
    for cache in _caches:
        cache.cache_clear()


def cache_sizes() -> dict[str, int]:
    """Entries held by each cache, by function name (for the benchmark and tests)."""
    return {c.__wrapped__.__qualname__: c.cache_info().currsize for c in _caches}


def _register_reload() -> None:
    # Cached pieces may depend on the data files (word lists, report types): a reload of
    # those (the settings dialog, tests) must not leave results of the old data behind.
    from .resources import on_reload

    on_reload(clear_caches)


_register_reload()
