"""Whether a backup is being loaded (management command ``restore``).

The backup holds every derived record as it was (history rows, stored overlap pairs and their
computation records). Receivers that derive records from saves ask :func:`is_restoring` and
leave them alone while a backup loads: otherwise they write rows whose keys clash with the
dumped rows still to come.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

_state = threading.local()


def is_restoring() -> bool:
    return getattr(_state, "restoring", False)


@contextlib.contextmanager
def restoring() -> Iterator[None]:
    previous = is_restoring()
    _state.restoring = True
    try:
        yield
    finally:
        _state.restoring = previous
