"""Every Finnish bullet of slides 1-7 of the source deck (../shared/seed/kuntakierros-2023.txt),
as written there, by slide. The title slide's texts are checked separately."""

SLIDES = {
    1: [
        "Sopimukset allekirjoitettu",
        "Vastuunjakotaulukon liitteitä työstetään",
        "Työllisyyden liite alkuvuonna 2024",
        "Kotoutumisen osalta vuoden loppuun mennessä",
        "Tiedolla johtaminen ja hankkeet vuoden loppuun mennessä",
        "Järjestöavustusten periaatteet sovittu",
        "HVA :lla toiminta-avustuksia ei jaeta  järjestöperusteella vaan toiminnan mukaan",
        "Osuuskunnat ja säätiöt eivät mukana ohje-esityksessä",
        "Hyvinvoinnin ja terveyden edistämisen lautakunta seuraa hyvinvoinnin ja "
        "terveyden edistämisen kuntayhteistyötä hyvinvointialueen näkökulmasta "
        "hallintosäännön mukaan",
        "Kooste esitellään myös lautakunnan kokouksessa 12.10.2023",
    ],
    2: [
        "Kokoonpanossa kumppanuuspäällikkö, kansanterveyden keskuksen "
        "edustajat, maakuntaliiton edustaja, Hva:en hyte-yhteyshenkilö sekä "
        "hytelautakunnan pj Hva:en osalta (vaihdellen) kehittämisjohtajan "
        "lisäksi",
        "KIITOS erinomaisista ja rakentavista keskusteluista ja palautteesta!",
        "Yhteistyötä halutaan tehdä ja se nähdään välttämättömänä Pohjois- "
        "Karjalan pärjäämisen kannalta",
        "HVA:n koettiin eriytyneen kunnista ja toivottiin, että tiiviimpi yhteys vahvistuisi",
    ],
    3: [
        "Oppilashuollon asiat koettiin pääosin menneen hyvään suuntaan",
        "yhdessä kunnassa koettiin henkilöstön vaihtuvuuden haittaavan yhteistyötä tällä hetkellä",
        "Perhekeskusverkosto toimii ja vahvistuu",
        "Yhteiseen tavoitteen asetteluun (ylipaino, mt- ja päihde ja yksinäisyys) on jo "
        "suunnitelmatyössä päästy hyvin, monissa kunnissa hyte hyvin sisällä talousarvio- "
        "ja tilinpäätöstyössä",
        "Hytekoordinaatioon panostettu kunnissa ja koordinaattoriverkostossa toimimisen "
        "koettiin tukevan samaan suuntaan menemistä",
        "Ehkäisevässä päihdetyössä tehty paljon asioita yhteistyössä",
        "Esim. pakka-toiminta",
        "Valmiuden ja varautumisen rakenteet koettiin pääosin hyvinä ja toimivina – "
        "yhteistyötä kuitenkin halutaan tiivistää erityisesti suunnitelmien läpikäynnin ja "
        "roolien yhteensovittamisen merkeissä",
    ],
    4: [
        "Kuntouttavan työtoiminnan tilanne huolestuttaa kuntia",
        "Yhteistyön koetaan kadonneen –syitä lienee useita",
        "Osa kuntouttavasta toiminnasta hoidetaan ostopalveluina",
        "Kilpailutuksen läpiviennissä oli viiveitä ja henkilökuntaa piti rekrytoida vuoden "
        "vaihteessa",
        "Palvelupoluissa tapahtunut muutoksia ja kriteerit on yhdenmukaistettu hyvinvointialueella "
        "vastaamaan sosiaalihuoltolakia ja lakia kuntouttavasta työtoiminnasta",
        "Asiakkaan sijoittaminen kuntouttavaan työtoimintaan edellyttää, että asiakkaalla "
        "on sellaisia elämänhallinnan tai työ ja toimintakyvyn ongelmia, joiden vuoksi hän "
        "ei pysty osallistumaan julkisiin työvoimapalveluihin tai työhön.",
        "TE- toimiston on ennen   toimenpiteisiin  ryhtymistä varmistettava, että henkilölle "
        "on tehty lain 916/2012 mukainen työllistymissuunnitelma tai työnhakijan "
        "haastattelu",
        "Ennen kuntouttavaa työtoimintaa koskevan päätöksen tekemistä on selvitettävä, "
        "onko asiakkaalle mahdollista tarjota työtä  tai julkisia työvoimapalveluja kuten "
        "työvoimakoulutusta, työhönvalmennusta tai muita työvoimahallinnon "
        "toimenpiteitä.",
        "Asiaa käsitellään hallituksessa  mahdollisimman pian ja tarkastuslautakunnassa  "
        "31.10.-> tahtotila jatkaa keskustelua, että yhteinen ymmärrys ja tekeminen "
        "löytyvät.",
    ],
    5: [
        "Vastinparit tilojen- ja maankäytön ja kaavoituksen osalta tarkennettava HVA kanssa",
        "Työllisyyden yhdyspinnan kysymykset",
        "Kotoutuminen – kaksi ulottuvuutta: maahanmuuttajien sotepalvelujen käyttö ja "
        "kansainvälinen rekrytointi",
        "Vapaan sivistystyön yhteistyötä kannattaa jatkossa hyödyntää vielä tehokkaammin esim. "
        "asumisyksiköiden kanssa tehtävä yhteistyö",
        "Toivotaan yhteistyötä kansallisten kyselyiden suhteen",
        "Järjestöjen alueellisen toiminnan vahvistaminen",
    ],
    6: [
        "Kunnat työstävät kuvausta yhteistyöverkostoista lokakuun loppuun mennessä yhteiseen "
        "exceliin -> päällekkäisen työn poistaminen ja tiedonkulun varmistaminen",
        "Tiedolla johtaminen – yhteinen raportointipohjaluonnos hyväksyttäväksi seuraavaan "
        "strategiseen tapaamiseen",
        "Asiantuntijatuki HVA:lta kunnille",
        "Kunnat jättävät toiveensa tiedolla johtamiseen liittyen myös lokakuun loppuun mennessä",
        "Hytetrendi katsaus – Maakuntaliitto ?",
    ],
    7: [
        "Työllisyyden hoidon yhdyspintaan HVA nimeää vastuuhenkilön , joka toimisi "
        "yhteyshenkilönä ja koordinoivana tahona hva päin ja suhteessa kuntiin (HVA:lla "
        "pohditaan, mikä taho parhaiten vastaisi yhteyshlöroolista)",
        "Kuntouttava työtoiminta –hankkee(t) tukevat yhteistyön edistämistä",
        "Kotoutumisessa myös hyvä nimetä HVA vastuuhenkilö",
        "Roolien selkeytys",
        "Hr-johtajan infot kansainvälisistä rekrytoinneista",
        "Elintapaohjauksen sopimus valmisteilla (STM suositus)",
        "Tiedonkulku ja ennakointi sekä viestintä hyteasioista",
        "Luottamuksen lisääminen ja keskusteluyhteydet",
        "Hankerahoitusvarauksista esitys",
        "Hytesuunnitelma ja kertomus – työskentely käyntiin 1/2024",
        "Konkreettinen tekeminen toiveena",
        "Seuraavat neuvottelut kunnissa keväällä 2024 (maalis-huhtikuu?)",
    ],
}
ALL_BULLETS = [bullet for slide in SLIDES.values() for bullet in slide]
