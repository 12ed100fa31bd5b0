"""Sharing the plan by file: export, import preview with conflict choice, undo of an import, backups."""
