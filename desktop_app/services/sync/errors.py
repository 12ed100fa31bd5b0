"""The error every sync step raises: one Swedish sentence for a person."""

from desktop_app.services.errors import PlanError


class SyncError(PlanError):
    """A plan file cannot be exported, read or imported; nothing was changed."""


class PlanChangedError(SyncError):
    """The plan changed between the import preview and applying it; the preview must be made again."""
