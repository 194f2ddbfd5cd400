# ruff: noqa: E501 (the Finnish purposes are data, kept on one line each)
"""A hand-labelled evaluation set: North Karelia cooperation networks and overlap labels.

The networks are realistic (names and purposes as coordinators write them in Finnish,
inflected differently), invented for evaluation. The label rule, written before tuning:
a pair is an overlap when the same thing is handled twice *by the same organisation or by
the same people*: two groups of one municipality on the same work, or a county/regional
network and a municipal one on the same work with the same people in both. Two
municipalities each running their own family centre network or student welfare group for
their own residents is NOT an overlap (each is needed), nor are similar-sounding networks
that do different things (vanhusneuvosto / vammaisneuvosto, kotoutuminen / kotihoito,
valmius / valmennus, työllisyys / työhyvinvointi). Ambiguous pairs are left unlabelled.

People are numbered organisation id * 100 + n, so 10301 works for Joensuu (103).
"""

from __future__ import annotations

from .features import NetworkFeatures

COUNTY, REGIONAL = 1, 2
HEINAVESI, ILOMANTSI, JOENSUU, JUUKA, KITEE, KONTIOLAHTI, LIEKSA = range(101, 108)
LIPERI, NURMES, OUTOKUMPU, POLVIJARVI, RAAKKYLA, TOHMAJARVI = range(108, 114)
MUNICIPALITIES = frozenset(range(101, 114))
POLICE, EMPLOYMENT_AREA, EHYT, MLL, PARISH, KELA = 201, 202, 203, 204, 205, 206
UNIVERSITY_OF_APPLIED_SCIENCES, RED_CROSS, SPORTS_FEDERATION, ELY, RESCUE = 208, 209, 211, 212, 213
JOENSUU_SCHOOLS, LIEKSA_SCHOOLS = 215, 214

_KINDS = {COUNTY: "county", REGIONAL: "regional"}


def _network(id, owner, name, purpose, themes, targets, orgs, people, county=False):
    return NetworkFeatures(
        id=id,
        name=name,
        purpose=purpose,
        owner_id=owner,
        owner_kind=_KINDS.get(owner, "municipality"),
        themes=frozenset(themes),
        target_groups=frozenset(targets),
        member_org_ids=frozenset(orgs),
        member_person_ids=frozenset(people),
        county_participates=county,
        coordinator_org_id=owner,
    )


YOUNG, CHILDREN, WORKING, OLDER, ALL = (
    "young_people",
    "children_families",
    "working_age",
    "older_people",
    "everyone",
)

# fmt: off
NETWORKS = [
    # substance abuse prevention
    _network(1, JOENSUU, "PAKKA-työryhmä", "Ehkäisevän päihdetyön PAKKA-toimintamalli Joensuussa: alkoholin, tupakan ja rahapelien saatavuuden rajoittaminen alaikäisiltä, ostokokeet ja yhteistyö kaupan, ravintoloiden ja poliisin kanssa.", {"substance_prevention"}, {YOUNG}, {JOENSUU, POLICE, EHYT, COUNTY}, {10301, 10302, 10303, 20101}, True),
    _network(2, COUNTY, "Pohjois-Karjalan ehkäisevän päihdetyön verkosto", "Hyvinvointialueen ja kuntien ehkäisevän päihdetyön yhdyshenkilöiden alueellinen verkosto: PAKKA-toimintamallin levittäminen, alkoholin ja tupakan saatavuuden rajoittaminen ja päihdetilannekatsaus.", {"substance_prevention"}, {YOUNG, WORKING}, {COUNTY, JOENSUU, LIEKSA, KITEE, NURMES, POLICE, EHYT}, {101, 102, 10301, 10701, 10501, 10901}, True),
    _network(3, JOENSUU, "Nuorten päihteiden käytön ehkäisyn työryhmä", "Joensuun koulujen ja nuorisopalvelujen yhteinen ryhmä, joka ehkäisee nuorten päihteiden käyttöä: päihdekasvatus kouluissa, varhainen puuttuminen ja alaikäisten alkoholin saatavuuden vähentäminen yhdessä poliisin kanssa.", {"substance_prevention"}, {YOUNG}, {JOENSUU, JOENSUU_SCHOOLS, POLICE}, {10302, 10304, 10305}),
    _network(4, LIEKSA, "Lieksan ehkäisevän päihdetyön työryhmä", "Ehkäisevä päihdetyö Lieksassa: PAKKA-toiminta, ostokokeet, nuorten alkoholinkäytön ja tupakoinnin ehkäisy.", {"substance_prevention"}, {YOUNG}, {LIEKSA, POLICE, COUNTY}, {10701, 10702, 10703, 101}, True),
    _network(5, KITEE, "Päihde- ja mielenterveystyön verkosto", "Kiteen aikuisten päihde- ja mielenterveyspalvelujen yhteistyö, hoitoonohjaus ja asumisen tuki.", {"mental_health"}, {WORKING}, {KITEE, COUNTY, RED_CROSS}, {10501, 10502, 103}, True),
    # family centres
    _network(6, JOENSUU, "Perhekeskusverkosto", "Joensuun perhekeskuksen toimijoiden verkosto: lapsiperheiden palvelujen yhteensovittaminen, vanhemmuuden tuki, kohtaamispaikat ja järjestöjen perhetoiminta.", {"family_centre"}, {CHILDREN}, {JOENSUU, COUNTY, MLL, PARISH}, {10310, 10311, 10312, 110}, True),
    _network(7, COUNTY, "Perhekeskusten alueellinen ohjausryhmä", "Pohjois-Karjalan perhekeskustoimintamallin johtaminen ja kehittäminen: lapsiperheiden palvelut, vanhemmuuden tukeminen ja kuntien perhekeskusverkostojen yhteistyö.", {"family_centre"}, {CHILDREN}, {COUNTY, JOENSUU, KITEE, LIEKSA, MLL}, {110, 111, 10310, 10510, 10710}, True),
    _network(8, JOENSUU, "Lapsiperheiden kohtaamispaikkojen työryhmä", "Perhekeskuksen kohtaamispaikkatoiminta Joensuussa: perhekahvilat, vertaisryhmät ja järjestöjen perhetoiminnan yhteensovittaminen lapsiperheille.", {"family_centre"}, {CHILDREN}, {JOENSUU, MLL, PARISH}, {10311, 10313, 20401}),
    _network(9, KITEE, "Kiteen perhekeskusverkosto", "Perhekeskusverkosto kokoaa Kiteen lapsiperheiden palvelut: neuvola, varhaiskasvatus, perhetyö ja järjestöt. Vanhemmuuden tuki ja kohtaamispaikka.", {"family_centre"}, {CHILDREN}, {KITEE, COUNTY, MLL}, {10510, 10511, 10512, 110}, True),
    _network(10, LIEKSA, "Lieksan perhekeskus", "Lapsiperheiden palvelujen verkosto Lieksassa, perheiden varhainen tuki ja vanhemmuuden tukeminen.", {"family_centre"}, {CHILDREN}, {LIEKSA, COUNTY}, {10710, 10711, 110}, True),
    # student welfare
    _network(11, JOENSUU, "Opiskeluhuollon ohjausryhmä", "Joensuun kaupungin opiskeluhuollon ohjausryhmä: oppilas- ja opiskeluhuollon suunnitelma, kouluterveydenhuolto, koulupsykologi- ja kuraattoripalvelut yhteistyössä hyvinvointialueen kanssa.", {"student_welfare"}, {CHILDREN, YOUNG}, {JOENSUU, COUNTY, JOENSUU_SCHOOLS}, {10320, 10321, 120}, True),
    _network(12, JOENSUU, "Yhteisöllinen oppilashuoltoryhmä", "Koulukohtainen yhteisöllinen oppilashuoltoryhmä Joensuun kouluissa: kouluyhteisön hyvinvointi, kiusaamisen ehkäisy, poissaolojen seuranta ja oppilashuollon yhteistyö.", {"student_welfare"}, {CHILDREN, YOUNG}, {JOENSUU, JOENSUU_SCHOOLS, COUNTY}, {10321, 10322, 10323, 121}, True),
    _network(13, LIEKSA, "Oppilashuoltoryhmä", "Lieksan koulujen oppilashuoltoryhmä: oppilaiden hyvinvointi, kiusaamisen ehkäisy ja yhteistyö kouluterveydenhuollon ja kuraattorien kanssa.", {"student_welfare"}, {CHILDREN, YOUNG}, {LIEKSA, LIEKSA_SCHOOLS, COUNTY}, {10720, 10721, 120}, True),
    _network(14, NURMES, "Opiskeluhuollon ohjausryhmä", "Nurmeksen opiskeluhuollon ohjausryhmä: oppilas- ja opiskeluhuoltosuunnitelman päivitys ja kouluterveydenhuollon yhteistyö hyvinvointialueen kanssa.", {"student_welfare"}, {CHILDREN, YOUNG}, {NURMES, COUNTY}, {10920, 10921, 120}, True),
    # employment and rehabilitative work activity
    _network(15, JOENSUU, "Työllisyyspalvelujen yhteistyöryhmä", "Joensuun työllisyyspalvelujen, TE-palvelujen, Kelan ja hyvinvointialueen sosiaalipalvelujen yhteistyö pitkäaikaistyöttömien palveluissa; monialainen yhteispalvelu (TYP).", {"employment"}, {WORKING}, {JOENSUU, EMPLOYMENT_AREA, KELA, COUNTY}, {10330, 10331, 130, 20201}, True),
    _network(16, JOENSUU, "Monialaisen yhteispalvelun (TYP) johtoryhmä", "Työllistymistä edistävän monialaisen yhteispalvelun johtoryhmä Joensuussa: pitkäaikaistyöttömien palvelutarpeen arviointi, TE-toimisto, Kela ja hyvinvointialueen sosiaalityö.", {"employment"}, {WORKING}, {JOENSUU, EMPLOYMENT_AREA, KELA, COUNTY}, {10330, 130, 20201, 20601}, True),
    _network(17, COUNTY, "Työllisyyden yhdyspintaverkosto", "Hyvinvointialueen ja kuntien työllisyyspalvelujen yhdyspinta: vastuuhenkilöt, kuntouttava työtoiminta ja sosiaalihuollon palvelut työttömille.", {"employment", "rehabilitative_work"}, {WORKING}, {COUNTY, JOENSUU, LIEKSA, NURMES, KITEE, EMPLOYMENT_AREA}, {130, 131, 10330, 10730, 10930}, True),
    _network(18, LIEKSA, "Lieksan työllisyysryhmä", "Lieksan työllisyydenhoito: työttömien aktivointi, kuntouttava työtoiminta ja yritysyhteistyö.", {"employment", "rehabilitative_work"}, {WORKING}, {LIEKSA, EMPLOYMENT_AREA, COUNTY}, {10730, 10731, 131}, True),
    _network(19, JOENSUU, "Henkilöstön työhyvinvointiryhmä", "Kaupungin henkilöstön työhyvinvoinnin, työterveyshuollon ja työsuojelun yhteistyöryhmä.", {"staff_wellbeing"}, {WORKING}, {JOENSUU}, {10340, 10341}),
    _network(20, KITEE, "Kuntouttavan työtoiminnan verkosto", "Kuntouttavan työtoiminnan järjestäminen Kiteellä: työtoimintapaikat, ostopalvelut, asiakasohjaus ja yhteistyö hyvinvointialueen kanssa.", {"rehabilitative_work"}, {WORKING}, {KITEE, COUNTY, RED_CROSS}, {10530, 132}, True),
    # integration
    _network(21, COUNTY, "Kotoutumisen alueellinen verkosto", "Maahanmuuttajien kotoutumisen edistäminen Pohjois-Karjalassa: kotoutumispalvelut, sosiaali- ja terveyspalvelujen käyttö, kansainvälinen rekrytointi ja kuntien kotoutumisohjelmat.", {"integration"}, {WORKING, CHILDREN}, {COUNTY, JOENSUU, LIEKSA, EMPLOYMENT_AREA, ELY, RED_CROSS}, {140, 141, 10350, 10750}, True),
    _network(22, JOENSUU, "Joensuun kotoutumisverkosto", "Kotoutumisen edistämisen verkosto Joensuussa: maahanmuuttajien ohjaus ja neuvonta, kotoutumisohjelma, kielikoulutus ja järjestöjen kotouttava toiminta.", {"integration"}, {WORKING, CHILDREN}, {JOENSUU, EMPLOYMENT_AREA, RED_CROSS, COUNTY}, {10350, 10351, 140}, True),
    _network(23, LIEKSA, "Monikulttuurisuustyöryhmä", "Lieksan maahanmuuttajien kotoutumisen tukeminen, monikulttuurinen nuorisotyö ja kansainvälisten työntekijöiden vastaanotto.", {"integration"}, {YOUNG, WORKING}, {LIEKSA, COUNTY}, {10750, 10751}, True),
    _network(24, COUNTY, "Kotihoidon ja kotona asumisen kehittämisryhmä", "Ikäihmisten kotihoidon palvelujen kehittäminen ja kotona asumisen tukeminen.", {"older_people_services"}, {OLDER}, {COUNTY}, {150, 151}, True),
    # preparedness
    _network(25, COUNTY, "Valmiussuunnittelun yhteistyöryhmä", "Hyvinvointialueen ja kuntien valmius- ja varautumissuunnitelmien yhteensovittaminen, häiriötilanteiden harjoitukset ja roolien selkeyttäminen.", {"preparedness"}, {ALL}, {COUNTY, JOENSUU, LIEKSA, KITEE, NURMES, RESCUE, POLICE}, {160, 161, 10360, 10760}, True),
    _network(26, JOENSUU, "Valmius- ja varautumistyöryhmä", "Joensuun kaupungin valmiussuunnitelman päivitys, varautuminen häiriötilanteisiin ja yhteistoiminta pelastuslaitoksen ja hyvinvointialueen kanssa.", {"preparedness"}, {ALL}, {JOENSUU, RESCUE, COUNTY}, {10360, 10361, 160}, True),
    _network(27, NURMES, "Nurmeksen valmiusryhmä", "Nurmeksen kaupungin varautuminen ja valmiussuunnittelu, evakuointi- ja kriisiviestintäsuunnitelmat.", {"preparedness"}, {ALL}, {NURMES, RESCUE}, {10960, 10961}),
    _network(28, KONTIOLAHTI, "Nuorten valmennusryhmä", "Nuorten työpajan valmennusryhmä: työhön ja koulutukseen ohjaus, arjen taitojen valmennus.", {"employment"}, {YOUNG}, {KONTIOLAHTI}, {10601, 10602}),
    # older people, influence bodies
    _network(29, JOENSUU, "Vanhusneuvoston ja hyvinvointialueen yhteistyö", "Joensuun vanhusneuvoston yhteistyö hyvinvointialueen ikäihmisten palvelujen kanssa: lausunnot, ikäystävällisyys ja ikääntyneiden osallisuus.", {"older_people_participation"}, {OLDER}, {JOENSUU, COUNTY}, {10370, 10371, 170}, True),
    _network(30, COUNTY, "Alueellinen vanhusneuvosto", "Hyvinvointialueen vanhusneuvosto: ikääntyneiden vaikuttaminen, lausunnot ikäihmisten palveluista ja kuntien vanhusneuvostojen yhteistyö.", {"older_people_participation"}, {OLDER}, {COUNTY, JOENSUU, LIEKSA}, {170, 171, 10370, 10770}, True),
    _network(31, JOENSUU, "Vammaisneuvosto", "Joensuun vammaisneuvosto: vammaisten henkilöiden osallisuus, esteettömyys ja lausunnot kaupungin suunnitelmista.", {"disability_participation"}, {ALL}, {JOENSUU}, {10380, 10381}),
    _network(32, LIEKSA, "Ikäihmisten liikuntaryhmä", "Ikäihmisten liikuntaneuvonta ja ryhmäliikunta Lieksassa, kaatumisten ehkäisy ja toimintakyvyn ylläpito.", {"physical_activity"}, {OLDER}, {LIEKSA, SPORTS_FEDERATION}, {10780, 10781}),
    # physical activity
    _network(33, JOENSUU, "Liikuntaverkosto", "Joensuun liikuntapalvelujen, urheiluseurojen ja järjestöjen verkosto: liikkumisen edistäminen kaikenikäisille, liikuntapaikat ja harrastamisen Suomen malli.", {"physical_activity"}, {ALL}, {JOENSUU, SPORTS_FEDERATION, MLL}, {10390, 10391, 21101}),
    _network(34, JOENSUU, "Liikkumisen edistämisen työryhmä", "Kaikenikäisten liikkumisen edistäminen Joensuussa: liikuntaneuvonta, liikkumisen olosuhteet ja seurayhteistyö.", {"physical_activity"}, {ALL}, {JOENSUU, SPORTS_FEDERATION}, {10390, 10392, 21101}),
    _network(35, REGIONAL, "Maakunnallinen liikunta- ja hyvinvointiverkosto", "Maakunnan liikuntatoimijoiden verkosto: liikkumisen edistäminen, liikuntapaikkarakentaminen ja seurojen tukeminen Pohjois-Karjalassa.", {"physical_activity"}, {ALL}, {REGIONAL, SPORTS_FEDERATION, JOENSUU, LIEKSA, COUNTY}, {201, 21101, 21102}, True),
    _network(36, POLVIJARVI, "Harrastamisen Suomen malli -työryhmä", "Lasten ja nuorten maksuton harrastustoiminta koulupäivän yhteydessä Polvijärvellä.", {"physical_activity", "culture"}, {CHILDREN, YOUNG}, {POLVIJARVI, SPORTS_FEDERATION}, {11101, 11102}),
    # culture
    _network(37, JOENSUU, "Kulttuurihyvinvoinnin verkosto", "Kulttuurin ja taiteen hyvinvointivaikutusten edistäminen: kulttuuritoiminta ikäihmisille, kulttuuriluotsit ja taiteen soveltava käyttö sosiaali- ja terveyspalveluissa.", {"culture"}, {ALL}, {JOENSUU, COUNTY, UNIVERSITY_OF_APPLIED_SCIENCES}, {10395, 180}, True),
    _network(38, COUNTY, "Kulttuurihyvinvointiverkosto", "Hyvinvointialueen kulttuurihyvinvointisuunnitelma: taide ja kulttuuri osana sosiaali- ja terveyspalveluja, kuntien kulttuuritoimien yhteistyö.", {"culture"}, {ALL}, {COUNTY, JOENSUU, LIEKSA, UNIVERSITY_OF_APPLIED_SCIENCES}, {180, 181, 10395}, True),
    _network(39, LIEKSA, "Kulttuuritoimen ja kirjaston yhteistyöryhmä", "Lieksan kirjaston, museon ja kulttuuritoimen tapahtumien suunnittelu.", {"culture"}, {ALL}, {LIEKSA}, {10790}),
    # HYTE coordination, youth
    _network(40, COUNTY, "Hyte-koordinaattoriverkosto", "Kuntien hyte-koordinaattorien ja hyvinvointialueen verkosto: hyvinvointikertomukset, yhteiset tavoitteet ja tiedolla johtaminen.", {"hyte_coordination"}, {ALL}, {COUNTY, *MUNICIPALITIES}, {100, 10300, 10700, 10500, 10900}, True),
    _network(41, JOENSUU, "Hyvinvointiryhmä", "Joensuun hyvinvointikertomuksen ja -suunnitelman valmistelu, hyvinvoinnin ja terveyden edistämisen koordinointi kaupungin toimialoilla.", {"hyte_coordination"}, {ALL}, {JOENSUU, COUNTY}, {10300, 10399, 100}, True),
    _network(42, JOENSUU, "Nuorisovaltuusto", "Joensuun nuorisovaltuusto: nuorten vaikuttaminen ja lausunnot kaupungin päätöksiin.", {"youth_participation"}, {YOUNG}, {JOENSUU}, {10397, 10398}),
    _network(43, JOENSUU, "Ohjaamo", "Alle 30-vuotiaiden nuorten matalan kynnyksen ohjaus- ja neuvontapalvelu: työ, koulutus, asuminen ja arjen tuki.", {"employment", "youth_work"}, {YOUNG}, {JOENSUU, EMPLOYMENT_AREA, COUNTY, KELA}, {10396, 20202, 130}, True),
]
# fmt: on

# (network id, network id, is an overlap)
LABELLED_PAIRS = [
    # overlaps
    (1, 3, True), (1, 2, True), (2, 4, True),
    (6, 7, True), (6, 8, True), (7, 9, True), (7, 10, True),
    (15, 16, True), (15, 17, True), (16, 17, True), (17, 18, True),
    (21, 22, True), (21, 23, True), (25, 26, True), (29, 30, True),
    (33, 34, True), (33, 35, True), (34, 35, True), (37, 38, True), (40, 41, True),
    # the same work in different municipalities: each is needed
    (1, 4, False), (3, 4, False), (4, 5, False), (6, 9, False), (6, 10, False),
    (9, 10, False), (12, 13, False), (11, 14, False), (13, 14, False), (11, 13, False),
    (15, 18, False), (18, 20, False), (22, 23, False), (26, 27, False), (32, 33, False),
    (33, 36, False), (37, 39, False),
    # similar-sounding or related, but different work
    (2, 5, False), (15, 19, False), (16, 19, False), (21, 24, False), (22, 24, False),
    (25, 28, False), (15, 28, False), (29, 31, False), (30, 31, False), (29, 32, False),
    (32, 35, False), (35, 36, False), (38, 39, False), (42, 43, False), (15, 43, False),
    (29, 42, False), (31, 42, False), (24, 29, False), (3, 12, False), (1, 6, False),
    (11, 12, False),
]  # fmt: skip
