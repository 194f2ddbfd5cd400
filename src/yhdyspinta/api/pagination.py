"""Every API list is paginated with a bounded page: `?limit=` (default 100, at most 500) and
`?offset=`. A limit above the maximum is clamped to it; a limit or offset that is not a whole
number a database can hold is a 400 naming the parameter, never a server error."""

from rest_framework.pagination import CursorPagination, LimitOffsetPagination

from yhdyspinta.web.params import api_int_param

DEFAULT_LIMIT = 100
MAX_LIMIT = 500


class BoundedLimitOffsetPagination(LimitOffsetPagination):
    default_limit = DEFAULT_LIMIT
    max_limit = MAX_LIMIT

    def get_limit(self, request):
        limit = api_int_param(
            request.query_params, self.limit_query_param, default=self.default_limit, minimum=1
        )
        return min(limit, self.max_limit)

    def get_offset(self, request):
        return api_int_param(request.query_params, self.offset_query_param, default=0, minimum=0)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.limit_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_limit)
            elif parameter["name"] == self.offset_query_param:
                parameter["schema"].update(minimum=0)
        return parameters


class BoundedCursorPagination(CursorPagination):
    """A cursor (`next`/`previous` links, no count) over a stable ordering, for long lists read
    to the end (the indicator observations): `?limit=` as above, at most MAX_LIMIT; a broken
    cursor is a 404 "Invalid cursor"."""

    ordering = "id"
    page_size = DEFAULT_LIMIT
    page_size_query_param = "limit"
    max_page_size = MAX_LIMIT
    max_limit = MAX_LIMIT

    def get_page_size(self, request):
        limit = api_int_param(
            request.query_params, self.page_size_query_param, default=self.page_size, minimum=1
        )
        return min(limit, self.max_page_size)
