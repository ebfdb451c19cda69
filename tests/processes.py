"""Servers the tests start as real processes: on 127.0.0.1 only, waited for and stopped
within fixed time limits, whatever the test does."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["free_port", "serving", "tool"]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tool(name: str) -> str | None:
    """An executable on PATH or beside this Python (a virtualenv's bin/)."""
    found = shutil.which(name)
    if found:
        return found
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.is_file() else None


@contextlib.contextmanager
def serving(command: Callable[[int], list[str]], probe: Callable[[int], str], *, log: Path,
            startup: float = 30.0, attempts: int = 3) -> Iterator[int]:
    """Run ``command(port)`` until the ``with`` block ends; yield the port once an HTTP
    request to ``probe(port)`` gets any answer. A port taken between choosing and binding
    it costs one more attempt; the process is always stopped (terminate, then kill)."""
    for attempt in range(1, attempts + 1):
        port = free_port()
        with log.open("ab") as out:
            proc = subprocess.Popen(command(port), stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL)
        try:
            if _wait_up(probe(port), proc, startup):
                yield port
                return
            if attempt == attempts or proc.poll() is None:
                tail = log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"server did not come up ({command(port)[0]}):\n{tail}")
        finally:
            _stop(proc)


def _wait_up(url: str, proc: subprocess.Popen[bytes], startup: float) -> bool:
    deadline = time.monotonic() + startup
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2):
                return True
        except urllib.error.HTTPError:
            return True  # it answered: up
        except OSError:
            time.sleep(0.1)
    return False


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
