"""The seam between the processes and the editors' content, declared in one place.

The processes stand below the content app (`pages`) and never import it: import-linter holds
that (pyproject.toml). What they do need of the content is named here, once, by app label and
model name, and checked when the project starts (`manage.py check`, talkoo.E001), so that a
page type renamed in `pages` fails loudly instead of quietly leaving a chooser or a list empty:

- the municipality's settings, a Wagtail site setting editors keep (`workflows.municipality`
  reads them: whom residents call, the privacy notice a person agrees to);
- an organisation's profile page, which a volunteer may volunteer through;
- a gathering page, to which a training session belongs, and its kind "recreation", to which a
  thank-you may invite.

The foreign keys that point at content point at Wagtail's `Page` (or a site setting) and are
narrowed to the page type named here.
"""

from django.apps import apps
from django.core import checks

from wagtail.models import Page

CONTENT_APP = "pages"
MUNICIPALITY_SETTINGS = "MunicipalitySettings"
ORGANISATION_PAGE = "OrganisationPage"
GATHERING_PAGE = "GatheringPage"
# A gathering page's `kind` for recreation: what a thank-you may invite the volunteer to.
RECREATION = "recreation"


def model(name):
    """The content app's model `name` (one of the names above)."""
    return apps.get_model(CONTENT_APP, name)


def chooser_target(name):
    """`app_label.ModelName` of a page type, as Wagtail's page chooser takes it."""
    return f"{CONTENT_APP}.{name}"


def of_page_type(name, prefix=""):
    """Lookups that narrow a query of pages (through `prefix`, e.g. "gathering__") to the page
    type `name`."""
    return {
        f"{prefix}content_type__app_label": CONTENT_APP,
        f"{prefix}content_type__model": name.lower(),
    }


@checks.register()
def check_content_seam(app_configs=None, **kwargs):
    """Every name above is still a model of the content app, the pages are pages, and the
    gathering kinds still include recreation."""
    errors = []
    for name, is_page in (
        (MUNICIPALITY_SETTINGS, False),
        (ORGANISATION_PAGE, True),
        (GATHERING_PAGE, True),
    ):
        try:
            found = model(name)
        except LookupError:
            found = None
        if found is None or (is_page and not issubclass(found, Page)):
            errors.append(
                checks.Error(
                    f"The processes refer to {CONTENT_APP}.{name}, which is not there.",
                    hint="Rename it in workflows/content.py too.",
                    obj="workflows.content",
                    id="talkoo.E001",
                )
            )
    if not errors:
        kinds = dict(model(GATHERING_PAGE)._meta.get_field("kind").choices)
        if RECREATION not in kinds:
            errors.append(
                checks.Error(
                    f"The gathering pages have no kind {RECREATION!r} any more.",
                    hint="Rename it in workflows/content.py too.",
                    obj="workflows.content",
                    id="talkoo.E001",
                )
            )
    return errors
