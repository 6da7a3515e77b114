"""Encounters: which people met, when, where, told sentence by sentence.

The narrative is read in order. A sentence with a meeting cue ("a reçu", "s'est
entretenu avec") opens a meeting of the people it names; an office without a name
("le vice-ministre", "le ministre cambodgien") stands for the person (of that country)
whose title is that office, a pronoun ("il") for the article's protagonist. "la veille",
"le même jour" count from the day last reported. A series ("a reçu successivement … Il
s'agit de A ; B ; C") gives one meeting per person listed. A gathering ("les chefs de
délégation", "ont coprésidé la conférence") stays open and takes in the people who speak
at it until another meeting is reported. Captions that name two people are the same
meeting as the body's when the body has them; otherwise they are a meeting of their own.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from graphbuild.extract.dates import DateFinder, DateMention
from graphbuild.extract.people import Office

__all__ = ["Draft", "Encounter", "SentenceFacts", "MeetingBuilder", "dates_compatible"]


@dataclass(slots=True)
class Encounter:
    """One of the encounters a sentence reports: its people, its own date words and unnamed offices."""

    people: list[int]
    date: DateMention | None = None
    unnamed: list[tuple[str | None, Office | None]] = field(default_factory=list)
    subject_named: bool = False  # its people come before its own meeting cue (", a day after X and Y co-chaired")
    subject_goes_on: bool = False  # it opens on a splitter ("puis", "avant de rencontrer"): the sentence's subject acts


@dataclass(slots=True)
class SentenceFacts:
    """What pass one found in a sentence: people (indices into the registry), cues, unnamed references."""

    index: int
    people: list[int]
    cues: set[str]
    unnamed: list[tuple[str | None, Office | None]]  # (country, office) of each office named without a name
    date: DateMention | None
    place: tuple[str, str] | None  # (English city, ISO3)
    kind: str
    subject_named: bool = True  # a person is named before the cue ("X a reçu …", not "la délégation a été reçue par X")
    # people by encounter when the sentence reports several, with the later encounters' own date words
    segments: list[Encounter] = field(default_factory=list)
    paired: bool = False  # it opens on two people named together ("X and Y reaffirmed …")
    listed: bool = False  # the people after its cue are items of a list parted by semicolons
    # a pronoun or an office without a name opens the encounter ("Il s'est entretenu avec X, Y et Z", "the
    # President has had bilateral talks with X; and Y")
    unnamed_subject: bool = False


@dataclass(slots=True)
class Draft:
    """A meeting being assembled."""

    participants: list[int]
    sentence: int
    date: str | None
    date_text: str | None
    place: str | None
    place_country: str | None
    caption: bool = False
    call: bool = False
    planned: bool = False
    multilateral: bool = False
    sentences: list[int] = field(default_factory=list)

    def add(self, people: list[int]) -> None:
        """Add people not already taking part."""
        for person in people:
            if person not in self.participants:
                self.participants.append(person)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two dates that may be the same day (either unknown, or equal where both are known)."""
    if not a or not b:
        return True
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:]
    return a == b


class MeetingBuilder:
    """Reads an article's sentences in order and assembles its meetings."""

    def __init__(self, dates: DateFinder, published: str | None, protagonist: int | None,
                 country_of, offices_of, dateline_place: tuple[str, str] | None, similar=lambda a, b: False,
                 visitor: int | None = None, home: str | None = None, people: Sequence[int] = (),
                 partner: int | None = None):
        self.dates = dates
        self.published = published
        self.protagonist = protagonist
        self.country_of = country_of  # person index → ISO3 or None
        self.offices_of = offices_of  # person index → the offices of their titles
        self.people = people  # every person of the article, in order of first mention
        self.similar = similar  # (person, person) → may they be one person spelled two ways
        self.visitor = visitor  # the foreign person mentioned most: who a home official's unnamed counterpart is
        self.partner = partner  # the protagonist's most mentioned counterpart: "the two sides" are these two
        self.home = home
        #: (caption person, body person) pairs found to be one person while folding captions in
        self.absorbed: list[tuple[int, int]] = []
        self.current_date: str | None = None
        self.current_place = dateline_place
        self.drafts: list[Draft] = []
        self.captions: list[Draft] = []
        self.open_group: Draft | None = None
        self.series_host: int | None = None
        self.last_seen_of: dict[str, int] = {}  # ISO3 → last person of that country mentioned
        self.seen: list[int] = []  # people in the order they were last mentioned
        self._last_cue = -2  # the last sentence that reported an encounter

    @property
    def last_meeting(self) -> Draft | None:
        """The meeting reported last (a gathering counts)."""
        return self.drafts[-1] if self.drafts else None

    def _date(self, facts: SentenceFacts) -> tuple[str | None, str | None]:
        """The sentence's date and its words; without one, the day last reported."""
        if facts.date is None:
            return self.current_date, None
        planned = "planned" in facts.cues
        value = DateFinder.resolve(facts.date, self.published, self.current_date, future=planned)
        if value and facts.date.kind in ("day", "weekday", "relative", "deictic") and not planned:
            self.current_date = value
        return value, facts.date.text

    def _place(self, facts: SentenceFacts, call: bool) -> tuple[str | None, str | None]:
        if facts.place:
            self.current_place = facts.place
        if call:
            return None, None
        return self.current_place if self.current_place else (None, None)

    def _office_holders(self, office: Office, country: str | None, person: int) -> list[int]:
        """Who an unnamed office (of ``country``, if given) may stand for, opposite ``person``.

        One person other than ``person`` whose title is that office ("the Minister of National
        Defence" is the "Defence Minister", one of that ministry before one of none named):
        without a nationality the protagonist first ("le vice-ministre"), then the last person
        mentioned, then one the article names later ("reçu par le ministre. Le ministre …,
        le général X, a salué …"). Failing that, everyone, ``person`` included, whose office
        has the same head noun ("the Vietnamese deputy minister" for a "Deputy Foreign
        Minister", "le directeur" for a "directeur général"): a safe guess only when they are one.
        """
        first = [self.protagonist] if country is None else []
        order = [p for p in dict.fromkeys([*first, *reversed(self.seen), *self.people])
                 if p is not None and (country is None or self.country_of(p) == country)]
        whole = [p for p in order if p != person and any(office.same_as(o) for o in self.offices_of(p))]
        if office.portfolio:
            whole.sort(key=lambda p: not any(o.portfolio == office.portfolio for o in self.offices_of(p)))
        if whole:
            return whole[:1]
        return [p for p in order if any(o.head == office.head and office.shares_portfolio(o) for o in self.offices_of(p))]

    def _counterpart(self, person: int, facts: SentenceFacts,
                     unnamed: list[tuple[str | None, Office | None]] | None = None) -> int | None:
        """Who an unnamed office in the sentence stands for, opposite ``person``.

        "le ministre cambodgien": the last person of that country, or the one who holds that
        office; "le vice-ministre": the person who holds that office (the protagonist first);
        a Deputy Minister is not "the Minister", unless no one else could be. Else the
        protagonist, or the visitor opposite a home official. ``unnamed``: the offices of one
        encounter of the sentence, if not all of them.
        """
        unnamed = facts.unnamed if unnamed is None else unnamed
        own = self.country_of(person)
        recent = [p for p in reversed(self.seen) if p != person]
        for country, office in unnamed:
            if country and country != own:
                if office is None:
                    match = next((p for p in recent if self.country_of(p) == country), None)
                    match = self.last_seen_of.get(country) if match is None else match
                else:
                    holders = self._office_holders(office, country, person)
                    match = holders[0] if len(holders) == 1 else None
                if match is not None and match != person:
                    return match
                # "doit être reçu par le président chilien": someone not named, not the counterpart
                return None
        for country, office in unnamed:
            if office and not country:
                holders = self._office_holders(office, None, person)
                if len(holders) == 1 and holders[0] != person:
                    return holders[0]
                if len(holders) > 1 and person not in holders:
                    # "The Minister received X" beside a Deputy Minister and a "Defence Minister": no safe guess
                    return None
        # a home official's unnamed counterpart is the visitor ("la délégation a été reçue par X"),
        # a foreign official's is the protagonist
        if own == self.home and self.visitor is not None and self.visitor != person:
            return self.visitor
        if self.protagonist is not None and person != self.protagonist:
            return self.protagonist
        return None

    def _new(self, participants: list[int], facts: SentenceFacts, **flags) -> Draft:
        call = "call" in facts.cues
        date, date_text = self._date(facts)
        place, place_country = self._place(facts, call)
        draft = Draft(list(participants), facts.index, date, date_text, place, place_country, call=call,
                      planned="planned" in facts.cues, sentences=[facts.index], **flags)
        return draft

    def _split(self, facts: SentenceFacts) -> None:
        """One sentence, several encounters: "X a été reçu par Y, puis par Z", "received X on
        Tuesday, a day after X and Y co-chaired …". Each group is a meeting of its own; a group
        of one is completed as a sentence of its own would be."""
        self.open_group = None
        date, date_text = self._date(facts)  # once: "le lendemain" moves the day once for all of them
        place, place_country = self._place(facts, "call" in facts.cues)
        first = facts.segments[0].people
        subject = first[0] if facts.subject_named else self._counterpart(first[0], facts)
        for index, encounter in enumerate(facts.segments):
            participants = list(encounter.people)
            if (index and encounter.subject_goes_on and not encounter.subject_named and len(participants) > 1
                    and subject not in (None, *participants)):
                # "… avant de rencontrer le Premier ministre X, ainsi que le président du Parlement Y": the
                # subject met each of them
                when = DateFinder.resolve(encounter.date, self.published, date) if encounter.date else date
                for guest in participants:
                    self.drafts.append(Draft([subject, guest], facts.index, when, None, place, place_country,
                                             call="call" in facts.cues, planned="planned" in facts.cues,
                                             sentences=[facts.index]))
                continue
            if len(participants) == 1:
                if index and encounter.subject_named:
                    # the subject of an encounter of its own (", a day after the visiting official and Y
                    # co-chaired …") meets whoever that clause names, not the first encounter's subject
                    other = self._counterpart(participants[0], facts, encounter.unnamed)
                else:
                    # the later encounters are the subject's ("… puis par Z"); a subject alone pairs as usual
                    other = subject if subject is not None and subject != participants[0] else self._counterpart(
                        participants[0], facts)
                if other is None:
                    continue
                participants.append(other)
            when, words = date, (date_text if index == 0 else None)
            if index and encounter.date is not None:
                when, words = DateFinder.resolve(encounter.date, self.published, date), encounter.date.text
            self.drafts.append(Draft(participants, facts.index, when, words, place, place_country,
                                     call="call" in facts.cues, planned="planned" in facts.cues,
                                     sentences=[facts.index]))

    def read(self, facts: SentenceFacts) -> None:
        """Take in the next sentence of the article."""
        people = list(dict.fromkeys(facts.people))
        if facts.kind == "caption":
            if len(people) >= 2:
                draft = self._new(people, facts, caption=True)
                if facts.date is None:
                    draft.date = None
                self.captions.append(draft)
            return
        for person in people:
            country = self.country_of(person)
            if country:
                self.last_seen_of[country] = person
            if person in self.seen:
                self.seen.remove(person)
            self.seen.append(person)

        guests = self._roll_call(people, facts)
        if guests is not None:
            host, guests = guests
            self._one_by_one(host, guests, facts, call="call" in facts.cues, planned="planned" in facts.cues)
            self._last_cue = facts.index
            return
        if facts.cues & {"meet", "talk", "call", "series"}:
            self._last_cue = facts.index

        if "series" in facts.cues:
            # a sentence with a meeting verb of its own opens a new series; the others go on with the last one
            host = None if facts.cues & {"meet", "talk"} else self.series_host
            if host is None and people and not facts.subject_named:
                host = self._counterpart(people[0], facts)  # "la délégation a eu des séances successives avec X et Y"
            if host is None:
                host = people[0] if people else self.protagonist
            self.series_host = host
            self._one_by_one(host, [p for p in people if p != host] if host is not None else [], facts)
            return

        # a signing by "les deux ministres" names no one new: it is the meeting already told
        meets = (bool({"meet", "talk", "planned"} & facts.cues) or ("call" in facts.cues and bool(people))
                 or ("signing" in facts.cues and len(people) >= 2))
        if meets:
            pending = self.open_group
            # … unless the sentence tells a meeting of its own ("X met Y in Hanoi on May 3")
            if (pending is not None and not pending.multilateral and len(people) >= 2
                    and not (facts.subject_named and "meet" in facts.cues)):
                # the people of a meeting told without them ("The two ministers held talks on Saturday.
                # The talks were held between X and Y."): it is theirs, and it is complete
                pending.add(people)
                pending.sentences.append(facts.index)
                self.open_group = None
                return
            if "group" in facts.cues and (len(people) <= 1 or self.open_group is not None):
                if self.open_group is None:
                    self.open_group = self._new(people, facts, multilateral=True)
                    self.drafts.append(self.open_group)
                else:
                    self.open_group.add(people)
                    self.open_group.sentences.append(facts.index)
                return
            if len(facts.segments) > 1:
                self._split(facts)
                return
            participants = people
            if facts.unnamed_subject and len(people) >= 2 and facts.cues & {"meet", "planned"}:
                host = self._counterpart(people[0], facts)
                if host is not None and host not in people and "welcome" in facts.cues:
                    # "Le chef de l'État et son épouse ont été accueillis à l'aéroport par X, Y et Z": one party
                    participants = [host, *people]
                elif host is not None and host not in people:
                    # "Il s'est entretenu avec X, Y et Z", "He is scheduled to meet X, Y and Z": the one the
                    # pronoun or office stands for met (or is to meet) each of them
                    self._one_by_one(host, people, facts, call="call" in facts.cues, planned="planned" in facts.cues)
                    return
            if not people and "both_sides" in facts.cues and self.partner not in (None, self.protagonist):
                # "Les deux parties ont eu une séance de travail mercredi": the article's two sides
                participants = [self.protagonist, self.partner]
            # one name: the other side is an office or a pronoun ("le vice-ministre a reçu X"), or the
            # unnamed subject of a sentence whose named person is the object ("la délégation a été reçue
            # par X"); "X also met with representatives of the community" has no other side
            if len(participants) == 1 and (facts.unnamed or not facts.subject_named):
                other = self._counterpart(participants[0], facts)
                if other is not None:
                    participants = [other, participants[0]]
            if len(participants) < 2:
                if people:
                    self._date(facts)
                elif facts.date is not None or facts.place is not None:
                    # "Les garde-côtes vietnamiens et japonais se sont entretenus à Hanoi le 21 février":
                    # the people who speak next are the ones who met
                    self.open_group = self._new([], facts)
                    self.drafts.append(self.open_group)
                return
            self.open_group = None
            if self._told_again(participants, facts):
                return
            # a plenary or a round table with three people or more is a gathering, not a bilateral
            self.drafts.append(self._new(participants, facts, multilateral="group" in facts.cues and len(participants) > 2))
            return

        if "group" in facts.cues and not people and self.open_group is None and "meet" not in facts.cues:
            if facts.date is not None or facts.place is not None:
                # "La conférence s'est tenue les 5 et 6 novembre à Da Nang": a gathering with no one named yet
                self.open_group = self._new([], facts, multilateral=True)
                self.drafts.append(self.open_group)
            return
        if facts.paired and not facts.cues - {"both_sides"} and self._last_cue >= 0:
            # "Minister Shanmugam and the Mozambique Minister … reviewed bilateral relations", after
            # "had bilateral meetings with his counterparts": the two met, unless the article told
            # their meeting already ("Chien and Mehta agreed …" after they co-chaired the dialogue)
            if not self._told_again(people[:2], facts):
                self.drafts.append(self._new(people[:2], facts))
            return
        if "join" in facts.cues and self.last_meeting is not None and people:
            self.last_meeting.add(people)
            self.last_meeting.sentences.append(facts.index)
            return
        if self.open_group is not None and people:
            self.open_group.add(people)
        if self.last_meeting is not None:
            self.last_meeting.sentences.append(facts.index)
        elif facts.date is not None and facts.date.kind in ("day", "weekday", "deictic"):
            # "En date du 30 septembre 2022, le ministre … a effectué une visite", "X a estimé jeudi, en
            # participant à l'inauguration, …", "La consultation a eu lieu le 20 janvier à Hanoï": the day
            # of what follows
            self._date(facts)

    def _one_by_one(self, host: int, guests: list[int], facts: SentenceFacts, *, call: bool = False,
                    planned: bool = False) -> None:
        """A meeting of the host with each guest, all on the sentence's day and at its place."""
        date, date_text = self._date(facts)  # once: "le lendemain" moves the day once for all of them
        place, place_country = self._place(facts, call)
        for guest in guests:
            self.drafts.append(Draft([host, guest], facts.index, date, date_text, place, place_country,
                                     call=call, planned=planned, sentences=[facts.index]))
        self.open_group = None

    def _told_again(self, participants: list[int], facts: SentenceFacts) -> bool:
        """A sentence with no date of its own and no meeting verb that names people already
        reported meeting is about that meeting ("In his talks with the IOM official, Deputy
        Minister X proposed …"): the sentence joins it, and no meeting is added."""
        if facts.date is not None or "meet" in facts.cues:
            return False
        told = next((d for d in reversed(self.drafts) if set(participants) <= set(d.participants)), None)
        if told is not None:
            told.sentences.append(facts.index)
        return told is not None

    def _roll_call(self, people: list[int], facts: SentenceFacts) -> tuple[int, list[int]] | None:
        """(host, guests) when a sentence lists envoys received one by one: "a salué l'ambassadeur
        de Thaïlande, X ; l'ambassadeur d'Arabie saoudite, Y ; …", "hosted separate receptions
        for Bulgarian Ambassador X; Italian Ambassador Y".

        Two guests or more holding an office each for as many different countries, none the
        host's, told in a sentence that reports the encounter or right after one, and no
        gathering: each guest met the host, not the other guests.
        """
        if len(people) < 3 or facts.cues & {"group", "join", "welcome"}:
            return None
        if not (facts.cues & {"meet", "talk", "call", "series"}) and self._last_cue != facts.index - 1:
            return None
        if facts.listed and facts.subject_named and facts.cues & {"meet", "talk"}:
            return people[0], people[1:]  # "a rencontré et travaillé avec X ; Y ; Z": one after another
        if self._envoys(people):
            # every one named is a guest: the host is the subject left unnamed ("Le dirigeant vietnamien")
            host = self._counterpart(people[0], facts)
            return (host, people) if host is not None and host not in people else None
        if facts.subject_named and self._envoys(people[1:]) and self.country_of(people[0]) not in map(
                self.country_of, people[1:]):
            return people[0], people[1:]
        if facts.subject_named and facts.cues & {"meet", "talk", "planned"} and self._officials_of_other_countries(
                people[0], people[1:]):
            # "also met with Deputy Prime Minister X, Defence Minister Y and Foreign Minister Z",
            # "will hold talks with President X, Chairman Y and Chairman Z": one by one
            return people[0], people[1:]
        return None

    def _officials_of_other_countries(self, host: int, guests: list[int]) -> bool:
        """Three guests or more, each holding an office of a known country that is not the host's
        (two may be one delegation: "une séance de travail avec le vice-ministre X et le colonel Y")."""
        countries = [self.country_of(g) for g in guests]
        return (len(guests) >= 3 and None not in countries and self.country_of(host) is not None
                and self.country_of(host) not in countries and all(self.offices_of(g) for g in guests))

    def _envoys(self, people: list[int]) -> bool:
        """Two people or more, each holding an office for a different, known country."""
        countries = [self.country_of(p) for p in people]
        if len(people) < 2 or None in countries or len(set(countries)) != len(people):
            return False
        return all(self.offices_of(p) for p in people)

    def _absorb_variant(self, caption: Draft, meetings: list[Draft]) -> bool:
        """A caption naming one person differently ("Khalid Al-Suwaidi", "Park Seong-ho") from the
        body's meeting with the same others is that meeting; the two spellings are one person."""
        for meeting in meetings:
            if not dates_compatible(meeting.date, caption.date):
                continue
            missing = [p for p in caption.participants if p not in meeting.participants]
            spare = [p for p in meeting.participants if p not in caption.participants]
            if len(missing) == 1:
                twin = next((p for p in spare if self.similar(missing[0], p)), None)
                if twin is not None:
                    self.absorbed.append((missing[0], twin))
                    return True
        return False

    def finish(self) -> list[Draft]:
        """The article's meetings: duplicates merged, captions folded into the body's meetings."""
        merged: list[Draft] = []
        for draft in self.drafts:
            twin = next((m for m in merged if set(m.participants) == set(draft.participants)
                         and dates_compatible(m.date, draft.date) and not m.multilateral), None)
            if twin:
                twin.sentences.extend(draft.sentences)
                twin.date = twin.date or draft.date
            else:
                merged.append(draft)
        for caption in self.captions:
            covering = [m for m in merged if set(caption.participants) <= set(m.participants)
                        and dates_compatible(m.date, caption.date)]
            if covering:
                if caption.date and (not covering[0].date or covering[0].date.startswith("--")):
                    covering[0].date = caption.date  # "X (right) had talks with Y on Thursday. Photo: VNA"
                continue
            if self._absorb_variant(caption, merged):
                continue
            if caption.date is None:
                caption.date = self.current_date if not merged else merged[0].date
            twin = next((m for m in merged if set(m.participants) == set(caption.participants)), None)
            if twin is None:
                merged.append(caption)
        # a day told without its year is that of the same day told with one ("October 27, 2025" in a caption)
        years = {m.date[5:]: m.date[:4] for m in merged if m.date and len(m.date) == 10 and not m.date.startswith("--")}
        for meeting in merged:
            if meeting.date and meeting.date.startswith("--") and meeting.date[2:] in years:
                meeting.date = f"{years[meeting.date[2:]]}-{meeting.date[2:]}"
        return [m for m in merged if len(m.participants) >= 2]
