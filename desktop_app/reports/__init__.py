"""The PDF reports: the steering-group report and the annual summary (ReportLab, no Qt)."""

from desktop_app.reports.lazy_patterns import install

install()  # before any report module imports ReportLab's platypus
