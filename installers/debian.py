"""The Debian package of the frozen app: control data, maintainer scripts, layout, dependencies.

Used by ``installers/build.py``; kept apart so its pure parts can be tested
without a build.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
from datetime import UTC, datetime
from pathlib import Path

LINUX = Path(__file__).resolve().parent / "linux"
ROOT = Path(__file__).resolve().parent.parent

PACKAGE = "handlingsplan"
INSTALL_DIR = f"/opt/{PACKAGE}"


def maintainer() -> str:
    """``Name <address>`` of the first maintainer in ``pyproject.toml``."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        first = tomllib.load(handle)["project"]["maintainers"][0]
    return f"{first['name']} <{first['email']}>"


# The system libraries the bundle links, by Debian package, and the font Qt falls
# back to.  PyInstaller leaves libc, the GL stack and libxcb to the system and
# carries most of the rest (X11, xkbcommon, fontconfig, D-Bus, the xcb helpers)
# from the build machine; those are listed too, because their packages bring
# the data the libraries read at run time (xkb-data, fontconfig-config).
# After every build, missing_dependencies checks with ldd that each library the
# bundle needs from the system is in one of these packages, and linked_versions
# gives each the lowest version the bundle's binaries need (dpkg-shlibdeps): the
# package then installs only where it runs. DejaVu is not among them: the app
# carries its own copy (resources/fonts) for the reports and the window.
DEPENDS = (
    "libc6",
    "libglib2.0-0 | libglib2.0-0t64",
    "libdbus-1-3",
    "libegl1",
    "libgl1",
    "libglx0",
    "libglvnd0",
    "libdrm2",
    "libx11-6",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libwayland-client0",
    "libwayland-cursor0",
    "libfontconfig1",
)

DESCRIPTION = """\
Kommunens handlingsplan med uppföljning i trafikljus
 Handlingsplan håller kommunens handlingsplan för näringslivsstrategin:
 fokusområden, insatsområden och aktiviteter med ansvar, tidplan och status
 (grön, gul, röd), styrgruppens beslut och rapporterna till styrgruppen och
 kommunstyrelsen. Programmet fungerar utan nätverk; planen delas som en
 planfil (.hplan).
 .
 Varje användares databas ligger i hennes egen datamapp och behålls när
 programmet uppdateras."""

# Refresh the desktop, MIME and icon caches, when the tools are installed, so
# menus and file managers know the app and .hplan files at once.
_REFRESH_CACHES = """\
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database /usr/share/mime || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
"""

POSTINST = f"""#!/bin/sh
# The users' plan databases live in their own data folders and are never touched here.
set -e
if [ "$1" = "configure" ]; then
{_REFRESH_CACHES}fi
exit 0
"""

POSTRM = f"""#!/bin/sh
# Removing the package leaves every user's plan database (in their data folder) in place.
set -e
if [ "$1" = "remove" ] || [ "$1" = "purge" ]; then
{_REFRESH_CACHES}fi
exit 0
"""


def control_file(
    version: str, architecture: str, installed_size_kib: int, versions: dict[str, str] | None = None
) -> str:
    """The ``DEBIAN/control`` text of the package; ``versions`` from ``linked_versions``."""
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {maintainer()}\n"
        f"Installed-Size: {installed_size_kib}\n"
        f"Depends: {', '.join(depends(versions or {}))}\n"
        "Recommends: desktop-file-utils, shared-mime-info, hicolor-icon-theme\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def depends(versions: dict[str, str]) -> list[str]:
    """``DEPENDS`` with the lowest version of each package the bundle needs, e.g. ``libc6 (>= 2.34)``."""
    entries = []
    for entry in DEPENDS:
        alternatives = []
        for alternative in (part.strip() for part in entry.split("|")):
            minimum = versions.get(alternative)
            alternatives.append(f"{alternative} ({minimum})" if minimum else alternative)
        entries.append(" | ".join(alternatives))
    return entries


def _elf_files(bundle: Path) -> list[Path]:
    files = [bundle / PACKAGE]
    for path in (bundle / "_internal").rglob("*"):
        if path.is_file() and not path.is_symlink() and ".so" in path.name:
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def linked_versions(bundle: Path) -> dict[str, str]:
    """Package → ``>= version`` the bundle's binaries need, as ``dpkg-shlibdeps`` computes it.

    It reads the symbol versions each binary uses from the system libraries
    (glibc 2.36's symbols on the build machine mean ``libc6 (>= 2.36)``, not a
    bare ``libc6`` that would install on a system where the app cannot start).
    """
    internal = bundle / "_internal"
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "debian").mkdir()
        (Path(folder) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
        )
        command = [
            "dpkg-shlibdeps",
            "-O",
            "--ignore-missing-info",
            "--warnings=0",
            f"-l{internal}",
            f"-l{internal / 'PySide6' / 'Qt' / 'lib'}",
            *(f"-e{path}" for path in _elf_files(bundle)),
        ]
        result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"dpkg-shlibdeps misslyckades: {result.stderr.strip()[-500:]}")
    found: dict[str, str] = {}
    line = next((ln for ln in result.stdout.splitlines() if ln.startswith("shlibs:Depends=")), "")
    for entry in line.removeprefix("shlibs:Depends=").split(","):
        for alternative in entry.split("|"):
            match = re.match(r"\s*([^\s(]+)\s*(?:\(([^)]*)\))?", alternative)
            if match and match.group(2):
                found[match.group(1)] = match.group(2).strip()
    return found


def deb_file_name(version: str, architecture: str) -> str:
    return f"{PACKAGE}_{version}_{architecture}.deb"


def folder_size_kib(folder: Path) -> int:
    """The size of the files under ``folder`` in KiB, as ``Installed-Size`` counts it."""
    total = sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())
    return (total + 1023) // 1024


def system_libraries(bundle: Path) -> tuple[set[Path], set[str]]:
    """The libraries outside ``bundle`` that its binaries link, and the ones not found at all."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    found: set[Path] = set()
    unresolved: set[str] = set()
    binaries = [bundle / PACKAGE, *(path for path in internal.rglob("*.so*") if path.is_file())]
    for binary in binaries:
        result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False)
        for line in result.stdout.splitlines():
            name, _, target = line.strip().partition(" => ")
            if target.startswith("not found"):
                unresolved.add(name)
            elif target.startswith("/"):
                library = Path(target.split(" (")[0])
                if internal not in library.parents:
                    found.add(library)
    return found, unresolved


def owning_packages(library: Path) -> set[str]:
    """The Debian packages that install ``library`` (under either of its paths on a merged /usr)."""
    text = str(library)
    candidates = [text, str(library.resolve())]
    candidates.append(text.removeprefix("/usr") if text.startswith("/usr/") else "/usr" + text)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            owners = result.stdout.splitlines()[0].rsplit(": ", 1)[0]
            return {owner.strip().split(":")[0] for owner in owners.split(",")}
    return set()


def missing_dependencies(bundle: Path) -> list[str]:
    """Libraries the bundle needs from the system that no package in ``DEPENDS`` provides."""
    libraries, unresolved = system_libraries(bundle)
    problems = [f"{name} (hittas inte alls)" for name in sorted(unresolved)]
    declared = {alternative.strip() for entry in DEPENDS for alternative in entry.split("|")}
    for library in sorted(libraries):
        owners = owning_packages(library)
        if not owners & declared:
            problems.append(f"{library} (paket {', '.join(sorted(owners)) or 'okänt'})")
    return problems


def changelog(version: str, when: datetime) -> str:
    """The package's ``changelog.Debian``: one entry for the version being built."""
    return (
        f"{PACKAGE} ({version}) unstable; urgency=medium\n\n"
        f"  * Handlingsplan {version}: se README för vad programmet gör.\n\n"
        f" -- {maintainer()}  {when.strftime('%a, %d %b %Y %H:%M:%S %z')}\n"
    )


def _gzip(text: str, target: Path) -> None:
    """Compressed as Debian wants documentation: best compression, no name or time in the header."""
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out,
    ):
        out.write(text.encode("utf-8"))


def build_time() -> datetime:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)


def stage_package(
    bundle: Path,
    icons: Path,
    version: str,
    architecture: str,
    stage: Path,
    versions: dict[str, str] | None = None,
    manual: str = "",
) -> Path:
    """Lay out the package tree under ``stage`` and return it."""
    shutil.rmtree(stage, ignore_errors=True)
    root = stage / f"{PACKAGE}_{version}_{architecture}"
    shutil.copytree(bundle, root / INSTALL_DIR.lstrip("/"), symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(f"{INSTALL_DIR}/{PACKAGE}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{PACKAGE}.desktop", share / "applications" / f"{PACKAGE}.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{PACKAGE}-mime.xml", share / "mime" / "packages" / f"{PACKAGE}.xml")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(LINUX / "copyright", doc / "copyright")
    # The version has no Debian revision, so this is a native package: its changelog is changelog.gz.
    _gzip(changelog(version, build_time()), doc / "changelog.gz")
    if manual:
        (share / "man" / "man1").mkdir(parents=True)
        _gzip(manual, share / "man" / "man1" / f"{PACKAGE}.1.gz")
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        control_file(version, architecture, folder_size_kib(root), versions), encoding="utf-8"
    )
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, encoding="utf-8")
        (debian / name).chmod(0o755)
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            # Shared libraries are loaded, never run: PyInstaller leaves them executable.
            library = path.is_file() and ".so" in path.name
            path.chmod(0o755 if path.is_dir() or (os.access(path, os.X_OK) and not library) else 0o644)
    return root


def build_deb(tree: Path, target: Path) -> None:
    """dpkg-deb with fast compression: the package is built in seconds, not minutes (xz: 2 minutes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    command = ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(tree), str(target)]
    print(f"$ {' '.join(command)}", flush=True)
    subprocess.run(command, check=True)
