"""The command line: the same operations as the desktop client, without a screen."""
