"""The window's user settings: one typed dataclass, stored as TOML in the config folder.

Window geometry and the dock layout live in ``QSettings`` instead (see panels.py).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

SETTINGS_VERSION = 1
APP_NAME = "annotator"


@dataclass(frozen=True, slots=True)
class Settings:
    """What the window remembers between runs."""

    version: int = SETTINGS_VERSION
    annotator: str = ""  # empty until the first start asked for it
    snap_to_words: bool = True
    font_size: int = 15
    show_suggestions: bool = True  # View > Show suggestions
    suggestion_threshold: float = 0.8  # "accept all" takes suggestions scoring this or more
    retrain_after_spans: int = 50  # retrain the tagger when the gold layer grew this much
    font_family: str = ""  # empty: the bundled Noto Sans Bengali
    theme: str = "system"  # "system", "light" or "dark"
    link_mode: str = "all"  # View > Links: "all", "selected" (the selected span's) or "none"
    recent_databases: str = ""  # newest first, one path per line
    last_project: str = ""  # reopened with the last database
    last_document: str = ""  # external id
    last_database: str = ""
    language: str = "system"  # View > Language: "system", "bn" or "en" (next start)

    @property
    def recent(self) -> list[str]:
        return [line for line in self.recent_databases.split("\n") if line]


RECENT_MAX = 8


def with_recent(settings: Settings, database: str) -> Settings:
    """``database`` first in the recent list (no repeats, at most :data:`RECENT_MAX`)."""
    recent = [database, *(d for d in settings.recent if d != database)][:RECENT_MAX]
    return replace(settings, recent_databases="\n".join(recent), last_database=database)


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings file to the current version (none needed yet)."""
    data["version"] = SETTINGS_VERSION
    return data


# A line as save_settings writes it: key = true, false, an integer, a decimal or a string
# whose only escapes are \uXXXX (see _toml_value).
_OWN_LINE = re.compile(
    r"([a-z_]+) = (true|false|-?[0-9]+|-?[0-9]+\.[0-9]+(?:e[-+]?[0-9]+)?"
    r'|"(?:[^"\\\x00-\x1f\x7f]|\\u[0-9a-f]{4})*")'
)
_ESCAPED = re.compile(r"\\u([0-9a-f]{4})")


def _read_own(text: str) -> dict[str, Any] | None:
    """The values of a file exactly as :func:`save_settings` writes it, or ``None`` if it
    holds anything else (edited by hand: then ``tomllib`` reads it). The start reads the
    settings before its first paint, and importing ``tomllib`` (its patterns, datetime)
    costs that paint 4-6 ms."""
    data: dict[str, Any] = {}
    for line in text.splitlines():
        match = _OWN_LINE.fullmatch(line)
        if match is None:
            return None
        key, raw = match.groups()
        if raw.startswith('"'):
            data[key] = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), raw[1:-1])
        elif raw in ("true", "false"):
            data[key] = raw == "true"
        else:
            data[key] = float(raw) if "." in raw else int(raw)
    return data


def _read(text: str) -> dict[str, Any]:
    own = _read_own(text)
    if own is not None:
        return own
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(str(exc)) from exc


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or the defaults when there are none or they are unreadable."""
    path = path or settings_path()
    try:
        data = _read(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        return Settings()
    data = _upgrade(data)
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}
    defaults = Settings()
    for name, value in data.items():
        if name in known and isinstance(value, type(getattr(defaults, name))):
            values[name] = value
    return replace(defaults, **values)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    escaped = "".join(
        ch if ch >= " " and ch not in '"\\\x7f' else f"\\u{ord(ch):04x}" for ch in text
    )
    return f'"{escaped}"'


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{key} = {_toml_value(value)}" for key, value in asdict(settings).items()]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
