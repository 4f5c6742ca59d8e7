"""Editors, who write the gathering pages, add and change their sessions in the admin too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")


def grant(apps, schema_editor):
    # Permissions are made after all migrations run; make this app's now, to grant them.
    app_config = apps.get_app_config("training")
    app_config.models_module = True  # migrations hand a stub without one
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="training",
            codename__in=[f"{action}_session" for action in ACTIONS],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
