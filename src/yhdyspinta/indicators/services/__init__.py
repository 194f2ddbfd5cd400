"""Services of knowledge-based management: imports, catalogue upkeep, series for pages."""
