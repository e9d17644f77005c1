"""Web imports run as queue tasks; here the queue runs them at once, in the request that queues them."""

import pytest

from huishang.core.queue import queue


@pytest.fixture
def immediate_queue(monkeypatch):
    monkeypatch.setattr(queue, "immediate", True)
    return queue
