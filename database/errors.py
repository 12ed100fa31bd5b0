"""Errors of the database layer, each with a message a person understands (Swedish)."""


class DatabaseError(Exception):
    """The database file cannot be used; the message says why and what to do."""
