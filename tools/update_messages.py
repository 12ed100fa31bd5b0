"""Refresh the English message catalogue from the code and build its ``.mo`` file.

Every ``_("…")``, ``N_("…")`` and ``ngettext("…", "…", n)`` with literal text in
``desktop_app`` and ``database`` is a message (Swedish, the source language).
The tool adds new messages to ``resources/locale/en/LC_MESSAGES/handlingsplan.po``
with an empty translation, drops messages the code no longer has, compiles the
``.mo`` next to it, and lists every message still without English.

    python tools/update_messages.py           # update .po and .mo, list what lacks English
    python tools/update_messages.py --check   # change nothing; exit 1 if anything lacks English
                                              # or the .mo is not built from the .po

Translate by filling in the ``msgstr ""`` lines in the ``.po`` file and running
the tool again. Only the Python standard library is needed.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("desktop_app", "database")
LANGUAGES = ("en",)
MARKERS = {"_", "N_"}
PLURAL = "ngettext"


@dataclass
class Message:
    msgid: str
    plural: str = ""
    references: list[str] = field(default_factory=list)
    msgstr: list[str] = field(default_factory=lambda: [""])

    @property
    def key(self) -> str:
        return self.msgid


def catalogue_path(language: str, suffix: str = ".po") -> Path:
    return ROOT / "resources" / "locale" / language / "LC_MESSAGES" / f"handlingsplan{suffix}"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(root: Path = ROOT) -> dict[str, Message]:
    """Every message the code marks, in the order first met, with where it is used."""
    found: dict[str, Message] = {}
    for folder in SOURCES:
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            where = f"{path.relative_to(root).as_posix()}:"
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args):
                    continue
                name = node.func.id
                if name in MARKERS:
                    msgid, plural = _literal(node.args[0]), ""
                elif name == PLURAL and len(node.args) >= 2:
                    msgid, plural = _literal(node.args[0]), _literal(node.args[1]) or ""
                else:
                    continue
                if not msgid:
                    continue
                message = found.setdefault(msgid, Message(msgid, plural))
                message.references.append(f"{where}{node.lineno}")
    return found


# --- .po reading and writing ---------------------------------------------------------------


def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def read_po(path: Path) -> dict[str, Message]:
    """The messages of a ``.po`` file (without its header entry)."""
    messages: dict[str, Message] = {}
    if not path.exists():
        return messages
    current: dict[str, str] = {}
    target = ""

    def flush() -> None:
        if current.get("msgid"):
            strs = [current[k] for k in sorted(k for k in current if k.startswith("msgstr"))]
            msg = Message(current["msgid"], current.get("msgid_plural", ""), msgstr=strs or [""])
            messages[msg.msgid] = msg
        current.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and current:
                flush()
            continue
        if line.startswith('"'):
            current[target] += _unquote(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword.startswith("msgid") and "msgid" in current and keyword == "msgid":
            flush()
        target = keyword.replace("[", "_").replace("]", "") if keyword.startswith("msgstr[") else keyword
        current[target] = _unquote(rest)
    flush()
    return messages


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"{escaped}"'
    parts = [f"{line}\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{part}"' for part in parts)


HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: handlingsplan\\n"\n'
    '"Language: {language}\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
)


def header_text(language: str) -> str:
    return (
        "Project-Id-Version: handlingsplan\n"
        f"Language: {language}\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\n"
    )


def write_po(path: Path, language: str, messages: list[Message]) -> None:
    out = [
        "# English messages of Handlingsplan; the Swedish text in the code is the key.",
        "# Fill in msgstr and run `python tools/update_messages.py`.",
        HEADER.format(language=language),
    ]
    for message in messages:
        lines = [f"#: {' '.join(message.references[:4])}"]
        if "{" in message.msgid:
            lines.append("#, python-brace-format")
        lines.append(f"msgid {_quote(message.msgid)}")
        if message.plural:
            lines.append(f"msgid_plural {_quote(message.plural)}")
            for index, text in enumerate(([*message.msgstr, ""])[:2]):
                lines.append(f"msgstr[{index}] {_quote(text)}")
        else:
            lines.append(f"msgstr {_quote(message.msgstr[0])}")
        out.append("\n".join(lines) + "\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


# --- .mo ------------------------------------------------------------------------------------


def compile_mo(language: str, messages: list[Message]) -> bytes:
    """The GNU ``.mo`` form of the translated messages (what ``msgfmt`` writes)."""
    entries: dict[bytes, bytes] = {b"": header_text(language).encode()}
    for message in messages:
        if not all(message.msgstr):
            continue
        key = message.msgid if not message.plural else f"{message.msgid}\0{message.plural}"
        entries[key.encode()] = "\0".join(message.msgstr).encode()
    keys = sorted(entries)
    ids = strs = b""
    offsets = []
    for key in keys:
        offsets.append((len(ids), len(key), len(strs), len(entries[key])))
        ids += key + b"\0"
        strs += entries[key] + b"\0"
    count = len(keys)
    key_start = 7 * 4 + 16 * count
    value_start = key_start + len(ids)
    key_table: list[int] = []
    value_table: list[int] = []
    for id_offset, id_length, str_offset, str_length in offsets:
        key_table += [id_length, id_offset + key_start]
        value_table += [str_length, str_offset + value_start]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    return (
        header
        + struct.pack(f"{len(key_table)}i", *key_table)
        + struct.pack(f"{len(value_table)}i", *value_table)
        + ids
        + strs
    )


# --- checks ---------------------------------------------------------------------------------


def missing(messages: list[Message]) -> list[Message]:
    """Messages without a translation."""
    return [m for m in messages if not all(s.strip() for s in m.msgstr)]


def merged(language: str) -> list[Message]:
    """The code's messages with the translations the ``.po`` file already has."""
    known = read_po(catalogue_path(language))
    result = []
    for msgid, message in extract().items():
        old = known.get(msgid)
        if old is not None:
            message.msgstr = old.msgstr if not message.plural else ([*old.msgstr, ""])[:2]
        elif message.plural:
            message.msgstr = ["", ""]
        result.append(message)
    return result


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    failed = False
    for language in LANGUAGES:
        messages = merged(language)
        lacking = missing(messages)
        mo_path = catalogue_path(language, ".mo")
        built = compile_mo(language, messages)
        if check_only:
            stale = not mo_path.exists() or mo_path.read_bytes() != built
            po_stale = set(read_po(catalogue_path(language))) != {m.msgid for m in messages}
            if stale or po_stale:
                print(f"{language}: the catalogue is not up to date; run python tools/update_messages.py")
                failed = True
        else:
            write_po(catalogue_path(language), language, messages)
            mo_path.write_bytes(built)
        print(f"{language}: {len(messages)} messages, {len(lacking)} without a translation")
        for message in lacking:
            print(f"  {message.references[0]}: {message.msgid!r}")
        failed = failed or bool(lacking and check_only)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
