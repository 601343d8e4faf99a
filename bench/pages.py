"""Benchmark the public pages under gunicorn against a bare Flask hello-world.

Seeds a database with the demo creators plus 10,000 load-test creators (5 works each: 50,000
works), then serves it with gunicorn (2 sync workers) on a free loopback port, and in the same
run serves a bare Flask hello-world app with the same gunicorn settings. Each page is driven by
a load generator with 20 connections for ``--seconds`` (an anonymous visitor: header
``Accept-Language: id``, no cookies):

- home ``/``, browse ``/browse``, browse with a filter ``/browse/musik?region=kota-kupang``,
  search ``/browse?q=tenun``, a creator page ``/@<handle>`` (a load-test creator read from the
  database), the API list ``/api/v1/creators``, and hello-world ``/``;
- per page: ``rps`` (requests per second), ``p50_ms`` and ``p99_ms`` latency, and
  ``ratio = rps / hello-world rps``; hello-world is measured first and last and its mean is the
  baseline, so drift in machine load during the run hits every page alike.

The last line is ``summary: min_ratio=R max_p99_ms=P``: the slowest page's ratio and the worst
p99, over the app pages that answered 200 (a page that does not is reported with a warning,
not loaded, and left out of the summary). Targets: min_ratio >= 0.25, max_p99_ms < 50.

The load generator is ``wrk`` when installed (``apt-get install wrk``), else a Python one
(threads with http.client). On a 2-core machine the load generator competes with gunicorn for
the CPU; wrk needs far less of it, so prefer it: the Python generator lowers every figure,
hello-world's most.

The data lives in a directory outside the repo (default: ``etalase-bench-pages-10000`` in the
system temp directory) and is kept between runs: migrations and seeding are re-run, but add
nothing when the data is there. ``--fresh`` starts the SQLite database over;
``--database-url postgresql://...`` benchmarks on PostgreSQL instead. Gunicorn's output goes to
``app.log`` and ``hello.log`` in that directory. Pages are served as in production, with the
page cache (repeat requests for a page cost one query until the data changes);
``--no-page-cache`` renders every request cold instead. Run from the repo root:

    .venv/bin/python bench/pages.py [--seconds 10] [--fresh] [--database-url URL]
"""

import argparse
import http.client
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from showcase.config import database_url  # noqa: E402

WORKERS = 2
WORKER_CLASS = "sync"
CONNECTIONS = 20
SCALE = 10_000
HEADERS = {"Accept-Language": "id"}
WARM_UP_REQUESTS = 20
TARGET_RATIO = 0.25
TARGET_P99_MS = 50.0

# (name, path); {handle} is filled in with a load-test creator's handle.
PAGES = [
    ("home", "/"),
    ("browse", "/browse"),
    ("browse-filter", "/browse/musik?region=kota-kupang"),
    ("search", "/browse?q=tenun"),
    ("creator", "/@{handle}"),
    ("api-list", "/api/v1/creators"),
]

HELLO_APP = '''"""A bare Flask app: the ceiling any page of ours is compared with."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "Hello, World!"
'''


@dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int = 0  # non-2xx/3xx responses and socket errors
    detail: str = ""


@dataclass
class Page:
    name: str
    path: str
    status: int = 0
    size: int = 0
    result: Result | None = field(default=None)


# --- data -------------------------------------------------------------------------------


def environment(data_dir: Path, url: str) -> dict:
    """The app's settings for this run: development, local media in data_dir, no mail."""
    env = dict(os.environ)
    env.update(
        SHOWCASE_ENV="development",
        DATABASE_URL=url,
        MEDIA_BACKEND="local",
        MEDIA_ROOT=str(data_dir / "media"),
        # Set here, so the app never writes instance/secret_key into the repo.
        SECRET_KEY=secrets.token_hex(32),
        SERVER_NAME="",
        RATELIMIT_STORAGE_URI="memory://",
        MAIL_SERVER="",
        PROXY_COUNT="0",
    )
    return env


def flask(env: dict, *args: str, timeout: float) -> str:
    """Run ``flask --app wsgi ARGS`` in the repo; exit with its output if it fails."""
    command = [sys.executable, "-m", "flask", "--app", "wsgi", *args]
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        sys.exit(f"error: `flask {' '.join(args)}` took more than {timeout:.0f} s")
    if done.returncode != 0:
        sys.exit(
            f"error: `flask {' '.join(args)}` failed (exit {done.returncode}):\n"
            f"{done.stdout}{done.stderr}"
        )
    return done.stdout


def prepare_data(data_dir: Path, url: str, fresh: bool) -> dict:
    """Migrate and seed the database (idempotent: a kept database gets nothing new)."""
    if (ROOT / "instance" / "config.py").exists():
        print("warning: instance/config.py exists and may override the settings of this run")
    data_dir.mkdir(parents=True, exist_ok=True)
    if fresh:
        if not url.startswith("sqlite"):
            sys.exit("error: --fresh only starts a SQLite database over; empty yours by hand")
        for name in ("etalase.db", "etalase.db-wal", "etalase.db-shm"):
            (data_dir / name).unlink(missing_ok=True)
        shutil.rmtree(data_dir / "media", ignore_errors=True)
    env = environment(data_dir, url)
    start = time.perf_counter()
    flask(env, "db", "upgrade", timeout=300)
    for line in flask(env, "seed-demo", "--scale", str(SCALE), timeout=1800).splitlines():
        print(f"seed: {line}")
    print(f"data ready in {time.perf_counter() - start:.1f} s: {data_dir}")
    return env


def sample_creator(url: str) -> tuple[str, int, int]:
    """A load-test creator's handle from the middle of the list, and the row counts."""
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            handle = connection.scalar(
                text(
                    "SELECT handle FROM creator_profiles WHERE handle LIKE 'kreator%' "
                    "ORDER BY id LIMIT 1 OFFSET :middle"
                ),
                {"middle": SCALE // 2},
            )
            creators = connection.scalar(text("SELECT count(*) FROM creator_profiles"))
            works = connection.scalar(text("SELECT count(*) FROM works"))
    finally:
        engine.dispose()
    if handle is None:
        sys.exit("error: the database has no load-test creators (kreator...): seeding failed?")
    return handle, creators, works


# --- servers ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str, timeout: float = 10) -> tuple[int, bytes]:
    """One GET as an anonymous visitor; (status, body), redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@contextmanager
def gunicorn(app: str, cwd: Path, env: dict, log: Path):
    """Serve ``app`` with gunicorn on a free loopback port; yields the port once it answers."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--workers",
        str(WORKERS),
        "--worker-class",
        WORKER_CLASS,
        "--bind",
        f"127.0.0.1:{port}",
        "--timeout",
        "30",
        "--log-level",
        "warning",
        app,
    ]
    with open(log, "w") as output:
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        wait_until_up(process, port, app, log)
        yield port
    finally:
        process.send_signal(signal.SIGTERM)  # graceful: workers finish their request
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_up(process: subprocess.Popen, port: int, app: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"error: gunicorn {app} exited ({process.returncode}):\n{tail(log)}")
        try:
            get(port, "/", timeout=5)
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"error: gunicorn {app} did not answer on port {port} within 60 s:\n{tail(log)}")


def tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def log_problems(log: Path) -> list[str]:
    """Lines of a gunicorn log that speak of errors (tracebacks, worker timeouts, ...)."""
    words = ("Traceback", "ERROR", "CRITICAL", "WORKER TIMEOUT", "Exception")
    return [
        line
        for line in log.read_text(errors="replace").splitlines()
        if any(word in line for word in words)
    ]


# --- load -------------------------------------------------------------------------------


def warm_up(port: int, page: Page) -> None:
    """Sequential requests so both workers have loaded templates and caches; keeps the status."""
    statuses = Counter()
    for _ in range(WARM_UP_REQUESTS):
        status, body = get(port, page.path)
        statuses[status] += 1
        page.size = len(body)
    page.status = statuses.most_common(1)[0][0] if len(statuses) == 1 else -1
    shown = ", ".join(f"{status} x{count}" for status, count in sorted(statuses.items()))
    print(f"warm-up {page.name:<14}{page.path:<36}{shown:<12}{page.size / 1024:7.1f} KB")


UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def to_ms(value: str, unit: str) -> float:
    return float(value) * UNITS[unit]


def parse_wrk(output: str) -> Result:
    """Requests/sec, the 50% and 99% lines of --latency, non-2xx/3xx and socket errors."""
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    latency = dict(
        (percent, to_ms(value, unit))
        for percent, value, unit in re.findall(
            r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.MULTILINE
        )
    )
    if rps is None or set(latency) != {"50", "99"}:
        raise RuntimeError(f"cannot read wrk's output:\n{output}")
    errors = sum(int(count) for count in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", output))
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    detail = ""
    if sockets:  # the line is there only when some happened
        connect, read, write, timeout = (int(count) for count in sockets.groups())
        errors += connect + read + write + timeout
        detail = (
            f"(socket errors: connect {connect}, read {read}, write {write}, timeout {timeout})"
        )
    return Result(float(rps.group(1)), latency["50"], latency["99"], errors, detail)


def run_wrk(port: int, path: str, seconds: int) -> Result:
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return parse_wrk(done.stdout)


def run_python(port: int, path: str, seconds: int) -> Result:
    """CONNECTIONS threads, each with its own http.client connection, for ``seconds``."""
    latencies: list[list[float]] = [[] for _ in range(CONNECTIONS)]
    errors = [0] * CONNECTIONS
    start = time.perf_counter()
    deadline = start + seconds

    def visitor(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            try:
                # http.client reopens the connection when the server closed the last one.
                connection.request("GET", path, headers=HEADERS)
                response = connection.getresponse()
                response.read()
            except OSError:
                errors[index] += 1
                connection.close()
                continue
            latencies[index].append((time.perf_counter() - began) * 1000)
            if response.status >= 400:
                errors[index] += 1
        connection.close()

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    every = sorted(latency for per_thread in latencies for latency in per_thread)
    if len(every) < 2:
        raise RuntimeError(f"no responses from {path} in {seconds} s")
    cuts = statistics.quantiles(every, n=100, method="inclusive")
    return Result(len(every) / elapsed, cuts[49], cuts[98], sum(errors))


# --- report -----------------------------------------------------------------------------


def print_table(pages: list[Page], hello: Result) -> None:
    print(f"{'page':<16}{'rps':>9}{'p50_ms':>9}{'p99_ms':>9}{'ratio':>8}{'errors':>8}  status")
    for page in pages:
        result = page.result
        if result is None:
            print(f"{page.name:<16}{'-':>9}{'-':>9}{'-':>9}{'-':>8}{'-':>8}  {page.status}")
            continue
        print(
            f"{page.name:<16}{result.rps:>9.1f}{result.p50_ms:>9.1f}{result.p99_ms:>9.1f}"
            f"{result.rps / hello.rps:>8.2f}{result.errors:>8}  {page.status}"
        )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="load per page (default 10)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / f"etalase-bench-pages-{SCALE}",
        help="where the seeded data is kept between runs (default: in the temp directory)",
    )
    parser.add_argument(
        "--database-url", help="e.g. postgresql://...; default: SQLite in the data directory"
    )
    parser.add_argument("--fresh", action="store_true", help="start the SQLite database over")
    parser.add_argument(
        "--python-load", action="store_true", help="use the Python load generator even with wrk"
    )
    parser.add_argument(
        "--no-page-cache",
        action="store_true",
        help="render every page cold (CACHE_TYPE=NullCache) instead of the default page cache",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    data_dir = args.data_dir.resolve()
    url = args.database_url or f"sqlite:///{data_dir / 'etalase.db'}"
    env = prepare_data(data_dir, url, args.fresh)
    if args.no_page_cache:
        env = {**env, "CACHE_TYPE": "NullCache"}
    handle, creators, works = sample_creator(url)
    print(f"data: {creators} creators, {works} works ({url.split('://')[0]})")

    use_wrk = shutil.which("wrk") is not None and not args.python_load
    load = run_wrk if use_wrk else run_python
    print(
        f"load: {'wrk' if use_wrk else 'Python threads (wrk not found)'}, {CONNECTIONS} "
        f"connections, {args.seconds} s per page; gunicorn {WORKERS} {WORKER_CLASS} workers; "
        f"page cache {'off' if args.no_page_cache else 'on'}"
    )
    (data_dir / "hello.py").write_text(HELLO_APP)
    pages = [Page(name, path.format(handle=handle)) for name, path in PAGES]
    hello = Page("hello-world", "/")
    app_log, hello_log = data_dir / "app.log", data_dir / "hello.log"

    with ExitStack() as servers:
        app_port = servers.enter_context(gunicorn("wsgi:app", ROOT, env, app_log))
        hello_port = servers.enter_context(gunicorn("hello:app", data_dir, env, hello_log))
        warm_up(hello_port, hello)
        for page in pages:
            warm_up(app_port, page)
        first = load(hello_port, hello.path, args.seconds)
        for page in pages:
            if page.status == 200:
                page.result = load(app_port, page.path, args.seconds)
        last = load(hello_port, hello.path, args.seconds)

    hello.status = 200
    hello.result = Result(
        (first.rps + last.rps) / 2,
        (first.p50_ms + last.p50_ms) / 2,
        max(first.p99_ms, last.p99_ms),
        first.errors + last.errors,
    )
    print(f"hello-world first/last: {first.rps:.1f} / {last.rps:.1f} rps")
    print_table([hello, *pages], hello.result)
    for page in pages:
        if page.status != 200:
            print(
                f"warning: {page.name} {page.path} answered {page.status}: not loaded, "
                "left out of the summary"
            )
        elif page.result.errors:
            print(
                f"warning: {page.name}: {page.result.errors} failed requests under load "
                f"{page.result.detail}".rstrip()
            )
    for name, log in (("app", app_log), ("hello-world", hello_log)):
        problems = log_problems(log)
        if problems:
            print(
                f"warning: {len(problems)} error lines in the {name} log ({log}), first: "
                f"{problems[0].strip()}"
            )
    measured = [page.result for page in pages if page.result is not None]
    if not measured:
        sys.exit("error: no app page answered 200")
    min_ratio = min(result.rps for result in measured) / hello.result.rps
    max_p99 = max(result.p99_ms for result in measured)
    print(f"targets: min_ratio >= {TARGET_RATIO}, max_p99_ms < {TARGET_P99_MS:.0f}")
    print(f"summary: min_ratio={min_ratio:.2f} max_p99_ms={max_p99:.1f}")


if __name__ == "__main__":
    main()
