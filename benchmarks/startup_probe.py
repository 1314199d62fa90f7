"""Start the app (or a bare PySide6 window) and report when its first frame is painted.

``python -m benchmarks.startup_probe app|window|bare DB ANNOTATOR`` prints
``BENCH-PAINTED {"painted_at": <time.monotonic()>, "rss_mib": ...}`` once the text
view holding the Demo article (app), the app's first window whatever it shows (window:
the title and placeholder painted before the database opens) or the empty main window
(bare) has been painted, then quits. The parent
took ``time.monotonic()`` just before spawning, and the clock is system-wide, so the
difference is the whole start-up: interpreter, imports, database, window, first paint.
"""

from __future__ import annotations

import builtins
import json
import sys
import time
from typing import Any

TIMEOUT_MS = 60_000


def _rss_mib() -> float:
    import os

    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _hook(mode: str) -> None:
    """Patch ``QApplication.exec`` to watch for the first paint (PySide6 is loaded now)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class _FirstPaint(QObject):
        def __init__(self, app: QApplication, mode: str) -> None:
            super().__init__()
            self.app = app
            self.mode = mode
            self.done = False

        def _target(self, obj: QObject) -> bool:
            if not isinstance(obj, QWidget) or not obj.isVisible():
                return False
            if self.mode in ("bare", "window"):  # the first window painted, whatever it shows
                return isinstance(obj, QMainWindow)
            view = obj if obj.objectName() == "textView" else obj.parentWidget()
            if view is None or view.objectName() != "textView":
                return False
            document = getattr(view, "document", None)
            return document is not None and not document().isEmpty()

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint and self._target(obj):
                self.done = True
                # Report after this paint has been delivered.
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            chars = 0
            view = self.app.activeWindow()
            for widget in self.app.allWidgets():
                if widget.objectName() == "textView":
                    chars = len(getattr(widget, "text", "") or "")
            payload = {
                "painted_at": time.monotonic(),
                "rss_mib": _rss_mib(),
                "chars": chars,
                "window": type(view).__name__ if view else None,
            }
            print("BENCH-PAINTED " + json.dumps(payload), flush=True)
            self.app.exit(0)

    original = QApplication.exec

    def exec_with_probe(*_args: object) -> int:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        probe = _FirstPaint(app, mode)
        app.installEventFilter(probe)
        QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(3))
        app._bench_probe = probe  # type: ignore[attr-defined]  # keep it alive
        return original()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]


def _hook_when_qt_loads(mode: str) -> None:
    """Install :func:`_hook` right after the app first imports PySide6.QtWidgets.

    Importing Qt here first would change the app's import order (shiboken's import hook
    then inspects every later module) and so its start-up time.
    """
    original_import = builtins.__import__
    hooked = False

    def watching_import(name: str, *args: Any, **kwargs: Any) -> Any:
        # shiboken wraps builtins.__import__ itself once PySide6 loads, so this wrapper
        # stays in the chain; after hooking it only forwards.
        nonlocal hooked
        module = original_import(name, *args, **kwargs)
        if not hooked and "PySide6.QtWidgets" in sys.modules:
            hooked = True
            _hook(mode)
        return module

    builtins.__import__ = watching_import


def main(argv: list[str]) -> int:
    mode, db, annotator = argv
    _hook_when_qt_loads(mode)
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1400, 900)
        window.show()
        return app.exec()
    from annotator.app import main as annotator_main  # the program: CLI with the window

    return annotator_main(["--db", db, "--annotator", annotator])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
