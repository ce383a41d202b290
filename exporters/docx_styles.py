"""Word styles, proofing-language tags, fields and cell shading for the DOCX exporters."""

from __future__ import annotations

from typing import cast

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from editor.model.bitext import Lang
from exporters.common import LANG_TAGS

FIELD_LABEL = "Field Label"
PLACEHOLDER_STYLE = "Placeholder"
TABLE_TEXT = "Table Text"
COVER_LINE = "Cover Line"
DRAFT_STYLE = "Draft Mark"
KPI_TABLE_STYLE = "Light Grid Accent 1"
FONT = "Calibri"

# Styles whose rPr carries the proofing language, so text typed later in Word is checked too.
TAGGED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Heading 4",
    "Heading 5",
    "List Bullet",
    "Header",
    "Footer",
    "TOC Heading",
    FIELD_LABEL,
    TABLE_TEXT,
    COVER_LINE,
    DRAFT_STYLE,
    PLACEHOLDER_STYLE,
)

SHADES = {"green": "A9D08E", "orange": "F4B183", "red": "FF8B8B"}

# Elements that must follow a given child, in the schema's order (Word rejects misplaced ones).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "m:oMath", "w:rPrChange")
_AFTER_PPR_RPR = ("w:sectPr", "w:pPrChange")
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def child(parent: BaseOxmlElement, tag: str, successors: tuple[str, ...]) -> BaseOxmlElement:
    """The child ``tag`` of ``parent``, created at its schema position when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return cast(BaseOxmlElement, found)
    element = cast(BaseOxmlElement, OxmlElement(tag))
    parent.insert_element_before(element, *successors)
    return element


def _set_lang(rpr: BaseOxmlElement, lang: Lang) -> None:
    """Set w:lang/@w:val on an rPr, leaving w:eastAsia and w:bidi as they are."""
    child(rpr, "w:lang", _AFTER_LANG).set(qn("w:val"), LANG_TAGS[lang])


def tag_run(run: Run, lang: Lang) -> None:
    _set_lang(run._r.get_or_add_rPr(), lang)


def tag_paragraph_mark(paragraph: Paragraph, lang: Lang) -> None:
    """Tag the paragraph mark too, so text typed into an empty paragraph is proofed right."""
    _set_lang(child(paragraph._p.get_or_add_pPr(), "w:rPr", _AFTER_PPR_RPR), lang)


def style_id(name: str) -> str:
    """Style id of one of the styles used here (python-docx's name lookup is slow per call)."""
    return name.replace(" ", "")


def set_paragraph_style(paragraph: Paragraph, name: str) -> None:
    paragraph._p.style = style_id(name)


# Hot paths build their elements with lxml directly: going through python-docx's element
# machinery for every run and paragraph made a long note's export several times slower.
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _PPR, _PSTYLE, _R, _RPR, _RSTYLE, _B, _LANG, _T, _VAL = (
    f"{{{W_NS}}}{tag}" for tag in ("p", "pPr", "pStyle", "r", "rPr", "rStyle", "b", "lang", "t", "val")
)
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def new_paragraph_element(parent: BaseOxmlElement, lang: Lang, style: str | None) -> BaseOxmlElement:
    """A w:p with its style and language-tagged mark, appended to a cell or placed before the
    body's final section properties."""
    last = parent[-1] if len(parent) else None
    if last is not None and last.tag == qn("w:sectPr"):
        p = cast(BaseOxmlElement, parent.makeelement(_P, {}))
        last.addprevious(p)
    else:
        p = cast(BaseOxmlElement, etree.SubElement(parent, _P))
    ppr = etree.SubElement(p, _PPR)
    if style:
        etree.SubElement(ppr, _PSTYLE, {_VAL: style_id(style)})
    etree.SubElement(etree.SubElement(ppr, _RPR), _LANG, {_VAL: LANG_TAGS[lang]})
    return p


def add_text(paragraph: Paragraph, text: str, lang: Lang, *, style: str | None = None, bold: bool = False) -> Run:
    """A run with its proofing language (tabs and line breaks become w:tab / w:br)."""
    if "\t" in text or "\n" in text:
        run = paragraph.add_run(text)
        if style:
            run._r.style = style_id(style)
        run.bold = bold or None
        tag_run(run, lang)
        return run
    r = etree.SubElement(paragraph._p, _R)
    rpr = etree.SubElement(r, _RPR)
    if style:
        etree.SubElement(rpr, _RSTYLE, {_VAL: style_id(style)})
    if bold:
        etree.SubElement(rpr, _B)
    etree.SubElement(rpr, _LANG, {_VAL: LANG_TAGS[lang]})
    t = etree.SubElement(r, _T)
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")
    return Run(cast(CT_R, r), paragraph)


def paragraph_style(document: Document, name: str) -> ParagraphStyle:
    return cast(ParagraphStyle, document.styles[name])


def _style(document: Document, name: str, kind: WD_STYLE_TYPE, base: str | None) -> BaseStyle:
    styles = document.styles
    if name in [style.name for style in styles]:
        return styles[name]
    style = styles.add_style(name, kind)
    if base:
        style.base_style = styles[base]
    style.quick_style = True
    return style


def _new_paragraph_style(document: Document, name: str, base: str) -> ParagraphStyle:
    return cast(ParagraphStyle, _style(document, name, WD_STYLE_TYPE.PARAGRAPH, base))


def prepare_styles(document: Document, lang: Lang, *, font_size: float = 10.5) -> None:
    """Define the named styles the exporters use and tag every style with the language."""
    normal = paragraph_style(document, "Normal")
    normal.font.name = FONT
    normal.font.size = Pt(font_size)
    normal.paragraph_format.space_after = Pt(4)
    label = _new_paragraph_style(document, FIELD_LABEL, "Normal")
    label.font.bold = True
    label.paragraph_format.space_before = Pt(8)
    label.paragraph_format.space_after = Pt(2)
    label.paragraph_format.keep_with_next = True
    table_text = _new_paragraph_style(document, TABLE_TEXT, "Normal")
    table_text.font.size = Pt(font_size - 1.5)
    table_text.paragraph_format.space_after = Pt(0)
    cover = _new_paragraph_style(document, COVER_LINE, "Normal")
    cover.font.size = Pt(font_size + 3.5)
    cover.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover.paragraph_format.space_after = Pt(12)
    draft = _new_paragraph_style(document, DRAFT_STYLE, "Header")
    draft.font.bold = True
    draft.font.size = Pt(font_size + 4)
    draft.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    draft.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    placeholder = cast(CharacterStyle, _style(document, PLACEHOLDER_STYLE, WD_STYLE_TYPE.CHARACTER, None))
    placeholder.font.italic = True
    placeholder.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 5"):
        paragraph_style(document, name).font.name = FONT
    # Headings shrink with depth but stay above the bold field labels.
    for level, step in ((1, 4.5), (2, 3.0), (3, 2.0), (4, 1.0), (5, 0.5)):
        paragraph_style(document, f"Heading {level}").font.size = Pt(font_size + step)
    # Page breaks are placed by the layout, never by a style: a break inside a table row
    # would tear the two language columns apart.
    paragraph_style(document, "Title").font.size = Pt(font_size * 2)
    _tag_styles(document, lang)


def _tag_styles(document: Document, lang: Lang) -> None:
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        rpr = rpr_default.find(qn("w:rPr")) if rpr_default is not None else None
        if rpr is not None:
            _set_lang(rpr, lang)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), LANG_TAGS[lang])
    for name in TAGGED_STYLES:
        style = document.styles[name]
        assert style.style_id == style_id(name), name  # set_paragraph_style relies on it
        _set_lang(style.element.get_or_add_rPr(), lang)


def _field_char(paragraph: Paragraph, kind: str, lang: Lang) -> None:
    run = paragraph.add_run()
    tag_run(run, lang)
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        element.set(qn("w:dirty"), "true")  # ask Word to recompute it on opening
    run._r.append(element)


def begin_field(paragraph: Paragraph, instruction: str, lang: Lang) -> None:
    """Open a complex field: begin, instruction and separator; the result runs follow."""
    _field_char(paragraph, "begin", lang)
    run = paragraph.add_run()
    tag_run(run, lang)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    _field_char(paragraph, "separate", lang)


def end_field(paragraph: Paragraph, lang: Lang) -> None:
    _field_char(paragraph, "end", lang)


def add_field(paragraph: Paragraph, instruction: str, result: str, lang: Lang) -> None:
    """A one-paragraph complex field (PAGE…) showing ``result`` until Word computes it."""
    begin_field(paragraph, instruction, lang)
    add_text(paragraph, result, lang)
    end_field(paragraph, lang)


def ask_update_fields(document: Document) -> None:
    """Make Word refresh the fields (table of contents, page numbers) when it opens the file."""
    child(document.settings.element, "w:updateFields", _AFTER_UPDATE_FIELDS).set(qn("w:val"), "true")
