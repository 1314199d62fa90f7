"""``annotator screenshot OUT.png``: render the window offscreen (docs and review)."""

from __future__ import annotations

import argparse


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1400x900, not {value!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return width, height


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("screenshot", help="render the window offscreen to a PNG")
    p.add_argument("out", metavar="OUT.png", help="PNG file to write")
    p.add_argument("--document", metavar="ID", help="document id as in exported JSONL")
    p.add_argument(
        "--size",
        type=_size,
        default=(1400, 900),
        metavar="WxH",
        help="window size (default 1400x900)",
    )
    p.add_argument("--select", metavar="LABEL", help="select the first span with this label")
    p.set_defaults(handler=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from annotator.cli.window import render_screenshot

    path = render_screenshot(args)
    if isinstance(path, int):
        return path
    print(path)
    return 0
