"""Fictional local organisations and parish groups. The second half of the list lives in
`organisations_more.py`; `ORGANISATIONS` here is the whole list."""

# ruff: noqa: E501

from . import t
from .organisations_more import MORE_ORGANISATIONS

KOIVURANTA = t("Koivuranta", "Björkstrand")

ORGANISATIONS = [
    {
        "slug": t("koivurannan-elakkeensaajat", "bjorkstrands-pensionarer"),
        "title": t("Koivurannan Eläkkeensaajat ry", "Björkstrands pensionärer rf"),
        "intro": t(
            "Eläkeläisten yhdistys, joka järjestää kerhoja, retkiä ja liikuntaa ja pitää ikääntyneiden puolta kaupungin päätöksenteossa.",
            "En pensionärsförening som ordnar klubbar, utfärder och motion och driver de äldres sak i stadens beslutsfattande.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Koivurannan Eläkkeensaajat on perustettu vuonna 1968, ja siinä on noin 450 jäsentä. Kokoonnumme joka tiistai Torikadun kerhohuoneella. Ohjelmassa on tuolijumppaa, esitelmiä, laulua ja kahvia. Kesällä teemme päiväretkiä lähiseudulle.</p><p>Yhdistyksen edustaja istuu kaupungin vanhusneuvostossa, ja annamme lausuntoja esimerkiksi joukkoliikenteestä ja kotihoidosta. Jäsenemme ovat olleet mukana syksyn Mitä kuuluu? -soitoissa alusta asti.</p>",
                    "<p>Björkstrands pensionärer grundades 1968 och har cirka 450 medlemmar. Vi träffas varje tisdag i klubbrummet på Torggatan. På programmet står stolgymnastik, föredrag, sång och kaffe. På sommaren gör vi dagsutfärder i närområdet.</p><p>Föreningens representant sitter i stadens äldreråd, och vi ger utlåtanden till exempel om kollektivtrafiken och hemvården. Våra medlemmar har varit med i höstens Hur mår du?-samtal ända från början.</p>",
                ),
            )
        ],
        "networks": ["seniors"],
        "areas": ["keskusta", "koivumaki"],
        "activities": ["clubs", "events", "advocacy"],
        "languages_served": t("suomi", "finska"),
        "contact_person": "Tuula Mäkelä",
        "email": "info@elakkeensaajat-koivuranta.example",
        "phone": "040 000 0111",
        "street_address": t("Torikatu 6", "Torggatan 6"),
        "postal_code": "12340",
        "town": KOIVURANTA,
        "website": "https://elakkeensaajat-koivuranta.example/",
        "meeting_places": [
            {
                "name": t("Kerhohuone Torikatu", "Klubbrummet på Torggatan"),
                "address": t("Torikatu 6, 12340 Koivuranta", "Torggatan 6, 12340 Björkstrand"),
                "accessibility": t(
                    "Esteetön sisäänkäynti pihan puolelta ja hissi toiseen kerrokseen. Salissa on induktiosilmukka.",
                    "Tillgänglig ingång från gården och hiss till andra våningen. I salen finns en induktionsslinga.",
                ),
            }
        ],
        "accessibility_notes": t(
            "Kerhoissa on aina istumapaikkoja, ja taukoja pidetään tarpeen mukaan. Kerro etukäteen, jos tarvitset apua.",
            "På klubbarna finns alltid sittplatser, och vi tar pauser vid behov. Berätta på förhand om du behöver hjälp.",
        ),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme tuolijumpan ohjaajaa ja kuljettajia kesän retkille.",
            "Vi söker en ledare för stolgymnastiken och chaufförer till sommarens utfärder.",
        ),
    },
    {
        "slug": t("koivurannan-perheyhdistys", "bjorkstrands-familjeforening"),
        "title": t("Koivurannan Perheyhdistys ry", "Björkstrands familjeförening rf"),
        "intro": t(
            "Lapsiperheiden yhdistys, joka pitää perhekahvilaa, järjestää vertaisryhmiä vanhemmille ja välittää varamummeja ja -vaareja.",
            "En förening för barnfamiljer som driver ett familjecafé, ordnar kamratgrupper för föräldrar och förmedlar extra mor- och farföräldrar.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Perhekahvila on avoinna maanantaisin ja torstaisin klo 9.30–12 Niittylän asukastalolla. Kahvilaan voi tulla vauvan tai leikki-ikäisen kanssa ilman ilmoittautumista. Vapaaehtoiset keittävät kahvit ja ohjaavat välillä laulu- ja leikkihetkiä.</p><p>Vertaisryhmissä tapaavat esimerkiksi ensimmäistä lastaan odottavat, kaksosten vanhemmat ja yksinhuoltajat. Varamummi- ja -vaaritoiminnassa vapaaehtoinen isovanhempi tapaa perhettä säännöllisesti. Lisäksi järjestämme joka toukokuu lasten tapahtuman Satamanrannassa.</p>",
                    "<p>Familjecaféet är öppet måndagar och torsdagar kl. 9.30–12 i invånarhuset i Ängsby. Du kan komma med en baby eller ett barn i lekåldern utan att anmäla dig. De frivilliga kokar kaffet och leder ibland sång- och lekstunder.</p><p>I kamratgrupperna träffas till exempel de som väntar sitt första barn, tvillingföräldrar och ensamstående föräldrar. I verksamheten med extra mor- och farföräldrar träffar en frivillig mor- eller farförälder en familj regelbundet. Dessutom ordnar vi varje maj ett barnevenemang vid Hamnstranden.</p>",
                ),
            )
        ],
        "networks": ["children", "families"],
        "areas": ["niittyla", "satamanranta"],
        "activities": ["peer_groups", "clubs", "events"],
        "languages_served": t("suomi, ruotsi, englanti", "finska, svenska, engelska"),
        "contact_person": "Sari Kivelä",
        "email": "info@perheyhdistys-koivuranta.example",
        "phone": "040 000 0112",
        "street_address": t("Niittytie 3", "Ängsvägen 3"),
        "postal_code": "12360",
        "town": KOIVURANTA,
        "website": "https://perheyhdistys-koivuranta.example/",
        "meeting_places": [
            {
                "name": t("Niittylän asukastalo", "Invånarhuset i Ängsby"),
                "address": t("Niittytie 3, 12360 Koivuranta", "Ängsvägen 3, 12360 Björkstrand"),
                "accessibility": t(
                    "Esteetön sisäänkäynti ja wc. Lastenvaunuille on katos ulko-oven vieressä.",
                    "Tillgänglig ingång och toalett. Vid ytterdörren finns ett skyddstak för barnvagnar.",
                ),
            }
        ],
        "accessibility_notes": t(
            "Kaikki perheet ovat tervetulleita. Kerro etukäteen, jos tarvitset tulkkausta.",
            "Alla familjer är välkomna. Berätta på förhand om du behöver tolkning.",
        ),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme varamummeja ja -vaareja sekä perhekahvilan vapaaehtoisia aamupäiviksi.",
            "Vi söker extra mor- och farföräldrar och frivilliga till familjecaféet på förmiddagarna.",
        ),
    },
    {
        "slug": t("seurakuntien-diakoniavapaaehtoiset", "diakonifrivilliga-i-forsamlingarna"),
        "title": t(
            "Koivurannan seurakuntien diakoniavapaaehtoiset",
            "Diakonifrivilliga i Björkstrands församlingar",
        ),
        "intro": t(
            "Suomen- ja ruotsinkielisen seurakunnan yhteinen ryhmä, joka tekee ystäväkäyntejä ja auttaa ruoka-avussa.",
            "En gemensam grupp för den finska och den svenska församlingen som gör vänbesök och hjälper till med mathjälpen.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Diakonian vapaaehtoiset tekevät ystäväkäyntejä kotona asuvien ikääntyneiden luona ja palvelutaloissa. He auttavat myös torstaisin jaettavassa ruoka-avussa ja seurakuntien yhteisillä diakonialounailla, joille kaikki ovat tervetulleita uskonnosta riippumatta.</p><p>Jokainen vapaaehtoinen saa perehdytyksen ja tapaa diakoniatyöntekijää säännöllisesti työnohjauksessa. Toiminnassa noudatetaan vaitiolovelvollisuutta. Voit olla mukana, vaikka et kuuluisi kirkkoon.</p>",
                    "<p>Diakonins frivilliga gör vänbesök hos äldre som bor hemma och på servicehus. De hjälper också till med mathjälpen som delas ut på torsdagar och vid församlingarnas gemensamma diakoniluncher, dit alla är välkomna oberoende av religion.</p><p>Varje frivillig får introduktion och träffar regelbundet en diakoniarbetare för handledning. Verksamheten följer tystnadsplikt. Du kan vara med även om du inte är medlem i kyrkan.</p>",
                ),
            )
        ],
        "networks": ["seniors", "working_age"],
        "areas": ["whole_town", "kirkonkyla"],
        "activities": ["service", "events"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Anneli Virtanen",
        "email": "diakonia@seurakunnat-koivuranta.example",
        "phone": "040 000 0113",
        "street_address": t("Kirkkotie 4", "Kyrkvägen 4"),
        "postal_code": "12370",
        "town": KOIVURANTA,
        "website": "https://seurakunnat-koivuranta.example/",
        "meeting_places": [
            {
                "name": t("Kirkonkylän seurakuntatalo", "Församlingshemmet i Kyrkbyn"),
                "address": t("Kirkkotie 4, 12370 Koivuranta", "Kyrkvägen 4, 12370 Björkstrand"),
                "accessibility": t(
                    "Luiska pääovelle ja esteetön wc alakerrassa. Liikkumisesteisten pysäköintipaikka oven vieressä.",
                    "Ramp till huvudingången och tillgänglig toalett i nedre våningen. Parkeringsplats för rörelsehindrade vid dörren.",
                ),
            }
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme ystävävapaaehtoisia erityisesti ruotsinkielisille ikääntyneille sekä auttajia ruoka-avun jakoon torstaisin.",
            "Vi söker vänfrivilliga särskilt för svenskspråkiga äldre och hjälpare till utdelningen av mathjälp på torsdagar.",
        ),
    },
    {
        "slug": t("koivurannan-vauhti-talkooryhma", "bjorkstrands-fart-talkogruppen"),
        "title": t("Koivurannan Vauhti ry:n talkooryhmä", "Björkstrands Fart rf – talkogruppen"),
        "intro": t(
            "Urheiluseuran vapaaehtoiset pyörittävät junioreiden harjoituksia, kioskia ja kisoja – ja pitävät kentän kunnossa.",
            "Idrottsföreningens frivilliga håller i juniorträningar, kiosken och tävlingar – och håller planen i skick.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Vauhti on yleisurheilu- ja jalkapalloseura, jossa harrastaa noin 300 lasta ja nuorta. Seura toimii vapaaehtoisten voimin: lasten vanhemmat ja seuran 15–19-vuotiaat nuoret ohjaavat harjoituksia, pitävät kioskia ja toimivat toimitsijoina Koivumäen kentällä.</p><p>Suurin ponnistus on kesäkuun Koivuranta Games -kisat, joihin tarvitaan joka vuosi noin 80 vapaaehtoista. Nuorille talkootyö on hyvä tapa saada ensimmäistä työkokemusta, ja seura antaa pyynnöstä todistuksen.</p>",
                    "<p>Fart är en förening för friidrott och fotboll där cirka 300 barn och unga tränar. Föreningen drivs av frivilliga: barnens föräldrar och föreningens unga i åldern 15–19 år leder träningar, sköter kiosken och är funktionärer på planen i Björkbacka.</p><p>Den största insatsen är tävlingarna Björkstrand Games i juni, där det varje år behövs cirka 80 frivilliga. För unga är talkoarbete ett bra sätt att få sin första arbetserfarenhet, och föreningen ger ett intyg på begäran.</p>",
                ),
            )
        ],
        "networks": ["children", "youth"],
        "areas": ["koivumaki"],
        "activities": ["events", "clubs"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Marko Heinonen",
        "email": "talkoot@vauhti.example",
        "phone": "040 000 0114",
        "street_address": t("Kenttätie 10", "Planvägen 10"),
        "postal_code": "12350",
        "town": KOIVURANTA,
        "website": "https://vauhti.example/",
        "meeting_places": [
            {
                "name": t("Koivumäen urheilukenttä", "Idrottsplanen i Björkbacka"),
                "address": t("Kenttätie 10, 12350 Koivuranta", "Planvägen 10, 12350 Björkstrand"),
                "accessibility": t(
                    "Katsomoon pääsee pyörätuolilla pääportin kautta. Esteetön wc on huoltorakennuksessa.",
                    "Till läktaren kommer man med rullstol genom huvudporten. Tillgänglig toalett finns i servicebyggnaden.",
                ),
            }
        ],
        "accessibility_notes": t(
            "Harjoituksiin ovat tervetulleita myös lapset, joilla on erityistarpeita. Kerro tarpeista valmentajalle etukäteen.",
            "Också barn med särskilda behov är välkomna på träningarna. Berätta om behoven för tränaren på förhand.",
        ),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Tarvitsemme toimitsijoita, kioskin myyjiä ja junioreiden apuvalmentajia. Toimitsijakoulutus järjestetään keväällä.",
            "Vi behöver funktionärer, kioskförsäljare och hjälptränare för juniorerna. Funktionärsutbildning ordnas på våren.",
        ),
    },
    {
        "slug": t("mielenterveysyhdistys-tuulikello", "foreningen-for-psykisk-halsa-vindspelet"),
        "title": t(
            "Mielenterveysyhdistys Tuulikello ry", "Föreningen för psykisk hälsa Vindspelet rf"
        ),
        "intro": t(
            "Vertaistukea ja yhteistä tekemistä ihmisille, joilla on mielenterveyden haasteita, ja heidän läheisilleen.",
            "Kamratstöd och gemensam verksamhet för personer med psykisk ohälsa och för deras närstående.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Tuulikellon olohuone keskustassa on avoinna arkisin klo 10–15. Sinne voi tulla juomaan kahvia, juttelemaan tai vain olemaan. Kävijät saavat itse ideoida ja ohjata toimintaa, kuten käsityöryhmää, kävelyporukkaa ja pelipäiviä.</p><p>Koulutetut vertaisohjaajat vetävät ryhmiä masennuksesta ja ahdistuksesta toipuville sekä omaisille. Yhdistys myös vaikuttaa: kerromme kaupungin ja hyvinvointialueen päättäjille, millaista tukea mielenterveyskuntoutujat tarvitsevat, ja järjestämme joka lokakuu avoimen keskustelutilaisuuden.</p>",
                    "<p>Vindspelets vardagsrum i centrum är öppet vardagar kl. 10–15. Dit kan du komma för att dricka kaffe, prata eller bara vara. Besökarna får själva hitta på och leda verksamhet, som en handarbetsgrupp, ett promenadgäng och speldagar.</p><p>Utbildade kamratledare leder grupper för personer som återhämtar sig från depression och ångest och för anhöriga. Föreningen påverkar också: vi berättar för beslutsfattarna i staden och välfärdsområdet vilket stöd personer som rehabiliteras efter psykisk ohälsa behöver, och varje oktober ordnar vi ett öppet diskussionsmöte.</p>",
                ),
            )
        ],
        "networks": ["working_age", "youth"],
        "areas": ["keskusta"],
        "activities": ["peer_groups", "advocacy", "clubs"],
        "languages_served": t("suomi, englanti", "finska, engelska"),
        "contact_person": "Jari Koskinen",
        "email": "olohuone@tuulikello.example",
        "phone": "040 000 0115",
        "street_address": t("Kauppakatu 14", "Handelsgatan 14"),
        "postal_code": "12340",
        "town": KOIVURANTA,
        "website": "https://tuulikello.example/",
        "meeting_places": [
            {
                "name": t("Tuulikellon olohuone", "Vindspelets vardagsrum"),
                "address": t(
                    "Kauppakatu 14, 12340 Koivuranta", "Handelsgatan 14, 12340 Björkstrand"
                ),
                "accessibility": t(
                    "Katutasossa, ei kynnyksiä. Esteetön wc ja hiljainen huone, johon voi vetäytyä.",
                    "I gatuplanet, inga trösklar. Tillgänglig toalett och ett tyst rum där man kan dra sig tillbaka.",
                ),
            }
        ],
        "accessibility_notes": t(
            "Toimintaan voi tulla nimettömänä, eikä kenenkään tarvitse kertoa diagnoosistaan.",
            "Du kan delta anonymt, och ingen behöver berätta om sin diagnos.",
        ),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme vertaisohjaajia, joilla on omaa kokemusta mielenterveyden haasteista. Koulutamme ohjaajat.",
            "Vi söker kamratledare med egen erfarenhet av psykisk ohälsa. Vi utbildar ledarna.",
        ),
    },
    {
        "slug": t("luotolan-kylayhdistys", "grundsby-byaforening"),
        "title": t("Luotolan kyläyhdistys ry", "Grundsby byaförening rf"),
        "intro": t(
            "Saariston kyläyhdistys, joka pitää kylätaloa, järjestää talkoita ja juhlia ja auttaa kyläläisiä arjessa.",
            "En byaförening i skärgården som sköter byahuset, ordnar talkon och fester och hjälper byborna i vardagen.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Luotolassa asuu ympäri vuoden noin 120 ihmistä, ja kesäisin asukkaita on moninkertaisesti. Kyläyhdistys ylläpitää vanhaa koulua kylätalona, järjestää juhannusjuhlan ja syksyn rantatalkoot sekä pitää huolta uimarannasta ja laiturista.</p><p>Naapuriapu on kylässä tärkeää, koska mantereelle on pitkä matka ja lossi kulkee vain kerran tunnissa. Kyläyhdistyksen vapaaehtoiset hoitavat ikääntyneiden kauppa- ja apteekkiasiointia keskustassa ja auttavat lumitöissä. Talvella kylätalolla on joka toinen keskiviikko yhteinen keittopäivä.</p>",
                    "<p>I Grundsby bor cirka 120 personer året runt, och på sommaren är invånarna många gånger fler. Byaföreningen sköter den gamla skolan som byahus, ordnar midsommarfest och strandtalko på hösten och tar hand om badstranden och bryggan.</p><p>Grannhjälpen är viktig i byn, eftersom det är långt till fastlandet och färjan bara går en gång i timmen. Byaföreningens frivilliga sköter inköps- och apoteksärenden i centrum åt äldre och hjälper till med snöskottningen. På vintern har byahuset gemensam soppdag varannan onsdag.</p>",
                ),
            )
        ],
        "networks": ["families", "seniors"],
        "areas": ["saaristo"],
        "activities": ["events", "service"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Johan Sjöberg",
        "email": "kylayhdistys@luotola.example",
        "phone": "040 000 0116",
        "street_address": t("Luotolantie 21", "Grundsbyvägen 21"),
        "postal_code": "12390",
        "town": KOIVURANTA,
        "website": "https://luotola.example/",
        "meeting_places": [
            {
                "name": t("Luotolan kylätalo (vanha koulu)", "Byahuset i Grundsby (gamla skolan)"),
                "address": t(
                    "Luotolantie 21, 12390 Koivuranta", "Grundsbyvägen 21, 12390 Björkstrand"
                ),
                "accessibility": t(
                    "Sisäänkäynnillä on kaksi porrasta, ja siirrettävä luiska on saatavilla. Wc ei ole esteetön.",
                    "Vid ingången finns två trappsteg, och en flyttbar ramp finns att tillgå. Toaletten är inte tillgänglig.",
                ),
            }
        ],
        "accessibility_notes": t(
            "Lossi on esteetön. Kerro etukäteen, jos tarvitset kyydin lossirannasta kylätalolle.",
            "Färjan är tillgänglig. Berätta på förhand om du behöver skjuts från färjfästet till byahuset.",
        ),
        "looking_for_volunteers": False,
        "volunteer_needs": t("", ""),
    },
    {
        "slug": t("bjorkstrands-svenska-kulturforening", "bjorkstrands-svenska-kulturforening"),
        "title": t(
            "Björkstrands svenska kulturförening rf", "Björkstrands svenska kulturförening rf"
        ),
        "intro": t(
            "Ruotsinkielinen kulttuuriyhdistys, joka järjestää lauluiltoja, teatteria ja kirjallisuuspiirin. Kaikki ovat tervetulleita kielitaidosta riippumatta.",
            "En svenskspråkig kulturförening som ordnar sångkvällar, teater och en litteraturcirkel. Alla är välkomna oberoende av språkkunskaper.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Kulturföreningen on perustettu vuonna 1921, ja se on yksi kaupungin vanhimmista yhdistyksistä. Yhdistyksessä toimivat kuoro, harrastajateatteri ja kirjallisuuspiiri, ja joka joulukuu se järjestää Lucia-juhlan Kirkonkylän kirkossa.</p><p>Toiminta on ruotsinkielistä, mutta suomenkieliset ovat lämpimästi tervetulleita harjoittelemaan ruotsia. Perheille järjestetään ruotsinkielisiä satutunteja kirjastossa, ja seniorijäsenet tapaavat kerran kuussa kielikahvilassa.</p>",
                    "<p>Kulturföreningen grundades 1921 och är en av stadens äldsta föreningar. I föreningen finns en kör, en amatörteater och en litteraturcirkel, och varje december ordnar den luciafesten i kyrkan i Kyrkbyn.</p><p>Verksamheten är på svenska, men finskspråkiga är varmt välkomna att öva svenska. För familjer ordnas sagostunder på svenska i biblioteket, och seniormedlemmarna träffas en gång i månaden på ett språkcafé.</p>",
                ),
            )
        ],
        "networks": ["families", "seniors"],
        "areas": ["kirkonkyla", "keskusta"],
        "activities": ["events", "clubs"],
        "languages_served": t("ruotsi, suomi", "svenska, finska"),
        "contact_person": "Ulla Lindqvist",
        "email": "info@kulturforeningen.example",
        "phone": "040 000 0117",
        "street_address": t("Kirkkotie 9", "Kyrkvägen 9"),
        "postal_code": "12370",
        "town": KOIVURANTA,
        "website": "https://kulturforeningen.example/",
        "meeting_places": [
            {
                "name": t("Seurojentalo Lyran", "Föreningshuset Lyran"),
                "address": t("Kirkkotie 9, 12370 Koivuranta", "Kyrkvägen 9, 12370 Björkstrand"),
                "accessibility": t(
                    "Pääsisäänkäynnillä on luiska. Salissa on induktiosilmukka, ja talossa on esteetön wc.",
                    "Vid huvudingången finns en ramp. I salen finns en induktionsslinga, och i huset finns en tillgänglig toalett.",
                ),
            },
            {
                "name": t("Koivurannan kirjasto", "Björkstrands bibliotek"),
                "address": t("Kauppakatu 2, 12340 Koivuranta", "Handelsgatan 2, 12340 Björkstrand"),
                "accessibility": t(
                    "Esteetön, hissi kaikkiin kerroksiin.",
                    "Tillgängligt, hiss till alla våningar.",
                ),
            },
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme lukijoita satutunneille ja apua Lucia-juhlan järjestelyihin.",
            "Vi söker högläsare till sagostunderna och hjälp med arrangemangen kring luciafesten.",
        ),
    },
    *MORE_ORGANISATIONS,
]
