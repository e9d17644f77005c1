"""Saving and loading trained routing models: pickled, compressed, kept in the database so that every
application server reads the same one."""

import pickle
import zlib

from huishang.insight.models import RoutingModel

# The model loaded last, by its row and the moment it was trained: a row number alone can come back for another
# model (SQLite hands out a rolled-back row's number again), and a stale model would then be served as new.
_loaded: dict = {"identity": None, "models": None}


def dump(models: dict) -> bytes:
    return zlib.compress(pickle.dumps(models, protocol=pickle.HIGHEST_PROTOCOL), level=6)


def latest() -> tuple[RoutingModel | None, dict | None]:
    """The newest trained model and its fitted pipelines, loaded once per process per model."""
    row = RoutingModel.objects.defer("payload").first()
    if row is None:
        return None, None
    identity = (row.pk, row.trained_at)
    if _loaded["identity"] != identity:
        payload = RoutingModel.objects.values_list("payload", flat=True).get(pk=row.pk)
        # Only this app writes the payload (see training.train_routing), so unpickling it is safe.
        _loaded["models"] = pickle.loads(zlib.decompress(bytes(payload)))
        _loaded["identity"] = identity
    return row, _loaded["models"]
