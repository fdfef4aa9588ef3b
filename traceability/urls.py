"""Public URLs of the traceability app (included from shop/urls.py)."""
app_name = "traceability"
urlpatterns: list = []
