# SPDX-License-Identifier: MIT
"""New documents laid out from a report type: title, standard sections, guidance text."""

from __future__ import annotations

from jiaogao.core.model import Document, Paragraph, Run
from jiaogao.core.numerals import to_cn_small
from jiaogao.core.reporttypes import ReportType


def template_document(rt: ReportType) -> Document:
    """The title and each standard section as a level-1 heading, its guidance in italics below."""
    paragraphs = [Paragraph(rt.name, level=0)]
    for i, section in enumerate(rt.sections, 1):
        paragraphs.append(Paragraph(f"{to_cn_small(i)}、{section.name}", level=1))
        guidance = section.guidance or "（在此撰写本部分内容。）"
        paragraphs.append(Paragraph(guidance, runs=(Run(guidance, italic=True),)))
    return Document(tuple(paragraphs))


def blank_document() -> Document:
    return Document((Paragraph(""),))
