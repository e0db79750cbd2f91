"""Prints the outcomes jcstress observed per test, summed over its JVM configurations, from its HTML report.

Usage: python3 outcomes.py REPORT_DIR
"""
import glob
import os
import re
import sys

for page in sorted(glob.glob(os.path.join(sys.argv[1], "*.html"))):
    if page.endswith("index.html"):
        continue
    cells = [c.strip() for c in re.sub(r"<[^>]*>", "\n", open(page).read()).split("\n") if c.strip()]
    first = cells.index("Observed States") + 1
    outcomes, k = [], first
    while k < len(cells) and not cells[k].startswith(("split", "unified")):
        if cells[k] in ("Acceptable", "Forbidden", "Interesting"):
            outcomes.append((cells[k - 1], cells[k]))
        k += 1
    counts, statuses = [0] * len(outcomes), set()
    for at in range(k, len(cells)):
        if cells[at] == "Messages":
            break
        if cells[at] in ("OK", "FAILED", "ERROR"):
            statuses.add(cells[at])
            for n in range(len(outcomes)):
                value = cells[at + 1 + n] if at + 1 + n < len(cells) else ""
                if not re.fullmatch(r"[0-9,]+", value):
                    break
                counts[n] += int(value.replace(",", ""))
    name = os.path.basename(page)[: -len(".html")].rsplit(".", 2)
    print("%-45s %-6s %s" % (".".join(name[-2:]), "/".join(sorted(statuses)),
                             ", ".join("%s (%s): %s" % (o, e, format(c, ",")) for (o, e), c in zip(outcomes, counts))))
