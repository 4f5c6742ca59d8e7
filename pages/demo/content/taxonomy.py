"""Life-stage networks, areas and activity types of the demo municipality."""

# ruff: noqa: E501

from . import t

NETWORKS = [
    {
        "key": "children",
        "slug": t("lapset", "barn"),
        "name": t("Lapset", "Barn"),
        "description": t(
            "Toimintaa lapsille ja lasten kanssa: kerhoja, leikkiä, liikuntaa ja turvallisia aikuisia lähellä.",
            "Verksamhet för och med barn: klubbar, lek, motion och trygga vuxna i närheten.",
        ),
    },
    {
        "key": "youth",
        "slug": t("nuoret", "unga"),
        "name": t("Nuoret", "Unga"),
        "description": t(
            "Harrastuksia ja kohtaamispaikkoja nuorille sekä mahdollisuuksia tehdä itse vapaaehtoistyötä ja vaikuttaa.",
            "Fritidsverksamhet och mötesplatser för unga och möjligheter att själv göra frivilligt arbete och påverka.",
        ),
    },
    {
        "key": "families",
        "slug": t("perheet", "familjer"),
        "name": t("Perheet", "Familjer"),
        "description": t(
            "Vertaistukea, perhekahviloita ja yhteistä tekemistä lapsiperheille ja koko perheelle.",
            "Kamratstöd, familjecaféer och gemensam verksamhet för barnfamiljer och hela familjen.",
        ),
    },
    {
        "key": "working_age",
        "slug": t("tyoikaiset", "personer-i-arbetsfor-alder"),
        "name": t("Työikäiset", "Personer i arbetsför ålder"),
        "description": t(
            "Vertaistukea, osallisuutta ja arjen apua työikäisille, myös työttömille, omaishoitajille ja kuntoutujille.",
            "Kamratstöd, delaktighet och hjälp i vardagen för personer i arbetsför ålder, också för arbetslösa, närståendevårdare och personer i rehabilitering.",
        ),
    },
    {
        "key": "seniors",
        "slug": t("seniorit", "seniorer"),
        "name": t("Seniorit", "Seniorer"),
        "description": t(
            "Seuraa, liikuntaa, asiointiapua ja Mitä kuuluu? -soittoja ikääntyneille kuntalaisille.",
            "Sällskap, motion, hjälp med ärenden och Hur mår du?-samtal för äldre kommuninvånare.",
        ),
    },
]

AREAS = [
    {
        "key": "keskusta",
        "slug": t("keskusta", "centrum"),
        "name": t("Keskusta", "Centrum"),
        "description": t(
            "Kaupungin keskusta, jossa ovat kauppatori, kirjasto, kaupungintalo ja hyvinvointikeskus.",
            "Stadens centrum med salutorget, biblioteket, stadshuset och välfärdscentralen.",
        ),
    },
    {
        "key": "satamanranta",
        "slug": t("satamanranta", "hamnstranden"),
        "name": t("Satamanranta", "Hamnstranden"),
        "description": t(
            "Vanha satama-alue ja sen uudet kerrostalot meren rannalla.",
            "Det gamla hamnområdet och de nya flervåningshusen vid havet.",
        ),
    },
    {
        "key": "koivumaki",
        "slug": t("koivumaki", "bjorkbacka"),
        "name": t("Koivumäki", "Björkbacka"),
        "description": t(
            "Omakoti- ja rivitaloalue keskustan pohjoispuolella. Alueella on koulu ja urheilukenttä.",
            "Egnahems- och radhusområde norr om centrum. I området finns en skola och en idrottsplan.",
        ),
    },
    {
        "key": "kirkonkyla",
        "slug": t("kirkonkyla", "kyrkbyn"),
        "name": t("Kirkonkylä", "Kyrkbyn"),
        "description": t(
            "Vanha kirkonkylä kirkon ja seurakuntatalon ympärillä, noin viiden kilometrin päässä keskustasta.",
            "Den gamla kyrkbyn kring kyrkan och församlingshemmet, cirka fem kilometer från centrum.",
        ),
    },
    {
        "key": "niittyla",
        "slug": t("niittyla", "angsby"),
        "name": t("Niittylä", "Ängsby"),
        "description": t(
            "Lapsiperheiden suosima asuinalue, jossa on päiväkoti, koulu ja asukastalo.",
            "Bostadsområde som är populärt bland barnfamiljer, med daghem, skola och invånarhus.",
        ),
    },
    {
        "key": "saaristo",
        "slug": t("saaristo", "skargarden"),
        "name": t("Saaristo", "Skärgården"),
        "description": t(
            "Kaupungin saaret ja rannikon kylät. Saariin pääsee lossilla ja yhteysaluksella.",
            "Stadens öar och byarna längs kusten. Till öarna kommer man med färja och förbindelsebåt.",
        ),
    },
    {
        "key": "whole_town",
        "slug": t("koko-kaupunki", "hela-staden"),
        "name": t("Koko kaupunki", "Hela staden"),
        "description": t(
            "Toimintaa, joka ei ole sidottu yhteen alueeseen.",
            "Verksamhet som inte är knuten till ett visst område.",
        ),
    },
]

ACTIVITIES = [
    {
        "key": "peer_groups",
        "slug": t("vertaisryhmat", "kamratgrupper"),
        "name": t("Vertaisryhmät", "Kamratgrupper"),
        "description": t(
            "Ryhmiä, joissa samassa elämäntilanteessa olevat ihmiset tukevat toisiaan.",
            "Grupper där människor i samma livssituation stöder varandra.",
        ),
    },
    {
        "key": "service",
        "slug": t("palveleva-toiminta", "hjalpverksamhet"),
        "name": t("Palveleva toiminta", "Hjälpverksamhet"),
        "description": t(
            "Ihmisten auttamista ja tukemista arjessa, esimerkiksi asiointiapua, saattoapua ja ystävätoimintaa.",
            "Hjälp och stöd i vardagen, till exempel hjälp med ärenden, ledsagning och vänverksamhet.",
        ),
    },
    {
        "key": "advocacy",
        "slug": t("vaikuttamistoiminta", "paverkansarbete"),
        "name": t("Vaikuttamistoiminta", "Påverkansarbete"),
        "description": t(
            "Yhteisiin asioihin vaikuttamista, esimerkiksi kannanottoja, lausuntoja ja yhteistyötä päättäjien kanssa.",
            "Att påverka gemensamma frågor, till exempel genom ställningstaganden, utlåtanden och samarbete med beslutsfattare.",
        ),
    },
    {
        "key": "events",
        "slug": t("tapahtumat", "evenemang"),
        "name": t("Tapahtumat", "Evenemang"),
        "description": t(
            "Yleisötapahtumia, talkoita ja juhlia, joiden järjestelyissä vapaaehtoiset auttavat.",
            "Publikevenemang, talkon och fester där frivilliga hjälper till med arrangemangen.",
        ),
    },
    {
        "key": "clubs",
        "slug": t("ryhmat-ja-kerhot", "grupper-och-klubbar"),
        "name": t("Ryhmät ja kerhot", "Grupper och klubbar"),
        "description": t(
            "Säännöllisesti kokoontuvia ryhmiä ja kerhoja, joita vapaaehtoiset ohjaavat.",
            "Grupper och klubbar som träffas regelbundet och leds av frivilliga.",
        ),
    },
]

KINDS_OF_HELP = [
    {
        "key": "errands",
        "slug": t("kauppa-ja-apteekkiasiointi", "inkops-och-apoteksarenden"),
        "name": t("Kauppa- ja apteekkiasiointi", "Inköps- och apoteksärenden"),
        "description": t(
            "Ostokset kaupasta tai apteekista sellaiselle, joka ei itse pääse asioimaan.",
            "Inköp från butiken eller apoteket åt den som inte själv kan uträtta ärendena.",
        ),
    },
    {
        "key": "accompaniment",
        "slug": t("saattoapu", "ledsagning"),
        "name": t("Saattoapu", "Ledsagning"),
        "description": t(
            "Seurana ja tukena lääkärissä, virastossa tai harrastuksessa.",
            "Sällskap och stöd till läkaren, en myndighet eller en hobby.",
        ),
    },
    {
        "key": "calls",
        "residents_can_ask": False,
        "slug": t("mita-kuuluu-soitot", "hur-mar-du-samtal"),
        "name": t("Mitä kuuluu? -soitot", "Hur mår du?-samtal"),
        "description": t(
            "Puhelu yksin asuvalle ikäihmiselle: kuulumiset ja tarvittaessa apua.",
            "Ett samtal till en äldre som bor ensam: hur det står till och hjälp vid behov.",
        ),
    },
    {
        "key": "visits",
        "slug": t("ystavatoiminta", "vanverksamhet"),
        "name": t("Ystävätoiminta", "Vänverksamhet"),
        "description": t(
            "Säännöllisiä tapaamisia, ulkoilua ja juttuseuraa.",
            "Regelbundna träffar, promenader och sällskap.",
        ),
    },
    {
        "key": "events",
        "residents_can_ask": False,
        "slug": t("tapahtuma-apu", "evenemangshjalp"),
        "name": t("Tapahtuma-apu", "Evenemangshjälp"),
        "description": t(
            "Apua tapahtumien ja talkoiden järjestelyissä.",
            "Hjälp med att ordna evenemang och talkon.",
        ),
    },
    {
        "key": "end_of_life",
        "slug": t("saattohoidon-vapaaehtoinen", "frivillig-inom-vard-i-livets-slutskede"),
        "name": t("Saattohoidon vapaaehtoinen", "Frivillig inom vård i livets slutskede"),
        "description": t(
            "Läsnäoloa kuolevan ihmisen ja hänen läheistensä rinnalla; vaatii koulutuksen.",
            "Närvaro hos en döende människa och de närstående; kräver utbildning.",
        ),
    },
    {
        "key": "group_leading",
        "residents_can_ask": False,
        "slug": t("ryhmanohjaus", "gruppledning"),
        "name": t("Ryhmänohjaus", "Gruppledning"),
        "description": t(
            "Vertais-, harraste- tai kerhoryhmän ohjaaminen.",
            "Att leda en kamratstöds-, hobby- eller klubbgrupp.",
        ),
    },
]

TRAININGS = [
    {
        "key": "orientation",
        "slug": t("perehdytys", "introduktion"),
        "name": t("Vapaaehtoisen perehdytys", "Introduktion för frivilliga"),
        "description": t(
            "Vapaaehtoistoiminnan perusteet, vaitiolovelvollisuus ja turvallisuus.",
            "Grunderna i frivilligarbetet, tystnadsplikt och säkerhet.",
        ),
        "orientation": True,
    },
    {
        "key": "end_of_life",
        "slug": t(
            "saattohoitovapaaehtoisen-koulutus", "utbildning-for-frivilliga-i-palliativ-vard"
        ),
        "name": t(
            "Saattohoitovapaaehtoisen koulutus", "Utbildning för frivilliga i palliativ vård"
        ),
        "description": t(
            "Kotisairaalan kanssa järjestetty koulutus saattohoitovapaaehtoisille.",
            "Utbildning för frivilliga i palliativ vård, ordnad med hemsjukhuset.",
        ),
        "valid_for_years": 3,
    },
    {
        "key": "first_aid",
        "slug": t("ensiapu", "forsta-hjalpen"),
        "name": t("Ensiapu", "Första hjälpen"),
        "description": t(
            "Elvytys, defibrillaattori ja yleisimmät sairauskohtaukset; kerrataan kolmen "
            "vuoden välein.",
            "Återupplivning, defibrillator och de vanligaste sjukdomsattackerna; repeteras "
            "vart tredje år.",
        ),
        "valid_for_years": 3,
    },
]

AGREEMENT_VERSION = "2026-1"
AGREEMENT = t(
    "<h2>Vaitiolovelvollisuus</h2><p>En kerro kenellekään, mitä olen vapaaehtoistehtävissä "
    "kuullut tai nähnyt avun saajan asioista. Vaitiolovelvollisuus jatkuu tehtävän "
    "päätyttyäkin.</p><h2>Toimintaohjeet</h2><ul><li>Kohtelen avun saajaa kunnioittavasti ja "
    "hänen toiveitaan kuunnellen.</li><li>En ota vastaan rahaa tai lahjoja.</li><li>Kerron "
    "koordinaattorille, jos olen huolissani avun saajan voinnista.</li><li>En tee tehtäviä, "
    "jotka kuuluvat ammattilaisille, kuten lääkkeiden jakamista.</li></ul>",
    "<h2>Tystnadsplikt</h2><p>Jag berättar inte för någon vad jag i mitt frivilliguppdrag "
    "har hört eller sett om mottagarens angelägenheter. Tystnadsplikten gäller också efter "
    "att uppdraget har upphört.</p><h2>Uppförandekod</h2><ul><li>Jag bemöter mottagaren med "
    "respekt och lyssnar på hens önskemål.</li><li>Jag tar inte emot pengar eller gåvor."
    "</li><li>Jag berättar för koordinatorn om jag är orolig för hur mottagaren mår.</li>"
    "<li>Jag utför inte uppgifter som hör till yrkesfolk, till exempel att dela ut "
    "läkemedel.</li></ul>",
)
