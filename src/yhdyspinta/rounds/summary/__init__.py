"""The board summary of a round (the deck presented to the HYTE board), as pptx, pdf and docx.

``outline.build_outline(round_)`` turns a round into a ``documents.outline.Document`` with a
title slide and one section per entry of ``rounds.models.SECTIONS``; ``export.export_summary``
renders it in a format. The views serve it from the round page, the ``export_round_summary``
command writes it to a file.
"""
