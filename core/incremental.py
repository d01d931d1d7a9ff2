# SPDX-License-Identifier: MIT
"""Re-use of piece-wise work between successive checks of one draft.

The editor re-checks the whole draft after every pause in typing, yet between two checks
only a paragraph or two has changed. The pure per-piece steps of a check — the figures of a
flow line (numbers.scan_lines), the sentence keys of a paragraph (duplicate), its run-in
numbers (numbering), section cues and character counts (sections), the class of a line
(webresidue), whether a line looks like a heading (textblocks), the placeholders of a line
(placeholder) — are memoised with ``piece_cache``, keyed by the piece's own text, so a
re-check redoes them only for the pieces that changed. Everything that depends on more
than one piece (the outline, the figure ledger's entries, the rules proper) still runs over
the whole draft each time, which is what keeps the results identical to a fresh check.

The caches are module-level and bounded (least recently used pieces go first). They are
used only inside ``caching()``, which the live check path of the editor turns on (the check
worker process and the in-thread fallback), since only there does one draft come back again
and again; a batch check of unrelated files gains nothing from them and runs without. A
cached function must be pure and return an immutable value: the value is shared by every
run that meets the same piece. ``uncached()`` turns them off again, for a reference run.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import update_wrapper
from typing import Any, NamedTuple

# Each cache keeps at most a number of entries whose text adds up to at most a number of
# characters, the least recently used going first. ``fit_to`` sizes both to twice the draft
# being checked (never below these floors): room for every piece of the draft plus as much
# again for stale versions, so typing (a new version of one piece per check) only pushes out
# stale versions, never the pieces still in use, and a long paragraph retyped many times
# cannot make a cache grow past that. A 100 k-character draft thus holds a few MB in all.
PIECES = 8_192
CHARS = 150_000

_caches: list[PieceCache] = []
_state = threading.local()  # caching() is per thread: a batch check elsewhere stays uncached


def enabled() -> bool:
    return getattr(_state, "enabled", False)


class CacheInfo(NamedTuple):
    hits: int
    misses: int
    maxsize: int
    currsize: int
    chars: int


class PieceCache:
    """A bounded LRU memo of a pure function whose first argument is a piece of text (the others
    hashables); bounded both in entries and in the characters of the text it holds."""

    def __init__(self, func: Callable[..., Any], maxsize: int, maxchars: int) -> None:
        self.__wrapped__ = func
        self.maxsize = self.min_size = maxsize
        self.maxchars = self.min_chars = maxchars
        self._data: OrderedDict[tuple[Any, ...], tuple[Any, int]] = OrderedDict()
        self._chars = 0
        self._hits = self._misses = 0
        self._lock = threading.Lock()
        update_wrapper(self, func)

    def __call__(self, *args: Any) -> Any:
        if not enabled():
            return self.__wrapped__(*args)
        try:
            value, _ = self._data[args]
            self._data.move_to_end(args)  # (a KeyError here: another thread dropped it just now)
        except KeyError:
            return self._miss(args)
        self._hits += 1
        return value

    def _miss(self, args: tuple[Any, ...]) -> Any:
        value = self.__wrapped__(*args)
        size = len(args[0])  # the piece of text comes first
        with self._lock:
            self._misses += 1
            if size <= self.maxchars and args not in self._data:
                self._data[args] = (value, size)
                self._chars += size
                while len(self._data) > self.maxsize or self._chars > self.maxchars:
                    _, (_, dropped) = self._data.popitem(last=False)
                    self._chars -= dropped
        return value

    def cache_info(self) -> CacheInfo:
        return CacheInfo(self._hits, self._misses, self.maxsize, len(self._data), self._chars)

    def cache_clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._chars = 0
            self._hits = self._misses = 0


def piece_cache(maxsize: int = PIECES, maxchars: int = CHARS) -> Callable[[Callable[..., Any]], PieceCache]:
    """Memoise a pure function of pieces of text (plus hashable arguments). Its value must be
    immutable: every later run that meets the same piece shares it."""

    def wrap(func: Callable[..., Any]) -> PieceCache:
        cache = PieceCache(func, maxsize, maxchars)
        _caches.append(cache)
        return cache

    return wrap


@contextmanager
def caching(on: bool = True) -> Iterator[None]:
    """Within this block (on this thread) the piece caches are used (or, ``on=False``, not)."""
    before = enabled()
    _state.enabled = on
    try:
        yield
    finally:
        _state.enabled = before


def uncached() -> AbstractContextManager[None]:
    """A from-scratch check within this block, whatever an outer ``caching()`` said."""
    return caching(False)


def clear_caches() -> None:
    for cache in _caches:
        cache.cache_clear()


def cache_sizes() -> dict[str, int]:
    """Entries held by each cache, by function name (for the benchmark and tests)."""
    return {c.__wrapped__.__qualname__: c.cache_info().currsize for c in _caches}


def line_pieces(text: str, joins: Callable[[str, int], bool]) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` ending just after a line break (the last one at the end of the text): cut
    at every break except those where ``joins(text, at)`` says a rule reads over the break at
    ``at``. A rule that reads nothing else across a line break gives, piece by piece, what it
    gives on the whole text."""
    start = 0
    nl = text.find("\n")
    while nl >= 0:
        if not joins(text, nl):
            yield start, nl + 1
            start = nl + 1
        nl = text.find("\n", nl + 1)
    yield start, len(text)


def fit_to(chars: int, pieces: int) -> None:
    """Size every cache for a draft of ``chars`` characters in ``pieces`` paragraphs (only
    inside ``caching()``: a batch check on another thread must not resize the editor's)."""
    if not enabled():
        return
    for cache in _caches:
        cache.maxchars = max(cache.min_chars, 2 * chars)
        cache.maxsize = max(cache.min_size, 2 * pieces)


def cached_chars() -> int:
    """Characters of text held by all the caches together."""
    return sum(c.cache_info().chars for c in _caches)


def _register_reload() -> None:
    # Cached pieces may depend on the data files (word lists, report types): a reload of
    # those (the settings dialog, tests) must not leave results of the old data behind.
    from .resources import on_reload

    on_reload(clear_caches)


_register_reload()
