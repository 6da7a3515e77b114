"""A scale corpus: wire copy in the style of ``seeds/`` and the dev corpus, as many articles as wanted.

Each article is written from templates (French, and a share in English) with varied officials,
countries, dates, meeting verbs and agreement phrases, and comes with the ``Extraction`` it
was written from: the meetings and agreements it states, with the evidence sentence and its
offsets. The store, graph and explorer benchmarks ingest those extractions directly (extracting
100k articles with spaCy takes over an hour on two cores); the extraction benchmark reads the
texts. It is for load, not for accuracy: the extractor may read a generated article differently.

Reproducible: article ``i`` depends only on the seed and ``i``, so the 1k corpus is the first
thousand articles of the 10k one, and the 10k corpus the start of the 100k one. New officials
appear as the archive grows (the pools widen with ``i``) and a few of them are in most of the
news (ranks are drawn log-uniformly): the "Nguyen" problem and the busy minister are both there.

    .venv/bin/python bench/corpus.py 1000 --out /tmp/corpus-1k          # articles/*.jsonl + extractions/*.json
    .venv/bin/python bench/corpus.py 100000 --out /tmp/corpus-100k --no-texts
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from graphbuild.records import Agreement, Article, Evidence, Extraction, Meeting, Participant  # noqa: E402

__all__ = ["generate", "generate_extractions", "write_corpus", "HOME"]

HOME = "Vietnam"
#: Articles per JSONL file (``GRAPHBUILD_MAX_BYTES`` is 5 MB; an article is about 4 kB).
ARTICLES_PER_FILE = 1000
#: Extractions per JSON file of ``extractions/``.
EXTRACTIONS_PER_FILE = 10_000
FIRST_DAY = date(2015, 1, 1)
DAYS = (date(2025, 12, 31) - FIRST_DAY).days

# Vietnamese family names by frequency (per thousand), with their accented spelling.
_VN_FAMILY = [("Nguyen", "Nguyễn", 380), ("Tran", "Trần", 110), ("Le", "Lê", 95), ("Pham", "Phạm", 70),
              ("Hoang", "Hoàng", 50), ("Phan", "Phan", 45), ("Vu", "Vũ", 39), ("Dang", "Đặng", 21),
              ("Bui", "Bùi", 20), ("Do", "Đỗ", 14), ("Ho", "Hồ", 13), ("Ngo", "Ngô", 13), ("Duong", "Dương", 10),
              ("Ly", "Lý", 5), ("Luong", "Lương", 5), ("To", "Tô", 4), ("Dinh", "Đinh", 4), ("Trinh", "Trịnh", 4),
              ("Mai", "Mai", 3), ("Ha", "Hà", 3)]
_VN_MIDDLE = [("Van", "Văn"), ("Thi", "Thị"), ("Duc", "Đức"), ("Minh", "Minh"), ("Ngoc", "Ngọc"),
              ("Quoc", "Quốc"), ("Tam", "Tâm"), ("Thanh", "Thanh"), ("Hong", "Hồng"), ("Xuan", "Xuân"),
              ("Dinh", "Đình"), ("Huu", "Hữu"), ("Cong", "Công"), ("The", "Thế"), ("Manh", "Mạnh")]
_VN_GIVEN = [("An", "An"), ("Binh", "Bình"), ("Cuong", "Cường"), ("Dung", "Dũng"), ("Giang", "Giang"),
             ("Hai", "Hải"), ("Hieu", "Hiếu"), ("Hung", "Hùng"), ("Khanh", "Khánh"), ("Lam", "Lâm"),
             ("Long", "Long"), ("Nam", "Nam"), ("Phong", "Phong"), ("Quang", "Quang"), ("Son", "Sơn"),
             ("Thang", "Thắng"), ("Tuan", "Tuấn"), ("Vinh", "Vinh"), ("Vuong", "Vượng"), ("Tung", "Tùng"),
             ("Chinh", "Chính"), ("Hoa", "Hòa"), ("Kien", "Kiên"), ("Loc", "Lộc"), ("Nghia", "Nghĩa"),
             ("Phuc", "Phúc"), ("Tai", "Tài"), ("Thuy", "Thủy"), ("Trung", "Trung"), ("Yen", "Yến")]


@dataclass(frozen=True)
class Country:
    """A partner country: its names, capital and how its officials are named."""

    english: str
    adjective: str  # English
    french: str  # with its article: "la Pologne", "le Japon"
    demonym: str  # French, masculine singular
    capital: str  # in English (the place written in extractions)
    capital_fr: str
    given: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False
    weight: int = 1


_C = Country
COUNTRIES = [
    _C("Laos", "Lao", "le Laos", "laotien", "Vientiane", "Vientiane", ("Vilay", "Khamphan", "Somsak", "Bounmy",
       "Phoukhong", "Sengdeuane"), ("Lakhamfong", "Sayavong", "Phommavongsa", "Keomany", "Vongsavanh"), weight=8),
    _C("Cambodia", "Cambodian", "le Cambodge", "cambodgien", "Phnom Penh", "Phnom Penh",
       ("Vannarith", "Sokha", "Dara", "Chanthy", "Sophal", "Vuthy"), ("Sok", "Chea", "Hun", "Keo", "Meas", "Prak"),
       family_first=True, weight=8),
    _C("China", "Chinese", "la Chine", "chinois", "Beijing", "Pékin", ("Xiaohong", "Qingfeng", "Wei", "Jianguo",
       "Lihua", "Yong"), ("Wang", "Meng", "Zhao", "Li", "Chen", "Liu", "Zhang"), family_first=True, weight=7),
    _C("Japan", "Japanese", "le Japon", "japonais", "Tokyo", "Tokyo", ("Hiroshi", "Takeshi", "Yuko", "Kenji",
       "Akira", "Naoko"), ("Tanaka", "Sato", "Suzuki", "Takahashi", "Watanabe", "Ito"), weight=5),
    _C("South Korea", "South Korean", "la Corée du Sud", "sud-coréen", "Seoul", "Séoul", ("Min-jun", "Seo-yeon",
       "Ji-ho", "Mi-sook", "Dong-hyun"), ("Kim", "Lee", "Park", "Han", "Choi", "Yoon"), family_first=True, weight=5),
    _C("Russia", "Russian", "la Russie", "russe", "Moscow", "Moscou", ("Vladimir", "Sergei", "Alexander", "Olga",
       "Dmitry", "Nikolai"), ("Kolokoltsev", "Ivanov", "Petrov", "Smirnov", "Volkov", "Sokolov"), weight=4),
    _C("United States", "US", "les États-Unis", "américain", "Washington", "Washington", ("Karen", "John", "Michael",
       "Sarah", "David", "Emily"), ("Lindqvist", "Miller", "Johnson", "Carter", "Brooks", "Hughes"), weight=4),
    _C("France", "French", "la France", "français", "Paris", "Paris", ("Jean", "Marie", "Pierre", "Sophie", "Laurent",
       "Claire"), ("Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Girard"), weight=4),
    _C("Singapore", "Singaporean", "Singapour", "singapourien", "Singapore", "Singapour", ("Chee Hean", "Boon Keat",
       "Wei Ming", "Mei Ling"), ("Teo", "Lim", "Tan", "Ng", "Goh"), family_first=True, weight=4),
    _C("Thailand", "Thai", "la Thaïlande", "thaïlandais", "Bangkok", "Bangkok", ("Somchai", "Anutin", "Prayut",
       "Suchart", "Wanida"), ("Charnvirakul", "Chan-o-cha", "Wongsuwan", "Srisai", "Boonmee"), weight=4),
    _C("Indonesia", "Indonesian", "l'Indonésie", "indonésien", "Jakarta", "Jakarta", ("Listyo", "Budi", "Tito",
       "Retno", "Agus"), ("Sigit Prabowo", "Gunawan", "Karnavian", "Marsudi", "Santoso"), weight=3),
    _C("Malaysia", "Malaysian", "la Malaisie", "malaisien", "Kuala Lumpur", "Kuala Lumpur", ("Saifuddin", "Razarudin",
       "Aminah", "Hamzah"), ("Nasution", "Husain", "Ismail", "Zainudin", "Abdullah"), weight=3),
    _C("Philippines", "Philippine", "les Philippines", "philippin", "Manila", "Manille", ("Benjamin", "Maria",
       "Jose", "Ricardo"), ("Abalos", "Santos", "Reyes", "Cruz", "Garcia"), weight=3),
    _C("Poland", "Polish", "la Pologne", "polonais", "Warsaw", "Varsovie", ("Krzysztof", "Anna", "Piotr", "Tomasz",
       "Magdalena"), ("Gawkowski", "Kowalski", "Nowak", "Wisniewski", "Kaminski"), weight=2),
    _C("Germany", "German", "l'Allemagne", "allemand", "Berlin", "Berlin", ("Nancy", "Thomas", "Andreas", "Katrin",
       "Stefan"), ("Faeser", "Schmidt", "Schneider", "Fischer", "Weber"), weight=2),
    _C("United Kingdom", "British", "le Royaume-Uni", "britannique", "London", "Londres", ("James", "Yvette",
       "Robert", "Emma", "Oliver"), ("Cooper", "Smith", "Jones", "Taylor", "Brown"), weight=2),
    _C("Australia", "Australian", "l'Australie", "australien", "Canberra", "Canberra", ("Reece", "Clare", "Mark",
       "Tony", "Penny"), ("Kershaw", "O'Neil", "Dreyfus", "Burke", "Wong"), weight=2),
    _C("India", "Indian", "l'Inde", "indien", "New Delhi", "New Delhi", ("Amit", "Rajnath", "Priya", "Arvind"),
       ("Shah", "Singh", "Kumar", "Sharma", "Patel"), weight=2),
    _C("Belarus", "Belarusian", "le Bélarus", "bélarusse", "Minsk", "Minsk", ("Ivan", "Viktor", "Natalia"),
       ("Kubrakov", "Karpenko", "Lukashevich"), weight=1),
    _C("Cuba", "Cuban", "Cuba", "cubain", "Havana", "La Havane", ("Lázaro", "Alberto", "Yolanda"),
       ("Álvarez Casas", "Rodríguez", "Fernández"), weight=1),
    _C("Hungary", "Hungarian", "la Hongrie", "hongrois", "Budapest", "Budapest", ("Sándor", "Péter", "Katalin"),
       ("Pintér", "Szijjártó", "Nagy", "Tóth"), weight=1),
    _C("Czech Republic", "Czech", "la République tchèque", "tchèque", "Prague", "Prague", ("Vít", "Jan", "Petra"),
       ("Rakušan", "Novák", "Svoboda"), weight=1),
    _C("Italy", "Italian", "l'Italie", "italien", "Rome", "Rome", ("Matteo", "Giulia", "Marco"),
       ("Piantedosi", "Rossi", "Bianchi", "Romano"), weight=1),
    _C("Spain", "Spanish", "l'Espagne", "espagnol", "Madrid", "Madrid", ("Fernando", "Lucía", "Carlos"),
       ("Grande-Marlaska", "García", "Martínez"), weight=1),
    _C("Mongolia", "Mongolian", "la Mongolie", "mongol", "Ulaanbaatar", "Oulan-Bator", ("Batbayar", "Oyun",
       "Ganbold"), ("Enkhbayar", "Tsogt", "Bold"), weight=1),
    _C("Kazakhstan", "Kazakh", "le Kazakhstan", "kazakh", "Astana", "Astana", ("Yerzhan", "Marat", "Aigerim"),
       ("Sadenov", "Akhmetzhanov", "Nurlanov"), weight=1),
    _C("Azerbaijan", "Azerbaijani", "l'Azerbaïdjan", "azerbaïdjanais", "Baku", "Bakou", ("Vilayat", "Elmar", "Leyla"),
       ("Eyvazov", "Mammadyarov", "Aliyev"), weight=1),
    _C("Turkey", "Turkish", "la Turquie", "turc", "Ankara", "Ankara", ("Ali", "Süleyman", "Ayşe"),
       ("Yerlikaya", "Soylu", "Yilmaz"), weight=1),
    _C("Egypt", "Egyptian", "l'Égypte", "égyptien", "Cairo", "Le Caire", ("Mahmoud", "Ahmed", "Fatma"),
       ("Tawfik", "Hassan", "Mostafa"), weight=1),
    _C("South Africa", "South African", "l'Afrique du Sud", "sud-africain", "Pretoria", "Pretoria",
       ("Mmamoloko", "Senzo", "Thandi"), ("Kubayi", "Mchunu", "Ntshavheni"), weight=1),
    _C("Brazil", "Brazilian", "le Brésil", "brésilien", "Brasilia", "Brasilia", ("Ricardo", "Flávio", "Ana"),
       ("Lewandowski", "Dino", "Souza"), weight=1),
    _C("Canada", "Canadian", "le Canada", "canadien", "Ottawa", "Ottawa", ("Dominic", "Marco", "Mélanie"),
       ("LeBlanc", "Mendicino", "Joly"), weight=1),
    _C("Netherlands", "Dutch", "les Pays-Bas", "néerlandais", "The Hague", "La Haye", ("Dilan", "Pieter", "Sanne"),
       ("Yesilgöz", "van den Berg", "de Vries"), weight=1),
    _C("Sweden", "Swedish", "la Suède", "suédois", "Stockholm", "Stockholm", ("Gunnar", "Maria", "Erik"),
       ("Strömmer", "Lindqvist", "Johansson"), weight=1),
]
_COUNTRY_WEIGHTS = [c.weight for c in COUNTRIES]

# Topic label (as the extractor writes it) -> how French and English articles name it.
TOPICS = {
    "cybercrime": ("la lutte contre la cybercriminalité", "the fight against cybercrime"),
    "cybersecurity": ("la cybersécurité", "cybersecurity"),
    "drug trafficking": ("la lutte contre le trafic de drogue", "the fight against drug trafficking"),
    "human trafficking": ("la lutte contre la traite des êtres humains", "combating human trafficking"),
    "money laundering": ("la prévention du blanchiment d'argent", "the prevention of money laundering"),
    "terrorism": ("la lutte contre le terrorisme", "counter-terrorism"),
    "extradition": ("l'extradition", "extradition"),
    "mutual legal assistance": ("l'entraide judiciaire en matière pénale",
                                "mutual legal assistance in criminal matters"),
    "training": ("la formation des cadres", "the training of officers"),
    "border management": ("la gestion des frontières", "border management"),
    "online fraud": ("la lutte contre l'escroquerie en ligne", "the fight against online fraud"),
    "illegal immigration": ("la lutte contre l'immigration clandestine", "the fight against illegal immigration"),
    "information exchange": ("l'échange d'informations", "information exchange"),
    "fire and rescue": ("la prévention des incendies et le sauvetage", "fire prevention and rescue"),
    "forensic science": ("la criminalistique", "forensic science"),
    "transfer of sentenced persons": ("le transfèrement des personnes condamnées",
                                      "the transfer of sentenced persons"),
    "digital transformation": ("la transformation numérique", "digital transformation"),
    "peacekeeping": ("le maintien de la paix", "peacekeeping"),
}
_TOPIC_NAMES = list(TOPICS)

_HOME_OFFICES = [  # (French title, English title, organization), the first ranks hold the first offices
    ("ministre de la Sécurité publique", "Minister of Public Security", "Ministry of Public Security"),
    ("vice-ministre de la Sécurité publique", "Deputy Minister of Public Security", "Ministry of Public Security"),
    ("vice-ministre des Affaires étrangères", "Deputy Minister of Foreign Affairs", "Ministry of Foreign Affairs"),
    ("vice-ministre de la Défense", "Deputy Minister of National Defence", "Ministry of National Defence"),
    ("directeur général de la police", "Director General of Police", "Ministry of Public Security"),
    ("ambassadeur", "Ambassador", "Ministry of Foreign Affairs"),
]
_FOREIGN_OFFICES = [
    ("ministre de l'Intérieur", "Minister of the Interior", "Ministry of the Interior"),
    ("vice-ministre de la Sécurité publique", "Deputy Minister of Public Security", "Ministry of Public Security"),
    ("chef de la police nationale", "Chief of the National Police", "National Police"),
    ("ambassadeur", "Ambassador", None),
    ("ministre de la Justice", "Minister of Justice", "Ministry of Justice"),
    ("procureur général", "Prosecutor General", "Prosecutor General's Office"),
]
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")

_VERBS_FR = ("a reçu", "a rencontré", "s'est entretenu avec", "a eu des entretiens avec", "a accueilli")
_CALL_FR = ("s'est entretenu par téléphone avec", "a eu un entretien téléphonique avec",
            "a tenu une visioconférence avec")
_VERBS_EN = ("received", "met", "held talks with", "hosted", "had a working session with")
_CALL_EN = ("had phone talks with", "held a phone call with", "held online talks with")

# (kind, French noun, English noun)
_INSTRUMENTS = [("mou", "un mémorandum d'entente", "a memorandum of understanding"),
                ("agreement", "un accord", "an agreement"),
                ("plan", "un plan de coopération", "a cooperation plan"),
                ("protocol", "un protocole", "a protocol"),
                ("treaty", "un traité", "a treaty")]
_STATUS_FR = {"signed": "Les deux parties ont signé {noun} sur {topic}.",
              "to_be_signed": "Les deux ministères s'apprêtent à signer {noun} sur {topic}.",
              "proposed": "Le ministre a proposé que les deux pays concluent {noun} sur {topic}.",
              "under_negotiation": "Les deux parties négocient actuellement {noun} sur {topic}."}
_STATUS_EN = {"signed": "The two sides signed {noun} on {topic}.",
              "to_be_signed": "The two ministries are set to sign {noun} on {topic}.",
              "proposed": "The minister proposed that the two countries conclude {noun} on {topic}.",
              "under_negotiation": "The two sides are negotiating {noun} on {topic}."}
_STATUSES = ("signed", "signed", "to_be_signed", "proposed", "proposed", "under_negotiation")

_FILLER_FR = (
    "Les deux parties ont passé en revue les résultats de la coopération bilatérale depuis la signature du "
    "dernier plan de coopération et se sont félicitées des progrès accomplis dans {topic}.",
    "Le ministre a souligné que {country} est un partenaire important du Vietnam et a salué l'efficacité des "
    "mécanismes de coordination entre les services compétents des deux pays.",
    "Il a proposé que les deux ministères renforcent l'échange de renseignements, coordonnent les enquêtes sur "
    "les affaires transnationales et organisent des formations conjointes pour leurs cadres.",
    "De son côté, l'hôte {demonym} a affirmé que son pays attache une grande importance aux relations avec le "
    "Vietnam et souhaite élargir la coopération dans {topic}.",
    "Selon le communiqué publié à l'issue de la rencontre, les deux délégations ont également abordé la "
    "protection des citoyens de chaque pays résidant sur le territoire de l'autre.",
    "Les deux parties ont convenu de maintenir des échanges de délégations à tous les niveaux et de tenir "
    "régulièrement des réunions de leur groupe de travail conjoint.",
    "Le ministre a remercié la partie {demonym} pour son soutien en matière d'équipements et de formation, "
    "notamment dans {topic}, au cours des dernières années.",
    "Les polices des deux pays ont démantelé plusieurs réseaux criminels au cours des derniers mois et engagé "
    "des poursuites contre des dizaines de suspects, selon les chiffres du ministère.",
    "Les deux ministres ont chargé leurs services de finaliser rapidement les documents de coopération en "
    "cours de discussion et de mettre en place une ligne directe entre les unités opérationnelles.",
    "À cette occasion, la délégation a visité le centre de commandement et assisté à une démonstration des "
    "nouvelles technologies appliquées à {topic}.",
    "Le ministre a rappelé que depuis l'établissement des relations diplomatiques entre les deux pays, les liens "
    "bilatéraux se sont constamment développés dans tous les domaines : politique, économie, commerce, éducation "
    "et formation, ainsi que dans l'application de la loi et la lutte contre la criminalité.",
    "Affirmant que les deux pays disposent encore d'un large potentiel de coopération, il a souhaité que les "
    "forces de l'ordre des deux parties coordonnent étroitement leurs actions contre les réseaux criminels "
    "transnationaux, en particulier dans {topic}.",
    "Les deux parties se sont engagées à faciliter la délivrance des visas pour les délégations officielles et à "
    "soutenir l'organisation de stages pour les étudiants des écoles de police des deux pays.",
    "Il a demandé à la partie {demonym} de continuer à créer des conditions favorables pour la communauté "
    "vietnamienne, afin qu'elle puisse vivre, travailler et étudier dans la légalité et contribuer au "
    "développement du pays d'accueil.",
    "Les deux délégations ont également échangé sur la situation régionale et internationale et sur les "
    "questions de sécurité non traditionnelles, notamment le changement climatique et les épidémies.",
)
_FILLER_EN = (
    "The two sides reviewed the outcomes of their bilateral cooperation since the signing of the last cooperation "
    "plan and welcomed the progress made in {topic}.",
    "The minister stressed that {country} is an important partner of Vietnam and praised the effectiveness of the "
    "coordination mechanisms between the competent agencies of the two countries.",
    "He proposed that the two ministries step up intelligence sharing, coordinate investigations into "
    "transnational cases and organise joint training courses for their officers.",
    "For his part, the {adjective} guest said his country attaches great importance to its relations with Vietnam "
    "and wishes to expand cooperation in {topic}.",
    "According to a statement released after the meeting, the two delegations also discussed the protection of "
    "each country's citizens living in the other.",
    "The two sides agreed to maintain exchanges of delegations at all levels and to hold regular meetings of "
    "their joint working group.",
    "The minister thanked the {adjective} side for its support in equipment and training, notably in {topic}, "
    "over the past years.",
    "The police forces of the two countries have dismantled several criminal rings in recent months and "
    "prosecuted dozens of suspects, according to the ministry's figures.",
    "The minister recalled that since the establishment of diplomatic relations between the two countries, "
    "bilateral ties have developed steadily in all fields: politics, economy, trade, education and training, as "
    "well as law enforcement and crime prevention.",
    "Affirming that the two countries still have great potential for cooperation, he hoped that the law "
    "enforcement forces of both sides would closely coordinate their actions against transnational criminal "
    "networks, especially in {topic}.",
    "The two sides pledged to facilitate visas for official delegations and to support internships for students "
    "of the police academies of both countries.",
    "He asked the {adjective} side to continue creating favourable conditions for the Vietnamese community so "
    "that it can live, work and study legally and contribute to the development of the host country.",
    "The two delegations also exchanged views on the regional and international situation and on "
    "non-traditional security issues, including climate change and epidemics.",
)


@dataclass(frozen=True)
class Official:
    """One person of the pools: names (plain and accented), country, title and organization."""

    name: str
    accented: str
    country: Country | None  # None: Vietnam
    title_fr: str
    title_en: str
    organization: str | None


def _rank(rng: random.Random, pool: int, *, spread: float = 0.0) -> int:
    """A rank in ``[0, pool)``, log-uniform (rank 0 is in a tenth of the draws, most ranks rarely);
    with ``spread``, that share of the draws is uniform instead."""
    if spread and rng.random() < spread:
        return rng.randrange(pool)
    return min(pool - 1, int(pool ** rng.random()) - 1)


def _home_official(seed: int, rank: int) -> Official:
    rng = random.Random(f"{seed}-home-{rank}")
    family = rng.choices(_VN_FAMILY, weights=[w for _, _, w in _VN_FAMILY])[0]
    middle, given = rng.choice(_VN_MIDDLE), rng.choice(_VN_GIVEN)
    office = _HOME_OFFICES[min(rank, 1)] if rank < 8 else rng.choice(_HOME_OFFICES[1:])
    return Official(f"{family[0]} {middle[0]} {given[0]}", f"{family[1]} {middle[1]} {given[1]}", None,
                    office[0], office[1], office[2])


def _foreign_official(seed: int, rank: int) -> Official:
    rng = random.Random(f"{seed}-foreign-{rank}")
    country = rng.choices(COUNTRIES, weights=_COUNTRY_WEIGHTS)[0]
    given, family = rng.choice(country.given), rng.choice(country.family)
    name = f"{family} {given}" if country.family_first else f"{given} {family}"
    office = rng.choice(_FOREIGN_OFFICES)
    return Official(name, name, country, office[0], office[1], office[2])


def _pools(index: int) -> tuple[int, int]:
    """How many home and foreign officials exist by article ``index``: new ones appear as the years go by."""
    return 150 + index // 40, 600 + index // 8


def _typo(rng: random.Random, name: str) -> str:
    """The name with one letter of its longest word dropped (a spelling the store must merge)."""
    words = name.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 6:
        return name
    cut = rng.randrange(2, len(word) - 1)
    words[longest] = word[:cut] + word[cut + 1:]
    return " ".join(words)


class _Writer:
    """Accumulates paragraphs and knows where each sentence starts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, paragraph: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(paragraph)
        self.length += len(paragraph)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)


def _the(title: str) -> str:
    """The French article before a title: "le ministre", "l'ambassadeur"."""
    return "l'" if title[:1] in "aeiouéh" else "le "


def _of(phrase: str) -> str:
    """ "de" and a French noun phrase: "de la cybersécurité", "du maintien de la paix"."""
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    return "de " + phrase


def _date_fr(day: date) -> str:
    return f"{day.day} {_MONTHS_FR[day.month - 1]}"


def _date_en(day: date) -> str:
    return f"{_MONTHS_EN[day.month - 1]} {day.day}"


def _participant(official: Official, spelling: str, aliases: list[str], english: bool) -> Participant:
    country = official.country.english if official.country else HOME
    title = official.title_en if english else official.title_fr
    return Participant(name=spelling, aliases=aliases, title=title, organization=official.organization,
                       country=country)


def _spelling(rng: random.Random, official: Official, english: bool) -> tuple[str, list[str]]:
    """How this article writes the official, and the other spellings it gives (aliases)."""
    if official.accented != official.name and not english and rng.random() < 0.25:
        return official.accented, [official.name]
    if official.country is not None and rng.random() < 0.03:
        variant = _typo(rng, official.name)
        if variant != official.name:
            return official.name, [variant]
    return official.name, []


def _article(seed: int, index: int) -> tuple[Article, Extraction]:
    rng = random.Random(seed * 1_000_003 + index)
    english = rng.random() < 0.2
    published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    home_pool, foreign_pool = _pools(index)
    host = _home_official(seed, _rank(rng, home_pool))
    encounters = rng.choices((1, 2, 3), weights=(70, 25, 5))[0]
    writer = _Writer()
    topic = rng.choice(_TOPIC_NAMES)
    first_guest = _foreign_official(seed, _rank(rng, foreign_pool, spread=0.5))
    country = first_guest.country
    topic_text = TOPICS[topic][1 if english else 0]
    if english:
        title = f"Vietnam, {country.english} step up cooperation in {topic_text}"
    else:
        title = f"Le Vietnam et {country.french} renforcent leur coopération dans {topic_text}"
    writer.add(title)
    meetings: list[Meeting] = []
    for number in range(encounters):
        guest = first_guest if number == 0 else _foreign_official(seed, _rank(rng, foreign_pool, spread=0.5))
        if number and rng.random() < 0.3:  # a second home official meets the same guest
            host = _home_official(seed, _rank(rng, home_pool))
        day = published - timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
        call = rng.random() < 0.12
        place = None if call else (guest.country.capital if rng.random() < 0.25 else "Hanoi")
        place_text = None if place is None else (
            place if english else ("Hanoï" if place == "Hanoi" else guest.country.capital_fr))
        host_name, host_aliases = _spelling(rng, host, english)
        guest_name, guest_aliases = _spelling(rng, guest, english)
        guest_country = guest.country
        if english:
            verb = rng.choice(_CALL_EN if call else _VERBS_EN)
            where = f" in {place_text}" if place_text else ""
            sentence = (f"{host.title_en} {host_name} {verb} {guest_country.adjective} {guest.title_en} "
                        f"{guest_name}{where} on {_date_en(day)}, discussing {TOPICS[topic][1]}.")
            if number == 0:
                sentence = f"Hanoi (VNA) – {sentence}"
        else:
            verb = rng.choice(_CALL_FR if call else _VERBS_FR)
            where = f" à {place_text}" if place_text else ""
            sentence = (f"{_the(host.title_fr).capitalize()}{host.title_fr} {host_name} {verb} "
                        f"{_the(guest.title_fr)}{guest.title_fr} {guest_country.demonym} {guest_name} le "
                        f"{_date_fr(day)}{where}, pour discuter {_of(TOPICS[topic][0])}.")
        start, end = writer.add(sentence)
        topics = [topic] + ([second] if (second := rng.choice(_TOPIC_NAMES)) != topic and rng.random() < 0.4 else [])
        meetings.append(Meeting(
            date=day.isoformat(), place=place,
            participants=[_participant(host, host_name, host_aliases, english),
                          _participant(guest, guest_name, guest_aliases, english)],
            evidence=Evidence(sentence, start, end), topics=topics, event_type="call" if call else None,
        ))
        named = guest_country.english if english else guest_country.french[:1].upper() + guest_country.french[1:]
        for filler in rng.sample(_FILLER_EN if english else _FILLER_FR, rng.randint(6, 9)):
            writer.add(filler.format(topic=TOPICS[rng.choice(topics)][1 if english else 0], country=named,
                                     demonym=guest_country.demonym, adjective=guest_country.adjective))

    agreements: list[Agreement] = []
    for _ in range(rng.choices((0, 1, 2), weights=(60, 30, 10))[0]):
        kind, noun_fr, noun_en = rng.choice(_INSTRUMENTS)
        status = rng.choice(_STATUSES)
        subject = rng.choice(_TOPIC_NAMES)
        template = (_STATUS_EN if english else _STATUS_FR)[status]
        sentence = template.format(noun=noun_en if english else noun_fr, topic=TOPICS[subject][1 if english else 0])
        start, end = writer.add(sentence)
        noun = (noun_en if english else noun_fr).split(" ", 1)[1]
        name = f"{noun} {'on' if english else 'sur'} {TOPICS[subject][1 if english else 0]}"
        agreements.append(Agreement(
            name=name, kind=kind, status=status, parties=[HOME, country.english],
            date=meetings[0].date if status == "signed" else None, topics=[subject],
            evidence=Evidence(sentence, start, end)))
    writer.add("Photo: VNA" if english else "Photo : VNA/CVN")
    writer.add("VNA" if english else "– VNA/CVN")
    source = f"bench-{seed}/{index:06d}"
    language = "en" if english else "fr"
    text = writer.text()
    article = Article(source=source, text=text, published=published.isoformat(), title=title, language=language)
    extraction = Extraction(source=source, language=language, published=published.isoformat(),
                            meetings=meetings, agreements=agreements)
    return article, extraction


def generate(count: int, *, seed: int = 7, start: int = 0) -> Iterator[tuple[Article, Extraction]]:
    """Articles ``start`` to ``start + count - 1`` of the corpus of ``seed``, each with its extraction."""
    for index in range(start, start + count):
        yield _article(seed, index)


def generate_extractions(count: int, *, seed: int = 7, start: int = 0) -> Iterator[Extraction]:
    """Only the extractions of ``generate``: what the store and graph benchmarks ingest."""
    for _, extraction in generate(count, seed=seed, start=start):
        yield extraction


def write_corpus(folder: Path, count: int, *, seed: int = 7, texts: bool = True) -> dict[str, int]:
    """Write ``articles/NNNN.jsonl`` (when ``texts``) and ``extractions/NNNN.json`` under ``folder``."""
    articles_dir, extractions_dir = folder / "articles", folder / "extractions"
    extractions_dir.mkdir(parents=True, exist_ok=True)
    if texts:
        articles_dir.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    extractions: list[dict] = []
    totals = {"articles": 0, "meetings": 0, "agreements": 0, "characters": 0}

    def flush_articles() -> None:
        if lines:
            number = (totals["articles"] - 1) // ARTICLES_PER_FILE
            (articles_dir / f"{number:04d}.jsonl").write_text("".join(lines), encoding="utf-8")
            lines.clear()

    def flush_extractions() -> None:
        if extractions:
            number = (totals["articles"] - 1) // EXTRACTIONS_PER_FILE
            (extractions_dir / f"{number:04d}.json").write_text(json.dumps(extractions, ensure_ascii=False),
                                                                encoding="utf-8")
            extractions.clear()

    for article, extraction in generate(count, seed=seed):
        totals["articles"] += 1
        totals["meetings"] += len(extraction.meetings)
        totals["agreements"] += len(extraction.agreements)
        totals["characters"] += len(article.text)
        if texts:
            # "url" is the article's source when read back (graphbuild.ingest reads JSONL so).
            lines.append(json.dumps({"url": article.source, "title": article.title, "published": article.published,
                                     "text": article.text}, ensure_ascii=False) + "\n")
            if len(lines) == ARTICLES_PER_FILE:
                flush_articles()
        extractions.append(extraction.to_dict())
        if len(extractions) == EXTRACTIONS_PER_FILE:
            flush_extractions()
    flush_articles()
    flush_extractions()
    return totals


def main(argv: list[str] | None = None) -> int:
    """Write a corpus and print what it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of articles (e.g. 1000, 10000, 100000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write articles/ and extractions/ into")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-texts", dest="texts", action="store_false",
                        help="only the extractions (what the store, graph and app benchmarks need)")
    args = parser.parse_args(argv)
    totals = write_corpus(args.out, args.count, seed=args.seed, texts=args.texts)
    print(f"{totals['articles']} articles, {totals['meetings']} meetings, {totals['agreements']} agreements, "
          f"{totals['characters']:,} characters of text -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
