"""Reporting of knowledge-based management: shared goals, the common reporting template,
the trend review (hytetrendi) and the HYTE coefficient view."""
