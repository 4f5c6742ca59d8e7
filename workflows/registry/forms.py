"""The volunteer sign-up form: who you are, what help you offer, where and when, and consent."""

import uuid

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import Area, Consent, KindOfHelp, Volunteer, term_names

# A single checkbox reads best with its box first and its label beside it.
CHECKBOX = "registry/forms/checkbox_field.html"


class VolunteerDetailsForm(forms.Form):
    """What a volunteer tells about themselves: on signing up, and later in My volunteering."""

    SECTIONS = (
        (_("About you"), ("first_name", "last_name", "phone", "preferred_language")),
        (
            _("How you could help"),
            (
                "kinds_of_help",
                "areas",
                "availability",
                "availability_notes",
                "languages",
                "other_languages",
                "can_work_with_children",
            ),
        ),
        (_("Your consent"), ("contact_sharing_consent",)),
    )

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Which language should we use with you?"), choices=Volunteer.Language.choices
    )
    kinds_of_help = forms.TypedMultipleChoiceField(
        label=_("What kind of help could you give?"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )
    areas = forms.TypedMultipleChoiceField(
        label=_("Where could you help?"), coerce=int, widget=forms.CheckboxSelectMultiple
    )
    availability = forms.MultipleChoiceField(
        label=_("When could you help?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[
            ("weekdays", _("weekdays")),
            ("evenings", _("evenings")),
            ("weekends", _("weekends")),
        ],
    )
    availability_notes = forms.CharField(
        label=_("Anything else about when you could help"), max_length=200, required=False
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=Volunteer.Language.choices,
    )
    other_languages = forms.CharField(
        label=_("Other languages you speak"), max_length=200, required=False
    )
    can_work_with_children = forms.BooleanField(
        template_name=CHECKBOX,
        label=_("I am willing to work with children"),
        required=False,
        help_text=_("Such tasks need a criminal record extract to be sighted first."),
    )
    contact_sharing_consent = forms.BooleanField(
        template_name=CHECKBOX,
        label=_("My contact details may be given to the organisations of the volunteer network"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["kinds_of_help"].choices = list(term_names(KindOfHelp).items())
        self.fields["areas"].choices = list(term_names(Area).items())

    @classmethod
    def initial_for(cls, volunteer):
        """The form's initial values from `volunteer` as stored."""
        user = volunteer.user
        availability = ("weekdays", "evenings", "weekends")
        spoken = {"fi": volunteer.speaks_finnish, "sv": volunteer.speaks_swedish}
        spoken["en"] = volunteer.speaks_english
        return {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "phone": volunteer.phone,
            "preferred_language": volunteer.preferred_language,
            "kinds_of_help": [term.pk for term in volunteer.kinds_of_help.all()],
            "areas": [term.pk for term in volunteer.areas.all()],
            "availability": [a for a in availability if getattr(volunteer, f"available_{a}")],
            "availability_notes": volunteer.availability_notes,
            "languages": [code for code, speaks in spoken.items() if speaks],
            "other_languages": volunteer.other_languages,
            "can_work_with_children": volunteer.can_work_with_children,
            "contact_sharing_consent": volunteer.consents.filter(
                purpose=Consent.Purpose.CONTACT_SHARING, withdrawn_at__isnull=True
            ).exists(),
        }

    def sections(self):
        """(heading, bound fields) for each part of the form."""
        return [(heading, [self[name] for name in names]) for heading, names in self.SECTIONS]


class VolunteerSignUpForm(VolunteerDetailsForm):
    """Signing up: the details, an account to log in with, and consent to the privacy notice."""

    SECTIONS = (
        (
            _("About you"),
            ("first_name", "last_name", "email", "phone", "password", "preferred_language"),
        ),
        VolunteerDetailsForm.SECTIONS[1],
        (_("Your consent"), ("privacy_consent", "contact_sharing_consent")),
    )

    # Makes a double-submitted form create one volunteer (see services.sign_up).
    token = forms.UUIDField(widget=forms.HiddenInput)
    # The address is the account's user name, whose column holds 150 characters.
    email = forms.EmailField(
        label=_("E-mail"), max_length=150, help_text=_("You log in with your e-mail address.")
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not only numbers."),
    )
    privacy_consent = forms.BooleanField(
        template_name=CHECKBOX,
        label=_("I have read the privacy notice and agree that my data is processed as it says"),
        error_messages={"required": _("We can only take you on when you agree to this.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())
            self.initial.setdefault("preferred_language", get_language())

    def clean_email(self):
        # Whether the address has an account is not told here (services.sign_up mails it).
        return get_user_model().objects.normalize_email(self.cleaned_data["email"]).lower()

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            user = get_user_model()(
                username=cleaned.get("email", ""),
                email=cleaned.get("email", ""),
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password, user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned
