from django.urls import path

from .views import cards, explorer, imports, public

app_name = "indicators"
urlpatterns = [
    path("public/", public.indicator_list, name="public_list"),
    path("public/<int:pk>/", public.indicator_detail, name="public_indicator"),
    path("public/cards/", public.card_list, name="public_card_list"),
    path("public/cards/<int:pk>/", public.card_detail, name="public_card"),
    path("explorer/", explorer.explorer, name="explorer"),
    path("explorer/data.csv", explorer.download_csv, name="explorer_csv"),
    path("explorer/data.xlsx", explorer.download_xlsx, name="explorer_xlsx"),
    path("cards/", cards.card_list, name="card_list"),
    path("cards/<int:pk>/", cards.card_detail, name="card"),
    path("cards/<int:pk>/card.pdf", cards.card_pdf, name="card_pdf"),
    path("imports/", imports.import_list, name="import_list"),
    path("imports/file/", imports.import_file_view, name="import_file"),
    path("imports/sotkanet/", imports.import_api_view, name="import_api"),
    path("imports/own/", imports.import_own_view, name="import_own"),
    path("imports/own/template.xlsx", imports.own_template_view, name="import_own_template"),
    path("imports/<int:pk>/", imports.import_detail, name="import_detail"),
]
