"""The fictional municipality and its coordinators' contact details."""

from . import t

MUNICIPALITY = {
    "name": t("Koivurannan kaupunki", "Björkstrands stad"),
    "phone": "040 000 0100",
    "opening_hours": t("ma–pe klo 9–15", "mån–fre kl. 9–15"),
    "email": "vapaaehtoistoiminta@koivuranta.example",
}
