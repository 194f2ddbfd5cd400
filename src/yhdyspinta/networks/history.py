"""A network's history, themes included (the shared helper labels many-to-many fields)."""

from __future__ import annotations

from yhdyspinta.web.history import HistoryEntry, history_for

from .models import Network


def network_history(network: Network, limit: int = 50) -> list[HistoryEntry]:
    return history_for(network, limit)
