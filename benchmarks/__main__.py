"""``python -m benchmarks`` runs the benchmark suite (see :mod:`benchmarks.run`)."""

from __future__ import annotations

import sys

from benchmarks.run import main

sys.exit(main())
