"""Benchmark of overlap detection on generated national-scale data.

Run: .venv/bin/python bench/bench_overlaps.py [--networks 10000] [--sample 2000]

Generates (seeded) 10,000 cooperation networks over ~30,000 organisations (308
municipalities in 23 counties, regional councils, local and regional partners), runs the
fast method and prints its time and peak memory; then runs the naive all-pairs method and
the fast method on a 2,000-network sample, prints both times and their ratio, and checks
that both find the same pairs with the same scores (prints OK, or exits with status 1).
No Django project is needed: settings are configured minimally for gettext.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from django.conf import settings  # noqa: E402

if not settings.configured:
    settings.configure(USE_I18N=False)

from yhdyspinta.networks.overlap import (  # noqa: E402
    DEFAULT_MIN_SCORE,
    NetworkFeatures,
    find_overlaps,
    naive_overlaps,
)

COUNTIES = 23
MUNICIPALITIES = 308
ORGANISATIONS = 30_000
PEOPLE_PER_MUNICIPALITY = 60
PEOPLE_PER_COUNTY = 80
REGIONAL_PARTNERS_PER_COUNTY = 60

# (themes, target groups, name variants, purpose variants); "{m}" is the place name.
TEMPLATES = [
    ({"substance_prevention"}, {"young_people"},
     ["PAKKA-työryhmä", "Ehkäisevän päihdetyön työryhmä", "Päihdetyön verkosto"],
     ["Ehkäisevä päihdetyö: alkoholin ja tupakan saatavuuden rajoittaminen alaikäisiltä, ostokokeet",  # noqa: E501
      "Ehkäisevän päihdetyön PAKKA-toimintamalli, nuorten päihteiden käytön ehkäisy",
      "Nuorten päihteettömyyden tukeminen ja ehkäisevässä päihdetyössä tehtävä yhteistyö"]),
    ({"family_centre"}, {"children_families"},
     ["Perhekeskusverkosto", "Perhekeskuksen ohjausryhmä", "Lapsiperheiden palvelujen verkosto"],
     ["Lapsiperheiden palvelujen yhteensovittaminen, vanhemmuuden tuki ja kohtaamispaikat",
      "Perhekeskustoiminnan kehittäminen: neuvola, varhaiskasvatus, perhetyö ja järjestöt",
      "Perheiden varhainen tuki ja perhekeskuksen kohtaamispaikkatoiminta"]),
    ({"student_welfare"}, {"children_families", "young_people"},
     ["Oppilashuoltoryhmä", "Opiskeluhuollon ohjausryhmä", "Yhteisöllinen oppilashuoltoryhmä"],
     ["Oppilas- ja opiskeluhuollon suunnitelma, kouluterveydenhuolto ja kuraattoripalvelut",
      "Kouluyhteisön hyvinvointi, kiusaamisen ehkäisy ja poissaolojen seuranta",
      "Opiskeluhuollon yhteistyö hyvinvointialueen kanssa"]),
    ({"employment"}, {"working_age"},
     ["Työllisyyspalvelujen yhteistyöryhmä", "TYP-johtoryhmä", "Työllisyysryhmä"],
     ["Pitkäaikaistyöttömien palvelut, TE-palvelut, Kela ja sosiaalipalvelut",
      "Työllistymistä edistävä monialainen yhteispalvelu",
      "Työllisyydenhoito ja työttömien aktivointi yhteistyössä yritysten kanssa"]),
    ({"rehabilitative_work"}, {"working_age"},
     ["Kuntouttavan työtoiminnan verkosto", "Kuntouttavan työtoiminnan työryhmä"],
     ["Kuntouttavan työtoiminnan järjestäminen, työtoimintapaikat ja asiakasohjaus",
      "Kuntouttavassa työtoiminnassa olevien palvelupolut ja ostopalvelut"]),
    ({"integration"}, {"working_age", "children_families"},
     ["Kotoutumisen verkosto", "Monikulttuurisuustyöryhmä", "Kotouttamisen yhteistyöryhmä"],
     ["Maahanmuuttajien kotoutumisen edistäminen, ohjaus ja neuvonta, kielikoulutus",
      "Kotoutumisohjelma ja kansainvälisten työntekijöiden vastaanotto",
      "Kotoutumispalvelut ja järjestöjen kotouttava toiminta"]),
    ({"preparedness"}, {"everyone"},
     ["Valmiussuunnittelun työryhmä", "Valmius- ja varautumisryhmä", "Varautumisen verkosto"],
     ["Valmiussuunnitelman päivitys ja varautuminen häiriötilanteisiin",
      "Valmius- ja varautumissuunnitelmien yhteensovittaminen ja harjoitukset"]),
    ({"older_people_participation"}, {"older_people"},
     ["Vanhusneuvosto", "Vanhusneuvoston yhteistyöryhmä"],
     ["Ikääntyneiden vaikuttaminen, lausunnot ja ikäystävällisyys",
      "Vanhusneuvoston yhteistyö ikäihmisten palvelujen kanssa"]),
    ({"disability_participation"}, {"everyone"},
     ["Vammaisneuvosto"], ["Vammaisten henkilöiden osallisuus ja esteettömyys"]),
    ({"physical_activity"}, {"everyone"},
     ["Liikuntaverkosto", "Liikkumisen edistämisen työryhmä", "Liikuntaryhmä"],
     ["Liikkumisen edistäminen kaikenikäisille, liikuntapaikat ja seurayhteistyö",
      "Liikuntaneuvonta ja liikkumisen olosuhteet",
      "Harrastamisen Suomen malli ja urheiluseurojen tukeminen"]),
    ({"culture"}, {"everyone"},
     ["Kulttuurihyvinvoinnin verkosto", "Kulttuuritoimen yhteistyöryhmä"],
     ["Kulttuurin ja taiteen hyvinvointivaikutusten edistäminen",
      "Kirjaston, museon ja kulttuuritoimen tapahtumat"]),
    ({"hyte_coordination"}, {"everyone"},
     ["Hyvinvointiryhmä", "Hyte-ohjausryhmä", "Hyte-koordinaattoriverkosto"],
     ["Hyvinvointikertomuksen ja -suunnitelman valmistelu, hyvinvoinnin edistämisen koordinointi",  # noqa: E501
      "Hyvinvoinnin ja terveyden edistämisen johtaminen ja tiedolla johtaminen"]),
    ({"youth_participation"}, {"young_people"},
     ["Nuorisovaltuusto", "Nuorten vaikuttajaryhmä"],
     ["Nuorten vaikuttaminen ja lausunnot päätöksiin"]),
    ({"lifestyle_guidance"}, {"working_age", "older_people"},
     ["Elintapaohjauksen verkosto", "Elintapaohjauksen työryhmä"],
     ["Elintapaohjauksen palveluketju, ravitsemus ja liikunta",
      "Painonhallinnan ja elintapojen ohjaus yhteistyössä järjestöjen kanssa"]),
    ({"mental_health", "substance_prevention"}, {"working_age"},
     ["Mielenterveys- ja päihdetyön verkosto", "Mielen hyvinvoinnin työryhmä"],
     ["Mielenterveyden edistäminen, yksinäisyyden vähentäminen ja hoitoonohjaus",
      "Aikuisten mielenterveys- ja päihdepalvelujen yhteistyö"]),
]  # fmt: skip
EXTRA_PHRASES = [
    "yhteistyö järjestöjen kanssa",
    "tiedonkulun varmistaminen",
    "kokoontuu neljä kertaa vuodessa",
    "seurataan yhteisiä tavoitteita",
    "toimintasuunnitelma vuodelle 2024",
    "hyvinvointialueen yhdyshenkilö mukana",
    "kuntalaisten osallisuus",
    "hankkeen ohjausryhmä",
]
PLACE_SUFFIXES = ["n", "ssa", "lla", "n alueella"]


def generate(count: int, seed: int = 2023) -> list[NetworkFeatures]:
    """Realistic-looking networks: mostly municipal, some county-run and regional."""
    rng = random.Random(seed)
    county_of = {101 + m: 1 + m % COUNTIES for m in range(MUNICIPALITIES)}
    municipalities_in = {c: [m for m, cc in county_of.items() if cc == c] for c in range(1, 24)}
    regional_council = {c: 500 + c for c in range(1, COUNTIES + 1)}
    first_partner = 1000
    regional_total = COUNTIES * REGIONAL_PARTNERS_PER_COUNTY
    local_per_municipality = (ORGANISATIONS - first_partner - regional_total) // MUNICIPALITIES

    def regional_partners(county):
        start = first_partner + (county - 1) * REGIONAL_PARTNERS_PER_COUNTY
        return range(start, start + REGIONAL_PARTNERS_PER_COUNTY)

    def local_partners(municipality):
        start = first_partner + regional_total + (municipality - 101) * local_per_municipality
        return range(start, start + local_per_municipality)

    def municipal_people(municipality):
        return range(municipality * 1000, municipality * 1000 + PEOPLE_PER_MUNICIPALITY)

    def county_person(county, template_index):
        return 900_000 + county * 1000 + template_index * 5 + rng.randrange(5)

    networks = []
    for network_id in range(1, count + 1):
        roll = rng.random()
        municipality = rng.choice(list(county_of))
        county = county_of[municipality]
        index = rng.randrange(len(TEMPLATES))
        themes, targets, names, purposes = TEMPLATES[index]
        place = f"kunta{municipality}"
        orgs = set(rng.sample(local_partners(municipality), rng.randint(0, 3)))
        orgs |= set(rng.sample(regional_partners(county), rng.randint(0, 2)))
        people = set(rng.sample(municipal_people(municipality), rng.randint(2, 7)))
        if roll < 0.90:
            owner, kind = municipality, "municipality"
            orgs.add(municipality)
        else:
            owner, kind = (
                (county, "county") if roll < 0.97 else (regional_council[county], "regional")
            )
            place = f"alue{county}"
            members = rng.sample(municipalities_in[county], min(5, len(municipalities_in[county])))
            orgs |= set(members)
            orgs.add(owner)
            for member in members[:3]:
                people |= set(rng.sample(municipal_people(member), 1))
        county_participates = kind == "county" or rng.random() < 0.5
        if county_participates:
            orgs.add(county)
            people.add(county_person(county, index))
        purpose = f"{rng.choice(purposes)} {place}{rng.choice(PLACE_SUFFIXES)}; " + ", ".join(
            rng.sample(EXTRA_PHRASES, rng.randint(1, 3))
        )
        networks.append(
            NetworkFeatures(
                id=network_id,
                name=f"{rng.choice(names)} ({place})" if rng.random() < 0.5 else rng.choice(names),
                purpose=purpose,
                owner_id=owner,
                owner_kind=kind,
                themes=frozenset(themes),
                target_groups=frozenset(targets),
                member_org_ids=frozenset(orgs),
                member_person_ids=frozenset(people),
                county_participates=county_participates,
                coordinator_org_id=owner,
            )
        )
    return networks


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - start


def signature(pairs) -> list[tuple[int, int, float]]:
    return [(pair.a, pair.b, pair.score) for pair in pairs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--networks", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()

    networks, generation = timed(generate, args.networks, args.seed)
    organisations = {o for n in networks for o in n.member_org_ids}
    print(
        f"generated {len(networks)} networks, {len(organisations)} organisations in use "
        f"(of {ORGANISATIONS}), {MUNICIPALITIES} municipalities, {COUNTIES} counties "
        f"in {generation:.2f} s"
    )
    memory_before = peak_memory_mb()
    pairs, fast_seconds = timed(find_overlaps, networks, min_score=args.min_score)
    print(
        f"fast, {len(networks)} networks: {fast_seconds:.2f} s, {len(pairs)} pairs >= "
        f"{args.min_score}, peak memory {peak_memory_mb():.0f} MB "
        f"(process peak before the run {memory_before:.0f} MB)"
    )

    sample = random.Random(args.seed + 1).sample(networks, min(args.sample, len(networks)))
    fast_pairs, fast_sample_seconds = timed(find_overlaps, sample, min_score=args.min_score)
    naive_pairs, naive_seconds = timed(naive_overlaps, sample, min_score=args.min_score)
    print(
        f"sample of {len(sample)}: naive {naive_seconds:.2f} s, fast {fast_sample_seconds:.2f} s, "
        f"naive/fast {naive_seconds / fast_sample_seconds:.0f}x, {len(fast_pairs)} pairs"
    )
    if signature(fast_pairs) != signature(naive_pairs):
        only_fast = set(signature(fast_pairs)) - set(signature(naive_pairs))
        only_naive = set(signature(naive_pairs)) - set(signature(fast_pairs))
        print(f"MISMATCH: only fast {sorted(only_fast)[:5]}, only naive {sorted(only_naive)[:5]}")
        return 1
    print("OK: the fast and the naive method found the same pairs with the same scores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
