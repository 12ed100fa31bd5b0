"""The parts of the installers that can be checked without a full build (that runs in .ci/run)."""

from __future__ import annotations

import configparser
import fnmatch
import gzip
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from database.store import APPLICATION_ID
from desktop_app import __version__
from desktop_app.bundle import MANIFEST_NAME, REQUIRED_ASSETS, bundle_files, missing_assets
from desktop_app.main import build_parser
from desktop_app.services.workspace import open_workspace
from installers import build, debian, icons, manpage

REPO = Path(__file__).resolve().parent.parent
LINUX = REPO / "installers" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}

TEST_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
<rect width="10" height="10" fill="#1f4e79"/><circle cx="5" cy="5" r="3" fill="#2e9e44"/></svg>"""


def control_fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            assert key and value, f"not a control field: {line!r}"
            fields[key] = value
    return fields


def test_control_file_names_the_version_and_the_libraries_qt_needs() -> None:
    fields = control_fields(debian.control_file(__version__, "amd64", 160_000))
    assert fields["Package"] == "handlingsplan"
    assert fields["Version"] == __version__ == build.project_version()
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "160000"
    depends = [entry.strip() for entry in fields["Depends"].split(",")]
    for library in ("libegl1", "libgl1", "libxkbcommon-x11-0", "libxcb-cursor0", "libfontconfig1"):
        assert library in depends
    # DejaVu is bundled (resources/fonts, given to Qt in the frozen app), not also a dependency.
    assert not any("fonts-dejavu" in entry for entry in depends)
    assert (REPO / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert fields["Maintainer"] == debian.maintainer()
    assert "localhost" not in fields["Maintainer"] and "@" in fields["Maintainer"]
    assert not any("python" in entry for entry in depends)
    summary, *body = fields["Description"].split("\n")
    assert summary and len(summary) < 80
    assert body and all(line.startswith(" ") and len(line) <= 80 for line in body)
    assert debian.deb_file_name(__version__, "amd64") == f"handlingsplan_{__version__}_amd64.deb"


def test_desktop_entry_starts_the_app_with_a_plan_file() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "handlingsplan.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "handlingsplan %f"
    assert desktop["Icon"] == icons.ICON_NAME
    assert desktop["Terminal"] == "false"
    assert "application/x-handlingsplan" in desktop["MimeType"].split(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        entry_file = str(LINUX / "handlingsplan.desktop")
        result = subprocess.run([validator, entry_file], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_recognises_plan_files_by_name_and_by_content(tmp_path: Path) -> None:
    mime_type = ET.parse(LINUX / "handlingsplan-mime.xml").getroot().find("m:mime-type", MIME_NS)
    assert mime_type.get("type") == "application/x-handlingsplan"
    pattern = mime_type.find("m:glob", MIME_NS).get("pattern")
    assert fnmatch.fnmatch("Handlingsplan 2026-11-26.hplan", pattern)

    plan = tmp_path / "plan.hplan"
    open_workspace(plan).close()
    header = plan.read_bytes()[:100]
    outer = mime_type.find("m:magic/m:match", MIME_NS)
    inner = outer.find("m:match", MIME_NS)
    assert header.startswith(outer.get("value").encode())
    offset = int(inner.get("offset"))
    assert inner.get("type") == "big32"
    application_id = struct.unpack(">I", header[offset : offset + 4])[0]
    assert application_id == int(inner.get("value"), 16) == APPLICATION_ID


def test_icon_is_rendered_in_every_size_and_as_a_windows_icon(tmp_path: Path, qapp) -> None:
    svg = tmp_path / "icon.svg"
    svg.write_text(TEST_SVG, encoding="utf-8")
    written = icons.write_icons(svg, tmp_path / "out")

    for size in icons.SIZES:
        image = QImage(str(tmp_path / "out" / "hicolor" / f"{size}x{size}" / "apps" / "handlingsplan.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).name() == "#2e9e44"
        assert image.hasAlphaChannel()
    assert (tmp_path / "out" / "hicolor" / "scalable" / "apps" / "handlingsplan.svg").read_text() == TEST_SVG

    ico = (tmp_path / "out" / "handlingsplan.ico").read_bytes()
    assert tmp_path / "out" / "handlingsplan.ico" in written
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    sides = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert width == height
        assert ico[offset : offset + length].startswith(b"\x89PNG")
        sides.append(width or 256)
    assert sides == list(icons.ICO_SIZES) == [16, 24, 32, 48, 64, 128, 256]


@pytest.mark.qt_log_ignore("Cannot read file")
def test_an_invalid_svg_is_refused(tmp_path: Path, qapp) -> None:
    svg = tmp_path / "broken.svg"
    svg.write_text("<svg", encoding="utf-8")
    with pytest.raises(ValueError, match="ingen giltig SVG"):
        icons.render_png(svg, 32)


def test_bundle_carries_migrations_seed_and_resources_but_no_sources() -> None:
    files = bundle_files(REPO)
    migrations = sorted((REPO / "database" / "migrations" / "versions").glob("*.py"))
    assert migrations
    database = REPO / "database"
    needed = [*migrations, database / "migrations" / "env.py", database / "seed" / "plan.json"]
    for path in needed:
        assert path.relative_to(REPO).as_posix() in files
    for qm in (REPO / "resources").rglob("*.qm"):
        assert qm.relative_to(REPO).as_posix() in files
    assert not [name for name in files if name.endswith((".ts", ".pyc")) or "__pycache__" in name]


def test_a_bundle_made_from_the_data_list_opens_a_plan(tmp_path: Path, monkeypatch) -> None:
    """What the spec bundles is enough for the database layer: migrations and the seeded plan."""
    root = tmp_path / "bundle"
    for name in bundle_files(REPO):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO / name, root / name)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    opened = open_workspace(tmp_path / "plan.sqlite")
    assert opened.created
    opened.close()


def test_missing_assets_names_what_a_broken_bundle_lacks(tmp_path: Path) -> None:
    root = tmp_path / "bundle"
    for pattern in (p for patterns in REQUIRED_ASSETS.values() for p in patterns):
        path = root / pattern.replace("*", "x")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    assert missing_assets(root) == []

    (root / "resources" / "translations" / "x_sv.qm").unlink()
    (root / MANIFEST_NAME).write_text("resources/fonts/DejaVuSans.ttf\ndatabase/seed/plan.json\n", "utf-8")
    assert missing_assets(root) == [
        "översättningar (resources/translations/*_sv.qm)",
        "resources/fonts/DejaVuSans.ttf",
    ]


def test_smoke_mode_is_hidden_and_fails_on_a_broken_installation(tmp_path: Path, monkeypatch, capsys) -> None:
    assert "--smoke-test" not in build_parser().format_help()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "empty-bundle"), raising=False)
    from desktop_app.main import main

    assert main(["--db", str(tmp_path / "plan.sqlite"), "--smoke-test", str(tmp_path / "out")]) == 1
    error = capsys.readouterr().err
    assert "röktestet misslyckades" in error
    assert "databasmigreringar" in error
    assert not (tmp_path / "plan.sqlite").exists()


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb finns bara på Debian-lika system")
def test_package_holds_app_launcher_menu_entry_mime_type_and_icons(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "handlingsplan").write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / "handlingsplan").chmod(0o755)
    icon_dir = tmp_path / "icons" / "hicolor" / "48x48" / "apps"
    icon_dir.mkdir(parents=True)
    (icon_dir / "handlingsplan.png").write_bytes(b"\x89PNG")
    manual = manpage.manual_page(build_parser(), "9.8.7", date(2026, 12, 1))
    tree = debian.stage_package(
        bundle,
        tmp_path / "icons",
        "9.8.7",
        "amd64",
        tmp_path / "stage",
        versions={"libc6": ">= 2.36", "libxcb1": ">= 1.8"},
        manual=manual,
    )
    deb = tmp_path / "handlingsplan_9.8.7_amd64.deb"
    debian.build_deb(tree, deb)

    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./usr/bin/handlingsplan -> /opt/handlingsplan/handlingsplan" in listing
    for path in (
        "./opt/handlingsplan/handlingsplan",
        "./usr/share/applications/handlingsplan.desktop",
        "./usr/share/mime/packages/handlingsplan.xml",
        "./usr/share/icons/hicolor/48x48/apps/handlingsplan.png",
        "./usr/share/doc/handlingsplan/copyright",
        "./usr/share/doc/handlingsplan/changelog.gz",
        "./usr/share/man/man1/handlingsplan.1.gz",
    ):
        assert path in listing
    assert " root/root " in listing
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Version", "Depends"], capture_output=True, text=True, check=True
    ).stdout
    assert "Version: 9.8.7" in control
    assert "libxcb-cursor0" in control
    assert "libc6 (>= 2.36)" in control and "libxcb1 (>= 1.8)" in control
    doc = tree / "usr" / "share" / "doc" / "handlingsplan"
    changelog = gzip.decompress((doc / "changelog.gz").read_bytes()).decode("utf-8")
    assert changelog.startswith("handlingsplan (9.8.7) ") and f" -- {debian.maintainer()}  " in changelog
    copyright_text = (doc / "copyright").read_text(encoding="utf-8")
    for licence in ("License: Expat", "License: LGPL-3", "License: PSF-2.0", "License: BSD-3-clause"):
        assert licence in copyright_text
    for script in ("postinst", "postrm"):
        assert (tree / "DEBIAN" / script).stat().st_mode & 0o777 == 0o755
        assert "update-mime-database" in (tree / "DEBIAN" / script).read_text()
        result = subprocess.run(["sh", "-n", str(tree / "DEBIAN" / script)], check=False)
        assert result.returncode == 0


def test_the_manual_page_is_made_from_the_argument_parser() -> None:
    page = manpage.manual_page(build_parser(), "9.8.7", date(2026, 12, 1))
    assert page.startswith('.TH HANDLINGSPLAN 1 "2026-12-01" "handlingsplan 9.8.7"')
    for command in ("tree", "status", "report steering", "report annual", "export", "import", "xlsx export"):
        assert f"handlingsplan {command} \\(em" in page or f"handlingsplan {command} \u2014" in page, command
    assert "\\-\\-db" in page and "\\-\\-dry\\-run" in page
    assert "--smoke-test" not in page and "smoke" not in page
    if shutil.which("man"):
        shown = subprocess.run(
            ["man", "-l", "-"],
            input=page,
            capture_output=True,
            text=True,
            check=True,
            env={"MANWIDTH": "100"},
        ).stdout
        assert "handlingsplan xlsx import" in shown and "--prefer mine|theirs" in shown


def test_the_licence_is_in_the_repository_and_the_build_needs_a_setuptools_that_reads_it() -> None:
    import tomllib

    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    assert "setuptools>=77" in project["build-system"]["requires"]
