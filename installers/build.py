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

Needs python3 with venv, binutils (strip, objdump), dpkg-deb, dpkg-shlibdeps (dpkg-dev) and the libraries
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

# Run as a script, this folder is on the path, not the repository.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from installers import debian  # noqa: E402

PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10,<7"


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
    return PYINSTALLER_DIST / debian.PACKAGE


def manual_page(version: str) -> str:
    """``handlingsplan(1)`` from the command line's argument parser (installers/manpage.py)."""
    from desktop_app.main import build_parser
    from installers.manpage import manual_page as write

    return write(build_parser(), version, debian.build_time().date())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def build_inside_environment(plan: Path | None) -> None:
    version = project_version()
    default_plan = stage_default_plan(plan) if plan else None
    icons = render_icons()
    bundle = freeze(default_plan, icons)
    bundle_size = debian.folder_size_kib(bundle) * 1024
    print(f"Programmappen: {bundle} ({megabytes(bundle_size)})")
    if not shutil.which("dpkg-deb"):
        print("dpkg-deb saknas: inget Debianpaket byggs på den här datorn.")
        return
    problems = debian.missing_dependencies(bundle)
    if problems:
        raise BuildError("Depends saknar paket för " + "; ".join(problems))
    architecture = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    if not shutil.which("dpkg-shlibdeps"):
        raise BuildError("dpkg-shlibdeps saknas (paketet dpkg-dev): paketets beroenden kan inte räknas ut")
    try:
        versions = debian.linked_versions(bundle)
    except RuntimeError as error:
        raise BuildError(str(error)) from error
    print("Depends: " + ", ".join(debian.depends(versions)))
    tree = debian.stage_package(
        bundle, icons, version, architecture, STAGE, versions=versions, manual=manual_page(version)
    )
    target = DIST / debian.deb_file_name(version, architecture)
    try:
        debian.build_deb(tree, target)
    except subprocess.CalledProcessError as error:
        raise BuildError(f"dpkg-deb misslyckades (kod {error.returncode})") from error
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
        print("\n".join(entry.split("|")[0].strip() for entry in debian.DEPENDS))
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
        build_inside_environment(plan)
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
