"""The live badge, under /badge/ (included by shop/urls.py)."""
from django.urls import path

from . import badge, converters

converters.register()

urlpatterns = [
    path("<certno:number>.svg", badge.badge, name="api-badge"),
]
