#!/usr/bin/env bash
# Start-up, stop and memory of the AppHost's whole graph (simulator mode).
#
# Usage: bench/startup.sh [options] [ROOT] [-- extra AppHost arguments]
#   ROOT                  a checkout (default: the repository this script lives in)
#   --rounds N            measured rounds (default 3)
#   --healthy-timeout S   bound on start-up, per round (default 300)
#   --stop-timeout S      bound on the stop after SIGINT, per round (default 60)
#   --settle S            wait after the Gateway line before reading memory (default 5)
#   --pause S             pause between rounds (default 3)
#   --wait-idle S         before each round, wait up to S s for 5 s in a row with the machine under 25% busy
#                         (for a shared machine; default 0: do not wait)
#   --skip-build          do not run `dotnet build ROOT/AppHost` first
#   --keep-logs DIR       keep each round's AppHost output in DIR
#
# Each round: `dotnet run --project ROOT/AppHost --no-build -- --DataPath <fresh temp dir> --Odoo:Mode Simulator`
# in a session and process group of its own with SIGINT at its default disposition; (a) time from the launch
# to the first stdout line starting `Gateway: ` at column 0; (c) the sum of PSS (/proc/<pid>/smaps_rollup)
# of the graph --settle seconds later; then SIGINT to the `dotnet run` process group (what a terminal's Ctrl+C
# does: it reaches `dotnet run` and the AppHost it started, nothing that put itself in a session of its own),
# and (b) time until nothing of the graph is left, polled every 100 ms. Leftovers after --stop-timeout are
# killed by PID and the round fails.
#
# "The graph" is every process of the run: the `dotnet run` wrapper and its session, every descendant of
# any of them, every process whose command line or environment names the round's data folder (or a DCP
# kubeconfig folder seen on a graph process's command line), any process whose command line says
# `--monitor <pid of a graph process>` (DCP), and every process in a session led by a graph process. The
# /proc scan runs every 0.5 s during start-up (so short-lived intermediates are seen) and every 100 ms
# while stopping. Zombies count as gone.
#
# Prints one line per round and, last:
#   startup: healthy X.X s, stop Y.Y s, graph PSS Z MiB (median of N)
# Exit code: 0 every round came up and stopped clean; 1 a round failed; 2 bad usage or build failure.
# Needs bash, python3 and Linux /proc. Everything runs on loopback (the AppHost's own choice of ports).
set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
rounds=3 healthy_timeout=300 stop_timeout=60 settle=5 pause=3 wait_idle=0 build=1 keep_logs=""
extra=()
while (($#)); do
    case "$1" in
        --rounds) rounds=${2:?}; shift 2 ;;
        --healthy-timeout) healthy_timeout=${2:?}; shift 2 ;;
        --stop-timeout) stop_timeout=${2:?}; shift 2 ;;
        --settle) settle=${2:?}; shift 2 ;;
        --pause) pause=${2:?}; shift 2 ;;
        --wait-idle) wait_idle=${2:?}; shift 2 ;;
        --skip-build) build=0; shift ;;
        --keep-logs) keep_logs=${2:?}; shift 2 ;;
        --) shift; extra=("$@"); break ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
        -*) echo "startup.sh: unknown option $1" >&2; exit 2 ;;
        *) root=$(cd "$1" 2>/dev/null && pwd) || { echo "startup.sh: no such folder: $1" >&2; exit 2; }; shift ;;
    esac
done
for n in "$rounds" "$healthy_timeout" "$stop_timeout" "$settle" "$pause" "$wait_idle"; do
    [[ $n =~ ^[0-9]+([.][0-9]+)?$ ]] || { echo "startup.sh: not a number: $n" >&2; exit 2; }
done
((rounds >= 1)) || { echo "startup.sh: --rounds must be at least 1" >&2; exit 2; }
[[ -f $root/AppHost/AppHost.csproj ]] || { echo "startup.sh: $root/AppHost/AppHost.csproj not found" >&2; exit 2; }
command -v python3 >/dev/null || { echo "startup.sh: needs python3" >&2; exit 2; }
[[ -n $keep_logs ]] && { mkdir -p "$keep_logs" && keep_logs=$(cd "$keep_logs" && pwd) || exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/odooaspire-startup-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP   # the helper cleans its own round up on the same signal

echo "startup.sh: root $root, $rounds round(s), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if ((build)); then
    echo "startup.sh: dotnet build $root/AppHost"
    if ! timeout 900 dotnet build "$root/AppHost" -nologo -v:q >"$work/build.log" 2>&1; then
        tail -n 30 "$work/build.log" >&2
        echo "startup.sh: build failed" >&2
        exit 2
    fi
fi

cat >"$work/round.py" <<'PY'
import os, re, shutil, signal, subprocess, sys, tempfile, time

root, log_path, result_path = sys.argv[1:4]
healthy_timeout, stop_timeout, settle = (float(v) for v in sys.argv[4:7])
extra = sys.argv[7:]

def say(*args):
    try:
        print(*args, flush=True)
    except OSError:
        pass

class Interrupted(Exception):
    pass

def on_signal(signum, frame):
    raise Interrupted(signal.Signals(signum).name)

for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(s, on_signal)

def on_uncaught(kind, value, tb):
    if kind is Interrupted:
        say(f"  interrupted ({value}); the round was stopped and its data folder deleted")
    else:
        sys.__excepthook__(kind, value, tb)

sys.excepthook = on_uncaught

def ancestors(pid):
    seen = set()
    while pid > 1 and pid not in seen:
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/stat") as f:
                pid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return seen

excluded = ancestors(os.getpid())

def read_procs():
    procs = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        pid = int(d)
        if pid in excluded:
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as f:
                stat = f.read().decode("utf-8", "replace")
            with open(f"/proc/{d}/cmdline", "rb") as f:
                argv = [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
        except OSError:
            continue
        try:
            with open(f"/proc/{d}/environ", "rb") as f:
                environ = f.read().decode("utf-8", "replace")
        except OSError:
            environ = ""
        comm = stat[stat.find("(") + 1:stat.rfind(")")]
        rest = stat[stat.rfind(")") + 2:].split()
        cmd = " ".join(argv)
        monitor = re.search(r"--monitor[ =](\d+)", cmd)
        procs[pid] = dict(pid=pid, comm=comm, state=rest[0], ppid=int(rest[1]), sid=int(rest[3]),
                          start=int(rest[19]), cpu=int(rest[11]) + int(rest[12]), argv=argv, cmd=cmd, environ=environ,
                          monitor=int(monitor.group(1)) if monitor else None)
    return procs

class Graph:
    """Every process of the run, accumulated over the run (pid + start time, so a reused pid is not confused)."""
    def __init__(self, wrapper_pid, markers):
        self.roots = {wrapper_pid}
        self.markers = set(markers)
        self.known = {}          # pid -> start time
        self.sids = {wrapper_pid}
        self.names = {}          # pid -> display name
        self.cpu = {}            # pid -> latest utime+stime seen (clock ticks)

    def scan(self):
        procs = read_procs()
        live = {p: i for p, i in procs.items() if i["state"] != "Z"}
        def known_now(p, i):
            return self.known.get(p) == i["start"]
        changed = True
        found = set()
        while changed:
            changed = False
            for p, i in live.items():
                if p in found:
                    continue
                hit = (p in self.roots and p not in self.known) or known_now(p, i) \
                    or i["sid"] in self.sids \
                    or (i["ppid"] in found) \
                    or any(m in i["cmd"] or m in i["environ"] for m in self.markers) \
                    or (i["monitor"] is not None and (i["monitor"] in found or i["monitor"] in self.known))
                if hit:
                    found.add(p)
                    changed = True
                    if p not in self.known:
                        self.known[p] = i["start"]
                        self.names[p] = display_name(i["argv"], i["comm"])
                    if i["sid"] == p:
                        self.sids.add(p)
                    a = i["argv"]
                    for k, v in enumerate(a[:-1]):
                        if v == "--kubeconfig":
                            self.markers.add(os.path.dirname(a[k + 1]) or a[k + 1])
        self.roots.clear()
        for p in found:
            self.cpu[p] = max(self.cpu.get(p, 0), live[p]["cpu"])
        return {p: live[p] for p in found}

def display_name(argv, comm):
    if not argv:
        return comm
    exe = os.path.basename(argv[0])
    if argv[0].startswith("postgres:"):
        title = argv[0].split(":", 1)[1].strip()
        return "postgres: " + ("backend" if "(" in title or "[local]" in title else title)
    if exe == "dotnet" and len(argv) > 1:
        if argv[1] == "run":
            proj = next((argv[k + 1] for k, v in enumerate(argv[:-1]) if v == "--project"), "")
            return "dotnet run " + os.path.basename(proj.rstrip("/"))
        if argv[1].endswith(".dll"):
            return os.path.basename(argv[1])
        return "dotnet " + argv[1]
    if exe in ("sh", "bash", "dash") and len(argv) > 2 and argv[1] == "-c":
        return exe + " -c"
    if exe.startswith("dcp") and len(argv) > 1:
        return exe + " " + argv[1]
    return exe

def memory_kib(pid):
    """(PSS, RSS, USS) in KiB from smaps_rollup, or None when it cannot be read."""
    v = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                k, _, rest = line.partition(":")
                if k in ("Pss", "Rss", "Private_Clean", "Private_Dirty"):
                    v[k] = int(rest.split()[0])
    except OSError:
        return None
    if "Pss" not in v:
        return None
    return v["Pss"], v.get("Rss", 0), v.get("Private_Clean", 0) + v.get("Private_Dirty", 0)

def summary(procs, names):
    counts = {}
    for p in procs:
        n = names.get(p, "?")
        counts[n] = counts.get(n, 0) + 1
    return ", ".join(f"{n} x{c}" if c > 1 else n for n, c in sorted(counts.items()))

def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])

def cpu_times():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v[:8]) - idle, sum(v[:8])

def busy_since(mark, graph_ticks):
    """Machine CPU busy since mark, and the part of it outside the graph, in % of all cores."""
    busy, total = cpu_times()
    span = max(1, total - mark[1])
    return 100.0 * (busy - mark[0]) / span, 100.0 * max(0, busy - mark[0] - graph_ticks) / span

data = tempfile.mkdtemp(prefix="odooaspire-startup-")
log = open(log_path, "wb")
cmd = ["dotnet", "run", "--project", os.path.join(root, "AppHost"), "--no-build", "--",
       "--DataPath", data, "--Odoo:Mode", "Simulator", *extra]

def child_setup():
    os.setsid()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)

result = dict(healthy=None, stop=None, pss=None, leftovers=0, failure=None, other=None)
wrapper = None
graph = None
try:
    cpu_mark = cpu_times()
    started = time.monotonic()
    wrapper = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                               preexec_fn=child_setup, cwd=root)
    graph = Graph(wrapper.pid, [data])
    next_scan = 0.0
    with open(log_path, "rb") as out:
        buf = b""
        while True:
            now = time.monotonic()
            chunk = out.read()
            if chunk:
                buf += chunk
                if re.search(rb"(?m)^Gateway: ", buf):
                    result["healthy"] = now - started
                    break
            if wrapper.poll() is not None:
                result["failure"] = f"the AppHost exited with code {wrapper.returncode} before the Gateway line"
                break
            if now - started > healthy_timeout:
                result["failure"] = f"no Gateway line within {healthy_timeout:.0f} s"
                break
            if now >= next_scan:
                graph.scan()
                next_scan = now + 0.5
            time.sleep(0.05)
    graph.scan()
    busy, result["other"] = busy_since(cpu_mark, sum(graph.cpu.values()))
    healthy_load = f"{load()}; start-up: machine {busy:.0f}% busy, {result['other']:.0f}% outside the graph"
    if result["healthy"] is not None:
        time.sleep(settle)
        procs = graph.scan()
        mem = {p: memory_kib(p) for p in procs}
        unreadable = [graph.names[p] for p, v in mem.items() if v is None and os.path.exists(f"/proc/{p}")]
        result["pss"] = sum(v[0] for v in mem.values() if v) / 1024
        rss = sum(v[1] for v in mem.values() if v) / 1024
        uss = sum(v[2] for v in mem.values() if v) / 1024
        pss = {p: v[0] if v else None for p, v in mem.items()}
        top = sorted(((v or 0, graph.names[p]) for p, v in pss.items()), reverse=True)
        say(f"  healthy after {result['healthy']:.1f} s (load {healthy_load}); "
              f"{len(procs)} processes: {summary(procs, graph.names)}")
        say(f"  memory: PSS {result['pss']:.0f} MiB (RSS {rss:.0f}, USS {uss:.0f}); PSS MiB: " + ", ".join(f"{n} {v / 1024:.0f}" for v, n in top[:8])
              + (f"; unreadable: {', '.join(unreadable)}" if unreadable else ""))
    else:
        graph.scan()
finally:
    try:
        # Stop: SIGINT to the wrapper's process group (a terminal's Ctrl+C), then poll until nothing is left.
        if wrapper is not None:
            for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                signal.signal(s, signal.SIG_IGN)
            graph.scan()
            graph_mark = sum(graph.cpu.values())
            cpu_mark = cpu_times()
            t0 = time.monotonic()
            try:
                os.killpg(wrapper.pid, signal.SIGINT)
            except ProcessLookupError:
                pass
            left = {}
            gone_at = {}             # pid -> seconds after SIGINT when it was first seen gone
            alive_before = set(graph.scan())
            while True:
                wrapper.poll()
                left = graph.scan()
                now = time.monotonic() - t0
                for p in alive_before - set(left):
                    gone_at.setdefault(p, now)
                alive_before |= set(left)
                if not left:
                    result["stop"] = now
                    break
                if time.monotonic() - t0 > stop_timeout:
                    break
                time.sleep(0.1)
            if left:
                result["leftovers"] = len(left)
                say(f"  LEFT AFTER {stop_timeout:.0f} s, killed by PID: "
                      + "; ".join(f"{p} {i['cmd'][:160]}" for p, i in sorted(left.items())))
                for p, i in left.items():
                    try:
                        os.kill(p, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                deadline = time.monotonic() + 10
                while graph.scan() and time.monotonic() < deadline:
                    time.sleep(0.1)
                still = graph.scan()
                if still:
                    say("  STILL RUNNING after SIGKILL: " + ", ".join(str(p) for p in still))
                try:
                    wrapper.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
            log.close()
            if gone_at:
                last = sorted(gone_at.items(), key=lambda kv: -kv[1])[:5]
                say("  last to go (s after SIGINT): " + ", ".join(f"{graph.names.get(p, p)} {t:.1f}" for p, t in last)
                    + (f"; `dotnet run` itself exited after {gone_at[wrapper.pid]:.1f} s" if wrapper.pid in gone_at else ""))
            say(f"  stop after SIGINT: " + (f"{result['stop']:.2f} s" if result["stop"] is not None else "FAILED")
                  + " (load {}; stopping: machine {:.0f}% busy, {:.0f}% outside the graph)".format(
                      load(), *busy_since(cpu_mark, sum(graph.cpu.values()) - graph_mark)))
    finally:
        shutil.rmtree(data, ignore_errors=True)
        if graph is not None:
            safe = lambda m: m.count("/") >= 2 and os.path.realpath(m) not in (
                os.path.realpath(tempfile.gettempdir()), os.path.realpath(os.path.expanduser("~")), root)
            for folder in sorted(m for m in graph.markers if m != data and os.path.isdir(m) and safe(m)):
                say(f"  left behind: {folder} (deleted)")
                result["leftovers"] += 1
                shutil.rmtree(folder, ignore_errors=True)

if result["failure"]:
    say(f"  FAILED: {result['failure']}")
    with open(log_path, "rb") as f:
        tail = f.read().decode("utf-8", "replace").splitlines()[-25:]
    say("  last output:\n" + "\n".join("    | " + l for l in tail))
fmt = lambda v: "-" if v is None else f"{v:.3f}"
with open(result_path, "w") as f:
    f.write(f"RESULT healthy={fmt(result['healthy'])} stop={fmt(result['stop'])} pss={fmt(result['pss'])} "
            f"leftovers={result['leftovers']} other={fmt(result['other'])} "
            f"failed={'1' if result['failure'] or result['leftovers'] else '0'}\n")
PY

wait_for_idle() {   # 5 s in a row under 25% busy, at most $1 s; prints what it found
    python3 - "$1" <<'IDLE'
import sys, time
def sample():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    return sum(v) - v[3] - v[4], sum(v)
limit, start, quiet = float(sys.argv[1]), time.monotonic(), 0
prev = sample()
while time.monotonic() - start < limit:
    time.sleep(1)
    cur = sample()
    busy = 100.0 * (cur[0] - prev[0]) / max(1, cur[1] - prev[1])
    prev = cur
    quiet = quiet + 1 if busy < 25 else 0
    if quiet >= 5:
        print(f"machine idle after {time.monotonic() - start:.0f} s")
        sys.exit(0)
print(f"machine not idle within {limit:.0f} s; going on")
IDLE
}

results=()
failed=0
for ((r = 1; r <= rounds; r++)); do
    [[ $wait_idle != 0 ]] && wait_for_idle "$wait_idle"
    echo "round $r/$rounds (load $(cut -d' ' -f1-3 /proc/loadavg))"
    log="$work/round$r.log"
    [[ -n $keep_logs ]] && log="$keep_logs/round$r.log"
    python3 "$work/round.py" "$root" "$log" "$work/round$r.result" "$healthy_timeout" "$stop_timeout" "$settle" \
        "${extra[@]}"
    rc=$?
    out=$(cat "$work/round$r.result" 2>/dev/null)
    if [[ -z $out ]]; then
        echo "round $r: the helper ended without a result (exit $rc)"
        failed=1
        break
    fi
    read -r _ h s p lo o f <<<"$out"
    h=${h#healthy=} s=${s#stop=} p=${p#pss=} lo=${lo#leftovers=} o=${o#other=} f=${f#failed=}
    ((f)) && failed=1
    printf 'round %d: healthy %s s, stop %s s, graph PSS %s MiB, leftovers %s, CPU outside the graph during start-up %s%%%s\n' "$r" \
        "$( [[ $h == - ]] && echo - || printf '%.1f' "$h")" "$( [[ $s == - ]] && echo - || printf '%.1f' "$s")" \
        "$( [[ $p == - ]] && echo - || printf '%.0f' "$p")" "$lo" \
        "$( [[ $o == - ]] && echo - || printf '%.0f' "$o")" "$( ((f)) && echo ' FAILED')"
    results+=("$h $s $p")
    ((r < rounds)) && sleep "$pause"
done

printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [l.split() for l in sys.stdin if l.strip()]
def med(k):
    v = [float(r[k]) for r in rows if r[k] != "-"]
    return (statistics.median(v), len(v)) if v else (None, 0)
(h, nh), (s, ns), (p, np_) = med(0), med(1), med(2)
f = lambda v, d: "-" if v is None else f"{v:.{d}f}"
n = min(nh, ns, np_)
note = "" if n == len(rows) else f"; rounds measured: healthy {nh}, stop {ns}, PSS {np_} of {len(rows)}"
print(f"startup: healthy {f(h,1)} s, stop {f(s,1)} s, graph PSS {f(p,0)} MiB (median of {n}{note})")
'
exit $failed
