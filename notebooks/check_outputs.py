#!/usr/bin/python3
"""Checks notebooks as notebooks/run needs them (standard library only).

  check_outputs.py stripped NOTEBOOK...   every code cell of each committed notebook has no outputs and no
                                          execution count (outputs are never committed)
  check_outputs.py executed NOTEBOOK...   each executed notebook has no error output, every code cell ran, and
                                          every cell tagged `plot` shows at least one PNG image (a real PNG of
                                          at least 100 x 100 pixels) and every cell tagged `table` an HTML table
  check_outputs.py self-test NOTEBOOK     for an executed NOTEBOOK that passes: the `executed` check fails on a
                                          copy with one plot's image removed and on one with a table's HTML
                                          removed, and the `stripped` check fails on it (the checks can fail)

Prints one line per problem (notebook, cell number, what is wrong) and exits 1 when there is any.
"""
import base64
import copy
import json
import struct
import sys

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_SIDE = 100


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def code_cells(nb):
    return [(i, c) for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"]


def tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def stripped_problems(name, nb):
    out = []
    for i, c in code_cells(nb):
        if c.get("outputs"):
            out.append(f"{name}: cell {i}: has {len(c['outputs'])} output(s); commit notebooks with outputs cleared")
        if c.get("execution_count") is not None:
            out.append(f"{name}: cell {i}: has execution count {c['execution_count']}; clear it before committing")
    return out


def png_size(data):
    """Width and height of a base64 PNG, or None when it is not one."""
    try:
        raw = base64.b64decode("".join(data) if isinstance(data, list) else data, validate=False)
    except ValueError:
        return None
    if len(raw) < 24 or not raw.startswith(PNG_SIGNATURE) or raw[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", raw[16:24])


def text(data):
    return "".join(data) if isinstance(data, list) else data


def executed_problems(name, nb):
    out = []
    for i, c in code_cells(nb):
        outputs = c.get("outputs", [])
        if c.get("execution_count") is None:
            out.append(f"{name}: cell {i}: did not run")
        for o in outputs:
            if o.get("output_type") == "error":
                out.append(f"{name}: cell {i}: {o.get('ename', 'error')}: {o.get('evalue', '')}")
        shown = [o.get("data", {}) for o in outputs if o.get("output_type") in ("display_data", "execute_result")]
        if "plot" in tags(c):
            sizes = [png_size(d["image/png"]) for d in shown if "image/png" in d]
            good = [s for s in sizes if s and s[0] >= MIN_SIDE and s[1] >= MIN_SIDE]
            if not good:
                out.append(f"{name}: cell {i}: tagged plot but shows no PNG image of at least {MIN_SIDE} x "
                           f"{MIN_SIDE} pixels ({len(sizes)} image output(s))")
        if "table" in tags(c):
            if not any("<table" in text(d.get("text/html", "")) for d in shown):
                out.append(f"{name}: cell {i}: tagged table but shows no HTML table")
    if not any("plot" in tags(c) for _, c in code_cells(nb)) and not any("table" in tags(c) for _, c in code_cells(nb)):
        out.append(f"{name}: no cell is tagged plot or table; nothing to check")
    return out


def without(nb, tag, mime):
    """A copy of nb with the `mime` outputs of the first cell tagged `tag` removed."""
    broken = copy.deepcopy(nb)
    for _, c in code_cells(broken):
        if tag in tags(c):
            for o in c.get("outputs", []):
                o.get("data", {}).pop(mime, None)
            return broken
    return None


def self_test(name, nb):
    out = executed_problems(name, nb)
    if out:
        return [f"self-test needs a notebook that passes: {p}" for p in out]
    for tag, mime in (("plot", "image/png"), ("table", "text/html")):
        broken = without(nb, tag, mime)
        if broken is None:
            out.append(f"{name}: self-test: no cell tagged {tag} to break")
        elif not executed_problems(name, broken):
            out.append(f"{name}: self-test: removing a {tag} cell's {mime} output was not reported")
    if not stripped_problems(name, nb):
        out.append(f"{name}: self-test: the stripped check passes an executed notebook")
    return out


def main(argv):
    if len(argv) < 3 or argv[1] not in ("stripped", "executed", "self-test"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    check = {"stripped": stripped_problems, "executed": executed_problems, "self-test": self_test}[argv[1]]
    problems = []
    for path in argv[2:]:
        problems += check(path, load(path))
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
