"""The accessibility statement and the privacy notice every Finnish public-sector site needs."""

# ruff: noqa: E501

from . import t

ACCESSIBILITY_STATEMENT = {
    "slug": t("saavutettavuusseloste", "tillganglighetsutlatande"),
    "title": t("Saavutettavuusseloste", "Tillgänglighetsutlåtande"),
    "intro": t(
        "Haluamme, että kuka tahansa voi käyttää tätä sivustoa. Tässä selosteessa kerromme, miten sivusto täyttää saavutettavuusvaatimukset ja mitä puutteita siinä vielä on.",
        "Vi vill att vem som helst ska kunna använda den här webbplatsen. I det här utlåtandet berättar vi hur webbplatsen uppfyller tillgänglighetskraven och vilka brister som ännu finns.",
    ),
    "body": [
        ("heading", t("Mitä seloste koskee", "Vad utlåtandet gäller")),
        (
            "paragraph",
            t(
                "<p>Tämä saavutettavuusseloste koskee Koivurannan kaupungin vapaaehtoistoiminnan verkkosivustoa: sen suomen- ja ruotsinkielisiä sivuja sekä lomakkeita, joilla pyydetään apua ja ilmoittaudutaan vapaaehtoiseksi. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkisen sektorin verkkopalvelut ovat saavutettavia.</p><p>Seloste on laadittu 22.11.2026.</p>",
                "<p>Detta tillgänglighetsutlåtande gäller Björkstrands stads webbplats för frivilligverksamhet: dess finsk- och svenskspråkiga sidor och formulären för att be om hjälp och anmäla sig som frivillig. Lagen om tillhandahållande av digitala tjänster (306/2019) förutsätter att den offentliga sektorns webbtjänster är tillgängliga.</p><p>Utlåtandet har upprättats den 22.11.2026.</p>",
            ),
        ),
        ("heading", t("Saavutettavuuden tila", "Tillgänglighetsstatus")),
        (
            "paragraph",
            t(
                "<p>Sivusto täyttää saavutettavuusvaatimukset <b>osittain</b>. Sivusto on uusi, ja olemme arvioineet sen saavutettavuuden vain omilla testeillä. Tiedossamme olevat puutteet on kerrottu alla.</p>",
                "<p>Webbplatsen uppfyller tillgänglighetskraven <b>delvis</b>. Webbplatsen är ny, och vi har bedömt dess tillgänglighet endast med egna tester. De brister vi känner till beskrivs nedan.</p>",
            ),
        ),
        ("heading", t("Miten saavutettavuus on arvioitu", "Hur tillgängligheten har bedömts")),
        (
            "paragraph",
            t(
                "<p>Olemme arvioineet saavutettavuuden itse näin:</p><ul><li>Jokainen julkinen sivutyyppi on tarkistettu automaattisesti axe-core-työkalulla WCAG 2.1 -ohjeiston A- ja AA-tason sääntöjä vasten. Sivut on tarkistettu suomeksi ja ruotsiksi sekä 1280 että 360 pikselin levyisinä, ja 360 pikselin levyisellä näytöllä mikään sivu ei vieritä sivusuunnassa.</li><li>Etusivun käyttö pelkällä näppäimistöllä on testattu: jokaiseen linkkiin, painikkeeseen ja kenttään pääsee sarkainnäppäimellä, ja kohdistus näkyy.</li><li>Sivusto toimii myös ilman JavaScriptiä: järjestöjen rajaus ja haku on testattu selaimella, jossa JavaScript on pois päältä.</li></ul><p>Nämä tarkistukset ajetaan automaattisesti aina, kun sivuston ohjelmistoa muutetaan.</p><p>Automaattiset tarkistukset löytävät vain osan saavutettavuuden ongelmista. Jatkamme arviointia ja korjaamme löytyvät puutteet.</p>",
                "<p>Vi har själva bedömt tillgängligheten så här:</p><ul><li>Varje typ av offentlig sida har kontrollerats automatiskt med verktyget axe-core mot reglerna på nivå A och AA i riktlinjerna WCAG 2.1. Sidorna har kontrollerats på finska och svenska och i en bredd på både 1280 och 360 pixlar, och på en 360 pixlar bred skärm rullar ingen sida i sidled.</li><li>Användningen av startsidan med enbart tangentbord har testats: varje länk, knapp och fält nås med tabbtangenten, och fokus syns.</li><li>Webbplatsen fungerar också utan JavaScript: filtreringen av organisationer och sökningen har testats i en webbläsare där JavaScript är avstängt.</li></ul><p>De här kontrollerna körs automatiskt varje gång webbplatsens programvara ändras.</p><p>Automatiska kontroller hittar bara en del av tillgänglighetsproblemen. Vi fortsätter bedömningen och rättar de brister vi hittar.</p>",
            ),
        ),
        ("heading", t("Sisältö, joka ei ole saavutettavaa", "Innehåll som inte är tillgängligt")),
        (
            "paragraph",
            t(
                "<p>Seuraavat sisällöt eivät vielä täytä kaikkia vaatimuksia:</p><ul><li><b>Järjestöjen lisäämät kuvat.</b> Järjestöt voivat lisätä sivuilleen kuvia, joista voi puuttua tekstivastine (WCAG 1.1.1 Ei-tekstuaalinen sisältö).</li><li><b>Järjestöjen PDF-tiedostot.</b> Järjestöjen julkaisemat PDF-asiakirjat eivät välttämättä ole saavutettavia, esimerkiksi luettavissa ruudunlukuohjelmalla (WCAG 1.3.1 Informaatio ja suhteet).</li></ul><p>Neuvomme järjestöjä kirjoittamaan tekstivastineet ja tekemään saavutettavia asiakirjoja. Jos tarvitset jonkin sisällön saavutettavassa muodossa, pyydä sitä meiltä.</p>",
                "<p>Följande innehåll uppfyller ännu inte alla krav:</p><ul><li><b>Bilder som organisationerna har lagt till.</b> Organisationerna kan lägga till bilder på sina sidor, och bilderna kan sakna textalternativ (WCAG 1.1.1 Icke-textuellt innehåll).</li><li><b>Organisationernas PDF-filer.</b> PDF-dokument som organisationerna publicerar är inte nödvändigtvis tillgängliga, till exempel läsbara med skärmläsare (WCAG 1.3.1 Information och relationer).</li></ul><p>Vi ger organisationerna råd om hur man skriver textalternativ och gör tillgängliga dokument. Om du behöver något innehåll i tillgänglig form kan du be oss om det.</p>",
            ),
        ),
        ("heading", t("Anna palautetta saavutettavuudesta", "Ge respons om tillgängligheten")),
        (
            "paragraph",
            t(
                "<p>Huomasitko saavutettavuudessa puutteen? Kerro siitä meille sähköpostilla osoitteeseen vapaaehtoistoiminta@koivuranta.example. Vastaamme 14 päivän kuluessa.</p>",
                "<p>Har du upptäckt en brist i tillgängligheten? Berätta om den för oss per e-post till vapaaehtoistoiminta@koivuranta.example. Vi svarar inom 14 dagar.</p>",
            ),
        ),
        ("heading", t("Valvontaviranomainen", "Tillsynsmyndighet")),
        (
            "paragraph",
            t(
                "<p>Jos et ole tyytyväinen vastaukseemme tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Saavutettavuutta valvoo Liikenne- ja viestintävirasto Traficom (saavutettavuusvalvonta). Sivustolla saavutettavuusvaatimukset.fi kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.</p>",
                "<p>Om du inte är nöjd med vårt svar eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten. Tillgängligheten övervakas av Transport- och kommunikationsverket Traficom (tillgänglighetstillsynen). På webbplatsen tillganglighetskrav.fi berättas hur du gör en anmälan och hur ärendet behandlas.</p>",
            ),
        ),
    ],
}

PRIVACY_NOTICE = {
    "slug": t("tietosuojaseloste", "dataskyddsbeskrivning"),
    "title": t("Tietosuojaseloste", "Dataskyddsbeskrivning"),
    "intro": t(
        "Tässä selosteessa kerrotaan, miten Koivurannan kaupunki käsittelee henkilötietojasi vapaaehtoistoiminnassa ja millaisia oikeuksia sinulla on.",
        "I den här beskrivningen berättar vi hur Björkstrands stad behandlar dina personuppgifter inom frivilligverksamheten och vilka rättigheter du har.",
    ),
    "body": [
        ("heading", t("Rekisterinpitäjä", "Personuppgiftsansvarig")),
        (
            "paragraph",
            t(
                "<p>Koivurannan kaupunki, Torikatu 1, 12340 Koivuranta.</p><p>Yhteyshenkilöt: vapaaehtoistoiminnan koordinaattorit, vapaaehtoistoiminta@koivuranta.example, puhelin 040 000 0100. Kaupungin tietosuojavastaavan tavoittaa osoitteesta tietosuoja@koivuranta.example.</p>",
                "<p>Björkstrands stad, Torggatan 1, 12340 Björkstrand.</p><p>Kontaktpersoner: koordinatorerna för frivilligverksamheten, vapaaehtoistoiminta@koivuranta.example, telefon 040 000 0100. Stadens dataskyddsombud nås på adressen tietosuoja@koivuranta.example.</p>",
            ),
        ),
        ("heading", t("Miksi käsittelemme tietojasi", "Varför vi behandlar dina uppgifter")),
        (
            "paragraph",
            t(
                "<p>Käsittelemme henkilötietoja, jotta voimme</p><ul><li>koordinoida vapaaehtoistoimintaa ja pitää yhteyttä vapaaehtoisiin</li><li>välittää apua kuntalaisille, jotka sitä pyytävät</li><li>järjestää koulutuksia, Mitä kuuluu? -soittoja ja kiitostilaisuuksia</li><li>koota toiminnasta tilastoja, joista ei voi tunnistaa yksittäisiä ihmisiä.</li></ul>",
                "<p>Vi behandlar personuppgifter för att kunna</p><ul><li>samordna frivilligverksamheten och hålla kontakt med de frivilliga</li><li>förmedla hjälp till kommuninvånare som ber om det</li><li>ordna utbildningar, Hur mår du?-samtal och tackevenemang</li><li>sammanställa statistik över verksamheten där enskilda personer inte kan identifieras.</li></ul>",
            ),
        ),
        ("heading", t("Mitä tietoja käsittelemme", "Vilka uppgifter vi behandlar")),
        (
            "paragraph",
            t(
                "<p>Keräämme vain tarpeelliset tiedot.</p><ul><li><b>Vapaaehtoisista:</b> nimi, yhteystiedot, kielet, alueet, joilla voit auttaa, osaaminen, aika, jolloin voit auttaa, käydyt koulutukset, kirjatut tunnit ja saadut kiitokset.</li><li><b>Avunpyynnöistä:</b> avun tarvitsijan ja tarvittaessa pyynnön tekijän nimi ja yhteystiedot sekä vain ne tiedot, joita avun järjestäminen vaatii.</li><li><b>Terveyteen liittyvät tiedot:</b> jos kerrot avunpyynnössä esimerkiksi liikkumisen vaikeuksista, tiedot näkevät vain pyyntöä käsittelevät koordinaattorit. Vapaaehtoinen saa tietää vain sen, mitä tehtävä vaatii.</li><li><b>Palautteesta:</b> antamasi arvio ja sanallinen palaute.</li></ul>",
                "<p>Vi samlar bara in de uppgifter som behövs.</p><ul><li><b>Om frivilliga:</b> namn, kontaktuppgifter, språk, områden där du kan hjälpa till, kunnande, tider då du kan hjälpa till, genomgångna utbildningar, registrerade timmar och tack som du har fått.</li><li><b>Om hjälpbegäranden:</b> namn och kontaktuppgifter för den som behöver hjälp och vid behov för den som gör begäran, samt bara de uppgifter som behövs för att ordna hjälpen.</li><li><b>Hälsorelaterade uppgifter:</b> om du i en hjälpbegäran berättar till exempel om svårigheter att röra dig, ser bara de koordinatorer som behandlar begäran uppgifterna. Den frivilliga får bara veta det som uppdraget kräver.</li><li><b>Om respons:</b> ditt betyg och din skriftliga respons.</li></ul>",
            ),
        ),
        ("heading", t("Rikostaustaote", "Straffregisterutdrag")),
        (
            "paragraph",
            t(
                "<p>Jos vapaaehtoistehtävässä toimitaan lasten kanssa, pyydämme sinua näyttämään rikostaustaotteen. Koordinaattori katsoo otteen, mutta sitä ei kopioida eikä tallenneta. Tallennamme vain tiedon siitä, että ote on nähty, ja päivämäärän, jolloin se nähtiin.</p>",
                "<p>Om det frivilliga uppdraget innebär arbete med barn ber vi dig visa upp ett straffregisterutdrag. Koordinatorn tittar på utdraget, men det kopieras inte och sparas inte. Vi sparar bara uppgiften om att utdraget har visats och datumet då det visades.</p>",
            ),
        ),
        ("heading", t("Käsittelyn oikeusperuste", "Rättslig grund för behandlingen")),
        (
            "paragraph",
            t(
                "<p>Kaupunki käsittelee tietoja hoitaessaan yleisen edun mukaista tehtäväänsä, asukkaiden hyvinvoinnin edistämistä (EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan e alakohta, ja kuntalaki 410/2015). Terveyteen liittyviä tietoja käsittelemme vain, jos annat ne itse ja annat siihen nimenomaisen suostumuksesi. Vapaaehtoisten yhteystietoja annetaan järjestöille vain vapaaehtoisen suostumuksella.</p>",
                "<p>Staden behandlar uppgifterna för att utföra en uppgift av allmänt intresse, att främja invånarnas välbefinnande (EU:s allmänna dataskyddsförordning, artikel 6.1 e, och kommunallagen 410/2015). Hälsorelaterade uppgifter behandlar vi bara om du själv lämnar dem och ger ditt uttryckliga samtycke till det. De frivilligas kontaktuppgifter lämnas ut till organisationer bara med den frivilligas samtycke.</p>",
            ),
        ),
        ("heading", t("Kenelle tietoja annetaan", "Till vem uppgifterna lämnas ut")),
        (
            "paragraph",
            t(
                "<p>Vapaaehtoinen saa avunpyynnöstä vain ne tiedot, joita tehtävä vaatii, esimerkiksi nimen, osoitteen ja sovitun ajan. Jos avunpyyntö ohjataan ammattilaiselle, esimerkiksi hyvinvointialueen kotihoitoon, tiedot annetaan eteenpäin vain luvallasi. Tietoja ei siirretä EU:n ja ETA:n ulkopuolelle.</p>",
                "<p>Den frivilliga får bara de uppgifter om hjälpbegäran som uppdraget kräver, till exempel namn, adress och överenskommen tid. Om hjälpbegäran hänvisas till en yrkesperson, till exempel välfärdsområdets hemvård, lämnas uppgifterna vidare bara med ditt tillstånd. Uppgifterna överförs inte till länder utanför EU och EES.</p>",
            ),
        ),
        ("heading", t("Kuinka kauan tietoja säilytetään", "Hur länge uppgifterna sparas")),
        (
            "paragraph",
            t(
                "<p>Kun avunpyyntö on suljettu, sen tiedot anonymisoidaan 12 kuukauden kuluttua. Sen jälkeen pyynnöstä jää jäljelle vain tilastotietoa, esimerkiksi avun laji, alue ja tunnit. Vapaaehtoisen tiedot poistetaan kahden vuoden kuluttua siitä, kun hänen vapaaehtoistoimintansa on päättynyt, ellei hän poista niitä itse aiemmin.</p>",
                "<p>När en hjälpbegäran har avslutats anonymiseras uppgifterna efter 12 månader. Därefter finns bara statistiska uppgifter kvar, till exempel typ av hjälp, område och timmar. En frivilligs uppgifter raderas två år efter att den frivilliga verksamheten har upphört, om den frivilliga inte själv raderar dem tidigare.</p>",
            ),
        ),
        ("heading", t("Oikeutesi", "Dina rättigheter")),
        (
            "paragraph",
            t(
                "<p>Sinulla on oikeus</p><ul><li>nähdä, mitä tietoja sinusta on tallennettu</li><li>saada tietosi itsellesi koneluettavassa muodossa</li><li>pyytää virheellisten tietojen korjaamista</li><li>pyytää tietojesi poistamista.</li></ul><p>Vapaaehtoisena voit katsoa, ladata ja poistaa tietosi itse, kun kirjaudut sivustolle. Muissa asioissa ota yhteyttä koordinaattoreihin: vapaaehtoistoiminta@koivuranta.example tai 040 000 0100. Jos katsot, että tietojasi käsitellään lain vastaisesti, voit tehdä valituksen tietosuojavaltuutetun toimistolle.</p>",
                "<p>Du har rätt att</p><ul><li>se vilka uppgifter om dig som har sparats</li><li>få dina uppgifter i maskinläsbar form</li><li>begära att felaktiga uppgifter rättas</li><li>begära att dina uppgifter raderas.</li></ul><p>Som frivillig kan du själv se, ladda ner och radera dina uppgifter när du loggar in på webbplatsen. I andra ärenden kan du kontakta koordinatorerna: vapaaehtoistoiminta@koivuranta.example eller 040 000 0100. Om du anser att dina uppgifter behandlas i strid med lagen kan du lämna in ett klagomål till dataombudsmannens byrå.</p>",
            ),
        ),
    ],
}
