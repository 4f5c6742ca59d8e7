"""The demo's help requests: where each one stands, who asks, and what is said on the way.

`PLAN` lists the requests by the state they are left in; `SCENARIOS` spells out the steps that
lead there, which `pages.demo.help_requests` takes through the real services.

Names are invented, phone numbers are in the unused 040 000 2xxx range, e-mail addresses are
at the reserved `.example` domain and streets are the fictional town's own. Descriptions name
no illness or other health detail, as the intake form asks residents.
"""

# ruff: noqa: E501

from . import t

# How each kind of request gets where it is: steps, with the time that passes between them
# ("5h" five hours, "2d" two days).
HELPED = "3h accept 2h offer 5h take 2d"
SCENARIOS = {
    "triage": "",
    "question": "6h ask",
    "answered": "5h ask 1d answer",
    "matching": "4h accept",
    "expired": "3h accept 2h offer 2d expire",
    "offer": "4h accept 3h offer",
    "declined": "4h accept 2h offer 9h decline",
    "rematched": "2h accept 1h offer 6h decline 3h offer",
    "rematched_found": "2h accept 1h offer 6h decline 3h offer 4h take",
    "found": "3h accept 2h offer 5h take",
    "concern": f"{HELPED} report-concern",
    "to_close": f"{HELPED} report",
    "done": f"{HELPED} report 1d close",
    "done_feedback": f"{HELPED} report 1d close 2d feedback",
    "followed_up": f"{HELPED} report-concern 1d follow-up 2h close 3d feedback",
    "recurring": f"{HELPED} report 1d continue",
    "recurring_twice": f"{HELPED} report 1d continue 7d report 5h continue",
    "referred": "6h refer",
    "spam": "2h spam",
    "cancelled_early": "5h cancel",
    "cancelled_matching": "4h accept 1d cancel",
    "cancelled_found": "3h accept 2h offer 5h take 1d cancel",
}
# (scenario, how long each of its requests has waited since its last step[:options]).
# Options: phone (taken by phone), demo (offered to the demo `volunteer` login),
# end_of_life (that kind of help), returning (a resident helped before asks again).
PLAN = [
    ("triage", "2h 5h:phone 9h"),
    ("triage", "30h:phone 52h 4d"),  # stalled: waiting longer than a day
    ("question", "1d 2d 4d"),
    ("answered", "3h 20h"),
    ("matching", "1d:phone 2d:returning 3d:end_of_life"),
    ("expired", "5h"),
    ("offer", "2h:demo 6h 20h:phone 30h"),
    ("declined", "3h 1d"),
    ("rematched", "4h"),
    ("rematched_found", "1d 2d:phone"),
    ("found", "1d:demo 2d 3d:end_of_life 12h:phone 4d"),
    ("concern", "5h 1d:phone 3d"),
    ("to_close", "3h 8h 1d"),
    ("done_feedback", "5d:demo 11d 15d:phone 19d 25d:end_of_life 30d 41d 52d"),
    ("done", "3d 8d:phone 22d 58d"),
    ("followed_up", "13d 33d:phone"),
    ("recurring", "1d 2d"),
    ("recurring_twice", "3d"),
    ("referred", "6d 17d:phone 44d"),
    ("spam", "9d 27d"),
    ("cancelled_early", "2d"),
    ("cancelled_matching", "12d"),
    ("cancelled_found", "20d:phone"),
]

# (first name, last name) of the people who need help; the first for Finnish speakers.
FINNISH_RESIDENTS = [
    ("Aune", "Korhonen"),
    ("Kalevi", "Hakala"),
    ("Eila", "Kettunen"),
    ("Martti", "Lehtinen"),
    ("Sirkka", "Mustonen"),
    ("Toivo", "Pesonen"),
    ("Raili", "Rantanen"),
    ("Oiva", "Savolainen"),
    ("Helvi", "Tuominen"),
    ("Reino", "Väisänen"),
    ("Terttu", "Ahonen"),
    ("Unto", "Kiiskinen"),
    ("Lahja", "Partanen"),
    ("Vieno", "Huttunen"),
]
SWEDISH_RESIDENTS = [
    ("Gunnel", "Westerlund"),
    ("Ragnar", "Lindholm"),
    ("Solveig", "Åberg"),
    ("Bertil", "Sundqvist"),
    ("Margit", "Forsman"),
    ("Holger", "Granqvist"),
    ("Astrid", "Ekholm"),
    ("Sigvard", "Strandberg"),
]
# First names of relatives who ask on someone's behalf (they share the last name).
FINNISH_RELATIVES = ["Mari", "Jukka", "Sanna", "Petri", "Tiina", "Antti"]
SWEDISH_RELATIVES = ["Camilla", "Mats", "Annika", "Jonas"]
# Neighbours and friends who ask for someone (a last name of their own).
FINNISH_NEIGHBOURS = [("Pirjo", "Laakso"), ("Hannu", "Oksanen"), ("Merja", "Vainio")]
SWEDISH_NEIGHBOURS = [("Karin", "Blomqvist"), ("Stefan", "Nylund")]

# Two streets in each area, by the area's key; addresses are "street number".
STREETS = {
    "keskusta": [t("Kauppakatu", "Handelsgatan"), t("Raatihuoneenkatu", "Rådhusgatan")],
    "satamanranta": [t("Satamakatu", "Hamngatan"), t("Luotsikuja", "Lotsgränden")],
    "koivumaki": [t("Koivumäentie", "Björkbackavägen"), t("Pihlajapolku", "Rönnstigen")],
    "kirkonkyla": [t("Kirkkotie", "Kyrkvägen"), t("Pappilantie", "Prästgårdsvägen")],
    "niittyla": [t("Niittykuja", "Ängsgränden"), t("Apilatie", "Klövervägen")],
    "saaristo": [t("Lossitie", "Färjvägen"), t("Kalliosaarentie", "Bergholmsvägen")],
}

# What is asked for, by kind of help (the taxonomy's keys); a few ways to say it each.
DESCRIPTIONS = {
    "errands": [
        t(
            "Ruokaostokset lähikaupasta kerran viikossa. Ostoslista on valmiina ja maksu sovitaan puhelimessa.",
            "Matinköp från närbutiken en gång i veckan. Inköpslistan är klar och betalningen kommer vi överens om per telefon.",
        ),
        t(
            "Valmiiksi maksetun tilauksen nouto apteekista ja kotiin tuominen.",
            "Att hämta en färdigt betald beställning från apoteket och komma med den hem.",
        ),
        t(
            "Kauppakassi ja postin nouto, kun liukkailla keleillä ei pääse itse ulos.",
            "Matkassen och posten, när det är så halt att man inte själv kommer ut.",
        ),
        t(
            "Kaupassa käynti ja painavat ostokset (maito, perunat) kotiin kolmanteen kerrokseen.",
            "Ett besök i butiken och de tunga varorna (mjölk, potatis) hem till tredje våningen.",
        ),
    ],
    "accompaniment": [
        t(
            "Saattaja vastaanotolle hyvinvointikeskukseen ja takaisin kotiin. Taksi on tilattu.",
            "Ledsagare till en mottagning på välfärdscentralen och tillbaka hem. Taxin är beställd.",
        ),
        t(
            "Seuraksi pankkiin ja kaupungintalolle hoitamaan paperiasioita.",
            "Sällskap till banken och stadshuset för att sköta pappersärenden.",
        ),
        t(
            "Seuraksi kirjastoon ja kahville; yksin liikkuminen jännittää.",
            "Sällskap till biblioteket och på kaffe; att röra sig ensam känns otryggt.",
        ),
    ],
    "calls": [
        t(
            "Asuu yksin ja ilahtuisi, jos joku soittaisi kerran viikossa ja kysyisi kuulumisia.",
            "Bor ensam och skulle bli glad om någon ringde en gång i veckan och frågade hur det står till.",
        ),
        t(
            "Toivon puhelinystävää, jonka kanssa jutella iltapäivisin.",
            "Jag önskar en telefonvän att prata med på eftermiddagarna.",
        ),
    ],
    "visits": [
        t(
            "Ulkoiluseuraa kerran viikossa, lyhyt kävely kotikulmilla.",
            "Sällskap på en promenad en gång i veckan, en kort runda i kvarteret.",
        ),
        t(
            "Juttuseuraa ja kahvittelua; lapset asuvat kaukana.",
            "Sällskap och en kopp kaffe; barnen bor långt borta.",
        ),
    ],
    "end_of_life": [
        t(
            "Toivomme läsnäoloa ja seuraa isälle kotiin iltaisin, jotta äiti pääsee lepäämään.",
            "Vi önskar någon som sitter hos pappa hemma på kvällarna, så att mamma får vila.",
        ),
        t(
            "Äiti toivoo jonkun lukevan hänelle ääneen ja olevan seurana muutaman tunnin viikossa.",
            "Mamma önskar någon som läser högt för henne och håller henne sällskap några timmar i veckan.",
        ),
    ],
}
WEEKLY_SHOPPING = t(
    "Viikoittaiset ruokaostokset torstaisin, mieluiten aina saman vapaaehtoisen kanssa.",
    "Veckans matinköp på torsdagar, helst alltid med samma frivilliga.",
)
# Needs that belong to professionals: the description and the referral shown to the resident.
REFERRALS = [
    (
        t(
            "Tarvitsisin apua lääkkeiden jakamisessa dosettiin joka viikko.",
            "Jag skulle behöva hjälp med att dela upp mina mediciner i dosett varje vecka.",
        ),
        t(
            "Lääkkeiden jakaminen kuuluu kotihoidolle, ei vapaaehtoisille. Soita kotihoidon palveluohjaukseen, puh. 040 000 0200 (ma–pe klo 9–12).",
            "Att dela upp mediciner hör till hemvården, inte till frivilliga. Ring hemvårdens servicehandledning, tfn 040 000 0200 (mån–fre kl. 9–12).",
        ),
    ),
    (
        t(
            "Äiti tarvitsee apua peseytymisessä kaksi kertaa viikossa.",
            "Mamma behöver hjälp att tvätta sig två gånger i veckan.",
        ),
        t(
            "Peseytymisapu kuuluu kotihoidolle. Palveluohjaus arvioi tarpeen: puh. 040 000 0200 (ma–pe klo 9–12).",
            "Hjälp med att tvätta sig hör till hemvården. Servicehandledningen bedömer behovet: tfn 040 000 0200 (mån–fre kl. 9–12).",
        ),
    ),
    (
        t(
            "Tarvitsen apua toimeentulotukihakemuksen täyttämisessä ja vuokrarästien kanssa.",
            "Jag behöver hjälp med att fylla i en ansökan om utkomststöd och med hyresskulder.",
        ),
        t(
            "Näissä auttaa sosiaaliohjaus maksutta ja luottamuksellisesti: puh. 040 000 0300 (ma–pe klo 9–15).",
            "Socialhandledningen hjälper med detta gratis och konfidentiellt: tfn 040 000 0300 (mån–fre kl. 9–15).",
        ),
    ),
]
SPAM = [
    (
        "Pikavoitto Oy",
        "tarjous@kampanja.example",
        "Voitit älypuhelimen! Lunasta palkintosi heti linkistä.",
    ),
    ("Best Loans", "offers@loans.example", "Cheap loans fast, no questions asked. Reply now!"),
]

# The coordinator's question, and the resident's answer.
QUESTIONS = [
    t("Mihin aikaan päivästä apu sopisi parhaiten?", "Vilken tid på dagen passar hjälpen bäst?"),
    t(
        "Onko ostoslista jo valmiina, vai tarvitaanko apua myös sen tekemiseen?",
        "Är inköpslistan redan klar, eller behövs det hjälp också med den?",
    ),
    t(
        "Pääseekö taloon ilman ovikoodia, vai kerrotteko sen vapaaehtoiselle?",
        "Kommer man in i huset utan portkod, eller berättar ni den för den frivilliga?",
    ),
]
ANSWERS = [
    t(
        "Aamupäivä sopii parhaiten, kello kymmenen jälkeen.",
        "Förmiddagen passar bäst, efter klockan tio.",
    ),
    t("Lista on valmiina keittiön pöydällä.", "Listan ligger klar på köksbordet."),
]
# Notes a coordinator keeps of a phone call (never shown to the resident or volunteers).
PHONE_NOTES = [
    t(
        "Soittaja toivoo, että vapaaehtoinen soittaa ennen tuloa.",
        "Den som ringde önskar att den frivilliga ringer innan hen kommer.",
    ),
    t(
        "Ovikoodi kerrotaan vapaaehtoiselle puhelimessa.",
        "Portkoden berättas för den frivilliga per telefon.",
    ),
    t("Ei sähköpostia; yhteys aina puhelimella.", "Ingen e-post; kontakt alltid per telefon."),
]
OFFER_NOTES = [
    t("Soita ennen kuin lähdet, niin ovi avataan.", "Ring innan du åker, så öppnas dörren."),
    t("", ""),
    t("Kauppa on aivan talon vieressä.", "Butiken ligger alldeles bredvid huset."),
]

# The volunteer's report: notes for the coordinator, and the concerns some visits raise.
REPORT_NOTES = [
    t("Kaikki sujui hyvin, kiitti kovasti.", "Allt gick bra, hen tackade så mycket."),
    t("", ""),
    t(
        "Sovimme, että soitan ensi viikolla uudestaan.",
        "Vi kom överens om att jag ringer igen nästa vecka.",
    ),
    t("Kauppa oli ruuhkainen, mutta kaikki löytyi.", "Det var trångt i butiken, men allt fanns."),
]
CONCERNS = [
    t(
        "Vaikutti tavallista väsyneemmältä ja jääkaappi oli lähes tyhjä.",
        "Verkade tröttare än vanligt och kylskåpet var nästan tomt.",
    ),
    t(
        "Kertoi kaatuneensa pihalla viime viikolla eikä ole kertonut siitä kenellekään.",
        "Berättade att hen föll på gården förra veckan och inte har berättat det för någon.",
    ),
    t(
        "Vaikutti hyvin yksinäiseltä ja toivoi, että joku kävisi useammin.",
        "Verkade mycket ensam och önskade att någon kom oftare.",
    ),
]
CONCERNS_HANDLED = [
    t(
        "Soitin omaiselle ja kotihoidon palveluohjaukseen; arviointikäynti on sovittu.",
        "Jag ringde en anhörig och hemvårdens servicehandledning; ett bedömningsbesök är bokat.",
    ),
    t(
        "Keskustelin asukkaan kanssa ja ohjasin hänet ystävätoimintaan.",
        "Jag pratade med invånaren och hänvisade hen till vänverksamheten.",
    ),
]
# The resident's feedback: (answer, comment).
FEEDBACK = [
    (
        "yes",
        t(
            "Kiitos avusta, se tuli juuri oikeaan aikaan!",
            "Tack för hjälpen, den kom precis i rätt tid!",
        ),
    ),
    ("yes", t("", "")),
    (
        "yes",
        t(
            "Mukava vapaaehtoinen, toivottavasti sama ensi kerralla.",
            "En trevlig frivillig, förhoppningsvis samma nästa gång.",
        ),
    ),
    (
        "partly",
        t(
            "Apu tuli, mutta vasta toisella yrityksellä.",
            "Hjälpen kom, men först vid andra försöket.",
        ),
    ),
    ("yes", t("Kiitos!", "Tack!")),
    ("no", t("Vapaaehtoinen ei löytänyt perille.", "Den frivilliga hittade inte fram.")),
]
