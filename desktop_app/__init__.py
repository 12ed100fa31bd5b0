"""Handlingsplan: a municipality's action plan, followed up with traffic-light status."""

__version__ = "0.1.0"
