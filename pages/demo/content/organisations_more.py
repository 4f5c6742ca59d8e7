"""The second half of the demo organisations; `organisations.ORGANISATIONS` includes these."""

# ruff: noqa: E501

from . import t

KOIVURANTA = t("Koivuranta", "Björkstrand")

MORE_ORGANISATIONS = [
    {
        "slug": t("monikulttuurinen-yhdistys-silta", "mangkulturella-foreningen-bron"),
        "title": t("Monikulttuurinen yhdistys Silta ry", "Mångkulturella föreningen Bron rf"),
        "intro": t(
            "Yhdistys, joka auttaa Koivurantaan muualta muuttaneita pääsemään alkuun: kielikahvila, arjen asiointiapu ja vertaisryhmät.",
            "En förening som hjälper dem som har flyttat till Björkstrand från annat håll att komma i gång: språkcafé, hjälp med ärenden i vardagen och kamratgrupper.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Siltaan kuuluu sekä Koivurantaan muualta muuttaneita että pitkään täällä asuneita. Kielikahvilassa harjoitellaan suomea ja ruotsia rennosti kahvin äärellä, ja läksykerho auttaa koululaisia. Vapaaehtoiset neuvovat myös lomakkeiden täyttämisessä ja lähtevät tarvittaessa mukaan virastoon tai terveysasemalle.</p><p>Naisten vertaisryhmä ja isien ryhmä kokoontuvat kerran viikossa. Vapaaehtoiset eivät toimi tulkkeina: viralliseen asiointiin tilataan aina ammattitulkki.</p>",
                    "<p>I Bron finns både människor som har flyttat till Björkstrand från annat håll och sådana som har bott här länge. På språkcaféet övar vi finska och svenska avslappnat över en kopp kaffe, och läxhjälpen hjälper skolelever. De frivilliga ger också råd när man ska fylla i blanketter och följer vid behov med till en myndighet eller till hälsostationen.</p><p>En kamratgrupp för kvinnor och en grupp för pappor träffas en gång i veckan. De frivilliga fungerar inte som tolkar: till officiella ärenden beställs alltid en professionell tolk.</p>",
                ),
            )
        ],
        "networks": ["families", "working_age"],
        "areas": ["satamanranta", "keskusta"],
        "activities": ["service", "clubs", "peer_groups"],
        "languages_served": t(
            "suomi, ruotsi, englanti, arabia, ukraina, somali",
            "finska, svenska, engelska, arabiska, ukrainska, somaliska",
        ),
        "contact_person": "Nadia Haddad",
        "email": "silta@silta-koivuranta.example",
        "phone": "040 000 0118",
        "street_address": t("Satamakatu 3", "Hamngatan 3"),
        "postal_code": "12380",
        "town": KOIVURANTA,
        "website": "https://silta-koivuranta.example/",
        "meeting_places": [
            {
                "name": t("Satamanrannan asukastila", "Invånarlokalen vid Hamnstranden"),
                "address": t("Satamakatu 3, 12380 Koivuranta", "Hamngatan 3, 12380 Björkstrand"),
                "accessibility": t(
                    "Esteetön sisäänkäynti kadulta. Lastenvaunut mahtuvat sisälle.",
                    "Tillgänglig ingång från gatan. Barnvagnar ryms in.",
                ),
            }
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme kielikahvilan vapaaehtoisia ja läksykerhon ohjaajia. Riittää, että puhut hyvin suomea tai ruotsia.",
            "Vi söker frivilliga till språkcaféet och ledare för läxhjälpen. Det räcker att du talar bra finska eller svenska.",
        ),
    },
    {
        "slug": t("koivurannan-vammaisyhdistys", "bjorkstrands-handikappforening"),
        "title": t("Koivurannan Vammaisyhdistys ry", "Björkstrands handikappförening rf"),
        "intro": t(
            "Vammaisten ihmisten ja heidän läheistensä yhdistys: vertaistukea, saattoapua ja työtä esteettömyyden puolesta.",
            "En förening för personer med funktionsnedsättning och deras närstående: kamratstöd, ledsagning och arbete för tillgänglighet.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Vammaisyhdistyksessä on noin 200 jäsentä, joilla on liikunta-, näkö-, kuulo- tai muu vamma. Vertaisryhmät kokoontuvat kerran kuussa, ja kesällä teemme esteettömän retken.</p><p>Yhdistyksen saattajat auttavat jäseniä pääsemään harrastuksiin, kulttuuritapahtumiin ja asioille. Esteettömyyskartoittajamme kiertävät kaupungin uusia rakennuksia ja puistoja ja antavat palautetta suunnittelijoille. Yhdistyksen edustaja istuu kaupungin vammaisneuvostossa.</p>",
                    "<p>Handikappföreningen har cirka 200 medlemmar med rörelse-, syn-, hörsel- eller annan funktionsnedsättning. Kamratgrupperna träffas en gång i månaden, och på sommaren gör vi en tillgänglig utfärd.</p><p>Föreningens ledsagare hjälper medlemmarna att komma till fritidsaktiviteter, kulturevenemang och ärenden. Våra tillgänglighetskartläggare besöker stadens nya byggnader och parker och ger respons till planerarna. Föreningens representant sitter i stadens råd för personer med funktionsnedsättning.</p>",
                ),
            )
        ],
        "networks": ["working_age", "seniors"],
        "areas": ["whole_town"],
        "activities": ["peer_groups", "service", "advocacy"],
        "languages_served": t(
            "suomi, ruotsi, suomalainen viittomakieli",
            "finska, svenska, finskt teckenspråk",
        ),
        "contact_person": "Leena Salminen",
        "email": "toimisto@vammaisyhdistys-koivuranta.example",
        "phone": "040 000 0119",
        "street_address": t("Kauppakatu 12", "Handelsgatan 12"),
        "postal_code": "12340",
        "town": KOIVURANTA,
        "website": "https://vammaisyhdistys-koivuranta.example/",
        "meeting_places": [
            {
                "name": t("Järjestökeskus", "Organisationscentret"),
                "address": t(
                    "Kauppakatu 12, 12340 Koivuranta", "Handelsgatan 12, 12340 Björkstrand"
                ),
                "accessibility": t(
                    "Esteetön sisäänkäynti, automaattiovet ja hissi. Kokoushuoneissa on induktiosilmukka. Esteetön wc ja liikkumisesteisten pysäköintipaikat.",
                    "Tillgänglig ingång, automatiska dörrar och hiss. I mötesrummen finns en induktionsslinga. Tillgänglig toalett och parkeringsplatser för rörelsehindrade.",
                ),
            }
        ],
        "accessibility_notes": t(
            "Tilaisuuksiin voi pyytää viittomakielen tulkin tai kirjoitustulkin viimeistään kaksi viikkoa etukäteen.",
            "Du kan be om teckenspråkstolk eller skrivtolk till evenemangen senast två veckor i förväg.",
        ),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme saattajia iltoihin ja viikonloppuihin. Saattajakoulutus järjestetään kahdesti vuodessa.",
            "Vi söker ledsagare för kvällar och veckoslut. Ledsagarutbildning ordnas två gånger om året.",
        ),
    },
    {
        "slug": t("koivumaen-talkooporukka", "talkoganget-i-bjorkbacka"),
        "title": t("Koivumäen talkooporukka", "Talkogänget i Björkbacka"),
        "intro": t(
            "Naapurien vapaamuotoinen porukka, joka siivoaa puistoja, auttaa pihatöissä ja järjestää kerran vuodessa kortteliriehan.",
            "Ett fritt gäng grannar som städar parker, hjälper till med trädgårdsarbete och ordnar en kvartersfest en gång om året.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Talkooporukka sai alkunsa, kun muutama naapuri päätti siivota Koivumäen leikkipuiston keväällä 2022. Nyt viestiryhmässä on yli 90 koivumäkeläistä. Kun joku tarvitsee apua esimerkiksi haravointiin, lumitöihin tai kauppakassien kantamiseen, ryhmään lähtee viesti ja joku lupautuu auttamaan.</p><p>Porukalla ei ole jäsenmaksua eikä hallitusta. Yhteyshenkilö pitää yhteyttä kaupungin koordinaattoreihin, jotka välittävät alueen avunpyyntöjä myös porukalle. Elokuussa järjestämme kortteliriehan, jossa on kirpputori, grillimakkaraa ja pihapelejä.</p>",
                    "<p>Talkogänget kom till när några grannar bestämde sig för att städa lekparken i Björkbacka våren 2022. Nu finns över 90 björkbackabor i meddelandegruppen. När någon behöver hjälp till exempel med att kratta löv, skotta snö eller bära matkassar, skickas ett meddelande till gruppen och någon lovar att hjälpa till.</p><p>Gänget har ingen medlemsavgift och ingen styrelse. Kontaktpersonen håller kontakt med stadens koordinatorer, som också förmedlar hjälpbegäranden från området till gänget. I augusti ordnar vi en kvartersfest med loppis, grillkorv och gårdslekar.</p>",
                ),
            )
        ],
        "networks": ["seniors", "families"],
        "areas": ["koivumaki"],
        "activities": ["service", "events"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Pekka Rantanen",
        "email": "talkoot@koivumaki.example",
        "phone": "040 000 0120",
        "street_address": t("Koivukuja 7", "Björkgränden 7"),
        "postal_code": "12350",
        "town": KOIVURANTA,
        "website": "",
        "meeting_places": [],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Kaikki koivumäkeläiset ovat tervetulleita mukaan, vaikka vain kerran. Erityisesti lumitöihin tarvitaan lisää käsiä.",
            "Alla björkbackabor är välkomna att vara med, även bara en gång. Särskilt till snöskottningen behövs fler händer.",
        ),
    },
    {
        "slug": t("tahtipiiri", "stjarnkretsen"),
        "title": t(
            "Tähtipiiri – saattohoidon vapaaehtoiset",
            "Stjärnkretsen – frivilliga inom vård i livets slutskede",
        ),
        "intro": t(
            "Koulutettuja vapaaehtoisia, jotka tukevat kuolevaa ihmistä ja hänen läheisiään kotona, palvelutalossa ja sairaalassa.",
            "Utbildade frivilliga som stöder döende människor och deras närstående hemma, på servicehus och på sjukhus.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Tähtipiirin vapaaehtoiset ovat käyneet saattohoidon vapaaehtoisten koulutuksen, jonka kaupunki järjestää yhdessä hyvinvointialueen kotisairaalan kanssa. Vapaaehtoinen voi istua vierellä, lukea ääneen, kuunnella tai valvoa yön, jotta omainen saa levätä. Hoidosta vastaavat aina ammattilaiset.</p><p>Vapaaehtoiset tapaavat kerran kuussa vertaisillassa, jossa kokemuksia voi jakaa luottamuksellisesti. Kotisairaalan sairaanhoitaja ja seurakunnan sairaalapappi ovat mukana työnohjauksessa.</p>",
                    "<p>Stjärnkretsens frivilliga har gått utbildningen för frivilliga inom vård i livets slutskede, som staden ordnar tillsammans med välfärdsområdets hemsjukhus. Den frivilliga kan sitta bredvid, läsa högt, lyssna eller vaka en natt så att en anhörig får vila. Yrkespersoner ansvarar alltid för vården.</p><p>De frivilliga träffas en gång i månaden på en kamratkväll där man kan dela erfarenheter i förtroende. Hemsjukhusets sjukskötare och församlingens sjukhuspräst deltar i handledningen.</p>",
                ),
            )
        ],
        "networks": ["seniors", "families"],
        "areas": ["whole_town"],
        "activities": ["service", "peer_groups"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Marja Leinonen",
        "email": "tahtipiiri@saattohoito.example",
        "phone": "040 000 0121",
        "street_address": t("Terveystie 2", "Hälsovägen 2"),
        "postal_code": "12340",
        "town": KOIVURANTA,
        "website": "https://tahtipiiri.example/",
        "meeting_places": [
            {
                "name": t(
                    "Hyvinvointikeskus, kokoushuone Tähti",
                    "Välfärdscentralen, mötesrummet Stjärnan",
                ),
                "address": t("Terveystie 2, 12340 Koivuranta", "Hälsovägen 2, 12340 Björkstrand"),
                "accessibility": t(
                    "Esteetön sisäänkäynti ja hissi. Esteetön wc samassa kerroksessa.",
                    "Tillgänglig ingång och hiss. Tillgänglig toalett på samma våning.",
                ),
            }
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme uusia vapaaehtoisia syksyn koulutukseen, erityisesti ruotsinkielisiä. Tehtävä sopii aikuiselle, joka on saanut rauhan omien menetystensä kanssa.",
            "Vi söker nya frivilliga till höstens utbildning, särskilt svenskspråkiga. Uppdraget passar en vuxen som har kommit till ro med sina egna förluster.",
        ),
    },
    {
        "slug": t("nuoret-tekijat", "unga-gorare"),
        "title": t("Koivurannan Nuoret Tekijät ry", "Unga görare i Björkstrand rf"),
        "intro": t(
            "Nuorisojärjestö, joka tarjoaa 13–17-vuotiaille pieniä töitä, kerhoja ja ensimmäisen kosketuksen työelämään.",
            "En ungdomsorganisation som erbjuder 13–17-åringar småjobb, klubbar och en första kontakt med arbetslivet.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Nuoret Tekijät välittää nuorille pieniä töitä kotitalouksiin, esimerkiksi nurmikon leikkuuta, ikkunanpesua ja koiran ulkoiluttamista. Nuori saa palkan, ja kotitalous saa apua kohtuulliseen hintaan. Ennen ensimmäistä työtä jokainen nuori käy lyhyen työelämäkoulutuksen.</p><p>Vapaaehtoiset aikuiset ohjaavat Niittylän ja Kirkonkylän kouluilla kerhoja, joissa lapset ja nuoret rakentavat, kokkaavat ja hoitavat kasvimaata. Syksyllä kerholaiset myyvät satoaan Kirkonkylän sadonkorjuumarkkinoilla. Kerhoissa toimitaan lasten kanssa, joten ohjaajia pyydetään näyttämään rikostaustaote.</p>",
                    "<p>Unga görare förmedlar småjobb i hushåll åt unga, till exempel gräsklippning, fönstertvätt och hundrastning. Den unga får lön, och hushållet får hjälp till ett rimligt pris. Före det första jobbet går varje ung person en kort utbildning om arbetslivet.</p><p>Frivilliga vuxna leder klubbar i skolorna i Ängsby och Kyrkbyn, där barn och unga bygger, lagar mat och sköter en köksträdgård. På hösten säljer klubbdeltagarna sin skörd på skördemarknaden i Kyrkbyn. I klubbarna arbetar man med barn, och därför ber vi ledarna visa upp ett straffregisterutdrag.</p>",
                ),
            )
        ],
        "networks": ["youth", "children"],
        "areas": ["niittyla", "kirkonkyla"],
        "activities": ["clubs", "events"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Hanna Laaksonen",
        "email": "toimisto@nuorettekijat.example",
        "phone": "040 000 0122",
        "street_address": t("Niittytie 12", "Ängsvägen 12"),
        "postal_code": "12360",
        "town": KOIVURANTA,
        "website": "https://nuorettekijat.example/",
        "meeting_places": [
            {
                "name": t("Niittylän koulu", "Ängsby skola"),
                "address": t("Niittytie 12, 12360 Koivuranta", "Ängsvägen 12, 12360 Björkstrand"),
                "accessibility": t(
                    "Kerhotila on katutasossa. Esteetön wc on koulun aulassa.",
                    "Klubbrummet ligger i gatuplanet. Tillgänglig toalett finns i skolans aula.",
                ),
            }
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme kerho-ohjaajia, joilla on aikaa yhtenä iltapäivänä viikossa. Erityisesti puutyö- ja ruoanlaittotaidot ovat tervetulleita.",
            "Vi söker klubbledare som har tid en eftermiddag i veckan. Särskilt kunskaper i träslöjd och matlagning är välkomna.",
        ),
    },
    {
        "slug": t("koivurannan-tyonhakijat", "bjorkstrands-arbetssokande"),
        "title": t("Koivurannan Työnhakijat ry", "Björkstrands arbetssökande rf"),
        "intro": t(
            "Työttömien ja työtä hakevien yhdistys: edullinen lounas, vertaistukea ja mielekästä tekemistä.",
            "En förening för arbetslösa och arbetssökande: förmånlig lunch, kamratstöd och meningsfull verksamhet.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Yhdistyksen kohtaamispaikassa keskustassa tarjoillaan arkisin edullinen lounas. Vertaisryhmässä jaetaan kokemuksia työnhausta ja harjoitellaan työhaastatteluja, ja atk-kerhossa opetellaan käyttämään sähköisiä palveluja.</p><p>Yhdistys tuo työttömien arjen päättäjien tietoon: osallistumme kaupungin työllisyysasioiden keskusteluihin ja teemme aloitteita. Vapaaehtoistyö yhdistyksessä on monelle tapa pitää yllä päivärytmiä ja ammattitaitoa, ja siitä saa todistuksen.</p>",
                    "<p>På föreningens mötesplats i centrum serveras en förmånlig lunch på vardagar. I kamratgruppen delar man erfarenheter av att söka jobb och övar på arbetsintervjuer, och i datorklubben lär man sig använda e-tjänster.</p><p>Föreningen berättar för beslutsfattarna hur vardagen ser ut för arbetslösa: vi deltar i stadens diskussioner om sysselsättning och lämnar in initiativ. För många är frivilligt arbete i föreningen ett sätt att upprätthålla dygnsrytmen och yrkesskickligheten, och man får ett intyg över det.</p>",
                ),
            )
        ],
        "networks": ["working_age"],
        "areas": ["keskusta"],
        "activities": ["peer_groups", "advocacy", "clubs"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Kari Nieminen",
        "email": "info@tyonhakijat-koivuranta.example",
        "phone": "040 000 0123",
        "street_address": t("Asemakatu 5", "Stationsgatan 5"),
        "postal_code": "12340",
        "town": KOIVURANTA,
        "website": "https://tyonhakijat-koivuranta.example/",
        "meeting_places": [
            {
                "name": t("Kohtaamispaikka Asemakatu", "Mötesplatsen på Stationsgatan"),
                "address": t("Asemakatu 5, 12340 Koivuranta", "Stationsgatan 5, 12340 Björkstrand"),
                "accessibility": t(
                    "Sisäänkäynnillä on kolme porrasta ja kaide. Pyörätuolilla pääsee sisään pihan puolelta, kun soittaa ovikelloa.",
                    "Vid ingången finns tre trappsteg och en ledstång. Med rullstol kommer man in från gården genom att ringa på dörrklockan.",
                ),
            }
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": True,
        "volunteer_needs": t(
            "Etsimme apukäsiä lounaskeittiöön ja atk-kerhon ohjaajaa.",
            "Vi söker hjälp i lunchköket och en ledare för datorklubben.",
        ),
    },
    {
        "slug": t("seurakuntien-perhekerhot", "forsamlingarnas-familjeklubbar"),
        "title": t(
            "Koivurannan seurakuntien perhekerhot", "Familjeklubbarna i Björkstrands församlingar"
        ),
        "intro": t(
            "Maksuttomia perhekerhoja vauvoille, leikki-ikäisille ja heidän aikuisilleen Satamanrannassa ja Niittylässä.",
            "Avgiftsfria familjeklubbar för småbarn, barn i lekåldern och deras vuxna vid Hamnstranden och i Ängsby.",
        ),
        "body": [
            (
                "paragraph",
                t(
                    "<p>Perhekerhossa lauletaan, leikitään, askarrellaan ja syödään yhdessä välipalaa. Kerho alkaa ja päättyy lyhyellä hartaushetkellä, mutta kaikki perheet ovat tervetulleita vakaumuksesta riippumatta. Ruotsinkielisen seurakunnan perhekerho kokoontuu keskiviikkoisin.</p><p>Kerhoja ohjaavat seurakuntien lastenohjaajat, ja vapaaehtoiset auttavat välipalan kanssa ja leikkivät lasten kanssa. Kerran kuussa isät ja isovanhemmat ovat erityisesti kutsuttuja lauantaikerhoon.</p>",
                    "<p>På familjeklubben sjunger, leker, pysslar och äter vi mellanmål tillsammans. Klubben börjar och slutar med en kort andakt, men alla familjer är välkomna oberoende av livsåskådning. Den svenska församlingens familjeklubb träffas på onsdagar.</p><p>Klubbarna leds av församlingarnas barnledare, och frivilliga hjälper till med mellanmålet och leker med barnen. En gång i månaden är pappor och mor- och farföräldrar särskilt inbjudna till lördagsklubben.</p>",
                ),
            )
        ],
        "networks": ["children", "families"],
        "areas": ["satamanranta", "niittyla"],
        "activities": ["clubs"],
        "languages_served": t("suomi, ruotsi", "finska, svenska"),
        "contact_person": "Katariina Holm",
        "email": "perhekerhot@seurakunnat-koivuranta.example",
        "phone": "040 000 0124",
        "street_address": t("Satamakatu 15", "Hamngatan 15"),
        "postal_code": "12380",
        "town": KOIVURANTA,
        "website": "https://seurakunnat-koivuranta.example/perhekerhot/",
        "meeting_places": [
            {
                "name": t("Satamanrannan kerhotila", "Klubblokalen vid Hamnstranden"),
                "address": t("Satamakatu 15, 12380 Koivuranta", "Hamngatan 15, 12380 Björkstrand"),
                "accessibility": t(
                    "Esteetön sisäänkäynti, vaunuparkki sisällä ja vaipanvaihtopaikka.",
                    "Tillgänglig ingång, barnvagnsparkering inomhus och skötbord.",
                ),
            },
            {
                "name": t("Niittylän asukastalo", "Invånarhuset i Ängsby"),
                "address": t("Niittytie 3, 12360 Koivuranta", "Ängsvägen 3, 12360 Björkstrand"),
                "accessibility": t(
                    "Esteetön sisäänkäynti ja wc.", "Tillgänglig ingång och toalett."
                ),
            },
        ],
        "accessibility_notes": t("", ""),
        "looking_for_volunteers": False,
        "volunteer_needs": t("", ""),
    },
]
