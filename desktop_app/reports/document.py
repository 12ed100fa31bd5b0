"""The report document: A4 with a cover template (no header) and a body template with the plan's name
and the report's title at the top of every page and the report date and "Sida X av Y" at the bottom;
headings that are bookmarks and table-of-contents entries.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from desktop_app.reports.fonts import register_fonts
from desktop_app.reports.language import language_tag
from desktop_app.reports.paragraphs import escape, shorten, text
from desktop_app.reports.theme import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from desktop_app.services.messages import _

Progress = Callable[[int, int], None]

# Page streams compressed only, not also ASCII85-encoded: that encoding (a default kept for
# 7-bit mail transports) runs in pure Python, takes a fifth of the time of a long report and
# makes the file a quarter larger.
rl_config.useA85 = 0


class SectionGap(Spacer):
    """Space between two sections that is dropped at the top of a page.

    A plain ``Spacer`` left over at the top of a page takes the page's "at the top" state, so a
    section kept together after it starts yet another page and leaves this one blank. This gap is
    its own space *before* (which a frame skips at its top) and has no height of its own.
    """

    def __init__(self, points: float = 12) -> None:
        super().__init__(1, 0)
        self._points = points

    def getSpaceBefore(self) -> float:
        return self._points


class NumberedCanvas(Canvas):
    """A canvas that holds its pages back until the end, to print "Sida X av Y" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        # A page's drawing operators as one string, as the PDF page joins them: a long report holds
        # thousands of pages, and hundreds of small strings a page cost several times their text.
        self._code = ["\n".join(self._code)] if self._code else []
        self._held_pages.append(dict(self.__dict__))
        # The PDF names each page by a counter that moves on when a page is written. Bookmarks made
        # while laying out name the page they are on, so the counter moves on here as well, and is
        # set back before the held pages are written in the same order.
        self._doc.pageCounter += 1
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        self._doc.pageCounter -= total
        self._held_pages.reverse()
        while self._held_pages:  # each held page let go once it is written
            self.__dict__.update(self._held_pages.pop())
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                MARGIN_BOTTOM - 1.15 * cm,
                _("Sida {page} av {total}").format(page=self._pageNumber, total=total),
            )
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4 with a cover template (no header) and a body template (header and footer)."""

    def __init__(
        self,
        target: Any,
        *,
        title: str,
        subject: str,
        author: str,
        plan_name: str,
        report_date: date,
        header: str | None = None,
        progress: Progress | None = None,
        passes: int = 1,
    ) -> None:
        """``title`` names the report fully (the viewer shows it); ``header`` is the short name at the
        top of every page."""
        register_fonts()
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author=author,
            creator="Handlingsplan",
            producer="Handlingsplan (ReportLab)",
            invariant=1,
            lang=language_tag(),
            initialFontName=FONT,
            initialFontSize=9.5,
        )
        self.report_title = header or title
        self.plan_name = plan_name
        self.report_date = report_date
        self._progress = progress
        self._flowables_total = 0
        self._flowables_done = 0
        self._pass = 0
        self.passes = passes
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=self._decorate_cover),
                PageTemplate("body", [frame], onPage=self._decorate_body),
            ]
        )
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    def _on_progress(self, kind: str, value: int) -> None:
        # ReportLab counts the flowables still to lay out, and a split flowable comes back, so its
        # count can step back: a person sees steady progress, so only forward steps are passed on.
        # A table of contents takes two passes over the story; each pass is half of the way.
        if kind == "SIZE_EST":
            self._flowables_total = value
            self._pass += 1
        elif kind == "PROGRESS" and self._flowables_total and self._progress:
            total = self._flowables_total * self.passes
            done = min(self._flowables_total * (self._pass - 1) + value, total)
            if done > self._flowables_done:
                self._flowables_done = done
                self._progress(done, total)

    def beforeDocument(self) -> None:
        """The creation date is the report's date, so the same data and date give the same bytes."""
        day = self.report_date
        self.canv.setDateFormatter(lambda *_now: f"D:{day:%Y%m%d}000000+00'00'")
        # The viewer shows the document's title rather than the file name, and opens the bookmarks.
        self.canv.setViewerPreference("DisplayDocTitle", "true")
        self.canv.showOutline()

    def _footer(self, canvas: Canvas) -> None:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN_X, MARGIN_BOTTOM - 1.15 * cm, f"{self.report_title} · {self.report_date.isoformat()}"
        )

    def _decorate_cover(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_HEIGHT - 1.1 * cm, PAGE_WIDTH, 1.1 * cm, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def _decorate_body(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 0.75 * cm
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        plan = shorten(self.plan_name, 120)
        while plan and pdfmetrics.stringWidth(plan, FONT, 8) > CONTENT_WIDTH * 0.58:
            plan = plan[:-2] + "…"
        canvas.drawString(MARGIN_X, top, plan)
        canvas.setFont(FONT_BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.report_title)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 6, PAGE_WIDTH - MARGIN_X, top - 6)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 0.7 * cm, PAGE_WIDTH - MARGIN_X, MARGIN_BOTTOM - 0.7 * cm)
        self._footer(canvas)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """Headings become bookmarks in the PDF (and entries of a table of contents, if any)."""
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        title = flowable.getPlainText()
        key = f"h{id(flowable)}"
        # The bookmark opens the page at the heading, not the top of the page.
        top = self.frame._y + flowable.height + getattr(flowable.style, "spaceBefore", 0) + 6
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, PAGE_HEIGHT))
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, escape(title), self.page, key))  # the contents lay it out as markup


class Heading(Paragraph):
    """A heading paragraph that is also a bookmark and a table-of-contents entry."""

    def __init__(self, title: str, style: ParagraphStyle, level: int) -> None:
        super().__init__(text(shorten(title, HEADING_LIMIT)), style)
        self.outline_level = level


HEADING_LIMIT = 300
"""Characters of user text in a heading; longer text ends in an ellipsis."""
