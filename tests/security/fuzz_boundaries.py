"""Values that once broke the API (issue 18), written into the OpenAPI document the fuzzing test reads.

Schemathesis's coverage phase sends each example of a field as its own case, every other field keeping a
plain valid value; so each of these values is tried once in every field of its kind, which a few random
requests per operation would hardly ever do. The document the API serves is left as it is: these examples
are the test's, not the API's.
"""

import copy

# Plain valid values: an empty filter filters nothing out; a path or body text "1".
PLAIN = {"date": "2024-05-01", "query": "", "string": "1", "integer": 1}
# A day the calendar ends or starts on, which integrators send to mean "no limit".
DAYS = ["9999-12-31", "0001-01-01"]
# A record key of characters that are digits to Python but not to int(), and one beyond any id.
KEYS = ["³", "٣", "99999999999999999999999"]
# A NUL, which PostgreSQL refuses in any text it is sent.
TEXTS = ["a\u0000b"]
# Years and counts past the calendar or any column, for numbers the document leaves unbounded.
NUMBERS = [10000, 2**70]


def _boundaries(shape: dict, *, where: str) -> list | None:
    kind = shape.get("type")
    if kind == "string" and "enum" not in shape:
        if shape.get("format") == "date":
            return [PLAIN["date"], *DAYS]
        if shape.get("format") is None:
            boundaries = {"path": KEYS, "query": TEXTS + DAYS}.get(where, TEXTS)  # a query may read a day itself
            return [PLAIN["query" if where == "query" else "string"], *boundaries]
    if kind == "integer" and "maximum" not in shape:
        return [PLAIN["integer"], *NUMBERS]
    return None


def _add_examples(schema: dict, *, where: str = "body") -> None:
    """Examples on ``schema`` (a parameter's or a property's) and on each typed branch of it. The first is a
    plain valid value: the coverage phase gives a field its first example wherever it varies another."""
    for shape in [schema, *schema.get("anyOf", [])]:
        examples = _boundaries(shape, where=where)
        if examples:
            shape["examples"] = examples
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        _add_examples(schema["items"], where=where)


def with_boundaries(document: dict) -> dict:
    """A copy of the OpenAPI ``document`` whose parameters and body fields carry the boundary examples."""
    document = copy.deepcopy(document)
    for operations in document["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                _add_examples(parameter["schema"], where=parameter["in"])
    for component in document["components"]["schemas"].values():
        for field in component.get("properties", {}).values():
            _add_examples(field)
    return document
