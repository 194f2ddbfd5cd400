from django.urls import path

from .views import bodies, directory, organizations, people, themes

app_name = "organizations"
urlpatterns = [
    path("organizations/", organizations.organization_list, name="organization_list"),
    path("organizations/new/", organizations.organization_create, name="organization_create"),
    path("organizations/<int:pk>/", organizations.organization_detail, name="organization_detail"),
    path("organizations/<int:pk>/edit/", organizations.organization_edit, name="organization_edit"),
    path("people/", people.person_list, name="person_list"),
    path("people/new/", people.person_create, name="person_create"),
    path("people/<int:pk>/", people.person_detail, name="person_detail"),
    path("people/<int:pk>/edit/", people.person_edit, name="person_edit"),
    path("people/<int:person_pk>/roles/new/", people.role_create, name="role_create"),
    path("roles/<int:pk>/edit/", people.role_edit, name="role_edit"),
    path("roles/<int:pk>/delete/", people.role_delete, name="role_delete"),
    path("directory/", directory.contact_directory, name="directory"),
    path("counterparts/new/", directory.counterpart_create, name="counterpart_create"),
    path("counterparts/<int:pk>/edit/", directory.counterpart_edit, name="counterpart_edit"),
    path("counterparts/<int:pk>/delete/", directory.counterpart_delete, name="counterpart_delete"),
    path("themes/", themes.theme_list, name="theme_list"),
    path("themes/new/", themes.theme_create, name="theme_create"),
    path("themes/<int:pk>/edit/", themes.theme_edit, name="theme_edit"),
    path("bodies/", bodies.body_list, name="body_list"),
    path("bodies/new/", bodies.body_create, name="body_create"),
    path("bodies/<int:pk>/", bodies.body_detail, name="body_detail"),
    path("bodies/<int:pk>/edit/", bodies.body_edit, name="body_edit"),
    path("bodies/<int:body_pk>/members/new/", bodies.membership_create, name="membership_create"),
]
