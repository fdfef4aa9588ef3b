"""Creates the back-office roles (see ``backoffice/roles.py`` and the README).

Permissions normally appear only after migrate finishes, so they are made
here first for every app; the post_migrate receiver keeps them current.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from backoffice.roles import ensure_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("catalogue", "0034_certificate_stars_3_5"),
        ("partner", "0008_partner_commune_code_partner_commune_text_and_more"),
        ("outlets", "0003_outlet_photos"),
        ("traceability", "0002_consumer_report"),
        ("order", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
