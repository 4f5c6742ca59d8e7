"""The demo municipality's pages. The news items live in `news.py` and are re-exported here."""

# ruff: noqa: E501

from . import t
from .legal import ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE
from .news import NEWS

__all__ = [
    "ACCESSIBILITY_STATEMENT",
    "HELP_REQUEST",
    "HOME",
    "NEWS",
    "NEWS_INDEX",
    "ORGANISATION_INDEX",
    "PRIVACY_NOTICE",
    "SEARCH",
    "SIGN_UP",
    "VOLUNTEERING_MODEL",
]

HOME = {
    "slug": t("koti", "hem"),
    "title": t("Vapaaehtoistoimintaa Koivurannassa", "Frivilligverksamhet i Björkstrand"),
    "intro": t(
        "Koivurannassa kaupunki, järjestöt, seurakunnat ja kuntalaiset auttavat yhdessä. Täältä löydät tavan auttaa – tai apua itsellesi tai läheisellesi.",
        "I Björkstrand hjälper staden, organisationerna, församlingarna och kommuninvånarna till tillsammans. Här hittar du ett sätt att hjälpa till – eller hjälp för dig själv eller en närstående.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Koivurannan vapaaehtoisverkostossa ovat mukana kaupunki, yli 40 järjestöä, seurakunnat ja satoja kuntalaisia. Verkosto välittää apua niille, jotka tarvitsevat tukea arjessa. Lisäksi se pitää huolta vapaaehtoisista: tarjoamme koulutusta, vertaistukea ja virkistystä, ja muistamme kiittää.</p><p>Voit pyytää apua itsellesi tai läheisellesi ilman kirjautumista. Koordinaattorit käsittelevät jokaisen avunpyynnön ja etsivät sopivan vapaaehtoisen.</p>",
                "<p>I Björkstrands frivillignätverk deltar staden, över 40 organisationer, församlingarna och hundratals kommuninvånare. Nätverket förmedlar hjälp till dem som behöver stöd i vardagen. Det tar också hand om de frivilliga: vi erbjuder utbildning, kamratstöd och rekreation, och vi glömmer inte att tacka.</p><p>Du kan be om hjälp för dig själv eller en närstående utan att logga in. Koordinatorerna behandlar varje hjälpbegäran och söker en lämplig frivillig.</p>",
            ),
        ),
        (
            "call_to_action",
            {
                "title": t("Tarvitsetko apua?", "Behöver du hjälp?"),
                "text": t(
                    "Pyydä apua verkkolomakkeella itsellesi tai läheisellesi. Apu on maksutonta.",
                    "Be om hjälp med webbformuläret för dig själv eller en närstående. Hjälpen är avgiftsfri.",
                ),
                "page": "help_request",
                "link_text": t("Pyydä apua", "Be om hjälp"),
            },
        ),
        (
            "call_to_action",
            {
                "title": t("Näin vapaaehtoistoiminta toimii", "Så fungerar frivilligverksamheten"),
                "text": t(
                    "Lue, miten avunpyyntö etenee, kuka tekee mitä ja miten pääset mukaan vapaaehtoiseksi.",
                    "Läs hur en hjälpbegäran går vidare, vem som gör vad och hur du kan bli frivillig.",
                ),
                "page": "volunteering_model",
                "link_text": t(
                    "Tutustu vapaaehtoistoiminnan malliin",
                    "Bekanta dig med modellen för frivilligverksamhet",
                ),
            },
        ),
        (
            "call_to_action",
            {
                "title": t("Löydä järjestö", "Hitta en organisation"),
                "text": t(
                    "Koivurannassa toimii kymmeniä järjestöjä ja ryhmiä. Etsi toimintaa elämänkaariverkoston, alueen tai toimintatavan mukaan.",
                    "I Björkstrand finns tiotals organisationer och grupper. Sök verksamhet enligt livsskedesnätverk, område eller verksamhetsform.",
                ),
                "page": "organisations",
                "link_text": t("Selaa järjestöjä", "Bläddra bland organisationerna"),
            },
        ),
        (
            "paragraph",
            t(
                "<p>Laskemme vapaaehtoistyön arvoksi 10 euroa tunnilta. Viime vuonna Koivurannan vapaaehtoiset antoivat yli 18 000 tuntia. Se tarkoittaa noin 180 000 euron edestä apua, seuraa ja yhteistä tekemistä.</p><p>Mitä kuuluu? -soitot ovat koivurantalainen perinne. Ne alkoivat talvella 2021, kun pitkä myrsky katkaisi sähköt saaristosta ja vapaaehtoiset soittivat kaikille yli 75-vuotiaille saaristolaisille. Nykyään vapaaehtoiset soittavat joka syksy niille yli 80-vuotiaille kuntalaisille, jotka haluavat soiton. Jos puhelussa tulee esiin avun tarve, siitä tehdään avunpyyntö.</p>",
                "<p>Vi räknar värdet av frivilligt arbete till 10 euro i timmen. I fjol gav de frivilliga i Björkstrand över 18 000 timmar. Det motsvarar hjälp, sällskap och gemensam verksamhet till ett värde av cirka 180 000 euro.</p><p>Hur mår du?-samtalen är en tradition i Björkstrand. De började vintern 2021, när en lång storm slog ut elen i skärgården och frivilliga ringde upp alla skärgårdsbor över 75 år. I dag ringer frivilliga varje höst till de kommuninvånare över 80 år som vill bli uppringda. Om det under samtalet kommer fram ett behov av hjälp, görs en hjälpbegäran.</p>",
            ),
        ),
    ],
}

VOLUNTEERING_MODEL = {
    "slug": t("vapaaehtoistoiminnan-malli", "modellen-for-frivilligverksamhet"),
    "title": t("Vapaaehtoistoiminnan malli", "Modellen för frivilligverksamhet"),
    "intro": t(
        "Koivurannan vapaaehtoistoiminta perustuu yhteiseen malliin: kaupunki, järjestöt, seurakunnat ja kuntalaiset toimivat yhdessä sovittujen periaatteiden mukaan.",
        "Frivilligverksamheten i Björkstrand bygger på en gemensam modell: staden, organisationerna, församlingarna och kommuninvånarna arbetar tillsammans enligt överenskomna principer.",
    ),
    "principles": [
        {
            "title": t("Palkatonta", "Oavlönat"),
            "text": t(
                "Vapaaehtoistyöstä ei makseta palkkaa. Voit saada korvauksen kuluistasi, esimerkiksi matkoista, jos siitä on sovittu etukäteen.",
                "Frivilligt arbete är oavlönat. Du kan få ersättning för dina kostnader, till exempel för resor, om det har avtalats på förhand.",
            ),
        },
        {
            "title": t("Omasta vapaasta tahdosta", "Av egen fri vilja"),
            "text": t(
                "Päätät itse, milloin ja kuinka paljon autat. Voit aina kieltäytyä tehtävästä, eikä sinun tarvitse kertoa syytä.",
                "Du bestämmer själv när och hur mycket du hjälper till. Du kan alltid tacka nej till ett uppdrag, och du behöver inte ange någon orsak.",
            ),
        },
        {
            "title": t("Oman perheen ulkopuolella", "Utanför den egna familjen"),
            "text": t(
                "Vapaaehtoistyötä tehdään muille kuin omalle perheelle. Oman läheisen auttaminen on arvokasta, mutta sitä ei lasketa vapaaehtoistoiminnaksi tässä mallissa.",
                "Frivilligt arbete görs för andra än den egna familjen. Att hjälpa en närstående är värdefullt, men det räknas inte som frivilligverksamhet i den här modellen.",
            ),
        },
        {
            "title": t("Täydentää, ei korvaa", "Kompletterar, ersätter inte"),
            "text": t(
                "Vapaaehtoiset täydentävät ammattilaisten työtä, mutta eivät koskaan korvaa sitä. Jos avunpyyntö vaatii terveydenhuollon tai sosiaalityön ammattilaista, koordinaattori ohjaa sen oikeaan palveluun.",
                "De frivilliga kompletterar de professionellas arbete, men ersätter det aldrig. Om en hjälpbegäran kräver en yrkesperson inom hälso- och sjukvården eller det sociala arbetet, hänvisar koordinatorn den till rätt tjänst.",
            ),
        },
        {
            "title": t("Vaitiolovelvollisuus", "Tystnadsplikt"),
            "text": t(
                "Et kerro ulkopuolisille, mitä olet kuullut tai nähnyt vapaaehtoistehtävässä. Vaitiolovelvollisuus jatkuu myös sen jälkeen, kun vapaaehtoistyösi on päättynyt.",
                "Du berättar inte för utomstående vad du har hört eller sett under ditt frivilliga uppdrag. Tystnadsplikten gäller också efter att ditt frivilliga arbete har upphört.",
            ),
        },
    ],
    "roles": [
        {
            "role": "working_group",
            "title": t("Työryhmä", "Arbetsgruppen"),
            "description": t(
                "<p>Vapaaehtoistoiminnan työryhmä johtaa verkostoa. Siinä on kaupungin, järjestöjen ja seurakuntien edustajia, ja se kokoontuu neljä kertaa vuodessa. Työryhmän tehtävät:</p><ul><li>sopia yhteisistä periaatteista</li><li>seurata, paljonko apua on annettu ja millaista hyvinvointia vapaaehtoistyö tuottaa</li><li>päättää koulutuksen ja virkistyksen painopisteistä</li></ul>",
                "<p>Arbetsgruppen för frivilligverksamhet leder nätverket. I den sitter representanter för staden, organisationerna och församlingarna, och den sammanträder fyra gånger om året. Arbetsgruppens uppgifter:</p><ul><li>att komma överens om gemensamma principer</li><li>att följa upp hur mycket hjälp som har getts och vilket välbefinnande det frivilliga arbetet skapar</li><li>att besluta om tyngdpunkterna för utbildning och rekreation</li></ul>",
            ),
        },
        {
            "role": "coordinators",
            "title": t("Koordinaattorit", "Koordinatorerna"),
            "description": t(
                "<p>Kaupungin yhteisötyön palveluissa työskentelee palkattuja määräaikaisia koordinaattoreita. He ottavat vastaan avunpyynnöt, välittävät tehtäviä vapaaehtoisille ja perehdyttävät uudet vapaaehtoiset.</p><p>Koordinaattorit järjestävät myös koulutukset, Mitä kuuluu? -soitot ja kiitostilaisuudet. Tavoitat heidät puhelimitse ma–pe klo 9–15.</p>",
                "<p>Inom stadens samhällsarbete arbetar avlönade koordinatorer med visstidsanställning. De tar emot hjälpbegäranden, förmedlar uppdrag till frivilliga och ger nya frivilliga introduktion.</p><p>Koordinatorerna ordnar också utbildningar, Hur mår du?-samtal och tackevenemang. Du når dem per telefon mån–fre kl. 9–15.</p>",
            ),
        },
        {
            "role": "organisations",
            "title": t("Järjestöt ja seurakunnat", "Organisationer och församlingar"),
            "description": t(
                "<p>Järjestöt ja seurakunnat kuuluvat elämänkaariverkostoihin: lapset, nuoret, perheet, työikäiset ja seniorit. Jokaisella järjestöllä on kaupungin kanssa yhteistyösopimus, joka tarkistetaan joka vuosi.</p><p>Järjestöt pitävät omat tietonsa ajan tasalla tietopankissa ja tällä sivustolla. Ne voivat varata kaupungin toimitiloja kokouksiin ja tapahtumiin maksutta.</p>",
                "<p>Organisationerna och församlingarna hör till livsskedesnätverken: barn, unga, familjer, personer i arbetsför ålder och seniorer. Varje organisation har ett samarbetsavtal med staden som ses över varje år.</p><p>Organisationerna håller sina egna uppgifter aktuella i kunskapsbanken och på den här webbplatsen. De kan boka stadens lokaler för möten och evenemang utan avgift.</p>",
            ),
        },
        {
            "role": "volunteers",
            "title": t("Vapaaehtoiset", "De frivilliga"),
            "description": t(
                "<p>Vapaaehtoiseksi voi ryhtyä kuka tahansa täysi-ikäinen, ja nuoret voivat osallistua aikuisen tuella. Osa vapaaehtoisista toimii järjestössä, osa auttaa suoraan koordinaattorien kautta.</p><p>Jokainen vapaaehtoinen saa perehdytyksen, koulutusta ja vertaistukea. Kiitämme vapaaehtoisia virkistystapahtumilla, ja pyynnöstä saat todistuksen vapaaehtoistyöstäsi.</p>",
                "<p>Alla vuxna kan bli frivilliga, och unga kan delta med stöd av en vuxen. En del frivilliga är verksamma i en organisation, andra hjälper till direkt via koordinatorerna.</p><p>Varje frivillig får introduktion, utbildning och kamratstöd. Vi tackar de frivilliga med rekreationsevenemang, och på begäran får du ett intyg över ditt frivilliga arbete.</p>",
            ),
        },
    ],
    "mediation": [
        {
            "title": t("Avunpyyntö", "Hjälpbegäran"),
            "text": t(
                "Kuntalainen tai hänen läheisensä jättää avunpyynnön verkkolomakkeella tai soittaa koordinaattorien puhelinnumeroon ma–pe klo 9–15. Kirjautumista ei tarvita.",
                "En kommuninvånare eller en närstående gör en hjälpbegäran med webbformuläret eller ringer koordinatorernas telefonnummer mån–fre kl. 9–15. Du behöver inte logga in.",
            ),
        },
        {
            "title": t("Koordinaattori arvioi", "Koordinatorn bedömer"),
            "text": t(
                "Koordinaattori lukee pyynnön ja on tarvittaessa yhteydessä pyytäjään. Jos apu vaatii ammattilaista, esimerkiksi kotihoitoa tai sosiaalityötä, koordinaattori ohjaa pyynnön oikeaan palveluun.",
                "Koordinatorn läser begäran och kontaktar vid behov den som har gjort den. Om hjälpen kräver en yrkesperson, till exempel hemvård eller socialt arbete, hänvisar koordinatorn begäran till rätt tjänst.",
            ),
        },
        {
            "title": t("Sopiva vapaaehtoinen löytyy", "En lämplig frivillig hittas"),
            "text": t(
                "Koordinaattori etsii vapaaehtoisen, jolle sopivat aika, kieli, alue ja tehtävä, ja tarjoaa tehtävää hänelle. Vapaaehtoinen voi ottaa tehtävän vastaan tai kieltäytyä.",
                "Koordinatorn söker en frivillig som passar med tanke på tid, språk, område och uppdrag, och erbjuder uppdraget. Den frivilliga kan ta emot uppdraget eller tacka nej.",
            ),
        },
        {
            "title": t("Vapaaehtoinen auttaa", "Den frivilliga hjälper till"),
            "text": t(
                "Vapaaehtoinen sopii ajan suoraan avun tarvitsijan kanssa ja hoitaa tehtävän, esimerkiksi kauppa- ja apteekkiasioinnin tai saattoavun lääkäriin.",
                "Den frivilliga kommer överens om en tid direkt med den som behöver hjälp och sköter uppdraget, till exempel inköps- och apoteksärenden eller ledsagning till läkaren.",
            ),
        },
        {
            "title": t("Tunnit kirjataan", "Timmarna registreras"),
            "text": t(
                "Vapaaehtoinen kirjaa käyttämänsä tunnit ja kertoo, miten tehtävä sujui. Tuntien avulla lasketaan vapaaehtoistyön arvo, 10 euroa tunnilta.",
                "Den frivilliga registrerar sina timmar och berättar hur uppdraget gick. Utifrån timmarna räknas värdet av det frivilliga arbetet, 10 euro i timmen.",
            ),
        },
        {
            "title": t("Palaute", "Respons"),
            "text": t(
                "Kun apu on annettu, kysymme avun saajalta palautetta. Palautteen avulla kehitämme toimintaa.",
                "När hjälpen har getts ber vi den som fick hjälp om respons. Med hjälp av responsen utvecklar vi verksamheten.",
            ),
        },
    ],
    "how_to_join": t(
        "<p>Vapaaehtoiseksi pääset mukaan näin:</p><ul><li>Täytä ilmoittautumislomake tällä sivustolla tai soita koordinaattoreille.</li><li>Koordinaattori kutsuu sinut tutustumiskeskusteluun.</li><li>Jos tehtävässä ollaan lasten kanssa, näytät rikostaustaotteen. Otetta ei kopioida eikä tallenneta, vaan kirjaamme vain, että se on nähty, ja päivämäärän.</li><li>Osallistut perehdytyskoulutukseen.</li><li>Allekirjoitat vapaaehtoissopimuksen, jossa sovitaan muun muassa vaitiolovelvollisuudesta.</li></ul><p>Sen jälkeen voit ottaa vastaan tehtäviä. Voit myös liittyä suoraan johonkin järjestöön.</p>",
        "<p>Så här blir du frivillig:</p><ul><li>Fyll i anmälningsformuläret på den här webbplatsen eller ring koordinatorerna.</li><li>Koordinatorn bjuder in dig till ett första samtal.</li><li>Om uppdraget innebär arbete med barn visar du upp ett straffregisterutdrag. Utdraget kopieras inte och sparas inte, utan vi antecknar bara att det har visats och datumet.</li><li>Du deltar i en introduktionsutbildning.</li><li>Du skriver under ett frivilligavtal där vi bland annat kommer överens om tystnadsplikt.</li></ul><p>Därefter kan du ta emot uppdrag. Du kan också gå med direkt i en organisation.</p>",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Kaupunki, järjestöt ja seurakunnat ovat laatineet mallin yhdessä, ja työryhmä tarkistaa sen kerran vuodessa. Jos sinulla on kysyttävää, soita koordinaattoreille numeroon 040 000 0100 (ma–pe klo 9–15) tai lähetä sähköpostia osoitteeseen vapaaehtoistoiminta@koivuranta.example.</p>",
                "<p>Staden, organisationerna och församlingarna har utarbetat modellen tillsammans, och arbetsgruppen ser över den en gång om året. Om du har frågor kan du ringa koordinatorerna på numret 040 000 0100 (mån–fre kl. 9–15) eller skicka e-post till vapaaehtoistoiminta@koivuranta.example.</p>",
            ),
        ),
    ],
}

ORGANISATION_INDEX = {
    "slug": t("jarjestot", "organisationer"),
    "title": t("Järjestöt", "Organisationer"),
    "intro": t(
        "Koivurannassa toimii kymmeniä järjestöjä, yhdistyksiä ja seurakuntien ryhmiä. Etsi toimintaa elämänkaariverkoston, alueen tai toimintatavan mukaan – ja katso, ketkä etsivät juuri nyt vapaaehtoisia.",
        "I Björkstrand finns tiotals organisationer, föreningar och församlingsgrupper. Sök verksamhet enligt livsskedesnätverk, område eller verksamhetsform – och se vilka som söker frivilliga just nu.",
    ),
    "body": [],
}

NEWS_INDEX = {
    "slug": t("ajankohtaista", "aktuellt"),
    "title": t("Ajankohtaista", "Aktuellt"),
    "intro": t(
        "Uutisia Koivurannan vapaaehtoistoiminnasta: koulutuksia, tapahtumia ja kuulumisia verkostosta.",
        "Nyheter om frivilligverksamheten i Björkstrand: utbildningar, evenemang och aktuellt från nätverket.",
    ),
    "body": [],
}

SEARCH = {
    "slug": t("haku", "sok"),
    "title": t("Haku", "Sök"),
    "intro": t(
        "Hae sivustolta järjestöjä, uutisia ja muuta sisältöä.",
        "Sök organisationer, nyheter och annat innehåll på webbplatsen.",
    ),
    "body": [],
}

SIGN_UP = {
    "slug": t("ryhdy-vapaaehtoiseksi", "bli-frivillig"),
    "title": t("Ryhdy vapaaehtoiseksi", "Bli frivillig"),
    "intro": t(
        "Vapaaehtoiseksi voi ryhtyä jokainen täysi-ikäinen koivurantalainen. Kerro itsestäsi, "
        "niin koordinaattori ottaa sinuun yhteyttä.",
        "Alla vuxna som bor i Björkstrand kan bli frivilliga. Berätta om dig själv, så tar en "
        "koordinator kontakt med dig.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Ilmoittautuminen ei sido sinua mihinkään. Tapaamme ensin, kerromme "
                "vapaaehtoistoiminnasta ja sovimme yhdessä, millaiset tehtävät sopivat sinulle.</p>",
                "<p>Anmälan binder dig inte till något. Vi träffas först, berättar om "
                "frivilligverksamheten och kommer tillsammans överens om vilka uppgifter som "
                "passar dig.</p>",
            ),
        )
    ],
    "thank_you": t(
        "<p>Koordinaattori käy ilmoittautumisesi läpi ja ottaa sinuun yhteyttä viikon "
        "kuluessa. Sovimme silloin tutustumistapaamisen.</p>",
        "<p>En koordinator går igenom din anmälan och kontaktar dig inom en vecka. Då kommer "
        "vi överens om ett introduktionsmöte.</p>",
    ),
}

HELP_REQUEST = {
    "slug": t("pyyda-apua", "be-om-hjalp"),
    "title": t("Pyydä apua", "Be om hjälp"),
    "intro": t(
        "Voit pyytää vapaaehtoisten apua itsellesi tai läheisellesi, esimerkiksi kauppa- ja apteekkiasiointiin tai saattoapua lääkäriin. Apu on maksutonta.",
        "Du kan be om hjälp av frivilliga för dig själv eller en närstående, till exempel med inköps- och apoteksärenden eller ledsagning till läkaren. Hjälpen är avgiftsfri.",
    ),
    "body": [
        (
            "paragraph",
            t(
                "<p>Apua voi pyytää jokainen koivurantalainen, joka tarvitsee tukea arjessa. Jos pyydät apua toisen puolesta, kysy häneltä ensin, haluaako hän apua.</p>"
                "<p>Vapaaehtoiset täydentävät kotihoidon ja muiden ammattilaisten työtä, mutta eivät korvaa sitä. He eivät anna lääkkeitä eivätkä hoida terveyteen liittyviä asioita. Jos tarvitset hoitoa tai sosiaalityön apua, koordinaattori ohjaa pyyntösi oikeaan palveluun.</p>"
                "<p>Voit myös soittaa koordinaattoreille numeroon 040 000 0100 ma–pe klo 9–15, niin he kirjaavat pyynnön puolestasi.</p>",
                "<p>Alla som bor i Björkstrand och behöver stöd i vardagen kan be om hjälp. Om du ber om hjälp för någon annans räkning, fråga först om han eller hon vill ha hjälp.</p>"
                "<p>De frivilliga kompletterar hemvårdens och andra yrkespersoners arbete, men ersätter det inte. De ger inte mediciner och sköter inte hälsofrågor. Om du behöver vård eller hjälp av socialt arbete, hänvisar koordinatorn din begäran till rätt tjänst.</p>"
                "<p>Du kan också ringa koordinatorerna på numret 040 000 0100 mån–fre kl. 9–15, så gör de begäran åt dig.</p>",
            ),
        )
    ],
}
