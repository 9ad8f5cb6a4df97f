"""PSS of a process and all its descendants, read from /proc (Linux only).

Used by benchmarks/memory/ on both sides: the raw Playwright side (raw_process.py) calls
``write_tree_memory`` itself; a Robot suite imports this file as a library and
calls `Write Process Tree Memory` (only the names in ``__all__`` are keywords).
PSS (proportional set size) counts a page shared by n processes as 1/n in each,
so the sum over a tree is that tree's share of RAM: Chromium's processes share a
lot (the zygote's pages), which RSS would count once per process.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

__all__ = ["write_process_tree_memory", "write_process_trees_memory"]


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # The command name (field 2) may hold spaces and parentheses: split after it.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def tree_pids(root: int) -> list[int]:
    """``root`` and all its descendants alive now."""
    children, pids, todo = _children_map(), [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, ()))
    return pids


FIELDS = ("Pss", "Pss_Anon", "Pss_File", "Pss_Shmem")


def memory_kib(pid: int) -> dict[str, int]:
    """The process's PSS and its parts in KiB, from smaps_rollup (zeros if it has exited).

    ``Pss_File`` (mapped files: the Chromium and node binaries, libraries, fonts) is
    shared with every process on the machine that maps the same file, so it shrinks
    while other Chromiums run; ``Pss_Anon`` + ``Pss_Shmem`` is what this tree alone holds.
    """
    sizes = dict.fromkeys(FIELDS, 0)
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in sizes:
                sizes[name] = int(value.split()[0])
    except OSError:
        pass
    return sizes


def kind(pid: int) -> str:
    """What the process is: python, node (the Playwright driver) or a Chromium process type."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return "gone"
    if not any(argv):
        return "exited"
    if len([a for a in argv if a]) == 1:  # Chromium's children rewrite it as one spaced line
        argv = argv[0].split()
    exe = os.path.basename(argv[0]) if argv else ""
    if "python" in exe:
        return "python"
    if exe == "node" or exe.endswith("/node"):
        return "node driver"
    options = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    if "chrom" in exe or "chrome" in argv[0]:
        if "type" not in options:
            return "chromium browser"
        if options["type"] == "utility":
            return "chromium utility " + options.get("utility-sub-type", "?").split(".")[0]
        return "chromium " + options["type"]
    return exe or "?"


def tree_memory(root: int | None = None) -> dict:
    """Sums of ``root``'s tree (default: this process): {"total_kib": PSS, "own_kib":
    Pss_Anon + Pss_Shmem, "kinds": {kind: {"count": c, "pss_kib": k, "own_kib": o}}}."""
    kinds: dict[str, dict[str, int]] = {}
    for pid in tree_pids(os.getpid() if root is None else root):
        sizes = memory_kib(pid)
        entry = kinds.setdefault(kind(pid), {"count": 0, "pss_kib": 0, "own_kib": 0})
        entry["count"] += 1
        entry["pss_kib"] += sizes["Pss"]
        entry["own_kib"] += sizes["Pss_Anon"] + sizes["Pss_Shmem"]
    return {"total_kib": sum(k["pss_kib"] for k in kinds.values()),
            "own_kib": sum(k["own_kib"] for k in kinds.values()), "kinds": kinds}


def trees_memory(roots) -> dict:
    """:func:`tree_memory` of several trees (this process's and, say, browser servers'), summed."""
    total = {"total_kib": 0, "own_kib": 0, "kinds": {}}
    for root in roots:
        tree = tree_memory(root)
        total["total_kib"] += tree["total_kib"]
        total["own_kib"] += tree["own_kib"]
        for name, entry in tree["kinds"].items():
            into = total["kinds"].setdefault(name, {"count": 0, "pss_kib": 0, "own_kib": 0})
            for key, value in entry.items():
                into[key] += value
    return total


def settled_tree_memory(samples: int = 3, interval: float = 1.0, roots=None) -> dict:
    """The median-total sample of ``samples`` taken ``interval`` seconds apart.

    Chromium frees and touches memory for a while after a page loads; the same
    sampling is used on both sides so that neither gets a lucky instant.
    """
    taken = []
    for n in range(samples):
        if n:
            time.sleep(interval)
        taken.append(tree_memory() if roots is None else trees_memory(roots))
    taken.sort(key=lambda sample: sample["total_kib"])
    return taken[len(taken) // 2]


def write_tree_memory(path: str, roots=None) -> dict:
    sample = settled_tree_memory(roots=roots)
    Path(path).write_text(json.dumps(sample))
    return sample


def write_process_tree_memory(path: str) -> None:
    """Writes the PSS of this process and all its descendants as JSON to ``path``.

    Example: | Write Process Tree Memory | ${OUTPUT DIR}/memory.json |
    """
    write_tree_memory(path)


def write_process_trees_memory(path: str, other_roots: str = "") -> None:
    """Like `Write Process Tree Memory`, adding the trees of ``other_roots`` (comma-separated
    pids, e.g. the browser servers this process's sessions run in).

    Example: | Write Process Trees Memory | ${OUTPUT DIR}/memory.json | 4012,4013 |
    """
    others = [int(pid) for pid in other_roots.split(",") if pid.strip()]
    write_tree_memory(path, [os.getpid(), *others])
