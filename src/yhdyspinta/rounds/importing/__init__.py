"""Import findings and actions recorded before the system, from an Excel sheet.

``columns.columns_for(county)`` describes the sheet (the template, the drop-downs and the
reader share it); ``service.plan_import`` validates a whole file into an ``ImportPlan`` without
writing, ``service.write_plan`` writes the plan in one transaction, all or nothing. The views
offer the template, an upload with a preview, and the confirmation; the
``import_round_items`` command does the same from a shell.
"""
