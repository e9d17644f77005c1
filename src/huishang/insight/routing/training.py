"""Training the routing model from the deployment's own history (offline, on the CPU)."""

import collections
import time

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.directory.models import Role
from huishang.insight.models import RoutingModel
from huishang.insight.routing import classifier, history, store

TRAINING_ROLES = {Role.ADMIN, Role.OFFICE}
MIN_EXAMPLES = 2


def _fit(texts, labels):
    model = classifier.build()
    try:
        model.fit(texts, labels)
    except ValueError as error:
        # The vectorisers keep only words seen in two matters or more; a tiny history may share none.
        if "no terms remain" not in str(error) and "empty vocabulary" not in str(error):
            raise
        raise ValidationError(
            _("The accepted matters share too few words to learn from; accept more matters first."), field="history"
        ) from error
    return model


# A trained model carries its past matters for the neighbours' vote (about 50 MB compressed for 10,000 of
# them): the newest is used and the one before it kept to compare with, not every model ever trained.
MODELS_KEPT = 2


@transaction.atomic
def train_routing(*, by=None) -> RoutingModel:
    """Learn category and lead unit from the staff's final choices; needs at least two categories in history.

    ``by`` is None when an operator runs ``huishang insight train``; a user must be office or admin.
    """
    if by is not None and by.role not in TRAINING_ROLES and not by.is_superuser:
        raise NotAllowed(_("Only the service office or an administrator can retrain routing."))
    started = time.perf_counter()
    examples = history.category_examples()
    if len({label for _, label in examples}) < 2 or len(examples) < MIN_EXAMPLES:
        raise ValidationError(
            _("Routing needs accepted matters in at least two categories before it can learn."), field="history"
        )
    models = {"category": _fit([t for t, _ in examples], [label for _, label in examples])}
    units = history.unit_examples()
    usual = collections.defaultdict(collections.Counter)
    for _text, category, unit in units:
        usual[category][unit] += 1
    models["usual_unit"] = {category: counts.most_common(1)[0][0] for category, counts in usual.items()}
    models["unit"] = (
        _fit([t for t, _, _ in units], [str(unit) for _, _, unit in units])
        if len({unit for _, _, unit in units}) >= 2 else None
    )
    report = {
        "category_examples": len(examples), "unit_examples": len(units),
        "categories": sorted({label for _, label in examples}), "units": len({u for _, _, u in units}),
        "train_seconds": round(time.perf_counter() - started, 2),
    }
    model = RoutingModel.objects.create(
        trained_at=clock.now(), trained_by=by, matters=len(examples), report=report, payload=store.dump(models)
    )
    older = RoutingModel.objects.values_list("pk", flat=True)[MODELS_KEPT:]
    RoutingModel.objects.filter(pk__in=list(older)).delete()
    return model
