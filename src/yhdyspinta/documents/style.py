"""Colours and type shared by charts, slides, Word files and PDFs.

One palette for every output keeps a chart on a web page, in a deck and in a
printed report looking like the same picture.
"""

PRIMARY = "#0b5563"  # deep teal: titles, accents, the first data series
PRIMARY_LIGHT = "#d7e8eb"
TEXT = "#1f2933"  # body text: near-black, softer than pure black on a projector
MUTED = "#5b6770"  # footers, meta lines, axis labels
RULE = "#c9d2d8"  # hairlines and grid lines
WHITE = "#ffffff"

# Okabe & Ito (2008): distinguishable with the common colour-vision deficiencies.
# The project's primary colour leads so that a single series matches the deck.
SERIES_COLOURS = (
    PRIMARY,
    "#e69f00",  # orange
    "#56b4e9",  # sky blue
    "#009e73",  # bluish green
    "#cc79a7",  # reddish purple
    "#d55e00",  # vermillion
    "#0072b2",  # blue
    "#000000",
)
# Line charts never rely on colour alone: each series also has its own marker.
SERIES_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")

SANS_FONTS = ("Arial", "Liberation Sans", "DejaVu Sans", "sans-serif")
