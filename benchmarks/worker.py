"""Runs one measurement in a fresh process: ``python -m benchmarks.worker MODULE:FUNC JSON``.

The function's keyword arguments come from the JSON object; its return value (a JSON
object) is printed on one line starting with ``BENCH-RESULT``. With ``BENCH_PROFILE=DIR``
in the environment (``python -m benchmarks --profile DIR``) the call runs under
pyinstrument and its profile is written to ``DIR`` as text.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from benchmarks.harness import RESULT_MARK


def main(argv: list[str]) -> int:
    target, params = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    module_name, func_name = target.split(":")
    module = importlib.import_module(f"benchmarks.{module_name}")
    func = getattr(module, func_name)
    folder = os.environ.get("BENCH_PROFILE")
    result = _profiled(func, params, Path(folder), target) if folder else func(**params)
    sys.stdout.flush()
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


def _profiled(func: Any, params: dict[str, Any], folder: Path, target: str) -> Any:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("BENCH_PROFILE needs pyinstrument (pip install pyinstrument)", file=sys.stderr)
        raise
    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        return func(**params)
    finally:
        profiler.stop()
        folder.mkdir(parents=True, exist_ok=True)
        name = target.replace(":", ".").replace("/", "_")
        path = folder / f"{name}-{os.getpid()}.txt"
        path.write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
