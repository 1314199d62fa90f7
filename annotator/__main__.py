"""``python -m annotator``: the command line, as the ``annotator`` script."""

from __future__ import annotations

from annotator.app import main

raise SystemExit(main())
