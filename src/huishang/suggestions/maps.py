"""The offline map of the submit form: a schematic of the collection points drawn from their stored
coordinates (no map tiles), on which a person taps a point; the page turns the tap back into
latitude and longitude."""

WIDTH, HEIGHT, MARGIN = 320, 220, 20


def region_map(points) -> dict:
    """The drawing: each point placed on a box around them all, with the box's corners in degrees."""
    points = list(points)
    if not points:
        return {}
    lats = [float(point.latitude) for point in points]
    lons = [float(point.longitude) for point in points]
    pad_lat = max((max(lats) - min(lats)) * 0.15, 0.002)
    pad_lon = max((max(lons) - min(lons)) * 0.15, 0.002)
    north, south = max(lats) + pad_lat, min(lats) - pad_lat
    west, east = min(lons) - pad_lon, max(lons) + pad_lon

    def place(lat, lon):
        x = MARGIN + (lon - west) / (east - west) * (WIDTH - 2 * MARGIN)
        y = MARGIN + (north - lat) / (north - south) * (HEIGHT - 2 * MARGIN)
        return round(x, 1), round(y, 1)

    marks = []
    for point, lat, lon in zip(points, lats, lons):
        x, y = place(lat, lon)
        # A label runs toward the middle: east of a point in the west half, west of one in the east half,
        # so that no name runs off the drawing's edge.
        marks.append({"name": point.name, "code": point.code, "xy": (x, y), "label_west": x > WIDTH / 2})
    return {"width": WIDTH, "height": HEIGHT, "margin": MARGIN, "north": north, "south": south, "west": west,
            "east": east, "marks": marks}
