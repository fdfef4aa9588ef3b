import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("catalogue", "0001_initial"),
        ("search", "0001_product_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexedWord",
            fields=[
                ("id", models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(db_index=True, max_length=40)),
                ("product", models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="catalogue.product")),
            ],
            options={
                "indexes": [models.Index(fields=["word", "product"], name="search_word_prefix")],
                "constraints": [models.UniqueConstraint(fields=("product", "word"), name="search_word_once_per_product")],
            },
        ),
    ]
