"""Plan operations shared by the desktop client and the command line (no Qt widgets)."""
