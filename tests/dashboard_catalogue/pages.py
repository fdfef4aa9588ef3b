"""Filling in Oscar's product page the way a browser would.

``page_data`` reads the rendered form and formsets of a product page and
returns the POST a user would send without touching anything; tests then
change the fields they care about.
"""
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from PIL import Image

from catalog.groups import group_categories, saved_product_class_for

FORMSETS = ("category_formset", "image_formset", "stockrecord_formset", "recommended_formset")


def _add_form(data, form):
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None or value is False or isinstance(value, FieldFile):
            continue
        key = form.add_prefix(name)
        if field.show_hidden_initial:  # fields with a callable default
            data[form.add_initial_prefix(name)] = getattr(value, "pk", value)
        if value is True:
            data[key] = "on"
        elif isinstance(value, (list, tuple)):
            data[key] = [getattr(v, "pk", v) for v in value]
        else:
            data[key] = getattr(value, "pk", value)


def page_data(response):
    data, prefixes = {}, {}
    _add_form(data, response.context["form"])
    for name in FORMSETS:
        formset = response.context.get(name)
        if formset is None or isinstance(formset, str):
            continue
        prefixes[name] = formset.prefix
        management = formset.management_form
        for field in management.fields:
            data[management.add_prefix(field)] = management[field].value()
        for form in formset.forms:
            _add_form(data, form)
    return data, prefixes


def edit_url(product):
    return reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})


def create_url(group="thuc-pham"):
    product_class = saved_product_class_for(group)
    return reverse(
        "dashboard:catalogue-product-create",
        kwargs={"product_class_slug": product_class.slug},
    )


def new_product_data(client, title="Mật ong bạc hà Đồng Văn", price="150000", stock="12", **extra):
    """GET the create page and fill in what a producer must."""
    response = client.get(create_url())
    assert response.status_code == 200
    data, prefixes = page_data(response)
    category, stockrecord = prefixes["category_formset"], prefixes["stockrecord_formset"]
    data.update(
        {
            "title": title,
            "description": "Mật ong nguyên chất từ hoa bạc hà.",
            f"{category}-0-category": group_categories()["thuc-pham"].pk,
            f"{stockrecord}-0-partner_sku": "MO-01",
            f"{stockrecord}-0-price": price,
            f"{stockrecord}-0-num_in_stock": stock,
        }
    )
    data.update(extra)
    return data, prefixes


def image_upload(name="anh.jpg", fmt="JPEG", size=(40, 30), content_type="image/jpeg"):
    out = io.BytesIO()
    Image.new("RGB", size, "orange").save(out, format=fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)
