"""A separate process that edits a database through the Workspace and acknowledges
every committed edit on stdout, for the crash and concurrency tests.

Each span goes through three steps, each one transaction: ``create`` (label PER),
``update`` (label ORG), ``delete``. After the call returns, the worker prints
``ack <step> <key>`` and flushes: that line is the "saved" the window would show.
The key (``TAG:N``, stored as the span's ``canonical`` attribute) names the span for
good: SQLite hands the id of a deleted last row to the next insert.

Modes:
  ``edit DB DOC_ID TAG COUNT``  make COUNT steps (0 = until killed), then exit.
  ``serve DB DOC_ID``           a fork server: for each ``go TAG`` line on stdin, fork a
                                child that runs ``edit`` until it is killed; print
                                ``pid N`` when it starts and ``exit N STATUS`` once it is
                                reaped, so every ack of a child precedes its exit line.
"""

from __future__ import annotations

import os
import random
import sys

STEPS = ("create", "update", "delete")


def run_edits(db: str, doc_id: int, tag: str, count: int) -> None:
    from annotator.service import Workspace

    ws = Workspace(db)
    text_length = len(ws.document(doc_id).text)
    bounds = _word_starts(ws.document(doc_id).text)
    rng = random.Random(f"{tag}-{os.getpid()}")
    live: list[tuple[int, str, str]] = []  # (span id, key, last acknowledged step)
    done = 0
    out = sys.stdout
    while count == 0 or done < count:
        if live and rng.random() < 0.4:
            index = rng.randrange(len(live))
            span_id, key, step = live[index]
            if step == "create":
                ws.update_span(span_id, tag, label="ORG")
                live[index] = (span_id, key, "update")
                out.write(f"ack update {key}\n")
            else:
                ws.delete_span(span_id, tag)
                live.pop(index)
                out.write(f"ack delete {key}\n")
        else:
            start, end = bounds[rng.randrange(len(bounds))]
            assert end <= text_length
            key = f"{tag}:{done}"
            changes = ws.create_span(doc_id, tag, "PER", start, end, {"canonical": key})
            assert changes.span is not None
            live.append((int(changes.span.id), key, "create"))
            out.write(f"ack create {key}\n")
        out.flush()
        done += 1
    ws.close()


def _word_starts(text: str) -> list[tuple[int, int]]:
    """Whole-word spans of the text (words are on cluster boundaries)."""
    from annotator.text import tokenize

    return [(t.start, t.end) for t in tokenize(text) if t.text.strip()]


def serve(db: str, doc_id: int) -> None:
    # Import everything once in the server so a forked child starts editing at once.
    import annotator.service
    import annotator.service.maintenance  # noqa: F401

    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "go":
            continue
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                run_edits(db, doc_id, parts[1], 0)
            except BaseException as exc:  # report, then die like a crash would
                sys.stderr.write(f"worker failed: {type(exc).__name__}: {exc}\n")
                status = 1
            finally:
                sys.stdout.flush()
                os._exit(status)
        sys.stdout.write(f"pid {pid}\n")
        sys.stdout.flush()
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"exit {pid} {status}\n")
        sys.stdout.flush()


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "edit":
        run_edits(argv[1], int(argv[2]), argv[3], int(argv[4]))
    elif mode == "serve":
        serve(argv[1], int(argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
