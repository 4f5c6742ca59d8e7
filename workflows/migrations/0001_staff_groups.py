"""The groups every municipality's staff and volunteers belong to.

Each process adds the permissions its group needs in its own migration.
"""

from django.db import migrations

GROUPS = ("Coordinators", "Volunteers")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
