"""Hypothesis strategies of the hardening tests: article texts, extractions, graph labels."""
from __future__ import annotations

from hypothesis import strategies as st

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant

from hardening_helpers import HOSTILE

KNOWN_NAMES = ("Pham Minh Chinh", "Bui Thanh Son", "Luong Tam Quang", "Tô Lâm", "Nguyễn Hòa Bình",
               "Olivier Brochet", "Krzysztof Gawkowski", "Anthony Albanese", "Penny Wong", "Wang Yi", "Sergey Lavrov",
               "Marc Knapper")
_GIVEN = ("Minh", "Thanh", "Anna", "Jean", "Mirek", "Sofia", "Hoang", "Ali", "Lena", "Kenji")
_FAMILY = ("Doan", "Kowalczyk", "Moreau", "Tanaka", "Haddad", "Vu", "Lindqvist", "Okafor", "Castillo", "Dubois")

names = st.one_of(
    st.sampled_from(KNOWN_NAMES),
    st.builds(lambda a, b, c: " ".join(dict.fromkeys([a, b, c])), st.sampled_from(_FAMILY), st.sampled_from(_GIVEN),
              st.sampled_from(_GIVEN)),
)

FRENCH = {
    "host": ("Le Premier ministre", "Le ministre de la Sécurité publique", "Le vice-ministre", "Le président", ""),
    "guest": ("l'ambassadeur de France,", "le ministre polonais des Affaires numériques,", "le directeur d'Interpol,",
              "le ministre australien des Affaires étrangères,", ""),
    "date": ("le 3 mai", "jeudi", "le 16 novembre", "la veille", "mardi dernier", ""),
    "place": ("à Hanoï", "à Paris", "à Varsovie", ""),
    "meet": ("{host} {a} a reçu {date} {place} {guest} {b}.", "{host} {a} s'est entretenu {date} avec {guest} {b}.",
             "{a} et {b} se sont rencontrés {place} {date}.", "{host} {a} a eu un entretien téléphonique avec {b}.",
             "Il a également rencontré {b} {place}."),  # the last one: by a pronoun
    "sign": ("Les deux parties ont signé un mémorandum d'entente sur la cybersécurité.",
             "Les deux ministres ont signé {date} un accord de coopération dans le domaine de la sécurité.",
             "Ils ont convenu de négocier un traité d'extradition.", "Un plan d'action pour 2025 a été adopté."),
}
ENGLISH = {
    "host": ("Prime Minister", "Minister of Public Security", "Deputy Minister", "President", ""),
    "guest": ("French Ambassador", "Polish Minister of Digital Affairs", "Interpol Secretary General",
              "Australian Foreign Minister", ""),
    "date": ("on May 3", "on Tuesday", "on 16 November", "last week", ""),
    "place": ("in Hanoi", "in Paris", "in Warsaw", ""),
    "meet": ("{host} {a} met {guest} {b} {place} {date}.", "{host} {a} held talks with {guest} {b} {date}.",
             "{host} {a} received {guest} {b} {place}.", "{a} had a phone call with {guest} {b} {date}.",
             "He also met {b} {place}."),
    "sign": ("The two sides signed a memorandum of understanding on cybersecurity.",
             "The ministers signed {date} an agreement on security cooperation.",
             "They agreed to negotiate an extradition treaty.", "A plan of action for 2025 was adopted."),
}


@st.composite
def news_articles(draw, *, pronouns: bool = True) -> tuple[str, str]:
    """(language, text): a wire story made of meeting and signing sentences, with noise between them.

    The last meeting template of each language names its host by a pronoun ("Il", "He");
    ``pronouns=False`` leaves it out.
    """
    language = draw(st.sampled_from(["fr", "en"]))
    words = FRENCH if language == "fr" else ENGLISH
    if not pronouns:
        words = {**words, "meet": words["meet"][:-1]}
    sentences = []
    if draw(st.booleans()):
        sentences.append(draw(st.sampled_from([" date 2024-05-16", " date 2023-11"])))
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["meet", "meet", "sign", "noise"]))
        if kind == "noise":
            sentences.append(draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))))
            continue
        template = draw(st.sampled_from(words[kind]))
        fields = {key: draw(st.sampled_from(words[key])) for key in ("host", "guest", "date", "place")}
        host = draw(names)
        guest = draw(names.filter(lambda name, host=host: not set(name.split()) & set(host.split())))
        sentence = template.format(a=host, b=guest, **fields)
        sentences.append(" ".join(sentence.split()))
    separator = draw(st.sampled_from([" ", "\n", "\n\n"]))
    return language, separator.join(sentences)


# Pieces of wire copy: cues, titles, dates, places, instruments; shuffled with anything at all.
FRAGMENTS = tuple({piece for words in (FRENCH, ENGLISH) for key in ("host", "guest", "date", "place", "sign")
                   for piece in words[key] if piece} | set(KNOWN_NAMES) | {
    "a reçu", "s'est entretenu avec", "met", "held talks with", ".", ",", "\n\n", "(VNA)", "HANOI (VNA) -",
    "Voir plus", "Related news", " date 2024-02-29", " date 2024-13-45", "«", "»", "—", "M.", "Mme", "Dr.",
})
wire_noise = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(HOSTILE), st.text(max_size=30)),
                      max_size=30).map(" ".join)


# Extractions as a JSON file or another tool could give them: any text, valid dates.
_countries = st.one_of(st.none(), st.sampled_from(["Vietnam", "France", "Laos", "Pologne", "Atlantis", "VNM"]),
                       st.text(max_size=12))
_days = st.dates().map(lambda d: d.isoformat())
_dates = st.one_of(st.none(), _days, _days.map(lambda d: d[:7]), _days.map(lambda d: d[:4]),
                   _days.map(lambda d: "--" + d[5:]))
_texts = st.text(max_size=40)


@st.composite
def _evidence(draw) -> Evidence | None:
    sentence = draw(st.one_of(st.none(), _texts))
    if sentence is None:
        return None
    start = draw(st.integers(0, 10_000))
    return Evidence(sentence, start, start + len(sentence))


participants = st.builds(Participant, name=st.one_of(names, st.text(min_size=1, max_size=30)),
                         aliases=st.lists(_texts, max_size=2), title=st.one_of(st.none(), _texts),
                         organization=st.one_of(st.none(), st.sampled_from(["Interpol", "ASEAN"]), _texts),
                         country=_countries)
meetings = st.builds(Meeting, date=_dates, place=st.one_of(st.none(), _texts),
                     participants=st.lists(participants, min_size=1, max_size=4), evidence=_evidence(),
                     date_text=st.one_of(st.none(), _texts), topics=st.lists(_texts, max_size=3),
                     event_type=st.sampled_from([None, "call"]), multilateral=st.booleans(), teaser=st.booleans(),
                     planned=st.booleans())
agreements = st.builds(Agreement, name=st.text(min_size=1, max_size=40).filter(str.strip),
                       kind=st.sampled_from(["mou", "agreement", "treaty", "plan"]),
                       status=st.sampled_from(["signed", "proposed", "to_be_signed", "other"]),
                       parties=st.lists(st.one_of(st.sampled_from(["Vietnam", "France", "Interpol"]),
                                                  st.text(min_size=1, max_size=20)), max_size=3),
                       date=_dates, topics=st.lists(_texts, max_size=2), evidence=_evidence(),
                       mention_only=st.booleans())


@st.composite
def extraction_batches(draw) -> list[Extraction]:
    """One to four articles with distinct sources, in the shape ``graphbuild extract --json`` gives."""
    count = draw(st.integers(1, 4))
    sources = draw(st.lists(st.text(min_size=1, max_size=20).filter(str.strip), min_size=count, max_size=count,
                            unique=True))
    return [Extraction(source, draw(st.sampled_from(["fr", "en", "xx"])), draw(_dates),
                       meetings=draw(st.lists(meetings, max_size=3)), agreements=draw(st.lists(agreements, max_size=2)))
            for source in sources]


# Graph labels: any text, with the troublesome characters made likely.
labels = st.one_of(
    st.text(min_size=1, max_size=40),
    st.lists(st.sampled_from(['"', "'", "<", ">", "&", "\n", "\r", "\t", " ", "=", "-", "@", "😀", "\u202e",
                              "مرحبا", "שלום", "\x00", "\x1b", "\ufffe", "]]>", "<!--", "\u2028", "é"]),
             min_size=1, max_size=12).map("".join),
    st.sampled_from(HOSTILE),
)
