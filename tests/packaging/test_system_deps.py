"""scripts/system-deps waits for another package manager's lock, says so, and gives up
with a message after its timeout (issue 14, item 25). apt-get and dpkg-query are fakes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "system-deps"

FAKE_APT = """#!/bin/sh
n=$(cat "$COUNTER" 2>/dev/null || echo 0)
echo $((n + 1)) > "$COUNTER"
if [ "$n" -lt "$LOCKED_CALLS" ]; then
  echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt)" >&2
  exit 100
fi
exit 0
"""


def _run(tmp_path: Path, locked_calls: int, wait: int) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "apt-get").write_text(FAKE_APT)
    (bin_dir / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")  # everything is missing
    (bin_dir / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "COUNTER": str(tmp_path / "calls"),
        "LOCKED_CALLS": str(locked_calls),
        "ANNOTATOR_APT_LOCK_WAIT": str(wait),
        "ANNOTATOR_APT_LOCK_POLL": "0.2",
    }
    return subprocess.run(
        ["bash", str(SCRIPT), "run"], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(not SCRIPT.exists(), reason="no scripts folder")
def test_waits_for_the_lock_then_installs(tmp_path: Path) -> None:
    done = _run(tmp_path, locked_calls=2, wait=30)
    assert done.returncode == 0, done.stderr
    assert "another package manager is running; waiting for it" in done.stderr
    assert "installing" in done.stderr and "done." in done.stderr


@pytest.mark.skipif(not SCRIPT.exists(), reason="no scripts folder")
def test_gives_up_after_the_timeout_with_a_message(tmp_path: Path) -> None:
    done = _run(tmp_path, locked_calls=1000, wait=1)
    assert done.returncode == 1
    assert "Could not get lock" in done.stderr
    assert "ANNOTATOR_APT_LOCK_WAIT" in done.stderr
