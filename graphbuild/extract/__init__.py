"""Extraction: articles in, ``Extraction`` records (meetings and agreements with evidence) out.

The spaCy model only tags person names; everything else is read by rules whose words come
from ``graphbuild/lang``. Stages, each a module of this package:
``text`` (sentences without page furniture) → ``people`` (names, titles, countries) →
``meetings`` (who met whom, when, where) and ``agreements`` → topics.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from itertools import chain

import regex

from graphbuild.extract.agreements import AgreementFinder, FoundAgreement
from graphbuild.extract.dates import date_finder
from graphbuild.extract.lexicon import Lexicon, lexicon
from graphbuild.extract.meetings import Draft, Encounter, MeetingBuilder, SentenceFacts
from graphbuild.extract.people import Mention, PersonFinder, UnnamedReference
from graphbuild.extract.people_registry import PeopleRegistry, Person
from graphbuild.extract.text import Body, Sentence, segment
from graphbuild.ingest import parse_header
from graphbuild.lang import load_language
from graphbuild.records import Agreement, Article, Evidence, Extraction, Failure, Meeting, Participant
from graphbuild.resolve import country_name, fold, office_holders

__all__ = ["extract_articles", "extract_article", "detect_language"]

# How far (characters) from a meeting cue the city of the meeting may be written.
_PLACE_REACH = 80
# How many of a page's first lines may print its date.
_PAGE_DATE_LINES = 8
# How many words ("Le ministre", "Minister") may stand before two people opening a sentence together.
_PAIR_OPENING_WORDS = 3
# How far after "in the framework of the visit of" the visitor's name may start (his title between).
_FRAMED_NAME_CHARS = 60


def detect_language(text: str) -> str:
    """The language of an article, among those with data files (see ``graphbuild.language``)."""
    from graphbuild.language import detect_language as detect

    return detect(text)


def _stop_words(code: str) -> frozenset[str]:
    import spacy

    return frozenset(w.lower() for w in spacy.util.get_lang_class(code).Defaults.stop_words)


class ArticleExtractor:
    """Applies one language's rules to one article at a time."""

    def __init__(self, code: str):
        self.code = code
        self.language = load_language(code)
        self.lexicon: Lexicon = lexicon(code)
        self.dates = date_finder(self.language)
        self.people = PersonFinder(self.lexicon, _stop_words(code))
        self.agreements = AgreementFinder(self.lexicon, self.dates)
        self.home = self.lexicon.home

    # -- people ---------------------------------------------------------------------------
    def _country(self, person: Person) -> str | None:
        """The country a person's own words, office or name give (see ``_participant_countries`` for the rest)."""
        if person.country:
            return person.country
        if person.international:
            # a body's office in a country ("Bureau central national d'Interpol au Vietnam") is that country's;
            # the post of a body's official ("chef du bureau de l'OIM au Vietnam") is not kept as ``located_in``
            return person.located_in[0] if person.located_in else None
        if self.home.has_name_shape(fold(person.name).split()):
            return self.home.country
        return None

    def _meeting_places(self, text: str, cues: list[tuple[int, int]], mentions: list[Mention]):
        """Cities named near a meeting cue ("a reçu … à Hanoï"), nearest first; a city far
        from it ("… le dialogue prévu à Bruxelles l'an prochain") is some other event's, a city
        in a person's name ("Sofia Lindahl") no place."""
        places = [h for h in self.lexicon.places(text) if not any(m.start <= h.start < m.end for m in mentions)]
        if not cues:
            return places

        def distance(hit) -> int:
            return min(max(a - hit.end, hit.start - b, 0) for a, b in cues)

        return sorted((h for h in places if distance(h) <= _PLACE_REACH), key=distance)

    def _cues(self, text: str) -> tuple[set[str], list[tuple[int, int]]]:
        cues, spans = set(), []
        for key, pattern in self.language.meeting_cues.items():
            if key in ("splitters", "pair_joiners", "reported_speech", "framing"):
                continue
            for match in pattern.finditer(text):
                cues.add(key)
                spans.append((match.start(), match.end()))
        return cues, spans

    def _segments(self, text: str, persons: list[tuple[int, object]],
                  references: list[UnnamedReference]) -> list[Encounter]:
        """People grouped by encounter when one sentence reports several, with each later
        encounter's own date words and unnamed offices: a splitter ("puis", "then", "separately")
        or a second meeting cue, from the clause it opens (", a day after X and Y co-chaired …"),
        starts the next group."""
        meets = list(self.language.meeting_cues["meet"].finditer(text))
        splits = {m.start() for m in self.language.meeting_cues["splitters"].finditer(text)}
        cuts = list(splits)
        for cue in meets[1:]:
            clause = max((i for i in range(meets[0].end(), cue.start()) if text[i] in ",;"), default=None)
            cuts.append(clause if clause is not None else cue.start())
        cuts = sorted(set(cuts))
        bounds = [0, *cuts, len(text)]
        groups: list[Encounter] = []
        for start, end in zip(bounds, bounds[1:]):
            people = list(dict.fromkeys(p for p, m in persons if start <= m.start < end))
            if not people:
                continue
            cue = next((m.start() for m in meets if start <= m.start() < end), None)
            groups.append(Encounter(
                people, date=self.dates.meeting_date(text[start:end]) if start else None,
                unnamed=[(r.country, r.office) for r in references if start <= r.start < end],
                subject_named=cue is not None and any(start <= m.start < cue for _, m in persons),
                subject_goes_on=start in splits))
        return groups

    # -- the article ----------------------------------------------------------------------
    def _read_sentences(self, body: Body, entities: list[list[tuple[int, int, str]]], registry: PeopleRegistry,
                        published: str | None):
        """Pass one: the people, cues, dates and places of every sentence, people gathered in ``registry``."""
        sentence_people: list[list[tuple[int, object]]] = []
        facts: list[SentenceFacts] = []
        guest_list = False  # reading the lines after "Those who presented credentials were:"
        for index, sentence in enumerate(body.sentences):
            cues, spans = self._cues(sentence.text)
            mentions = self.people.find(sentence.text, entities[index], registry.names(), blocked=spans)
            guest_list = guest_list and sentence.kind == "body" and bool(mentions) and not cues
            if guest_list:
                cues = {"series"}  # each line names one more guest of the encounter the list was opened by
            elif sentence.kind == "body" and cues & {"meet", "talk"} and sentence.text.rstrip().endswith(":"):
                guest_list = True
                cues = cues | {"series"}
            persons = [(registry.add(m).index, m) for m in mentions]
            sentence_people.append(persons)
            references = self.people.unnamed_references(sentence.text, mentions)
            unnamed = [(r.country, r.office) for r in references]
            places = self._meeting_places(sentence.text, spans, mentions)
            cue_start = min((a for a, _ in spans), default=None)
            subject_named = bool(mentions) and (cue_start is None or mentions[0].start < cue_start)
            facts.append(SentenceFacts(
                index=index, people=self._speakers_of_the_encounter(sentence.text, persons, cue_start), cues=cues,
                unnamed=unnamed,
                date=self._sentence_date(sentence, spans, published),
                place=(places[0].city, places[0].value) if places else None, kind=sentence.kind,
                subject_named=subject_named,
                unnamed_subject=not subject_named and cue_start is not None and any(
                    r.country is None and r.start < cue_start for r in references),
                segments=self._segments(sentence.text, persons, references),
                paired=self._opens_on_a_pair(sentence.text, mentions),
                listed=_listed(sentence.text, mentions, cue_start)))
        return facts, sentence_people

    def _sentence_date(self, sentence: Sentence, spans: list[tuple[int, int]], published: str | None):
        """The date of a sentence's encounter, else its dateline's; on a page with no day of its own, a
        weekday in a lead is the day of its dateline, which wire copy files it under ("KUWAIT, Sep 15
        (KUNA) -- … received … on Monday")."""
        told = self.dates.meeting_date(sentence.text, spans)
        undated_page = not (published and len(published) >= 10)
        if sentence.dateline and (told is None or (told.kind == "weekday" and undated_page)):
            filed = self.dates.meeting_date(sentence.dateline)
            if filed is not None and (told is None or filed.kind == "day"):
                return filed
        return told

    def _speakers_of_the_encounter(self, text: str, persons: list[tuple[int, Mention]], cue_start: int | None) -> list[int]:
        """The people of a sentence, less those named in what was said after its encounter ("Lors de son
        entretien avec X, Y a affirmé que la visite du président Z …": X and Y met, Z did not)."""
        # "dans le cadre de la visite officielle du Premier ministre X à Singapour, une délégation … a rendu visite
        # à Y": X's visit frames the meeting, X is not at it
        framed = set()
        for frame in self.language.meeting_cues["framing"].finditer(text):
            visitor = next((p for p, m in persons if 0 <= m.start - frame.end() <= _FRAMED_NAME_CHARS), None)
            if visitor is not None:
                framed.add(visitor)
        if framed and len({p for p, _ in persons} - framed) >= 2:
            persons = [(p, m) for p, m in persons if p not in framed]
        people = [p for p, _ in persons]
        speech = self.language.meeting_cues["reported_speech"].search(text, cue_start or 0) if cue_start is not None else None
        if speech is None:
            return people
        before = [p for p, m in persons if m.start < speech.start()]
        return before if len(set(before)) >= 2 else people

    def _opens_on_a_pair(self, text: str, mentions: list[Mention]) -> bool:
        """The sentence opens on two people joined by "and" ("Minister Shanmugam and British Foreign
        Secretary William Hague reaffirmed …"), a title at most before the first."""
        if len(mentions) < 2:
            return False
        first, second = mentions[:2]
        opening = min(first.start, first.title_start if first.title_start is not None else first.start)
        if len(text[:opening].split()) > _PAIR_OPENING_WORDS:
            return False
        gap_start = max(first.end, first.title_end or 0)
        gap_end = second.title_start if second.title_start is not None and second.title_start >= gap_start else second.start
        return bool(self.language.meeting_cues["pair_joiners"].fullmatch(text[gap_start:gap_end].strip(" ,")))

    def published(self, article: Article) -> str | None:
        """The article's publication date: its header, made precise by the date the page prints.

        A header may give only the month ("2023-11"); a page without one often prints its
        day near the top ("June, 11 2019"), which dates "on Tuesday" and "le 12 mars".
        """
        given = article.published
        if given and len(given) >= 10:
            return given
        _, content_start = parse_header(article.text)
        lines = [line for line in article.text[content_start:].splitlines() if line.strip()][:_PAGE_DATE_LINES]
        printed = self.dates.page_date(lines)
        if printed and (not given or printed.startswith(given)):
            return printed
        return given

    def extract(self, article: Article, body: Body, entities: list[list[tuple[int, int, str]]]) -> Extraction:
        """Meetings and agreements of one segmented article, given the model's entities in each sentence."""
        published = self.published(article)
        if published != article.published:
            article = replace(article, published=published)
        registry = PeopleRegistry()
        facts, sentence_people = self._read_sentences(body, entities, registry, published)
        registry.recognise_office_holders(office_holders(), int(published[:4]) if published else None)

        home_people = [p for p in registry.people if self._country(p) == self.home.country]
        ranked = sorted(home_people or registry.people, key=lambda p: (-p.mentions, p.index))
        protagonist = ranked[0].index if ranked else None
        foreign = [p for p in registry.people if p not in home_people]
        visitors = sorted(foreign, key=lambda p: (-p.mentions, p.index))
        own = self._country(registry.people[protagonist]) if protagonist is not None else None
        partners = [p for p in sorted(registry.people, key=lambda p: (-p.mentions, p.index))
                    if p.index != protagonist and (own is None or self._country(p) != own)]
        dateline = self.lexicon.places(body.dateline_place) if body.dateline_place else []
        builder = MeetingBuilder(self.dates, article.published, protagonist,
                                 lambda i: self._country(registry.people[i]),
                                 lambda i: {o for t in registry.people[i].titles for o in self.people.offices_in(t)},
                                 (dateline[0].city, dateline[0].value) if dateline else None,
                                 similar=lambda a, b: registry.similar(a, b, self._country),
                                 visitor=visitors[0].index if visitors else None, home=self.home.country,
                                 people=range(len(registry.people)),
                                 partner=partners[0].index if partners else None)

        found_agreements: list[tuple[FoundAgreement, Draft | None, int]] = []
        list_status = None  # the status of the list of instruments being read, from the sentence that opened it
        for index, sentence in enumerate(body.sentences):
            builder.read(facts[index])
            if sentence.kind != "body":
                continue
            found = self.agreements.find(sentence.text, article.published)
            if list_status and _LIST_NUMBER.fullmatch(sentence.text):
                continue
            if list_status and found:
                # an item of the list: the instrument that opens its line (after its article) takes the list's
                # status unless it says its own, and the whole line is its name
                opening = found[0]
                if opening.status is None and len(sentence.text[:opening.start].split()) <= 1:
                    opening.status, opening.signed_here = list_status, list_status == "signed"
                    opening.name = sentence.text[opening.start:].rstrip(" .;")
            else:
                following = body.sentences[index + 1].text if index + 1 < len(body.sentences) else ""
                list_status = self.agreements.heading_status(sentence.text, bool(_LIST_NUMBER.fullmatch(following)))
            found_agreements.extend((agreement, builder.last_meeting, index) for agreement in found)
        drafts = builder.finish()
        for variant, person in builder.absorbed:
            registry.absorb(variant, person)

        # the countries the article names, counted only if a participant or an agreement needs them
        mentioned = cache(lambda: self._countries_by_mentions(body))
        represented = {id(d): self._participant_countries(d, registry, mentioned) for d in drafts}
        # an agreement told at a meeting that was then merged into another is told at that one
        for _, told_at, _ in found_agreements:
            if told_at is not None and id(told_at) not in represented:
                represented[id(told_at)] = self._participant_countries(told_at, registry, mentioned)
        meetings = [self._meeting(d, body, registry, sentence_people, represented[id(d)]) for d in drafts]
        agreements = self._agreements(found_agreements, body, drafts, represented, mentioned)
        return Extraction(source=article.source, language=self.code, published=article.published,
                          meetings=meetings, agreements=agreements)

    def _evidence(self, body: Body, index: int) -> Evidence:
        sentence = body.sentences[index]
        return Evidence(sentence.text, sentence.start, sentence.end)

    def _countries_by_mentions(self, body: Body) -> list[str]:
        """The countries the article's own sentences name, most named first."""
        counts = Counter(hit.value for sentence in body.sentences if sentence.kind == "body"
                         for hit in self.lexicon.countries(sentence.text))
        return [code for code, _ in counts.most_common()]

    def _participant_countries(self, draft: Draft, registry: PeopleRegistry,
                               mentioned: Callable[[], list[str]]) -> list[str | None]:
        """The country each participant represents.

        One the text or the office holders do not give is the home country for a name of the home
        country's shape ("Nguyen Duy Ngoc"), else the country of the place, else the
        one the article names most, that no other participant represents: in a Tunisian
        paper "le ministre de l'Intérieur, Kamel Feki" meets "son homologue libyen", in a
        Luxembourg release Jean Asselborn meets the French minister in Paris.
        """
        people = [registry.people[i] for i in draft.participants]
        given = [self._country(p) for p in people]
        taken = {c for c in given if c}
        result = []
        for person, country in zip(people, given):
            if country is None and not person.international and self.people.home_name_shape(person.name.split()):
                country = self.home.country  # "Lieut. Gen Nguyen Duy Ngoc" in Vientiane is still Vietnam's
            elif country is None and not person.international:
                candidates = chain([draft.place_country], _later(mentioned))
                country = next((c for c in candidates if c and c not in taken), None)
            result.append(country)
        return result

    def _meeting(self, draft: Draft, body: Body, registry: PeopleRegistry,
                 sentence_people: list[list[tuple[int, object]]], countries: list[str | None]) -> Meeting:
        participants = []
        for person_index, country in zip(draft.participants, countries):
            person = registry.people[person_index]
            title = next((m.title for p, m in sentence_people[draft.sentence] if p == person_index and m.title), None)
            title = title or (person.titles[0] if person.titles else None)
            organization = person.organizations[0] if person.organizations else None
            participants.append(Participant(name=person.name, aliases=person.aliases, title=title,
                                            organization=organization, country=country_name(country)))
        topic_text = " ".join(body.sentences[i].text for i in sorted(set(draft.sentences)))
        return Meeting(date=draft.date, place=draft.place, participants=participants,
                       evidence=self._evidence(body, draft.sentence), date_text=draft.date_text,
                       topics=self.lexicon.topics(topic_text), event_type="call" if draft.call else None,
                       multilateral=draft.multilateral,
                       planned=draft.planned)

    def _agreements(self, found: list[tuple[FoundAgreement, Draft | None, int]], body: Body, drafts: list[Draft],
                    represented: dict[int, list[str | None]], mentioned: Callable[[], list[str]]) -> list[Agreement]:
        """Tie each instrument to its parties and date, and keep one record per instrument.

        Parties the instrument's name does not give are the countries of the meeting it was
        told at, else of the article's meetings, else the countries the article names most:
        an agreement between two foreign states is theirs, not the agency's country's.
        """
        everyone = [c for d in drafts for c in represented[id(d)] if c]
        result: list[Agreement] = []
        names: list[tuple[str, Agreement]] = []
        for item, meeting, index in found:
            if item.status is None and not item.mention_only:
                continue
            if item.mention_only:
                parties = [item.multilateral_party]
            else:
                countries = list(item.countries)
                context = represented[id(meeting)] if meeting is not None else []
                for country in chain(context, everyone, _later(mentioned)):
                    if len(countries) + len(item.bodies) >= 2:
                        break
                    if country and country not in countries:
                        countries.append(country)
                parties = [country_name(c) or c for c in countries] + item.bodies
                if item.multilateral_party and item.multilateral_party not in parties:
                    parties.append(item.multilateral_party)
            date = item.date
            if date is None and item.signed_here and meeting is not None:
                date = meeting.date
            key = fold(item.name)
            # the same instrument named again ("le mémorandum d'entente sur la cybersécurité"), or by its alias
            # (a bare "plan de coopération" after "plan de coopération pour 2025" is that plan again;
            # a specific name after a bare one is a new instrument)
            bare = self.agreements.bare_nouns
            duplicate = next((a for k, a in names if a.kind == item.kind and (
                key == k or (key in bare and k.startswith(key))
                or (key not in bare and k not in bare and (key in k or k in key))
                or any(fold(x) in k for x in item.aliases))), None)
            if duplicate is not None and (duplicate.mention_only or set(duplicate.parties) & set(parties)):
                continue
            record = Agreement(name=item.name, kind=item.kind, status=item.status or "other", parties=parties,
                               date=date, topics=self.lexicon.topics(item.name),
                               evidence=self._evidence(body, index), mention_only=item.mention_only)
            result.append(record)
            names.append((key, record))
            names.extend((fold(alias), record) for alias in item.aliases)
        return result


# A list item's number on a line of its own ("1.").
_LIST_NUMBER = regex.compile(r"\s*\d{1,2}[.)]\s*")


def _listed(text: str, mentions: list[Mention], cue_start: int | None) -> bool:
    """Two people or more after the meeting cue, one per item of a list parted by semicolons
    ("a rencontré X ; le vice-ministre Y ; le directeur Z")."""
    after = [m for m in mentions if cue_start is not None and m.start > cue_start]
    return len(after) >= 2 and all(";" in text[a.end:b.start] for a, b in zip(after, after[1:]))


def _later(values: Callable[[], list[str]]) -> Iterator[str]:
    """The values of ``values()``, worked out only when the first one is asked for."""
    yield from values()


_EXTRACTORS: dict[str, ArticleExtractor] = {}


def _extractor(code: str) -> ArticleExtractor:
    if code not in _EXTRACTORS:
        _EXTRACTORS[code] = ArticleExtractor(code)
    return _EXTRACTORS[code]


def _entities(doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _extract_chunk(articles: list[dict]) -> list[tuple[str, dict]]:
    """Worker side of ``extract_articles(jobs=N)``: records cross the process boundary as dicts."""
    return [(type(e).__name__, e.to_dict()) for e in extract_articles([Article.from_dict(a) for a in articles])]


def _warm_worker(languages: tuple[str, ...]) -> None:
    from graphbuild.model import load_model

    for code in languages:
        load_model(code)


def _extract_in_processes(articles: Iterable[Article], jobs: int, chunk: int) -> Iterator[Extraction]:
    """Extract chunks of articles in ``jobs`` worker processes, each loading its models once, in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from itertools import islice

    from graphbuild.lang import available_languages

    iterator = iter(articles)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_warm_worker,
                             initargs=(available_languages(),)) as pool:
        pending = []
        while True:
            batch = [a.to_dict() for a in islice(iterator, chunk)]
            if batch:
                pending.append(pool.submit(_extract_chunk, batch))
            # keep a bounded number of chunks in flight so memory stays flat on long inputs
            while pending and (len(pending) > 2 * jobs or not batch):
                for kind, data in pending.pop(0).result():
                    yield Failure.from_dict(data) if kind == "Failure" else Extraction.from_dict(data)
            if not batch:
                return


def extract_articles(articles: Iterable[Article], *, nlp=None, batch_size: int = 64,
                     jobs: int = 1) -> Iterator[Extraction | Failure]:
    """Extract every article, running the model over sentences in batches.

    An article the rules fail on gives a ``Failure`` in its place; the others go on.
    ``nlp`` overrides the model for every language (tests pass a light pipeline);
    otherwise each article's language picks its model, loaded once per process.
    ``jobs`` > 1 spreads the articles over that many processes; results keep input order.
    """
    from graphbuild.model import load_model

    if jobs > 1 and nlp is None:
        yield from _extract_in_processes(articles, jobs, batch_size)
        return

    pending: list[tuple[Article, str, Body]] = []

    def flush() -> Iterator[Extraction]:
        by_language: dict[str, list[int]] = {}
        for position, (_, code, _) in enumerate(pending):
            by_language.setdefault(code, []).append(position)
        results: dict[int, Extraction] = {}
        for code, positions in by_language.items():
            model = nlp or load_model(code)
            texts = [s.text for p in positions for s in pending[p][2].sentences]
            docs = iter(model.pipe(texts, batch_size=256))
            for p in positions:
                article, _, body = pending[p]
                entities = [_entities(next(docs)) for _ in body.sentences]
                try:
                    results[p] = _extractor(code).extract(article, body, entities)
                except Exception as error:  # noqa: BLE001 - one article's failure must not end a batch
                    results[p] = Failure(article.source, f"extraction failed ({type(error).__name__}: {error})")
        for position in range(len(pending)):
            yield results[position]
        pending.clear()

    for article in articles:
        code = article.language or detect_language(article.text)
        body = segment(article.text, load_language(code))
        pending.append((article, code, body))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def extract_article(article: Article, *, nlp=None) -> Extraction | Failure:
    """Extract one article (see ``extract_articles`` for many)."""
    return next(extract_articles([article], nlp=nlp))
