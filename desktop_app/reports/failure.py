"""The one Swedish line a person sees when a report cannot be laid out."""

from __future__ import annotations

from desktop_app.services.messages import _


def failure_message(error: BaseException) -> str:
    """What to tell the user when making a report failed for a reason other than the file or the data.

    The reports are made to print any text the app accepts, so this is a fault in the program; the
    message says so, names the error for a bug report, and never shows a traceback.
    """
    reason = " ".join(str(error).split())[:200] or type(error).__name__
    return _(
        "Rapporten kunde inte skapas på grund av ett fel i programmet ({reason}). Planen är oförändrad."
    ).format(reason=reason)
