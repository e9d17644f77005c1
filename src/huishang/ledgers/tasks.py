"""The ledgers' queued work: web imports of a sheet (the task is defined beside the import it runs)."""

from huishang.ledgers.jobs import import_ledger  # noqa: F401
