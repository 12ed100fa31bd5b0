"""Running the command line as an ordinary user, and read-only or small mounts, for the failure tests.

Root ignores file permissions, so permission tests run the real command line
as ``nobody`` (``setpriv``) on files in a folder made for it under ``/tmp``;
read-only and full file systems are real mounts (a read-only bind mount, a
small tmpfs). Each is skipped, with the reason, where the machine cannot do it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


def _python_for_nobody() -> str | None:
    """A Python of this version that ``nobody`` may run (this one may live under root's home)."""
    candidates = [sys.executable, f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}"]
    site = sysconfig.get_paths()["purelib"]
    for candidate in candidates:
        if not Path(candidate).exists():
            continue
        probe = subprocess.run(
            [
                "setpriv",
                f"--reuid={NOBODY}",
                f"--regid={NOBODY}",
                "--clear-groups",
                "env",
                f"PYTHONPATH={site}{os.pathsep}{REPO}",
                candidate,
                "-c",
                "import desktop_app.main, sqlalchemy, openpyxl, reportlab",
            ],
            capture_output=True,
            check=False,
        )
        if probe.returncode == 0:
            return candidate
    return None


@dataclass
class Nobody:
    """The command line run as the unprivileged user ``nobody``, in ``home`` (a folder it may use)."""

    python: str
    home: Path

    def run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        site = sysconfig.get_paths()["purelib"]
        command = [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            "env",
            "-i",
            f"PYTHONPATH={site}{os.pathsep}{REPO}",
            f"HOME={self.home}",
            f"XDG_DATA_HOME={self.home / '.data'}",
            f"XDG_CONFIG_HOME={self.home / '.config'}",
            f"TMPDIR={self.home / '.tmp'}",
            "LANG=C.UTF-8",
            self.python,
            "-m",
            "desktop_app",
            *argv,
        ]
        return subprocess.run(command, cwd=self.home, capture_output=True, text=True, timeout=timeout)

    def own(self, *paths: Path) -> None:
        for path in paths:
            os.chown(path, NOBODY, NOBODY)


@pytest.fixture(scope="session")
def nobody_python() -> str:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the command line as the ordinary user nobody")
    python = _python_for_nobody()
    if python is None:
        pytest.skip("no Python of this version that the user nobody may run")
    return python


@pytest.fixture(scope="module")
def nobody(nobody_python: str) -> Iterator[Nobody]:
    """A folder under /tmp the user ``nobody`` owns (pytest's own tmp folders are root's alone)."""
    home = Path(tempfile.mkdtemp(prefix="handlingsplan-nobody-"))
    try:
        home.chmod(0o755)
        for sub in (".data", ".config", ".tmp"):
            (home / sub).mkdir()
        for path in (home, *home.iterdir()):
            os.chown(path, NOBODY, NOBODY)
        yield Nobody(nobody_python, home)
    finally:
        for path in home.rglob("*"):
            with contextlib.suppress(OSError):
                if path.is_dir() and not path.is_symlink():
                    path.chmod(0o755)
        shutil.rmtree(home, ignore_errors=True)


def _mount(*argv: str) -> bool:
    return subprocess.run(["mount", *argv], capture_output=True, check=False).returncode == 0


def _unmount(target: Path) -> None:
    """Unmount ``target``; a mount still busy means the app left a file open on it: a failure."""
    if subprocess.run(["umount", str(target)], capture_output=True, check=False).returncode != 0:
        subprocess.run(["umount", "-l", str(target)], check=False)
        raise AssertionError(f"a file on {target} was left open")


@contextlib.contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """``folder`` seen again, read-only, at a new mount point (a read-only bind mount)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root and mount for a read-only bind mount")
    target = Path(tempfile.mkdtemp(prefix="handlingsplan-ro-"))
    try:
        if not _mount("--bind", str(folder), str(target)):
            pytest.skip("bind mounts are not possible here")
        try:
            if not _mount("-o", "remount,ro,bind", str(target)):
                pytest.skip("a bind mount cannot be made read-only here")
            yield target
        finally:
            _unmount(target)
    finally:
        with contextlib.suppress(OSError):
            target.rmdir()


@contextlib.contextmanager
def small_disk(size_kib: int) -> Iterator[Path]:
    """A fresh tmpfs of ``size_kib`` KiB: a disk that fills."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root and mount for a small tmpfs")
    target = Path(tempfile.mkdtemp(prefix="handlingsplan-disk-"))
    try:
        if not _mount("-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(target)):
            pytest.skip("a tmpfs cannot be mounted here")
        try:
            yield target
        finally:
            _unmount(target)
    finally:
        with contextlib.suppress(OSError):
            target.rmdir()


def one_line(stderr: str) -> str:
    """The one error line, checked to be one line and no traceback."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("handlingsplan: "), stderr
    return lines[0]
