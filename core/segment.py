# SPDX-License-Identifier: MIT
"""Word segmentation with jieba, loaded lazily and once per process.

jieba takes about half a second to build its dictionary, so it is imported on
first use (or warmed up by the GUI in the background through ``initialize``),
never at module import. Checks call it only on the few stretches of text where
word boundaries matter (heading text, the opening clause of a paragraph).
"""

from __future__ import annotations

import logging
import sys
import threading
import warnings
from functools import lru_cache
from typing import Any

from .resources import resource_path, user_dir

_lock = threading.Lock()
_tokenizer: Any = None
_failed = False


def _cache_dir() -> str | None:
    """A per-user writable folder for jieba's dictionary cache, or None for jieba's default."""
    try:
        path = user_dir() / "cache"
        path.mkdir(parents=True, exist_ok=True)
        return str(path)
    except OSError:
        return None


def _bundled_cache() -> str | None:
    """The dictionary cache build.spec made at build time, when running from a PyInstaller bundle."""
    if not getattr(sys, "frozen", False):
        return None
    path = resource_path("jieba.cache")
    return str(path) if path.is_file() else None


def _load() -> Any:
    """Import jieba, point it at a dictionary cache and load the report vocabulary."""
    with warnings.catch_warnings():
        # jieba imports pkg_resources, which newer setuptools deprecates noisily.
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    bundled = _bundled_cache()
    if bundled:
        # An absolute cache_file survives jieba's os.path.join(tmp_dir, cache_file), and for
        # the default dictionary jieba trusts the cache without comparing dates: it loads the
        # read-only file as is, never rebuilds it and never needs a writable folder.
        tokenizer.cache_file = bundled
    else:
        cache = _cache_dir()
        if cache:
            tokenizer.tmp_dir = cache
    tokenizer.initialize()
    userdict = resource_path("jieba_userdict.txt")
    if userdict.is_file():
        # load_userdict mutates the frequency table without a lock: do it here, under ours.
        tokenizer.load_userdict(str(userdict))
    return tokenizer


def initialize() -> bool:
    """Load jieba now (thread-safe; later calls are free). False if jieba is unusable."""
    global _tokenizer, _failed
    if _tokenizer is not None:
        return True
    if _failed:
        return False
    with _lock:
        if _tokenizer is None and not _failed:
            try:
                _tokenizer = _load()
            except Exception:  # no jieba, unreadable dictionary: fall back to characters
                logging.getLogger(__name__).warning(
                    "jieba unavailable; word boundaries disabled", exc_info=True
                )
                _failed = True
    return _tokenizer is not None


def cut(text: str) -> list[str]:
    """The words of ``text`` (no HMM guessing of unknown words: report vocabulary is in the dictionary)."""
    if not text:
        return []
    return list(_cut(text))


@lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    if not initialize():
        return tuple(text)  # every character a word: boundaries everywhere, nothing rejected
    return tuple(_tokenizer.cut(text, HMM=False))


def boundaries(text: str) -> frozenset[int]:
    """Offsets in ``text`` where a word starts or ends (0 and len(text) included)."""
    out = {0}
    pos = 0
    for word in cut(text):
        pos += len(word)
        out.add(pos)
    return frozenset(out)


def is_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends on word boundaries."""
    b = boundaries(text)
    return start in b and end in b


@lru_cache(maxsize=4096)
def parts(word: str) -> tuple[str, ...]:
    """The dictionary words of two or three characters inside a longer word (一般公共预算收入 →
    一般, 公共, 预算, 收入 …), or the word itself when it is short or has none. Two names of one
    metric cut into different words (一般预算收入) then share their parts."""
    if len(word) <= 2 or not initialize():
        return (word,)
    freq = _tokenizer.FREQ
    pairs = [i for i in range(len(word) - 1) if freq.get(word[i : i + 2])]
    # a pair that straddles two others is an accident of the join: 税收收入 is 税收 and 收入, not 收收
    kept = [word[i : i + 2] for i in pairs if not (i - 1 in pairs and i + 1 in pairs)]
    if len(word) > 3:  # 出口额 → 出口, not 出口额 again
        kept += [word[i : i + 3] for i in range(len(word) - 2) if freq.get(word[i : i + 3])]
    return tuple(kept) or (word,)


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary (with the report vocabulary) holds ``word``."""
    return initialize() and bool(_tokenizer.FREQ.get(word))
