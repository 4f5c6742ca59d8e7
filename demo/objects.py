"""The demo's translatable objects as the Finnish data files describe them.

The builder saves these and translates them from `content/sv/*.po`; `seed_demo --export-po`
extracts their segments, unsaved, to write those catalogues. Both read the same plan, so a
catalogue always matches what is built.
"""

import datetime
import uuid

from demo.data import load
from pages.models import (
    ContentPage,
    GatheringIndexPage,
    GatheringPage,
    HelpRequestPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OrganisationIndexPage,
    OrganisationPage,
    SearchPage,
    VolunteeringModelPage,
    VolunteerSignUpPage,
)
from workflows.registry.models import (
    ActivityType,
    Area,
    KindOfHelp,
    LifeStageNetwork,
    Training,
    VolunteerAgreement,
)

# (key in taxonomy.yaml, model), in the order they are built.
TAXONOMIES = (
    ("networks", LifeStageNetwork),
    ("areas", Area),
    ("activities", ActivityType),
    ("kinds_of_help", KindOfHelp),
    ("trainings", Training),
)
# What is the same in every language: a training's or a kind of help's flags.
TERM_FLAGS = ("orientation", "valid_for_years", "residents_can_ask")
BLOCK_ID_NAMESPACE = uuid.UUID("3f0b8f1e-6a0e-4b57-9a43-2f1d7c6c1a10")
ORGANISATION_TEXTS = (
    "languages_served",
    "street_address",
    "town",
    "accessibility_notes",
    "volunteer_needs",
    "contact_person",
    "email",
    "phone",
    "postal_code",
    "website",
    "looking_for_volunteers",
)


def taxonomy_terms():
    """[(data file, model, term's data)] in the order they are built."""
    terms = load("taxonomy")
    return [("taxonomy", model, data) for key, model in TAXONOMIES for data in terms[key]]


def term(model, data, order, locale):
    fields = {name: data[name] for name in ("slug", "name", "description")}
    flags = {name: data[name] for name in TERM_FLAGS if name in data}
    return model(locale=locale, sort_order=order, **flags, **fields)


def agreement(**fields):
    """The volunteer agreement of `agreement.yaml`, unsaved."""
    data = load("agreement")
    return VolunteerAgreement(
        version=data["version"],
        in_force_from=datetime.date.fromisoformat(data["in_force_from"]),
        text=data["text"],
        **fields,
    )


def pages():
    """[(data file, key, model, parent's key, data)] in tree order, parents first."""
    content, legal, gatherings = load("pages"), load("legal"), load("gatherings")
    plan = [("pages", "home", HomePage, None, content["home"])]
    for name, key, model, data in (
        ("pages", "volunteering_model", VolunteeringModelPage, content["volunteering_model"]),
        ("pages", "organisations", OrganisationIndexPage, content["organisations"]),
        ("pages", "news", NewsIndexPage, content["news"]),
        ("gatherings", "gatherings", GatheringIndexPage, gatherings["index"]),
        ("legal", "accessibility_statement", ContentPage, legal["accessibility_statement"]),
        ("legal", "privacy_notice", ContentPage, legal["privacy_notice"]),
        ("pages", "search", SearchPage, content["search"]),
        ("pages", "help_request", HelpRequestPage, content["help_request"]),
        ("pages", "sign_up", VolunteerSignUpPage, content["sign_up"]),
    ):
        plan.append((name, key, model, "home", data))
    for name in ("organisations", "organisations_more"):
        plan += [(name, d["slug"], OrganisationPage, "organisations", d) for d in load(name)]
    plan += [("news", d["slug"], NewsPage, "news", d) for d in load("news")]
    plan += [
        ("gatherings", d["slug"], GatheringPage, "gatherings", d) for d in gatherings["gatherings"]
    ]
    return plan


def page(model, data, page_ids):
    """An unsaved Finnish page of `model` from its data; `page_ids` maps the keys of pages
    linked to, built before it, to their ids (a link to a page not built yet is left empty)."""
    name = "home" if model is HomePage else data["slug"]
    fields = {"slug": data["slug"], "title": data["title"], "intro": data.get("intro", "")}
    fields["body"] = stream(f"{name}/body", blocks(data.get("body", [])), page_ids)
    if model is VolunteeringModelPage:
        for field, block in (("principles", "principle"), ("roles", "role"), ("mediation", "step")):
            items = [(block, item) for item in data[field]]
            fields[field] = stream(f"{name}/{field}", items, page_ids)
        fields["how_to_join"] = data["how_to_join"]
    if model is VolunteerSignUpPage:
        fields["thank_you"] = data["thank_you"]
    if model is GatheringPage:
        for field in ("kind", "audience", "accessibility"):
            fields[field] = data[field]
    if model is NewsPage:
        fields["date"] = data["date"]
    if model is OrganisationPage:
        fields.update({field: data[field] for field in ORGANISATION_TEXTS})
        places = [("place", place) for place in data["meeting_places"]]
        fields["meeting_places"] = stream(f"{name}/meeting_places", places, page_ids)
    return model(**fields)


def blocks(body):
    """A body in the data files is a list of {block type: value}."""
    return [next(iter(block.items())) for block in body]


def stream(name, blocks, page_ids):
    """StreamField data for `blocks`, with ids that are the same every time (and so in every
    language: a block's id is its segments' context in the Swedish catalogue)."""
    return [
        {
            "type": block_type,
            "value": _value(value, page_ids),
            "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{name}/{index}")),
        }
        for index, (block_type, value) in enumerate(blocks)
    ]


def _value(value, page_ids):
    if isinstance(value, dict):
        return {
            key: page_ids.get(item) if key == "page" else _value(item, page_ids)
            for key, item in value.items()
        }
    return value
