#!/usr/bin/env python3
"""Speed and footprint of vss-cli and vss-mock-server, side by side with the Python vss-cli.

    python3 benches/bench.py [--runs N] [--no-python] [--wrk-seconds S] [--day-only]

Builds the release binaries, installs the Python vss-cli into a throw-away virtualenv
(target/bench-venv, reused on later runs), starts the bundled server on loopback, and prints
for each figure min / median / max over N runs after a warm-up, with the ratio to the Python
tool measured in the same run:

  * `--version` and `--help`: wall time and peak memory (ru_maxrss of the child);
  * `account set mfa verify CODE` against the bundled server, both clients against the same
    server, each run on a fresh pending enrolment; for vss-cli also its own share: the wall
    time minus the server's time for the request (from the `Server-Timing` header, which
    `--debug` prints); over HTTP, then over HTTPS (the server's own certificate authority,
    trusted by both clients through REQUESTS_CA_BUNDLE, beside the system's store);
  * logins (`vss-cli token mk`, a whole process each) while a thousand slow connections (idle,
    half a request, a byte a second; each opened again when the server closes it) are held
    against a server whose open-file limit is 256;
  * the server under 64 concurrent connections (wrk): bearer `GET /v2/user` and Basic-auth
    `POST /tf/verify`, requests per second and p50/p99 latency;
  * a scripted day: ten commands in a row (`account get mfa`, `token ls`, alternating) with
    the endpoint, user name and password in the environment and codes from a program
    (`--totp-command`, a script that makes the code from the key as a phone would and counts
    its runs), ours beside the Python tool doing the same ten (which takes a code per command
    through VSS_USER_OTP from the same program, each from a fresh 30-s step as the server
    takes each code once): wall time for the ten, and how many codes each spent;
  * the size of each (stripped) binary.

Targets (2 cores): --version median <= 2 ms and >= 150x faster than Python; round trip
>= 10x faster than Python with the client's own share <= 3 ms (over HTTPS: >= 20x, share
<= 5 ms); the day: one code and under a second for the ten; >= 20,000 bearer req/s with
p99 <= 5 ms; vss-cli <= 8 MB stripped and <= 15 MiB peak memory. Figures are printed, never
asserted: the script always runs to the end.
"""

import argparse
import base64
import hashlib
import hmac
import json
import os
import re
import resource
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, "target", "release")
VSS = os.path.join(RELEASE, "vss-cli")
SERVER = os.path.join(RELEASE, "vss-mock-server")
VENV = os.path.join(ROOT, "target", "bench-venv")
PASSWORD = "bench-password-1"
GNU_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def totp(key_b32, t=None):
    key = base64.b32decode(key_b32 + "=" * (-len(key_b32) % 8))
    counter = int((time.time() if t is None else t) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def run(argv, env=None, stdin=subprocess.DEVNULL):
    """Runs argv; returns (seconds, peak KiB, exit code, stdout, stderr)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    # communicate() reaped the child; its rusage is in the children's totals, so measure
    # peak memory separately with wait4 on a second, identical run when asked.
    return elapsed, None, proc.returncode, out, err


def run_rusage(argv, env=None):
    """Runs argv with output discarded; returns (seconds, peak KiB, exit code).

    The time is measured around a direct spawn. Peak memory comes from a second run under GNU
    time: a child spawned straight from this Python process would inherit Python's resident
    set as its high-water mark (Linux keeps it across exec), and report ~20 MiB for anything.
    """
    started = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env if env is not None else os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                                       (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    _, status, _ = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    peak = None
    if GNU_TIME:
        out = subprocess.run([GNU_TIME, "-f", "%M"] + argv, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True).stderr
        peak = int(out.strip().splitlines()[-1])
    return elapsed, peak, os.waitstatus_to_exitcode(status)


def stats(values):
    return min(values), statistics.median(values), max(values)


def fmt_ms(values):
    lo, med, hi = stats(values)
    return f"{lo * 1000:8.2f} {med * 1000:8.2f} {hi * 1000:8.2f} ms"


def fmt_kib(values):
    lo, med, hi = stats(values)
    return f"{lo / 1024:8.1f} {med / 1024:8.1f} {hi / 1024:8.1f} MiB"


def ratio(ours, theirs):
    return statistics.median(theirs) / statistics.median(ours)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def python_cli(skip):
    if skip:
        return None
    exe = os.path.join(VENV, "bin", "vss-cli")
    if os.path.exists(exe):
        return exe
    print("installing the Python vss-cli into target/bench-venv ...", file=sys.stderr)
    try:
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", "vss-cli"], check=True)
        return exe
    except subprocess.CalledProcessError as e:
        print(f"cannot install the Python vss-cli ({e}); comparing nothing", file=sys.stderr)
        return None


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20, help="measured runs per figure (>= 10)")
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--no-python", action="store_true", help="skip the Python vss-cli")
    ap.add_argument("--wrk-seconds", type=int, default=10)
    ap.add_argument("--day-only", action="store_true", help="only the scripted day of ten commands")
    args = ap.parse_args()
    runs = max(args.runs, 10)

    print(f"building release binaries ...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bins"], cwd=ROOT, check=True)
    py = python_cli(args.no_python)
    print(f"machine: {machine()}")
    print(f"runs: {runs} after {args.warmup} warm-up; figures are min / median / max\n")

    work = tempfile.mkdtemp(prefix="vss-bench-")
    home = os.path.join(work, "home")
    os.makedirs(home)
    env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "VSS_SECRET_STORE": "file",
           "LANG": "C.UTF-8"}

    if args.day_only:
        data = os.path.join(work, "server-day")
        server, url = start_server(work, data)
        try:
            day(url, data, work, env, py)
        finally:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)
        return

    # --- start-up -------------------------------------------------------------------------
    print("start-up                      min      med      max")
    for flag in ["--version", "--help"]:
        figures = {}
        for name, exe in [("vss-cli", VSS), ("python", py)]:
            if exe is None:
                continue
            for _ in range(args.warmup):
                run_rusage([exe, flag], env)
            times, mems = [], []
            for _ in range(runs):
                t, kib, _ = run_rusage([exe, flag], env)
                times.append(t)
                mems.append(kib)
            figures[name] = (times, mems)
            print(f"  {name:8} {flag:9} time {fmt_ms(times)}")
            if None not in mems:
                print(f"  {name:8} {flag:9} peak {fmt_kib(mems)}")
        if "python" in figures:
            line = f"  {flag}: vss-cli is {ratio(figures['vss-cli'][0], figures['python'][0]):.0f}x faster"
            if None not in figures["python"][1] + figures["vss-cli"][1]:
                line += (f", uses {statistics.median(figures['python'][1]) / statistics.median(figures['vss-cli'][1]):.0f}x"
                         " less memory")
            print(line)
    if GNU_TIME is None:
        print("  (peak memory needs GNU time: apt-get install time)")
    print()

    # --- the bundled server ---------------------------------------------------------------
    data = os.path.join(work, "server")
    server, url = start_server(work, data)
    try:
        roundtrip("", url, data, env, py, runs, args.warmup)
        throughput(url, data, env, args.wrk_seconds)
    finally:
        server.terminate()
        server.wait()

    # --- the bundled server over HTTPS ----------------------------------------------------
    data = os.path.join(work, "server-tls")
    ca = os.path.join(work, "ca.pem")
    server, url = start_server(work, data, ["--tls-self-signed", ca])
    try:
        roundtrip(" over HTTPS", url, data, dict(env, REQUESTS_CA_BUNDLE=ca), py, runs, args.warmup)
    finally:
        server.terminate()
        server.wait()

    # --- logins while slow connections are held -------------------------------------------
    data = os.path.join(work, "server-slow")
    server, url = start_server(work, data, files=256)
    try:
        slow_connections(url, data, env, runs)
    finally:
        server.terminate()
        server.wait()

    # --- a day of commands ------------------------------------------------------------------
    data = os.path.join(work, "server-day")
    server, url = start_server(work, data)
    try:
        day(url, data, work, env, py)
    finally:
        server.terminate()
        server.wait()

    # --- size -----------------------------------------------------------------------------
    print("binaries (release, stripped)")
    for exe in [VSS, SERVER]:
        print(f"  {os.path.basename(exe):16} {os.path.getsize(exe) / 1e6:6.2f} MB")
    shutil.rmtree(work, ignore_errors=True)


def start_server(work, data, extra=(), files=None):
    """Starts the server binary on a free port (with at most `files` open files); returns it
    and its URL once it accepts connections."""
    port = free_port()
    scheme = "https" if "--tls-self-signed" in extra else "http"

    def limit():
        if files:
            resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))

    log = open(os.path.join(work, f"server-{port}.log"), "w")
    server = subprocess.Popen([SERVER, "--data-dir", data, "--listen", f"127.0.0.1:{port}", *extra],
                              stdout=subprocess.DEVNULL, stderr=log, preexec_fn=limit)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return server, f"{scheme}://127.0.0.1:{port}"


def add_account(data, name):
    subprocess.run([SERVER, "--data-dir", data, "user", "add", name, "--email", f"{name}@example.com",
                    "--password-stdin"], input=(PASSWORD + "\n").encode(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def enrol(url, env, name):
    out = subprocess.run([VSS, "-e", url, "-u", name, "-p", PASSWORD, "-o", "json", "account", "set", "mfa",
                          "mk", "AUTHENTICATOR", "--no-save-recovery-codes"], env=env, capture_output=True,
                         check=True)
    return json.loads(out.stdout)["key"]


def roundtrip(label, url, data, env, py, runs, warmup):
    clients = [("vss-cli", VSS)] + ([("python", py)] if py else [])
    total = runs + warmup
    keys = {}
    for name, _ in clients:
        for i in range(total):
            account = f"{name.replace('-', '')}{i:03d}"
            add_account(data, account)
            keys[account] = enrol(url, env, account)
    print(f"round trip{label}: account set mfa verify CODE    min      med      max")
    results = {}
    for name, exe in clients:
        walls, shares = [], []
        for i in range(total):
            account = f"{name.replace('-', '')}{i:03d}"
            argv = [exe, "-e", url, "-u", account, "-p", PASSWORD, "account", "set", "mfa", "verify",
                    totp(keys[account])]
            if name == "vss-cli":
                argv.insert(1, "--debug")
            wall, _, code, _, err = run(argv, env)
            if code != 0:
                print(f"  {name} run {i} failed ({code}): {err.decode(errors='replace').strip()}")
                continue
            if i < warmup:
                continue
            walls.append(wall)
            m = re.search(rb"server ([0-9.]+) ms", err)
            if m:
                shares.append(wall - float(m.group(1)) / 1000)
        results[name] = walls
        print(f"  {name:8} total            {fmt_ms(walls)}")
        if shares:
            print(f"  {name:8} client's share   {fmt_ms(shares)}")
    if "python" in results and results["python"] and results["vss-cli"]:
        print(f"  vss-cli is {ratio(results['vss-cli'], results['python']):.1f}x faster")
    print()


SLOW_REQUEST = b"POST /auth/request-token HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200


def hold_slow_connections(port, n, stop, reopened):
    """Holds n connections to port: a third idle, a third with half a request, a third sending
    one a byte a second; each is opened again as soon as the server closes it."""
    conns = [[kind % 3, None, 0] for kind in range(n)]
    last_tick = time.monotonic()
    while not stop.is_set():
        tick = time.monotonic() - last_tick >= 1
        if tick:
            last_tick = time.monotonic()
        for c in conns:
            kind, sock, sent = c
            closed = True
            if sock is not None:
                try:
                    sock.recv(512)  # the end of the stream, or a 408 before it
                except BlockingIOError:
                    closed = False
                except OSError:
                    pass
            if closed:
                if sock is not None:
                    reopened[0] += 1
                    sock.close()
                c[1] = None
                try:
                    sock = socket.create_connection(("127.0.0.1", port), timeout=0.3)
                except OSError:
                    continue
                sock.setblocking(False)
                if kind == 1:
                    try:
                        sock.send(SLOW_REQUEST[:40])
                    except OSError:
                        pass
                c[1], c[2] = sock, 0
            elif tick and kind == 2 and sent < len(SLOW_REQUEST):
                try:
                    sock.send(SLOW_REQUEST[sent:sent + 1])
                    c[2] = sent + 1
                except OSError:
                    pass
        time.sleep(0.1)
    for _, sock, _ in conns:
        if sock is not None:
            sock.close()


def slow_connections(url, data, env, runs):
    n = 1000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < n + 100 and hard >= n + 100:
        resource.setrlimit(resource.RLIMIT_NOFILE, (n + 100, hard))
    add_account(data, "slowlogin")
    argv = [VSS, "-e", url, "-u", "slowlogin", "-p", PASSWORD, "--timeout", "5", "token", "mk"]

    def logins():
        times, failed = [], 0
        for _ in range(runs):
            wall, _, code, _, _ = run(argv, env)
            if code == 0:
                times.append(wall)
            else:
                failed += 1
        return times, failed

    print(f"logins (vss-cli token mk), server limited to 256 open files    min      med      max")
    quiet, _ = logins()
    print(f"  no other connections                  {fmt_ms(quiet)}")
    port = int(url.rsplit(":", 1)[1])
    stop, reopened = threading.Event(), [0]
    threads = [threading.Thread(target=hold_slow_connections, args=(port, n // 4, stop, reopened))
               for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(3)
    held, failed = logins()
    stop.set()
    for t in threads:
        t.join()
    if held:
        print(f"  {n} slow connections held          {fmt_ms(held)}")
    print(f"  failed logins (5 s client timeout): {failed}; slow connections the server closed "
          f"(and opened again): {reopened[0]}")
    print()


CODE_PROGRAM = """import base64, hashlib, hmac, struct, sys, time
key, counter = sys.argv[1], sys.argv[2]
k = base64.b32decode(key + "=" * (-len(key) % 8))
d = hmac.new(k, struct.pack(">Q", int(time.time() // 30)), hashlib.sha1).digest()
o = d[-1] & 15
with open(counter, "a") as f:
    f.write("1\\n")
print("VSS:day  %06d" % ((struct.unpack(">I", d[o:o + 4])[0] & 0x7FFFFFFF) % 1000000))
"""

DAY = [["account", "get", "mfa"], ["token", "ls"]] * 5


def day(url, data, work, env, py):
    """Ten commands in a row, codes from a program: wall time and codes spent, ours and the
    Python tool's."""
    program = os.path.join(work, "code.py")
    with open(program, "w") as f:
        f.write(CODE_PROGRAM)
    print("a day: ten commands, credentials in the environment, codes from a program")
    for name, exe in [("vss-cli", VSS), ("python", py)]:
        if exe is None:
            continue
        account = f"day{name.replace('-', '')}"
        add_account(data, account)
        key = enrol(url, env, account)
        # The first code of the enrolment is spent by verify; the day starts a step later.
        verified_step = int(time.time() // 30)
        subprocess.run([VSS, "-e", url, "-u", account, "-p", PASSWORD, "account", "set", "mfa",
                        "verify", totp(key)], env=env, check=True, capture_output=True)
        # The day starts in a later step, as the next morning would: the verify's code is
        # not the first login's.
        while int(time.time() // 30) <= verified_step or time.time() % 30 < 0.5:
            time.sleep(0.1)
        counter = os.path.join(work, f"codes-{name}")
        open(counter, "w").close()
        code_cmd = f"{sys.executable} {program} {key} {counter}"
        day_env = dict(env, VSS_ENDPOINT=url, VSS_USER=account, VSS_USER_PASS=PASSWORD,
                       HOME=os.path.join(work, f"home-{name}"))
        os.makedirs(day_env["HOME"], exist_ok=True)
        failed = 0
        last_step = int(time.time() // 30)
        started = time.perf_counter()
        for words in DAY:
            if name == "vss-cli":
                _, _, code, _, err = run([exe, "--totp-command", code_cmd, *words], day_env)
            else:
                # Each code works once: the Python tool, which keeps nothing between commands
                # given this way, needs a code of a step not used yet.
                while int(time.time() // 30) <= last_step:
                    time.sleep(0.2)
                last_step = int(time.time() // 30)
                otp = subprocess.run(code_cmd.split(), capture_output=True, text=True).stdout.split()[-1]
                _, _, code, _, err = run([exe, *words], dict(day_env, VSS_USER_OTP=otp))
            if code != 0:
                failed += 1
                print(f"  {name} {' '.join(words)} failed ({code}): {err.decode(errors='replace').strip()[:200]}")
        wall = time.perf_counter() - started
        with open(counter) as f:
            spent = len(f.readlines())
        print(f"  {name:8} {wall:8.2f} s for ten commands, {spent} code(s) spent, {failed} failed")
    print()


def wrk(url, path, script, seconds):
    argv = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", "-s", script, url + path]
    out = subprocess.run(argv, capture_output=True, text=True).stdout
    rps = re.search(r"Requests/sec:\s+([0-9.]+)", out)
    p50 = re.search(r"\s50%\s+([0-9.]+)(us|ms|s)", out)
    p99 = re.search(r"\s99%\s+([0-9.]+)(us|ms|s)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)

    def ms(m):
        if not m:
            return float("nan")
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    return (float(rps.group(1)) if rps else float("nan"), ms(p50), ms(p99),
            int(non2xx.group(1)) if non2xx else 0, errors.group(1) if errors else "none")


def throughput(url, data, env, seconds):
    if shutil.which("wrk") is None:
        print("server: wrk is not installed (apt-get install wrk); skipped\n")
        return
    add_account(data, "loadtest")
    token = subprocess.run([VSS, "-e", url, "-u", "loadtest", "-p", PASSWORD, "token", "mk"], env=env,
                           capture_output=True, text=True, check=True).stdout.strip()
    basic = base64.b64encode(f"loadtest:{PASSWORD}".encode()).decode()
    scripts = tempfile.mkdtemp(prefix="vss-wrk-")
    bearer_lua = os.path.join(scripts, "bearer.lua")
    with open(bearer_lua, "w") as f:
        f.write(f'wrk.headers["Authorization"] = "Bearer {token}"\n')
    verify_lua = os.path.join(scripts, "verify.lua")
    with open(verify_lua, "w") as f:
        f.write('wrk.method = "POST"\n'
                f'wrk.headers["Authorization"] = "Basic {basic}"\n'
                'wrk.headers["Content-Type"] = "application/json"\n'
                'wrk.body = \'{"otp": "123456"}\'\n')
    print(f"server, 64 connections, {seconds} s each      req/s      p50      p99")
    for label, path, script, note in [
        ("GET /v2/user (Bearer)", "/v2/user", bearer_lua, ""),
        ("POST /tf/verify (Basic)", "/tf/verify", verify_lua, " (account without MFA: 400 after the password check)"),
    ]:
        rps, p50, p99, non2xx, errors = wrk(url, path, script, seconds)
        print(f"  {label:26} {rps:10.0f} {p50:7.2f}ms {p99:7.2f}ms  non-2xx {non2xx}, socket errors {errors}{note}")
    shutil.rmtree(scripts, ignore_errors=True)
    print()


if __name__ == "__main__":
    main()
