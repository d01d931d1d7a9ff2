# SPDX-License-Identifier: MIT
"""The evaluation corpus in tests/data/drafts: loading expectations and matching findings to them.

Kept apart from the test module so the matcher has its own unit tests and the bench
can reuse the loader. Format and matching rules: tests/data/drafts/README.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jiaogao.core.model import CATEGORIES, Finding

DRAFTS = Path(__file__).resolve().parent.parent / "data" / "drafts"
REPORT_TYPES = ("halfyear", "annual", "summary_plan", "duty", "special")


class CorpusError(ValueError):
    """An expectation file that does not fit its draft."""


@dataclass(frozen=True)
class Expected:
    """One planted problem: a category and the spans where a finding counts as catching it.

    ``spans[0]`` is the primary excerpt; the others come from ``also`` (equally acceptable places).
    An optional entry is tolerated: a finding there is neither a hit nor a false alarm.
    """

    draft: str
    category: str
    spans: tuple[tuple[int, int], ...]
    excerpt: str
    note: str = ""
    optional: bool = False


@dataclass(frozen=True)
class Draft:
    name: str
    text: str
    report_type: str
    expected: tuple[Expected, ...]

    @property
    def required(self) -> tuple[Expected, ...]:
        return tuple(e for e in self.expected if not e.optional)

    @property
    def is_clean(self) -> bool:
        return not self.expected


def locate(text: str, excerpt: str, occurrence: int = 1) -> tuple[int, int]:
    """The span of the ``occurrence``-th (1-based) appearance of ``excerpt`` in ``text``."""
    if not excerpt or occurrence < 1:
        raise CorpusError(f"bad excerpt/occurrence: {excerpt!r} #{occurrence}")
    pos = -1
    for _ in range(occurrence):
        pos = text.find(excerpt, pos + 1)
        if pos < 0:
            raise CorpusError(f"excerpt {excerpt!r} has fewer than {occurrence} occurrence(s)")
    return pos, pos + len(excerpt)


def _entry(name: str, text: str, raw: dict, optional: bool) -> Expected:
    category = raw.get("category")
    if category not in CATEGORIES:
        raise CorpusError(f"{name}: unknown category {category!r}")
    spans = [locate(text, raw["excerpt"], int(raw.get("occurrence", 1)))]
    for alt in raw.get("also", ()):
        spans.append(locate(text, alt["excerpt"], int(alt.get("occurrence", 1))))
    return Expected(name, category, tuple(spans), raw["excerpt"], raw.get("note", ""), optional)


def load_draft(path: Path) -> Draft:
    text = path.read_text(encoding="utf-8")
    exp_path = path.with_name(path.stem + ".expected.json")
    data = json.loads(exp_path.read_text(encoding="utf-8"))
    if data.get("type") not in REPORT_TYPES:
        raise CorpusError(f"{path.name}: unknown type {data.get('type')!r}")
    try:
        entries = [_entry(path.name, text, raw, False) for raw in data.get("findings", ())]
        entries += [_entry(path.name, text, raw, True) for raw in data.get("optional", ())]
    except (KeyError, CorpusError) as err:
        raise CorpusError(f"{path.name}: {err}") from None
    return Draft(path.name, text, data["type"], tuple(entries))


def load_corpus(folder: Path = DRAFTS) -> list[Draft]:
    return [load_draft(p) for p in sorted(folder.glob("*.txt"))]


def overlaps(span: tuple[int, int], start: int, end: int) -> bool:
    """Half-open spans overlap; an empty finding counts when it sits inside or at the edge of ``span``."""
    a, b = span
    if start == end:
        return a <= start <= b
    return start < b and a < end


@dataclass
class Tally:
    expected: int = 0
    recalled: int = 0
    true_pos: int = 0
    false_pos: int = 0

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0


@dataclass
class MatchResult:
    """Findings sorted into hits and false alarms, and expectations nobody caught."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    false_alarms: list[tuple[str, Finding]] = field(default_factory=list)
    misses: list[Expected] = field(default_factory=list)

    def total(self) -> Tally:
        t = Tally()
        for x in self.tallies.values():
            t.expected += x.expected
            t.recalled += x.recalled
            t.true_pos += x.true_pos
            t.false_pos += x.false_pos
        return t


def match_draft(
    name: str, findings: Iterable[Finding], expected: Sequence[Expected], result: MatchResult | None = None
) -> MatchResult:
    """Match one draft's findings against its expectations (category equal, spans overlap)."""
    result = result if result is not None else MatchResult()
    caught: set[int] = set()
    for f in findings:
        tally = result.tallies.setdefault(f.category, Tally())
        hits = [
            i
            for i, e in enumerate(expected)
            if e.category == f.category and any(overlaps(s, f.start, f.end) for s in e.spans)
        ]
        required = [i for i in hits if not expected[i].optional]
        if required:
            tally.true_pos += 1
            caught.update(required)
        elif not hits:
            tally.false_pos += 1
            result.false_alarms.append((name, f))
    for i, e in enumerate(expected):
        if e.optional:
            continue
        tally = result.tallies.setdefault(e.category, Tally())
        tally.expected += 1
        if i in caught:
            tally.recalled += 1
        else:
            result.misses.append(e)
    return result


def format_table(result: MatchResult) -> str:
    """A per-category table of expected/recalled/findings, precision and recall."""
    rows = [
        f"{'category':<16} {'expect':>6} {'caught':>6} {'recall':>7} {'found':>6} {'fp':>4} {'precis':>7}"
    ]
    items = [*result.tallies.items(), ("ALL", result.total())]
    for cat, t in items:
        if cat != "ALL" and not t.expected and not (t.true_pos + t.false_pos):
            continue
        rows.append(
            f"{cat:<16} {t.expected:>6} {t.recalled:>6} {t.recall:>7.2f} "
            f"{t.true_pos + t.false_pos:>6} {t.false_pos:>4} {t.precision:>7.2f}"
        )
    return "\n".join(rows)


def format_details(result: MatchResult, text_of: dict[str, str]) -> str:
    """Every miss and false alarm, by draft, with a little context so the failing draft is obvious."""
    lines: list[str] = []
    for e in result.misses:
        a, b = e.spans[0]
        lines.append(f"MISS  {e.draft} [{e.category}] {_context(text_of[e.draft], a, b)}  ({e.note})")
    for name, f in result.false_alarms:
        lines.append(
            f"FALSE {name} [{f.category}/{f.rule}/{f.severity}] "
            f"{_context(text_of[name], f.start, f.end)}  ({f.message})"
        )
    return "\n".join(sorted(lines))


def _context(text: str, a: int, b: int, width: int = 12) -> str:
    before = text[max(0, a - width) : a].replace("\n", "⏎")
    after = text[b : b + width].replace("\n", "⏎")
    return f"…{before}【{text[a:b][:40].replace(chr(10), '⏎')}】{after}… @{a}"


def evaluate(drafts: Sequence[Draft]) -> MatchResult:
    """Run the whole checker on every draft and match its findings."""
    from jiaogao.core.engine import check_text

    result = MatchResult()
    for draft in drafts:
        match_draft(draft.name, check_text(draft.text).findings, draft.expected, result)
    return result


def main(argv: Sequence[str] | None = None) -> None:
    """``uv run python -m tests.core.corpus [FOLDER]``: the per-category table and every miss and false alarm.

    FOLDER defaults to tests/data/drafts; another folder of drafts in the same format (a held-out
    set kept outside the repository) is scored the same way.
    """
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    drafts = load_corpus(Path(args[0]) if args else DRAFTS)
    result = evaluate(drafts)
    print(format_table(result))
    print()
    print(format_details(result, {d.name: d.text for d in drafts}))


if __name__ == "__main__":
    main()
