"""The PDF reports: the steering-group report and the annual summary (ReportLab, no Qt)."""

from desktop_app.reports.uri_pattern import install

install()  # before any report module imports ReportLab's paragraphs
