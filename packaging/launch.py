"""The frozen executables' entry point: the same ``main`` as the ``annotator`` script."""

import sys

from annotator.app import main

if __name__ == "__main__":
    sys.exit(main())
