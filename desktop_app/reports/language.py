"""The language a report is written in."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext

from desktop_app.services.messages import using_language


def report_language(file_format: str) -> AbstractContextManager[None]:
    """The chosen language for a Word report; Swedish for the PDF, whose own headings are Swedish
    only (its text is not in the message catalogue yet), so that its status words and labels match
    them. Only the calling thread is affected: a report written in a worker leaves the window be."""
    return using_language("sv") if file_format == "pdf" else nullcontext()
