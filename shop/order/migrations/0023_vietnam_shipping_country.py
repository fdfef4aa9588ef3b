"""Vietnam is the one country we ship to (Oscar's checkout needs a Country row)."""
from django.db import migrations

from shop.order.country import VIETNAM


def add_vietnam(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    Country.objects.update_or_create(
        iso_3166_1_a2="VN",
        defaults=VIETNAM,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("order", "0022_order_language_address_divisions"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(add_vietnam, migrations.RunPython.noop)]
