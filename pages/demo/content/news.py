"""News items of the demo municipality, oldest first. `pages.NEWS` re-exports this list."""

# ruff: noqa: E501

from . import t

NEWS = [
    {
        "date": "2026-06-04",
        "slug": t(
            "jarjestopiste-avattiin-hyvinvointikeskukseen",
            "organisationspunkten-har-oppnat-i-valfardscentralen",
        ),
        "title": t(
            "Järjestöpiste avattiin hyvinvointikeskukseen",
            "Organisationspunkten har öppnat i välfärdscentralen",
        ),
        "intro": t(
            "Hyvinvointikeskuksen aulassa voi nyt tutustua paikallisiin järjestöihin ja kysyä vapaaehtoistoiminnasta.",
            "I välfärdscentralens entréhall kan du nu bekanta dig med lokala organisationer och fråga om frivilligverksamheten.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Järjestöpiste on avoinna tiistaisin ja torstaisin klo 10–14 hyvinvointikeskuksen pääaulassa, Terveystie 2. Pisteessä päivystävät vuorotellen eri järjestöjen vapaaehtoiset ja kaupungin koordinaattorit.</p><p>Pisteestä saat esitteitä, neuvoja ja apua sopivan toiminnan löytämiseen. Voit myös jättää avunpyynnön tai ilmoittautua vapaaehtoiseksi paikan päällä.</p><p>Järjestöt voivat varata päivystysvuoron koordinaattoreilta. Syksylle on vielä vapaita vuoroja.</p>",
                    "<p>Organisationspunkten är öppen tisdagar och torsdagar kl. 10–14 i välfärdscentralens huvudentré, Hälsovägen 2. Frivilliga från olika organisationer och stadens koordinatorer turas om att finnas på plats.</p><p>Vid punkten får du broschyrer, råd och hjälp att hitta en verksamhet som passar dig. Du kan också göra en hjälpbegäran eller anmäla dig som frivillig på plats.</p><p>Organisationerna kan boka ett pass hos koordinatorerna. Det finns ännu lediga pass i höst.</p>",
                ),
            ),
        ],
    },
    {
        "date": "2026-08-20",
        "slug": t(
            "saattohoidon-vapaaehtoisten-koulutus-alkaa",
            "utbildning-for-frivilliga-inom-vard-i-livets-slutskede",
        ),
        "title": t(
            "Saattohoidon vapaaehtoisten koulutus alkaa syyskuussa",
            "Utbildning för frivilliga inom vård i livets slutskede börjar i september",
        ),
        "intro": t(
            "Koulutus järjestetään yhdessä hyvinvointialueen kotisairaalan kanssa. Ilmoittaudu viimeistään 4.9.",
            "Utbildningen ordnas tillsammans med välfärdsområdets hemsjukhus. Anmäl dig senast 4.9.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Saattohoidon vapaaehtoinen tukee kuolevaa ihmistä ja hänen läheisiään: hän on läsnä, kuuntelee ja antaa omaisille hetken hengähdystauon. Vapaaehtoinen ei tee hoitotyötä, vaan hoidosta vastaavat kotisairaalan ammattilaiset.</p><p>Koulutukseen kuuluu kuusi iltaa 15.9.–20.10. tiistaisin klo 17–20 hyvinvointikeskuksessa. Kouluttajina ovat kotisairaalan sairaanhoitaja, seurakunnan sairaalapappi ja kokeneet saattohoidon vapaaehtoiset. Koulutus on maksuton, ja sen käyneet saavat todistuksen.</p><p>Koulutukseen mahtuu 16 osallistujaa. Ilmoittaudu sivustolla tai soita koordinaattoreille numeroon 040 000 0100.</p>",
                    "<p>En frivillig inom vård i livets slutskede stöder den som är döende och de närstående: den frivilliga finns till hands, lyssnar och ger de anhöriga en stunds andrum. Den frivilliga vårdar inte, utan hemsjukhusets yrkespersoner ansvarar för vården.</p><p>Utbildningen omfattar sex kvällar 15.9–20.10, tisdagar kl. 17–20 i välfärdscentralen. Utbildare är en sjukskötare från hemsjukhuset, församlingens sjukhuspräst och erfarna frivilliga inom vård i livets slutskede. Utbildningen är avgiftsfri och de som har gått den får ett intyg.</p><p>Utbildningen har plats för 16 deltagare. Anmäl dig på webbplatsen eller ring koordinatorerna på numret 040 000 0100.</p>",
                ),
            ),
        ],
    },
    {
        "date": "2026-09-08",
        "slug": t(
            "jarjestot-voivat-varata-maksuttomia-tiloja",
            "organisationer-kan-boka-avgiftsfria-lokaler",
        ),
        "title": t(
            "Järjestöt voivat varata maksuttomia tiloja",
            "Organisationer kan boka avgiftsfria lokaler",
        ),
        "intro": t(
            "Kaupunki avaa koulujen, kirjaston ja asukastalon tiloja järjestöjen kokouksiin ja tapahtumiin maksutta.",
            "Staden öppnar lokaler i skolor, biblioteket och invånarhuset för organisationernas möten och evenemang utan avgift.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Järjestöt ovat toivoneet maksuttomia tiloja jo pitkään, ja nyt toive toteutuu. Syyskuun alusta alkaen yhteistyösopimuksen tehneet järjestöt voivat varata maksutta kirjaston kokoushuoneen, Niittylän asukastalon sekä Koivumäen ja Kirkonkylän koulujen liikuntasalit ja luokat iltaisin ja viikonloppuisin.</p><p>Tilat varataan kaupungin tilavarauspalvelusta tai koordinaattoreilta viimeistään viikkoa ennen tilaisuutta. Maksuttomuus koskee tilaisuuksia, jotka ovat avoimia kaikille tai järjestön jäsenille ja jotka eivät ole kaupallisia.</p>",
                    "<p>Organisationerna har länge önskat avgiftsfria lokaler, och nu går önskemålet i uppfyllelse. Från och med början av september kan organisationer som har ingått ett samarbetsavtal boka bibliotekets mötesrum, invånarhuset i Ängsby samt gymnastiksalarna och klassrummen i skolorna i Björkbacka och Kyrkbyn kvällstid och under veckoslut utan avgift.</p><p>Lokalerna bokas i stadens lokalbokningstjänst eller hos koordinatorerna senast en vecka före evenemanget. Avgiftsfriheten gäller evenemang som är öppna för alla eller för organisationens medlemmar och som inte är kommersiella.</p>",
                ),
            ),
        ],
    },
    {
        "date": "2026-10-06",
        "slug": t("saattoapuun-etsitaan-vapaaehtoisia", "frivilliga-sokes-for-ledsagning"),
        "title": t("Saattoapuun etsitään vapaaehtoisia", "Frivilliga sökes för ledsagning"),
        "intro": t(
            "Moni ikääntynyt tarvitsee seuraa lääkäriin tai asioille. Voisitko lähteä mukaan pari kertaa kuussa?",
            "Många äldre behöver sällskap till läkaren eller när de ska uträtta ärenden. Kunde du följa med ett par gånger i månaden?",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Saattoavussa vapaaehtoinen lähtee kuntalaisen mukaan esimerkiksi terveysasemalle, sairaalaan, kampaajalle tai pankkiin. Vapaaehtoinen auttaa matkalla ja odottaa tarvittaessa, mutta ei osallistu hoitoon eikä tee päätöksiä toisen puolesta.</p><p>Tänä syksynä saattoapua on pyydetty enemmän kuin koskaan, ja erityisesti Kirkonkylään ja saaristoon tarvitaan lisää vapaaehtoisia. Riittää, että sinulla on aikaa arkipäivisin. Oma auto on eduksi mutta ei välttämätön: voitte kulkea myös linja-autolla tai palvelulinjalla. Matkakulut korvataan sovitusti.</p><p>Uusille vapaaehtoisille järjestetään kahden tunnin perehdytys 21.10. klo 17–19 kirjastossa. Ilmoittaudu sivustolla tai soita koordinaattoreille.</p>",
                    "<p>Vid ledsagning följer den frivilliga med en kommuninvånare till exempel till hälsostationen, sjukhuset, frisören eller banken. Den frivilliga hjälper till under resan och väntar vid behov, men deltar inte i vården och fattar inga beslut för någon annans räkning.</p><p>I höst har fler än någonsin bett om ledsagning, och det behövs fler frivilliga särskilt i Kyrkbyn och skärgården. Det räcker att du har tid på vardagar. Egen bil är en fördel men inget krav: ni kan också åka buss eller servicelinje. Resekostnaderna ersätts enligt överenskommelse.</p><p>För nya frivilliga ordnas en introduktion på två timmar 21.10 kl. 17–19 i biblioteket. Anmäl dig på webbplatsen eller ring koordinatorerna.</p>",
                ),
            ),
        ],
    },
    {
        "date": "2026-11-10",
        "slug": t("syksyn-mita-kuuluu-soitot", "hostens-hur-mar-du-samtal"),
        "title": t(
            "Syksyn Mitä kuuluu? -soitoissa yli 2 000 puhelua",
            "Över 2 000 samtal i höstens Hur mår du?-kampanj",
        ),
        "intro": t(
            "Vapaaehtoiset soittivat syys–lokakuussa yli 80-vuotiaille kuntalaisille. Puheluissa tuli esiin 131 avun tarvetta.",
            "Frivilliga ringde i september–oktober till kommuninvånare över 80 år. I samtalen kom 131 hjälpbehov fram.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Syksyn Mitä kuuluu? -kampanjassa 64 vapaaehtoista soitti kaikkiaan 2 140 puhelua yli 80-vuotiaille koivurantalaisille. Useimmat kertoivat voivansa hyvin, ja moni kiitti ennen kaikkea juttuseurasta.</p><p>Puheluissa tuli esiin 131 avun tarvetta. Niistä 97 hoidettiin vapaaehtoisten avulla, esimerkiksi kauppa- ja apteekkiasiointina, saattoapuna tai ystävätoimintana. 34 tarvetta ohjattiin ammattilaisille, kuten hyvinvointialueen kotihoitoon tai sosiaalityöhön.</p><p>Vapaaehtoiset antoivat kampanjaan noin 520 tuntia. Kun vapaaehtoistyön arvoksi lasketaan 10 euroa tunnilta, kampanjan arvo oli noin 5 200 euroa. Kiitos kaikille soittajille!</p>",
                    "<p>I höstens Hur mår du?-kampanj ringde 64 frivilliga sammanlagt 2 140 samtal till björkstrandsbor över 80 år. De flesta berättade att de mår bra, och många tackade framför allt för pratstunden.</p><p>I samtalen kom 131 hjälpbehov fram. Av dem sköttes 97 med hjälp av frivilliga, till exempel som inköps- och apoteksärenden, ledsagning eller vänverksamhet. 34 behov hänvisades till yrkespersoner, till exempel välfärdsområdets hemvård eller socialarbete.</p><p>De frivilliga gav kampanjen cirka 520 timmar. När värdet av frivilligt arbete räknas till 10 euro i timmen var kampanjens värde cirka 5 200 euro. Tack till alla som ringde!</p>",
                ),
            ),
        ],
    },
    {
        "date": "2026-11-18",
        "slug": t("kiitosilta-vapaaehtoisille", "tackkvall-for-frivilliga"),
        "title": t(
            "Tervetuloa vapaaehtoisten kiitosiltaan 5.12.",
            "Välkommen på tackkväll för frivilliga 5.12",
        ),
        "intro": t(
            "Kansainvälisenä vapaaehtoisten päivänä kiitämme kaikkia, jotka ovat auttaneet Koivurannassa tänä vuonna.",
            "På den internationella frivilligdagen tackar vi alla som har hjälpt till i Björkstrand i år.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Kaupunki, järjestöt ja seurakunnat kutsuvat kaikki vapaaehtoiset virkistysiltaan lauantaina 5.12. klo 17–20 Kulttuuritalo Makasiiniin, Satamakatu 8. Luvassa on iltapalaa, musiikkia ja yhdessäoloa. Ilta on vapaaehtoisille maksuton.</p><p>Illan aikana kiitämme muun muassa syksyn Mitä kuuluu? -soittajia ja uusia saattohoidon vapaaehtoisia. Voit samalla pyytää todistuksen tämän vuoden vapaaehtoistyöstäsi.</p><p>Ilmoittaudu sivustolla tai koordinaattoreille viimeistään 27.11., jotta osaamme varata tarjoilua riittävästi. Kerro samalla erityisruokavaliostasi ja siitä, tarvitsetko kyydin tai muuta apua.</p>",
                    "<p>Staden, organisationerna och församlingarna bjuder in alla frivilliga till en rekreationskväll lördagen 5.12 kl. 17–20 i Kulturhuset Magasinet, Hamngatan 8. Det blir kvällsmål, musik och samvaro. Kvällen är avgiftsfri för frivilliga.</p><p>Under kvällen tackar vi bland andra höstens Hur mår du?-ringare och de nya frivilliga inom vård i livets slutskede. Du kan samtidigt be om ett intyg över ditt frivilliga arbete i år.</p><p>Anmäl dig på webbplatsen eller hos koordinatorerna senast 27.11 så att vi kan beställa tillräckligt med servering. Berätta samtidigt om din specialdiet och om du behöver skjuts eller annan hjälp.</p>",
                ),
            ),
        ],
    },
]
