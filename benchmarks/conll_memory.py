"""Peak memory of importing a big CoNLL file (issue 18, finding 20).

``python -m benchmarks.conll_memory [--mb 40] [--keep DIR]`` generates a CoNLL file of
about that many megabytes (Bengali news sentences, many documents, B-/I- tags), imports
it with ``annotator import --format conll`` in a fresh process, and prints that
process's peak resident memory next to the peak of the same import of a one-document
file (the floor). Memory, not time: the figure does not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = [
    "আমি",
    "ভাত",
    "খাই",
    "সে",
    "বাড়ি",
    "যায়",
    "আজ",
    "বৃষ্টি",
    "হবে",
    "ঢাকায়",
    "নির্বাচন",
    "কমিশন",
    "বলেছে",
]
NAMES = ["শেখ হাসিনা", "পুতিন", "কিম জং উন", "বাংলাদেশ ব্যাংক", "জাতিসংঘ"]

PROBE = r"""
import resource, sys, time
start = time.perf_counter()
from annotator.cli.main import main
status = main(sys.argv[1:]) if len(sys.argv) > 1 else 0
print("PEAK", status, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
      round(time.perf_counter() - start, 2))
"""


def generate(path: Path, megabytes: float, seed: int = 18) -> int:
    """A CoNLL file of about ``megabytes`` MB: documents of 20 sentences of 15 tokens."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    size = docs = 0
    with path.open("w", encoding="utf-8") as out:
        while size < target:
            lines = ["-DOCSTART- -X- -X- O", ""]
            for _ in range(20):
                for _ in range(12):
                    lines.append(f"{rng.choice(WORDS)} _ _ O")
                name = rng.choice(NAMES).split()
                label = rng.choice(["PER", "ORG", "LOC"])
                lines += [
                    f"{tok} _ _ {'B' if i == 0 else 'I'}-{label}" for i, tok in enumerate(name)
                ]
                lines += [f"{docs} _ _ O", "। _ _ O", ""]
            chunk = "\n".join(lines) + "\n"
            out.write(chunk)
            size += len(chunk.encode("utf-8"))
            docs += 1
    return docs


def peak(argv: list[str]) -> tuple[int, int, float]:
    """``(exit status, peak RSS in MiB, seconds)`` of a fresh process running ``argv``."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("PEAK ")), None)
    if line is None:
        raise SystemExit(f"the probe failed:\n{proc.stderr[-3000:]}")
    _, status, mib, seconds = line.split()
    return int(status), int(mib), float(seconds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=40.0, help="size of the CoNLL file")
    parser.add_argument("--keep", type=Path, help="folder to write the file and database to")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="conll-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    conll = folder / "big.conll"
    docs = generate(conll, args.mb)
    db = folder / "big.sqlite3"
    db.unlink(missing_ok=True)
    tiny = folder / "tiny.conll"
    tiny.write_text("-DOCSTART- -X- -X- O\n\nআমি _ _ O\nপুতিন _ _ B-PER\n", encoding="utf-8")
    (folder / "tiny.sqlite3").unlink(missing_ok=True)
    # the floor: the same command on a one-document file
    _, floor, _ = peak(
        ["--db", str(folder / "tiny.sqlite3"), "import", "--format", "conll", str(tiny)]
    )
    status, mib, seconds = peak(
        ["--db", str(db), "import", "--format", "conll", "--project", "Big", str(conll)]
    )
    result = {
        "file_mb": round(conll.stat().st_size / 2**20, 1),
        "documents": docs,
        "exit": status,
        "peak_rss_mib": mib,
        "floor_rss_mib": floor,
        "over_floor_mib": mib - floor,
        "seconds": seconds,
    }
    print(json.dumps(result))
    return 0 if status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
