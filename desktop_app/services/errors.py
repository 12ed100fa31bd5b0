"""Errors the services raise; each message is meant for the person using the app."""

from __future__ import annotations


class PlanError(Exception):
    """An operation on the plan cannot be done; the message says why (Swedish)."""


class ValidationError(PlanError):
    """Input that breaks a rule of the plan; ``field`` names the offending field."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(PlanError):
    """A code or id that names nothing in the plan."""
