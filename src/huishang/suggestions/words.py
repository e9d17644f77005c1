"""The sensitive-word filter: words kept in the database (admin) plus HUISHANG_SENSITIVE_WORDS."""

from django.conf import settings

from huishang.suggestions.models import SensitiveWord


def sensitive_words() -> set[str]:
    configured = {word.strip() for word in getattr(settings, "HUISHANG_SENSITIVE_WORDS", ()) if word.strip()}
    return configured | set(SensitiveWord.objects.values_list("word", flat=True))


def words_found(*texts: str) -> list[str]:
    """The sensitive words that occur in any of ``texts``, in a stable order."""
    joined = "\n".join(texts)
    return sorted(word for word in sensitive_words() if word in joined)
