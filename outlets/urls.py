"""Public URLs of the outlets app (included from shop/urls.py at /outlets/)."""
from django.urls import path

from . import views

app_name = "outlets"
urlpatterns = [
    path("", views.OutletListView.as_view(), name="index"),
    path("map/", views.OutletMapView.as_view(), name="map"),
    path("coverage/", views.CoverageView.as_view(), name="coverage"),
    path("map.json", views.map_json, name="map-json"),
    path("<slug:slug>/", views.OutletDetailView.as_view(), name="detail"),
]
