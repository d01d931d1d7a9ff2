# SPDX-License-Identifier: MIT
"""Build small .docx files from raw WordprocessingML for the reader tests.

Real Word and WPS files differ from what python-docx writes (numeric style ids, numbering
definitions, text boxes with mc:Fallback copies), so the tests describe such files in XML here
instead of committing opaque binaries.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def run(
    text: str,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    style: str = "",
    props: str = "",
) -> str:
    rpr = (f'<w:rStyle w:val="{style}"/>' if style else "") + props
    rpr += (
        ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + ('<w:u w:val="single"/>' if underline else "")
    )
    return (
        f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    )


def para(
    content: str = "",
    style: str = "",
    num: tuple[int, int] | None = None,
    outline: int | None = None,
    text: str | None = None,
) -> str:
    """A w:p; ``text`` is a shortcut for one plain run."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    body = content + (run(text) if text is not None else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{body}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(text=c)}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{cells}</w:tbl>'


def style(
    sid: str,
    name: str,
    kind: str = "paragraph",
    based_on: str = "",
    outline: int | None = None,
    rpr: str = "",
    num: tuple[int, int] | None = None,
    default: bool = False,
) -> str:
    ppr = ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style w:type="{kind}"{flag} w:styleId="{sid}">'
        f'<w:name w:val="{name}"/>'
        + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
        + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
        + "</w:style>"
    )


def styles(*defs: str) -> str:
    return f'{DECL}<w:styles xmlns:w="{W_NS}">{"".join(defs)}</w:styles>'


def level(ilvl: int, fmt: str, text: str, start: int = 1, suffix: str = "") -> str:
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{suff}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def numbering(
    abstracts: dict[int, list[str]], nums: dict[int, int], overrides: dict[int, tuple[int, int]] | None = None
) -> str:
    """abstractNum id → its w:lvl elements; numId → abstractNum id; numId → (ilvl, startOverride)."""
    out = [
        f'<w:abstractNum w:abstractNumId="{a}">{"".join(levels)}</w:abstractNum>'
        for a, levels in abstracts.items()
    ]
    for nid, aid in nums.items():
        ov = (overrides or {}).get(nid)
        extra = (
            f'<w:lvlOverride w:ilvl="{ov[0]}"><w:startOverride w:val="{ov[1]}"/></w:lvlOverride>'
            if ov
            else ""
        )
        out.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{extra}</w:num>')
    return f'{DECL}<w:numbering xmlns:w="{W_NS}">{"".join(out)}</w:numbering>'


def document_xml(body: str) -> str:
    return f"{DECL}<w:document {NAMESPACES}><w:body>{body}<w:sectPr/></w:body></w:document>"


def make_docx(
    path: Path,
    body: str,
    styles_xml: str | None = None,
    numbering_xml: str | None = None,
    document: str | None = None,
    extra: dict[str, bytes | str] | None = None,
) -> Path:
    """Write a minimal package: content types, relationships, document, optional styles and numbering."""
    rels = []
    if styles_xml is not None:
        rels.append(f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>')
    if numbering_xml is not None:
        rels.append(f'<Relationship Id="rId2" Type="{REL}/numbering" Target="numbering.xml"/>')
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/_rels/document.xml.rels": (
            f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{''.join(rels)}</Relationships>"
        ),
        "word/document.xml": document if document is not None else document_xml(body),
    }
    if styles_xml is not None:
        parts["word/styles.xml"] = styles_xml
    if numbering_xml is not None:
        parts["word/numbering.xml"] = numbering_xml
    parts.update(extra or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path
