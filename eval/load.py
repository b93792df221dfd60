"""Load test of the chat page's API: N simulated users (threads, one gradio_client each) ask mixed
questions for a bounded time against an app on this machine (loopback only), and every answer is
compared with the single-user answer to the same question.

    python -m eval.load --users 20 --seconds 60            starts the app on a free port itself
    python -m eval.load --url http://127.0.0.1:7860         or uses a running one
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from eval.metrics import percentile

ROOT = Path(__file__).resolve().parent.parent
MAX_USERS, MAX_SECONDS = 50, 300
QUESTIONS = [
    "Ai ký Kế hoạch 21?", "Nghị quyết 43 nói gì về cựu chiến binh?", "nghi quyet 43 noi gi ve doi ngu tri thuc",
    "Kế hoạch 21 giao Ban Tuyên giáo Trung ương nhiệm vụ gì?", "Giá vàng hôm nay bao nhiêu?",
    "Kế hoạch của tỉnh yêu cầu quán triệt Nghị quyết 43 hoàn thành trước ngày nào?",
    "Chương trình của Cần Thơ giao Ban Tuyên giáo Thành ủy việc gì?", "Phần III của Nghị quyết 43 có mấy nhóm nhiệm vụ?",
    "NQ 43 giao BTG TW nhiệm vụ gì?", "Nghị quyết 45 nói gì về trí thức?",
]


def _essence(out: dict) -> tuple:
    return out.get("answer"), out.get("refused"), tuple(c["unit_id"] for c in out.get("citations", []))


def _check_loopback(url: str) -> None:
    host = urlparse(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"--url must be on this machine (127.0.0.1, localhost or ::1), not {host!r}")


def _start_app() -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "RAG_PORT": str(port), "RAG_HOST": "127.0.0.1"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the app exited before serving; run `python app.py` to see why") from None
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("the app did not start within 300 s")


def run_load(url: str, users: int, seconds: float, questions: list[str] = QUESTIONS) -> dict:
    from gradio_client import Client

    _check_loopback(url)
    users, seconds = min(users, MAX_USERS), min(seconds, MAX_SECONDS)
    reference_client = Client(url, verbose=False)
    reference = {q: _essence(json.loads(reference_client.predict(question=q, scope=None, api_name="/ask")))
                 for q in questions}
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    mismatches: list[str] = []
    stop_at = time.time() + seconds

    def user(k: int) -> None:
        client = Client(url, verbose=False)
        i = k
        while time.time() < stop_at:
            q = questions[i % len(questions)]
            i += 1
            t0 = time.perf_counter()
            try:
                out = json.loads(client.predict(question=q, scope=None, api_name="/ask"))
            except Exception as e:  # any failure of a request is what we count
                with lock:
                    errors.append(f"{type(e).__name__}: {e}")
                continue
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                latencies.append(dt)
                if "error" in out:
                    errors.append(out["error"])
                elif _essence(out) != reference[q]:
                    mismatches.append(q)

    t_start = time.time()
    threads = [threading.Thread(target=user, args=(k,), daemon=True) for k in range(users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    elapsed = time.time() - t_start
    return {"users": users, "seconds": round(elapsed, 1), "requests": len(latencies) + len(errors),
            "errors": len(errors), "mismatches": len(mismatches), "throughput_rps": round(len(latencies) / elapsed, 2),
            "p50_ms": round(percentile(latencies, 50), 1), "p95_ms": round(percentile(latencies, 95), 1),
            "max_ms": round(max(latencies), 1) if latencies else None, "first_errors": errors[:3]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.load")
    ap.add_argument("--url", help="a running app on this machine; default: start one")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args(argv)
    proc = None
    url = args.url
    if not url:
        proc, url = _start_app()
    try:
        report = run_load(url, args.users, args.seconds)
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=30)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if report["errors"] == 0 and report["mismatches"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
