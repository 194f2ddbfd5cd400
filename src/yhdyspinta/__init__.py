"""Yhdyspinta: HYTE cooperation between a wellbeing services county and its municipalities."""

__version__ = "0.1.0"
