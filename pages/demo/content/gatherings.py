"""The demo's trainings and gatherings for volunteers, and when and where their sessions are.

A session's place and address are one text in both languages, as the municipality's
bilingual signs have them. Sessions are planned relative to the day the demo is built:
`weeks` from this week, on `weekday` (0 = Monday), so that the demo always has sessions to
come and some behind it.
"""

# ruff: noqa: E501

from . import t

GATHERING_INDEX = {
    "slug": t("koulutukset", "utbildningar"),
    "title": t("Koulutukset ja tapaamiset", "Utbildningar och träffar"),
    "intro": t(
        "Koulutuksia, vertaistukea ja virkistystä Koivurannan vapaaehtoisille. Ilmoittaudu kirjautumalla Oma vapaaehtoisuus -palveluun.",
        "Utbildningar, kamratstöd och rekreation för de frivilliga i Björkstrand. Anmäl dig genom att logga in i Mitt frivilligarbete.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Pidämme huolta vapaaehtoisista: perehdytämme uudet, koulutamme vaativampiin tehtäviin, järjestämme vertaistukea ja kiitämme yhteisillä illoilla. Kaikki tilaisuudet ovat maksuttomia.</p>",
                "<p>Vi tar hand om de frivilliga: vi ger de nya en introduktion, utbildar för mer krävande uppdrag, ordnar kamratstöd och tackar med gemensamma kvällar. Alla tillfällen är avgiftsfria.</p>",
            ),
        )
    ],
}

WELFARE_CENTRE = {
    "place": "Hyvinvointikeskus / Välfärdscentralen, kokoushuone Tähti / mötesrummet Stjärnan",
    "address": "Terveystie 2 / Hälsovägen 2, 12340 Koivuranta / Björkstrand",
}
NGO_CENTRE = {
    "place": "Järjestökeskus / Organisationscentret, sali / salen",
    "address": "Kauppakatu 12 / Handelsgatan 12, 12340 Koivuranta / Björkstrand",
}
THEATRE = {
    "place": "Koivurannan kaupunginteatteri / Björkstrands stadsteater",
    "address": "Teatterikatu 4 / Teatergatan 4, 12340 Koivuranta / Björkstrand",
}
FIRE_STATION = {
    "place": "Paloasema / Brandstationen, koulutustila / utbildningssalen",
    "address": "Paloasemantie 3 / Brandstationsvägen 3, 12340 Koivuranta / Björkstrand",
}

# Each session: weeks from this week, weekday, start and end ("HH:MM"; `days` when it ends on
# a later day), capacity, and who is enrolled: `confirmed` volunteers from the demo's pool,
# `waiting` more after it is full, `demo` what the demo `volunteer` login does ("enrol"), and
# for a session in the past, `attended` (how many of those enrolled attended; the roll is
# left unmarked when None).
GATHERINGS = [
    {
        "slug": t("vapaaehtoisen-perehdytys", "introduktion-for-frivilliga"),
        "title": t("Vapaaehtoisen perehdytys", "Introduktion för frivilliga"),
        "kind": "training",
        "training": "orientation",
        "intro": t(
            "Uuden vapaaehtoisen ilta: miten vapaaehtoistoiminta Koivurannassa toimii, mitä vaitiolovelvollisuus tarkoittaa ja miten pidät huolta omasta jaksamisestasi.",
            "En kväll för nya frivilliga: hur frivilligverksamheten i Björkstrand fungerar, vad tystnadsplikten innebär och hur du tar hand om dig själv.",
        ),
        "audience": t(
            "Kaikille uusille vapaaehtoisille. Perehdytys kuuluu jokaisen vapaaehtoisen aloitukseen, ja koordinaattori kertoo tutustumistapaamisessa, mihin iltaan kannattaa ilmoittautua.",
            "Alla nya frivilliga. Introduktionen hör till starten för varje frivillig, och koordinatorn berättar vid det första mötet vilken kväll du ska anmäla dig till.",
        ),
        "accessibility": t(
            "Esteetön sisäänkäynti pääovesta, hissi ja esteetön wc. Kokoushuoneessa on induktiosilmukka. Bussit 2 ja 5 pysähtyvät hyvinvointikeskuksen edessä.",
            "Tillgänglig ingång genom huvuddörren, hiss och tillgänglig toalett. I mötesrummet finns en induktionsslinga. Bussarna 2 och 5 stannar framför välfärdscentralen.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Perehdytys järjestetään kerran kuukaudessa tiistai-iltana. Illan vetävät kaupungin koordinaattorit, ja mukana on aina myös kokenut vapaaehtoinen kertomassa omista tehtävistään.</p><p>Käymme läpi vapaaehtoistoiminnan periaatteet, vaitiolovelvollisuuden, turvallisuuden ja sen, mistä saat tukea. Illan jälkeen allekirjoitat vapaaehtoissopimuksen Oma vapaaehtoisuus -palvelussa. Tarjolla on kahvia ja iltapalaa.</p>",
                    "<p>Introduktionen ordnas en gång i månaden en tisdagskväll. Kvällen leds av stadens koordinatorer, och alltid är också en erfaren frivillig med och berättar om sina uppdrag.</p><p>Vi går igenom principerna för frivilligverksamheten, tystnadsplikten, säkerheten och var du får stöd. Efter kvällen undertecknar du frivilligavtalet i Mitt frivilligarbete. Vi bjuder på kaffe och kvällsmål.</p>",
                ),
            )
        ],
        "sessions": [
            {
                "weeks": -5,
                "weekday": 1,
                "start": "17:00",
                "end": "20:00",
                **WELFARE_CENTRE,
                "capacity": 20,
                "confirmed": 8,
                "attended": 7,
            },
            {
                "weeks": 1,
                "weekday": 1,
                "start": "17:00",
                "end": "20:00",
                **WELFARE_CENTRE,
                "capacity": 20,
                "confirmed": 4,
                "applicants": 3,
            },
            {
                "weeks": 5,
                "weekday": 1,
                "start": "17:00",
                "end": "20:00",
                **WELFARE_CENTRE,
                "capacity": 20,
                "confirmed": 1,
            },
            {
                "weeks": 9,
                "weekday": 1,
                "start": "17:00",
                "end": "20:00",
                **WELFARE_CENTRE,
                "capacity": 20,
            },
        ],
    },
    {
        "slug": t("saattohoidon-vapaaehtoiseksi", "frivillig-inom-vard-i-livets-slutskede"),
        "title": t(
            "Saattohoidon vapaaehtoiseksi – koulutus yhdessä kotisairaalan kanssa",
            "Frivillig inom vård i livets slutskede – utbildning med hemsjukhuset",
        ),
        "kind": "training",
        "training": "end_of_life",
        "intro": t(
            "Kaksipäiväinen koulutus vapaaehtoisille, jotka haluavat olla kuolevan ihmisen ja hänen läheistensä tukena. Koulutus järjestetään yhdessä hyvinvointialueen kotisairaalan kanssa.",
            "En tvådagarsutbildning för frivilliga som vill stödja en döende människa och de närstående. Utbildningen ordnas tillsammans med välfärdsområdets hemsjukhus.",
        ),
        "audience": t(
            "Vapaaehtoisille, jotka ovat käyneet perehdytyksen ja toimineet vapaaehtoisina vähintään puoli vuotta. Koulutus antaa valmiudet saattohoidon vapaaehtoistehtäviin kolmeksi vuodeksi, minkä jälkeen tiedot päivitetään kertauskoulutuksessa.",
            "Frivilliga som har gått introduktionen och varit frivilliga i minst ett halvt år. Utbildningen ger beredskap för frivilliguppdrag inom vård i livets slutskede i tre år, och därefter uppdateras kunskaperna i en repetitionsutbildning.",
        ),
        "accessibility": t(
            "Esteetön sisäänkäynti, hissi ja esteetön wc. Kokoushuoneessa on induktiosilmukka. Lounas on tarjolla molempina päivinä; kerro ruokavaliostasi koordinaattorille.",
            "Tillgänglig ingång, hiss och tillgänglig toalett. I mötesrummet finns en induktionsslinga. Lunch serveras båda dagarna; berätta om din specialdiet för koordinatorn.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Saattohoidon vapaaehtoinen on läsnä: hän istuu vierellä, kuuntelee, lukee ääneen tai valvoo yön, jotta omainen saa levätä. Hoidosta vastaavat aina kotisairaalan ammattilaiset.</p><p>Kouluttajina ovat kotisairaalan sairaanhoitaja, seurakunnan sairaalapappi ja kokeneet saattohoidon vapaaehtoiset. Koulutuksen käyneet saavat todistuksen, ja koulutus merkitään vapaaehtoisrekisteriin, jotta koordinaattorit voivat tarjota heille saattohoidon tehtäviä.</p>",
                    "<p>En frivillig inom vård i livets slutskede finns till hands: hen sitter bredvid, lyssnar, läser högt eller vakar om natten så att en anhörig får vila. Hemsjukhusets yrkespersoner ansvarar alltid för vården.</p><p>Utbildare är en sjukskötare från hemsjukhuset, församlingens sjukhuspräst och erfarna frivilliga inom vård i livets slutskede. De som har gått utbildningen får ett intyg, och utbildningen förs in i frivilligregistret så att koordinatorerna kan erbjuda dem uppdrag inom vård i livets slutskede.</p>",
                ),
            )
        ],
        "sessions": [
            {
                "weeks": 3,
                "weekday": 5,
                "start": "09:00",
                "end": "15:00",
                "days": 1,
                **WELFARE_CENTRE,
                "capacity": 12,
                "confirmed": 12,
                "waiting": 1,
                "demo": "enrol",
            },
            {
                "weeks": 15,
                "weekday": 5,
                "start": "09:00",
                "end": "15:00",
                "days": 1,
                **WELFARE_CENTRE,
                "capacity": 12,
                "confirmed": 3,
            },
        ],
    },
    {
        "slug": t("kiitosilta-teatterissa", "tackkvall-pa-teatern"),
        "title": t("Kiitosilta teatterissa", "Tackkväll på teatern"),
        "kind": "recreation",
        "intro": t(
            "Kaupunki kiittää vapaaehtoisiaan: tule katsomaan kaupunginteatterin musiikkinäytelmää ja nauttimaan väliaikatarjoilusta.",
            "Staden tackar sina frivilliga: kom och se stadsteaterns musikpjäs och njut av serveringen i pausen.",
        ),
        "audience": t(
            "Kaikille Koivurannan vapaaehtoisille. Voit ottaa mukaan yhden seuralaisen; kerro siitä koordinaattorille.",
            "Alla frivilliga i Björkstrand. Du kan ta med en följeslagare; berätta det för koordinatorn.",
        ),
        "accessibility": t(
            "Katsomossa on pyörätuolipaikkoja ja induktiosilmukka. Esitys on suomeksi, ja siihen on saatavilla ruotsinkielinen tekstitys.",
            "I salongen finns rullstolsplatser och en induktionsslinga. Föreställningen är på finska, och den har svensk textning.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Vapaaehtoisten työ on arvokasta, ja haluamme sanoa sen ääneen. Kiitosillassa kaupunginjohtaja kiittää vapaaehtoisia ja julkistaa vuoden vapaaehtoistunnit. Esityksen jälkeen lämpiössä on tarjoilua ja aikaa jutella.</p>",
                    "<p>De frivilligas arbete är värdefullt, och det vill vi säga högt. Under tackkvällen tackar stadsdirektören de frivilliga och berättar hur många frivilliga timmar som har getts under året. Efter föreställningen finns servering och tid att prata i foajén.</p>",
                ),
            )
        ],
        "sessions": [
            {
                "weeks": 6,
                "weekday": 4,
                "start": "18:30",
                "end": "21:30",
                **THEATRE,
                "capacity": 40,
                "confirmed": 14,
            },
        ],
    },
    {
        "slug": t("mita-kuuluu-soittajien-vertaisryhma", "kamratgrupp-for-hur-mar-du-ringare"),
        "title": t(
            "Mitä kuuluu? -soittajien vertaisryhmä",
            "Kamratgrupp för Hur mår du?-ringare",
        ),
        "kind": "peer_support",
        "intro": t(
            "Puhelut yli 80-vuotiaille koivurantalaisille jäävät joskus mieleen. Vertaisryhmässä soittajat jakavat kokemuksiaan ja saavat tukea toisiltaan.",
            "Samtalen till Björkstrands invånare över 80 år stannar ibland kvar i tankarna. I kamratgruppen delar ringarna med sig av sina erfarenheter och får stöd av varandra.",
        ),
        "audience": t(
            "Vapaaehtoisille, jotka soittavat tai ovat soittaneet Mitä kuuluu? -puheluita. Ryhmä kokoontuu kerran kuukaudessa, ja voit tulla mukaan silloin kun sinulle sopii.",
            "Frivilliga som ringer eller har ringt Hur mår du?-samtal. Gruppen träffas en gång i månaden, och du kan komma med när det passar dig.",
        ),
        "accessibility": t(
            "Esteetön sisäänkäynti Kauppakadun puolelta ja hissi. Salissa on induktiosilmukka. Ryhmässä puhutaan suomea ja ruotsia.",
            "Tillgänglig ingång från Handelsgatan och hiss. I salen finns en induktionsslinga. I gruppen talar vi finska och svenska.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Ryhmää ohjaa kaupungin koordinaattori yhdessä seurakunnan diakoniatyöntekijän kanssa. Puhumme siitä, mikä puheluissa ilahdutti ja mikä jäi painamaan, ja mietimme yhdessä, milloin huolesta kannattaa kertoa koordinaattorille. Kaikki, mitä ryhmässä kerrotaan, jää ryhmään.</p>",
                    "<p>Gruppen leds av en av stadens koordinatorer tillsammans med en diakoniarbetare från församlingen. Vi pratar om vad som gladde i samtalen och vad som blev kvar och tynger, och funderar tillsammans på när det är skäl att berätta om en oro för koordinatorn. Allt som sägs i gruppen stannar i gruppen.</p>",
                ),
            )
        ],
        "sessions": [
            {
                "weeks": 2,
                "weekday": 2,
                "start": "17:00",
                "end": "18:30",
                **NGO_CENTRE,
                "capacity": 12,
                "confirmed": 5,
                "demo": "enrol",
            },
            {
                "weeks": 6,
                "weekday": 2,
                "start": "17:00",
                "end": "18:30",
                **NGO_CENTRE,
                "capacity": 12,
                "confirmed": 2,
            },
            {
                "weeks": 10,
                "weekday": 2,
                "start": "17:00",
                "end": "18:30",
                **NGO_CENTRE,
                "capacity": 12,
            },
        ],
    },
    {
        "slug": t("ensiavun-kertauskurssi", "repetitionskurs-i-forsta-hjalp"),
        "title": t("Ensiavun kertauskurssi", "Repetitionskurs i första hjälpen"),
        "kind": "training",
        "training": "first_aid",
        "intro": t(
            "Neljän tunnin kertauskurssi: elvytys, defibrillaattorin käyttö, tajuton ja kaatunut ihminen sekä yleisimmät sairauskohtaukset.",
            "En fyra timmars repetitionskurs: återupplivning, användning av defibrillator, en medvetslös eller fallen människa och de vanligaste sjukdomsattackerna.",
        ),
        "audience": t(
            "Vapaaehtoisille, jotka tekevät kotikäyntejä, saattavat ihmisiä asioille tai toimivat tapahtumissa. Aiempaa ensiapukurssia ei tarvita.",
            "Frivilliga som gör hembesök, ledsagar människor på ärenden eller arbetar vid evenemang. Du behöver ingen tidigare kurs i första hjälpen.",
        ),
        "accessibility": t(
            "Koulutustila on katutasossa, ja sinne on esteetön kulku. Harjoitukset tehdään lattialla ja pöydän ääressä; kerro etukäteen, jos tarvitset sovellettuja harjoituksia.",
            "Utbildningssalen ligger i gatuplanet och har tillgänglig ingång. Övningarna görs på golvet och vid bordet; berätta på förhand om du behöver anpassade övningar.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Kurssin vetää pelastuslaitoksen ensiapukouluttaja. Harjoittelemme nukeilla ja toisillamme, joten pukeudu väljiin vaatteisiin. Kurssin lopuksi saat todistuksen.</p>",
                    "<p>Kursen leds av räddningsverkets utbildare i första hjälpen. Vi övar på dockor och på varandra, så klä dig i bekväma kläder. Efter kursen får du ett intyg.</p>",
                ),
            )
        ],
        "sessions": [
            {
                "days_from_today": -3,
                "start": "09:00",
                "end": "13:00",
                **FIRE_STATION,
                "capacity": 16,
                "confirmed": 6,
                "attended": None,
            },
            {
                "weeks": 4,
                "weekday": 5,
                "start": "09:00",
                "end": "13:00",
                **FIRE_STATION,
                "capacity": 16,
                "confirmed": 6,
            },
        ],
    },
]
