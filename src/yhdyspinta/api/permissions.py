"""DRF permission classes built on the apps' rules: read and write by the owning organisation."""

from rest_framework import permissions


class ObjectRulesPermission(permissions.BasePermission):
    """Object-level check through the model's rules permissions (view_/change_/delete_)."""

    def has_object_permission(self, request, view, obj):
        meta = obj._meta
        action = "view" if request.method in permissions.SAFE_METHODS else "change"
        if request.method == "DELETE":
            action = "delete"
        return request.user.has_perm(f"{meta.app_label}.{action}_{meta.model_name}", obj)
