"""Runs one measurement in a fresh process: ``python -m benchmarks.worker MODULE:FUNC JSON``.

The function's keyword arguments come from the JSON object; its return value (a JSON
object) is printed on one line starting with ``BENCH-RESULT``.
"""

from __future__ import annotations

import importlib
import json
import sys

from benchmarks.harness import RESULT_MARK


def main(argv: list[str]) -> int:
    target, params = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    module_name, func_name = target.split(":")
    module = importlib.import_module(f"benchmarks.{module_name}")
    result = getattr(module, func_name)(**params)
    sys.stdout.flush()
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
