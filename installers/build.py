"""Build the frozen app and the Debian package in one command.

    python3 installers/build.py [--plan FILE.hplan]

1. creates a fresh virtual environment under ``build/venv`` with the project
   (not editable) and PyInstaller, and continues inside it;
2. checks the plan file given with ``--plan`` like the app checks any plan
   file and bundles it as the default plan (without ``--plan``, new users get
   the seeded plan ``database/seed/plan.json``);
3. renders the icon sizes from ``resources/icons/handlingsplan.svg``;
4. runs PyInstaller with ``installers/handlingsplan.spec`` (one folder,
   stripped) into ``build/pyinstaller/dist/handlingsplan``;
5. on Debian-like systems, stages the package tree and builds
   ``build/dist/handlingsplan_<version>_<arch>.deb``.

Needs python3 with venv, binutils (strip, objdump), dpkg-deb and the libraries
the package depends on (``python3 installers/build.py --depends`` lists them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "venv"
PYINSTALLER_DIST = BUILD / "pyinstaller" / "dist"
STAGE = BUILD / "deb"
DIST = BUILD / "dist"
LINUX = ROOT / "installers" / "linux"

PACKAGE = "handlingsplan"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10,<7"
INSTALL_DIR = f"/opt/{PACKAGE}"
MAINTAINER = "Handlingsplan <handlingsplan@localhost>"

# The system libraries the bundle links, by Debian package, and the font Qt falls
# back to.  PyInstaller leaves libc, the GL stack and libxcb to the system and
# carries most of the rest (X11, xkbcommon, fontconfig, D-Bus, the xcb helpers)
# from the build machine; those are listed too, because their packages bring
# the data the libraries read at run time (xkb-data, fontconfig-config).
# After every build, missing_dependencies checks with ldd that each library the
# bundle needs from the system is in one of these packages.
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
    "fonts-dejavu-core",
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


class BuildError(Exception):
    """The build cannot go on; the message says why, in Swedish."""


def project_version() -> str:
    """``desktop_app.__version__``, read without importing the app."""
    namespace: dict[str, str] = {}
    source = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    for line in source.splitlines():
        if line.startswith("__version__"):
            exec(line, namespace)
    return namespace["__version__"]


def control_file(version: str, architecture: str, installed_size_kib: int) -> str:
    """The ``DEBIAN/control`` text of the package."""
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Recommends: desktop-file-utils, shared-mime-info, hicolor-icon-theme\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def deb_file_name(version: str, architecture: str) -> str:
    return f"{PACKAGE}_{version}_{architecture}.deb"


def folder_size_kib(folder: Path) -> int:
    """The size of the files under ``folder`` in KiB, as ``Installed-Size`` counts it."""
    total = sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())
    return (total + 1023) // 1024


# ---------------------------------------------------------------- the steps


def run(command: list[str | Path], **kwargs) -> None:
    printable = " ".join(str(part) for part in command)
    print(f"$ {printable}", flush=True)
    result = subprocess.run([str(part) for part in command], check=False, **kwargs)
    if result.returncode != 0:
        raise BuildError(f"kommandot misslyckades (kod {result.returncode}): {printable}")


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def create_build_environment() -> None:
    """A fresh virtual environment with the project, not editable, and PyInstaller."""
    shutil.rmtree(VENV, ignore_errors=True)
    print(f"Skapar byggmiljön {VENV} …", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    run(
        [
            venv_python(),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            ROOT,
            PYINSTALLER_REQUIREMENT,
        ]
    )


def stage_default_plan(plan: Path) -> Path:
    """Check ``plan`` like the app checks any plan file and prepare the copy to bundle.

    The copy is at the newest schema, in rollback-journal mode (a WAL
    database cannot be read from a read-only folder such as /opt) and
    without the process leader's local settings.
    """
    import sqlite3

    from database.default_plan import create_from_plan_file
    from database.errors import DatabaseError

    if not plan.is_file():
        raise BuildError(f"planfilen {plan} finns inte")
    target = BUILD / "plan" / "default.hplan"
    shutil.rmtree(target.parent, ignore_errors=True)
    try:
        create_from_plan_file(plan, target).dispose()
    except DatabaseError as error:
        raise BuildError(str(error)) from error
    connection = sqlite3.connect(target)
    try:
        with connection:
            connection.execute("DELETE FROM setting")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()
    return target


def render_icons() -> Path:
    from installers.icons import gui_application, write_icons

    svg = ROOT / "resources" / "icons" / "handlingsplan.svg"
    if not svg.is_file():
        raise BuildError(f"programikonen {svg} saknas")
    out = BUILD / "icons"
    shutil.rmtree(out, ignore_errors=True)
    _app = gui_application()
    write_icons(svg, out)
    return out


def freeze(default_plan: Path | None, icons: Path) -> Path:
    """Run PyInstaller; returns the one-folder bundle."""
    env = dict(os.environ)
    env.pop("HANDLINGSPLAN_DEFAULT_PLAN", None)
    if default_plan:
        env["HANDLINGSPLAN_DEFAULT_PLAN"] = str(default_plan)
    env["HANDLINGSPLAN_ICON"] = str(icons / "handlingsplan.ico")
    # Stripping helps on Linux (libpython shrinks from 23 to 6 MB); PyInstaller advises against it on Windows.
    strip = sys.platform.startswith("linux") and shutil.which("strip") is not None
    env["HANDLINGSPLAN_STRIP"] = "1" if strip else "0"
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            PYINSTALLER_DIST,
            "--workpath",
            BUILD / "pyinstaller" / "work",
            ROOT / "installers" / "handlingsplan.spec",
        ],
        env=env,
    )
    return PYINSTALLER_DIST / PACKAGE


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


def stage_package(bundle: Path, icons: Path, version: str, architecture: str) -> Path:
    """Lay out the package tree under ``build/deb`` and return it."""
    shutil.rmtree(STAGE, ignore_errors=True)
    root = STAGE / f"{PACKAGE}_{version}_{architecture}"
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
    (doc / "copyright").write_text(
        "Handlingsplan\nLicens: MIT. Programmet innehåller Qt (LGPLv3) genom PySide6, och Python.\n",
        encoding="utf-8",
    )
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        control_file(version, architecture, folder_size_kib(root)), encoding="utf-8"
    )
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, encoding="utf-8")
        (debian / name).chmod(0o755)
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    return root


def build_deb(tree: Path, target: Path) -> None:
    """dpkg-deb with fast compression: the package is built in seconds, not minutes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", tree, target])


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def build_inside_environment(plan: Path | None) -> None:
    version = project_version()
    default_plan = stage_default_plan(plan) if plan else None
    icons = render_icons()
    bundle = freeze(default_plan, icons)
    bundle_size = folder_size_kib(bundle) * 1024
    print(f"Programmappen: {bundle} ({megabytes(bundle_size)})")
    if not shutil.which("dpkg-deb"):
        print("dpkg-deb saknas: inget Debianpaket byggs på den här datorn.")
        return
    problems = missing_dependencies(bundle)
    if problems:
        raise BuildError("Depends saknar paket för " + "; ".join(problems))
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    tree = stage_package(bundle, icons, version, architecture)
    target = DIST / deb_file_name(version, architecture)
    build_deb(tree, target)
    print(f"Paketet: {target} ({megabytes(target.stat().st_size)}, uppackat {megabytes(bundle_size)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bygg Handlingsplan som program och Debianpaket.")
    parser.add_argument("--plan", type=Path, help="planfil (.hplan) som följer med som standardplan")
    parser.add_argument(
        "--depends", action="store_true", help="skriv paketets beroenden, ett per rad, och avsluta"
    )
    parser.add_argument("--in-build-environment", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.depends:
        # The build machine needs them too: PyInstaller copies most of these libraries into the bundle.
        print("\n".join(entry.split("|")[0].strip() for entry in DEPENDS))
        return 0
    plan = args.plan.resolve() if args.plan else None
    try:
        if not args.in_build_environment:
            create_build_environment()
            command = [venv_python(), Path(__file__).resolve(), "--in-build-environment"]
            if plan:
                command += ["--plan", plan]
            run(command, cwd=ROOT)
            return 0
        sys.path.insert(0, str(ROOT))
        build_inside_environment(plan)
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
