"""StreamField blocks. `BodyBlock` is the one body stream every page type shares."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class CallToActionBlock(blocks.StructBlock):
    """A highlighted link to the next step (ask for help, become a volunteer, …)."""

    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"))
    link_text = blocks.CharBlock(label=_("Link text"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "pages/blocks/call_to_action.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), icon="title", template="pages/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"), template="pages/blocks/image.html")
    quote = blocks.BlockQuoteBlock(label=_("Quote"))
    call_to_action = CallToActionBlock()


class PrincipleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Principle"))
    text = blocks.TextBlock(label=_("Explanation"))

    class Meta:
        icon = "pick"
        label = _("Principle")


class RoleBlock(blocks.StructBlock):
    """One of the roles in the volunteer network and what it does."""

    role = blocks.ChoiceBlock(
        label=_("Role"),
        choices=[
            ("working_group", _("Working group")),
            ("coordinators", _("Coordinators")),
            ("organisations", _("Organisations")),
            ("volunteers", _("Volunteers")),
            ("other", _("Other")),
        ],
    )
    title = blocks.CharBlock(label=_("Title"))
    description = blocks.RichTextBlock(label=_("Description"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "group"
        label = _("Role")


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.TextBlock(label=_("What happens"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class MeetingPlaceBlock(blocks.StructBlock):
    """A place where an organisation meets, with what a visitor with a disability needs to know."""

    name = blocks.CharBlock(label=_("Name"))
    address = blocks.CharBlock(label=_("Address"))
    accessibility = blocks.TextBlock(label=_("Accessibility"), required=False)

    class Meta:
        icon = "site"
        label = _("Meeting place")
