"""Reads and inserts that every change to a matter makes, turned into SQL once per database instead of on
every call.

Building a QuerySet and compiling it costs about half a millisecond here even when the database
answers in a twentieth of that; the token, the matter and its trail are read on every change to
a matter. A ``PreparedRead`` compiles its QuerySet once, with marker values where the keys go,
and afterwards only swaps the keys into the parameters. The rows become model instances by
Django's own code (``ModelIterable``: select_related, field converters), as the QuerySet's would.
``insert`` does the same for the INSERT of a new matter and of each trail entry.
"""

import copy
import dataclasses
import functools

from django.db import connections, router, transaction
from django.db.models import QuerySet
from django.db.models.fields import AutoFieldMixin
from django.db.models.signals import post_save, pre_save
from django.db.models.sql.compiler import SQLCompiler

# Values no real key takes, so that each stands out among the compiled query's parameters.
_MARKERS = {int: lambda i: -7_357_913_579_246_000 - i, str: lambda i: f"\x1fprepared key {i}\x1f"}


@dataclasses.dataclass(frozen=True)
class _Compiled:
    model: type
    compiler: SQLCompiler
    sql: str
    params: tuple
    slots: tuple[tuple[int, ...], ...]  # for each key, where its value goes among the parameters


class _CompiledQuery:
    """What ModelIterable asks of a query: a compiler. This one answers with the compiled SQL."""

    def __init__(self, compiler: SQLCompiler):
        self._compiler = compiler

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        return self._compiler


class PreparedRead:
    """``build(*keys)`` gives a QuerySet of ``model`` filtered by ``keys`` compared for equality (ids,
    numbers, hashes), of the types ``key_types``; calling the PreparedRead with key values returns its rows."""

    def __init__(self, model, build, *key_types: type):
        self._model = model
        self._build = build
        self._markers = [_MARKERS[kind](index) for index, kind in enumerate(key_types)]
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def __call__(self, *keys) -> list:
        alias = router.db_for_read(self._model)
        connection = connections[alias]
        compiled = self._compiled.get((alias, connection.vendor)) or self._compile(alias)
        params = list(compiled.params)
        for slots, key in zip(compiled.slots, keys, strict=True):
            for slot in slots:
                params[slot] = key
        compiler = copy.copy(compiled.compiler)
        compiler.connection = connection  # connections are per thread; the template may come from another
        compiler.as_sql = lambda *args, **kwargs: (compiled.sql, params)
        return list(QuerySet(compiled.model, query=_CompiledQuery(compiler), using=alias))

    def one(self, *keys):
        """The row a lookup by a unique key finds, or None."""
        return next(iter(self(*keys)), None)

    def _compile(self, alias: str) -> _Compiled:
        queryset = self._build(*self._markers).using(alias)
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        slots = tuple(tuple(i for i, value in enumerate(params) if value == marker) for marker in self._markers)
        if not all(slots):
            raise ValueError("every key must appear among the query's parameters as it was given")
        compiled = _Compiled(queryset.model, compiler, sql, tuple(params), slots)
        self._compiled[(alias, connections[alias].vendor)] = compiled
        return compiled


def insert(instance) -> None:
    """Write a new ``instance`` (its related rows saved first) as ``instance.save()`` would for a model
    without parents: pre_save and post_save signals (so the audit log hears it), field ``pre_save``
    hooks, the primary key set from ``RETURNING``. The INSERT statement is built once per model and
    database instead of on every save."""
    model = type(instance)
    alias = router.db_for_write(model, instance=instance)
    connection = connections[alias]
    pre_save.send(sender=model, instance=instance, raw=False, using=alias, update_fields=None)
    sql, fields, key = _insert_statement(model, connection.vendor, alias)
    values = [field.get_db_prep_save(field.pre_save(instance, True), connection) for field in fields]
    with transaction.mark_for_rollback_on_error(using=alias), connection.cursor() as cursor:
        cursor.execute(sql, values)
        setattr(instance, key.attname, cursor.fetchone()[0])
    instance._state.adding = False
    instance._state.db = alias
    post_save.send(sender=model, instance=instance, created=True, update_fields=None, raw=False, using=alias)


@functools.cache
def _insert_statement(model, vendor: str, alias: str) -> tuple[str, list, object]:
    meta = model._meta
    if meta.parents or not isinstance(meta.pk, AutoFieldMixin):
        raise TypeError(f"{meta.label}: prepared inserts are for models with an automatic key and no parents")
    quote = connections[alias].ops.quote_name
    fields = [field for field in meta.local_concrete_fields if not field.primary_key and not field.generated]
    sql = (f"INSERT INTO {quote(meta.db_table)} ({', '.join(quote(field.column) for field in fields)}) "
           f"VALUES ({', '.join(['%s'] * len(fields))}) RETURNING {quote(meta.pk.column)}")
    return sql, fields, meta.pk
