#!/usr/bin/env python3
"""Runs one benchmark command and records what it cost, and what else the machine was doing.

    measure.py run --name NAME --log DIR [--before SHELL] [--attach KEY=FILE]... [--pages N]
                   [--max-wait S] [--retries R] [--noisy C] -- COMMAND ARGS...
    measure.py quiet [--max-wait S]

The command runs under /usr/bin/time -v (wall time, user and system CPU, peak RSS of the
largest process). /proc/stat is read before and after, so the CPU that *other* processes
used during the run is known: (all busy CPU - the command's own CPU) / wall time, in
cores. The machine is shared, so before each attempt the script waits (up to --max-wait
seconds) until other processes use less than QUIET cores, and re-runs the command (up to
--retries times) when others used more than --noisy cores while it ran. The last attempt
is the one kept, so files the command writes (a --summary JSON) belong to it.

One JSON object per measurement is appended to DIR/measurements.jsonl; the command's
stdout and stderr go to DIR/NAME.out and DIR/NAME.err.
"""
import argparse
import json
import os
import subprocess
import sys
import time

QUIET = 0.3
TICKS = os.sysconf("SC_CLK_TCK")


def busy_seconds():
    """CPU seconds spent busy on all cores since boot (iowait and idle excluded)."""
    with open("/proc/stat") as f:
        fields = f.readline().split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / TICKS


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def others_now(sample=1.5):
    """Cores busy right now (nothing of ours is running while this samples)."""
    b0, t0 = busy_seconds(), time.monotonic()
    time.sleep(sample)
    return (busy_seconds() - b0) / (time.monotonic() - t0)


def wait_quiet(max_wait):
    """Waits until other processes use fewer than QUIET cores; returns (cores, seconds waited)."""
    start = time.monotonic()
    while True:
        busy = others_now()
        waited = time.monotonic() - start
        if busy < QUIET or waited >= max_wait:
            return busy, waited
        time.sleep(3)


def parse_time_v(path):
    """The fields of /usr/bin/time -v that matter here."""
    out = {}
    with open(path, errors="replace") as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            if key == "User time (seconds)":
                out["user_s"] = float(value)
            elif key == "System time (seconds)":
                out["sys_s"] = float(value)
            elif key == "Maximum resident set size (kbytes)":
                out["max_rss_kb"] = int(value)
            elif key == "Exit status":
                out["exit"] = int(value)
    return out


def attempt(args, log):
    if args.before:
        subprocess.run(["bash", "-c", args.before], check=True)
    timefile = os.path.join(log, args.name + ".time")
    load_before = loadavg()
    b0 = busy_seconds()
    t0 = time.monotonic()
    with open(os.path.join(log, args.name + ".out"), "wb") as out, \
            open(os.path.join(log, args.name + ".err"), "wb") as err:
        rc = subprocess.run(["/usr/bin/time", "-v", "-o", timefile] + args.command,
                            stdout=out, stderr=err).returncode
    wall = time.monotonic() - t0
    busy = busy_seconds() - b0
    m = parse_time_v(timefile)
    own = m.get("user_s", 0.0) + m.get("sys_s", 0.0)
    m.update(wall_s=round(wall, 3), exit=m.get("exit", rc),
             others_cores=round(max(0.0, busy - own) / wall, 2) if wall > 0 else 0.0,
             load_before=load_before, load_after=loadavg())
    return m


def run(args):
    log = args.log
    os.makedirs(log, exist_ok=True)
    tries = []
    for i in range(args.retries + 1):
        quiet_cores, waited = wait_quiet(args.max_wait)
        m = attempt(args, log)
        m.update(quiet_before=round(quiet_cores, 2), waited_s=round(waited, 1))
        tries.append({k: m[k] for k in ("wall_s", "others_cores", "load_before")})
        if m["others_cores"] <= args.noisy or m["exit"] not in (0,):
            break
    record = {"name": args.name, "command": args.command, **m, "attempts": tries}
    if args.pages is not None:
        record["pages"] = args.pages
    for spec in args.attach:
        key, _, path = spec.partition("=")
        try:
            with open(path) as f:
                record[key] = json.load(f)
        except (OSError, ValueError) as e:
            record[key] = None
            print(f"  {args.name}: no {key} ({e})", file=sys.stderr)
    with open(os.path.join(log, "measurements.jsonl"), "a") as f:
        f.write(json.dumps(record, ensure_ascii=False) + "\n")
    flag = " (others busy)" if m["others_cores"] > args.noisy else ""
    print(f"  {args.name}: {m['wall_s']:.1f} s wall, {m.get('max_rss_kb', 0) / 1024:.0f} MB peak, "
          f"others {m['others_cores']:.2f} cores, load {m['load_before']:.2f}{flag}", file=sys.stderr)
    if m["exit"] != 0:
        print(f"  {args.name} exited {m['exit']}: see {os.path.join(log, args.name + '.err')}", file=sys.stderr)
    return m["exit"]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--name", required=True)
    r.add_argument("--log", required=True)
    r.add_argument("--before")
    r.add_argument("--attach", action="append", default=[])
    r.add_argument("--pages", type=int)
    r.add_argument("--max-wait", type=float, default=120)
    r.add_argument("--retries", type=int, default=1)
    r.add_argument("--noisy", type=float, default=0.3)
    r.add_argument("command", nargs=argparse.REMAINDER)
    q = sub.add_parser("quiet")
    q.add_argument("--max-wait", type=float, default=120)
    args = p.parse_args()
    if args.cmd == "quiet":
        busy, waited = wait_quiet(args.max_wait)
        print(f"{busy:.2f} {waited:.0f}")
        return 0
    if args.command and args.command[0] == "--":
        args.command = args.command[1:]
    if not args.command:
        p.error("no command to run")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
