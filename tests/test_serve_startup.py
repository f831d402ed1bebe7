"""`python -m bot serve` listens at once; the notes' index is built behind it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fetch(url: str, body: dict | None = None, timeout: float = 60) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method="POST" if body else "GET",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_serve_answers_while_the_notes_are_indexed(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, BOT_DATA_DIR=str(tmp_path), BOT_LOG_LEVEL="WARNING")
    env.pop("MicrosoftAppId", None)
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--now", "2021-02-03T10:00",
                             "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        started, up = time.monotonic(), False
        while time.monotonic() - started < 30 and proc.poll() is None:
            try:
                up = fetch(f"{base}/healthz", timeout=2)[0] == 200
            except OSError:
                up = False
            if up:
                break
            time.sleep(0.1)
        assert up, "the server did not listen within 30 s"
        status, ready = fetch(f"{base}/readyz")
        assert status == 200 and ready["status"] == "indexing"
        assert ready["notes"]["state"] in ("waiting", "loading model", "indexing")
        _, schedule = fetch(f"{base}/emulator/send", {"user": "ada", "text": "when is cw2 due?"})
        _, content = fetch(f"{base}/emulator/send", {"user": "ada",
                                                     "text": "what is batch norm?"})
        clock = json.loads((tmp_path / "clock.json").read_text())
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    assert schedule["status"] == 201 and "CW2" in json.dumps(schedule["replies"])
    assert "still being indexed" in json.dumps(content["replies"])
    assert clock["clock"] == "simulated" and clock["start"].startswith("2021-02-03T10:00")
    assert "load in the background" in out and "Traceback" not in err
