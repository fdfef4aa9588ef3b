"""Public URLs of the outlets app (included from shop/urls.py)."""
app_name = "outlets"
urlpatterns: list = []
