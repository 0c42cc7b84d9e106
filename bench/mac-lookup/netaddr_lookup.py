#!/usr/bin/env python3
"""Times netaddr's MAC vendor look-up over the list NetOrigin.Bench.MacLookup writes, for comparison.

For each line: EUI(text), then the IAB registration when the address is under an IAB block, else the OUI
registration; NotRegisteredError counts as not found. netaddr (Debian python3-netaddr 0.8.0) knows the IEEE MA-L
and IAB listings of Debian's ieee-data only, not MA-M or MA-S, so it finds fewer addresses; the figure compared
is look-ups per second on the same list, on one thread.

usage: netaddr_lookup.py LIST [--limit N] [--repetitions R]
"""

import argparse
import io
import os
import statistics
import time

import netaddr
from netaddr import EUI, NotRegisteredError
from netaddr.eui import ieee


def rebuild_indices():
    """Rebuilds netaddr's in-memory offset indices from the oui.txt and iab.txt it reads.

    Debian's python3-netaddr 0.8.0 ships oui.idx and iab.idx built in 2021, while its oui.txt and iab.txt link to
    ieee-data's newer files; with the stale offsets look-ups raise IndexError or read the wrong record. Returns
    whether the shipped OUI index differed from the rebuilt one.
    """
    directory = os.path.dirname(ieee.__file__)
    stale = False
    for index, name, parser in ((ieee.OUI_INDEX, "oui", ieee.OUIIndexParser), (ieee.IAB_INDEX, "iab", ieee.IABIndexParser)):
        rows = io.StringIO()
        with open(os.path.join(directory, name + ".txt"), "rb") as registry:
            ieee.create_index_from_registry(registry, rows, parser)
        rebuilt = {}
        ieee.load_index(rebuilt, io.BytesIO(rows.getvalue().encode("utf-8")))
        stale = stale or (name == "oui" and rebuilt != index)
        index.clear()
        index.update(rebuilt)
    return stale


def organisation(text):
    eui = EUI(text)
    try:
        if eui.is_iab():
            try:
                return eui.iab.registration().org
            except NotRegisteredError:
                pass
        return eui.oui.registration().org
    except NotRegisteredError:
        return None


def run(macs):
    found = 0
    for mac in macs:
        if organisation(mac) is not None:
            found += 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("list")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N addresses (0: all)")
    parser.add_argument("--repetitions", type=int, default=3)
    args = parser.parse_args()
    if rebuild_indices():
        print("note: netaddr's shipped oui.idx did not match its oui.txt; rebuilt the index in memory before timing")

    with open(args.list, encoding="ascii") as f:
        macs = [line.strip() for line in f if line.strip()]
    if args.limit > 0:
        macs = macs[: args.limit]

    rates = []
    found = 0
    for _ in range(max(1, args.repetitions)):
        start = time.perf_counter()
        found = run(macs)
        rates.append(len(macs) / (time.perf_counter() - start))

    rates.sort()
    print(f"netaddr {netaddr.__version__}: {len(macs):,} MACs from {args.list}, found {found:,} "
          f"({found / len(macs):.1%}), {len(rates)} timed runs")
    print(f"{'netaddr EUI(text).oui/.iab.registration().org':<46} median {statistics.median(rates) / 1e6:7.3f} M look-ups/s"
          f"  ({statistics.median(rates):,.0f}/s; min {rates[0]:,.0f}, max {rates[-1]:,.0f})")


if __name__ == "__main__":
    main()
