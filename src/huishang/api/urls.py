from ninja import NinjaAPI

api = NinjaAPI(title="Huishang API", version="1", urls_namespace="api")
