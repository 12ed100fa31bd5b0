"""The PDF reports: the steering-group report and the annual summary (ReportLab, no Qt)."""
