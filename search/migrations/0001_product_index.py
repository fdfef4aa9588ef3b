import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("catalogue", "0001_initial"),
        ("partner", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexedProduct",
            fields=[
                ("product", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name="+", serialize=False, to="catalogue.product")),
                ("title", models.TextField(blank=True)),
                ("producer", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("stars", models.PositiveSmallIntegerField(db_index=True, null=True)),
                ("group", models.CharField(blank=True, db_index=True, max_length=32)),
                ("province", models.CharField(blank=True, db_index=True, max_length=2)),
                ("producer_type", models.CharField(blank=True, max_length=8)),
                ("price", models.DecimalField(decimal_places=2, max_digits=12, null=True)),
                ("price_band", models.PositiveSmallIntegerField(default=0)),
                ("date_created", models.DateTimeField(null=True)),
                ("producer_ref", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="partner.partner")),
            ],
        ),
    ]
