"""Each OpenAPI component name stands for one shape: two schemas sharing a class name would be documented
as one (django-ninja keeps the last), and clients generated from the document would send wrong bodies."""

from ninja.openapi.schema import OpenAPISchema

from huishang.api.urls import api


class _ClashRecorder(OpenAPISchema):
    """The OpenAPI document as django-ninja builds it, noting each name given to a second, different shape."""

    def __init__(self, *args, **kwargs):
        self.clashes = {}
        super().__init__(*args, **kwargs)

    def add_schema_definitions(self, definitions: dict) -> None:
        for name, shape in definitions.items():
            kept = self.schemas.get(name)
            if kept is not None and kept != shape:
                self.clashes[name] = (sorted(kept.get("properties", {})), sorted(shape.get("properties", {})))
        super().add_schema_definitions(definitions)


def test_no_component_name_is_shared_by_two_shapes():
    document = _ClashRecorder(api, "/api/v1/")
    assert document.clashes == {}


def test_the_review_of_a_matter_is_documented_with_the_fields_the_server_requires():
    document = api.get_openapi_schema(path_prefix="/api/v1/")
    body = document["paths"]["/api/v1/matters/{key}/review"]["post"]["requestBody"]["content"]["application/json"]
    reference = body["schema"]["$ref"].rsplit("/", 1)[-1]
    fields = document["components"]["schemas"][reference]["properties"]
    assert "satisfied" in fields and "approve" not in fields
