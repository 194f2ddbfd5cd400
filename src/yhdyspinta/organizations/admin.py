from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Account,
    Body,
    BodyMembership,
    CouncilTerm,
    Counterpart,
    Organization,
    Person,
    Role,
    Theme,
)


@admin.register(Organization)
class OrganizationAdmin(SimpleHistoryAdmin):
    list_display = ("name_fi", "kind", "code", "sotkanet_id", "parent_county")
    list_filter = ("kind",)
    search_fields = ("name_fi", "name_sv", "code", "business_id")


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ("last_name", "first_name", "title", "organization")
    search_fields = ("last_name", "first_name", "email")
    list_select_related = ("organization",)


@admin.register(Theme)
class ThemeAdmin(SimpleHistoryAdmin):
    list_display = ("name_fi", "slug", "parent", "county", "order")


admin.site.register(Role, SimpleHistoryAdmin)
admin.site.register(Counterpart, SimpleHistoryAdmin)
admin.site.register(Body, SimpleHistoryAdmin)
admin.site.register(BodyMembership, SimpleHistoryAdmin)
admin.site.register(CouncilTerm, SimpleHistoryAdmin)
admin.site.register(Account, SimpleHistoryAdmin)
