# SPDX-License-Identifier: MIT
"""Report types and their standard sections, read from resources/reporttypes/*.toml.

An office adds its own type by dropping a TOML file of the same shape into the
user folder's reporttypes/ (see core.resources.user_dir).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .resources import data_files, load_toml


@dataclass(frozen=True)
class Section:
    key: str
    name: str  # the heading a template uses, e.g. "存在的问题"
    synonyms: tuple[str, ...]  # words that make a heading this section
    cues: tuple[str, ...]  # regexes that announce it at a paragraph's start
    guidance: str = ""  # template text under the heading
    required: bool = True
    not_for: str = ""  # a regex: titles of reports that need not have this section (抓党建述职: no 廉洁自律)


@dataclass(frozen=True)
class ReportType:
    key: str
    name: str
    title_patterns: tuple[str, ...]
    priority: int
    sections: tuple[Section, ...]


@cache
def report_types() -> dict[str, ReportType]:
    types: dict[str, ReportType] = {}
    for f in data_files("reporttypes"):
        try:
            data = load_toml(f)
            rt = _parse(data)
        except Exception:  # a broken user file must not stop the checker
            continue
        types[rt.key] = rt
    return types


def _parse(data: dict) -> ReportType:
    sections = tuple(
        Section(
            key=s["key"],
            name=s["name"],
            synonyms=tuple(s.get("synonyms", ())),
            cues=tuple(s.get("cues", ())),
            guidance=s.get("guidance", ""),
            required=bool(s.get("required", True)),
            not_for=s.get("not_for", ""),
        )
        for s in data.get("sections", ())
    )
    return ReportType(
        key=data["key"],
        name=data["name"],
        title_patterns=tuple(data.get("title_patterns", ())),
        priority=int(data.get("priority", 0)),
        sections=sections,
    )


def detect_type(title: str) -> str | None:
    """The report type whose title pattern matches, the highest priority first."""
    if not title:
        return None
    compact = re.sub(r"\s+", "", title)
    for rt in sorted(report_types().values(), key=lambda t: -t.priority):
        if any(re.search(p, compact) for p in rt.title_patterns):
            return rt.key
    return None


def type_by_name(name: str) -> ReportType | None:
    """Look a type up by key or Chinese name (for --type)."""
    types = report_types()
    if name in types:
        return types[name]
    for rt in types.values():
        if rt.name == name:
            return rt
    return None
