"""The people of one article: every mention grouped under one person, with aliases.

"Tô Lâm", "To Lam" and "le ministre Tô Lâm" are one person; "M. Lim" is Lim Boon Keat.
The country of a person is the most explicit clue any of their mentions gives.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from graphbuild.extract.people import Mention
from graphbuild.resolve import fold, same_name

__all__ = ["Person", "PeopleRegistry"]


@dataclass(slots=True)
class Person:
    """One person of an article and everything its mentions said about them."""

    index: int
    spellings: Counter = field(default_factory=Counter)
    first_spelling: str = ""
    titles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    located_in: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    international: bool = False
    mentions: int = 0
    #: the country of the top office this person held that year, when ``officeholders.tsv``
    #: knows them (a public fact beats a nationality word misread in the text)
    office_country: str | None = None

    @property
    def name(self) -> str:
        """The spelling used most often (the first one on a tie)."""
        best = max(self.spellings.values())
        if self.spellings[self.first_spelling] == best:
            return self.first_spelling
        return next(s for s, n in self.spellings.items() if n == best)

    @property
    def aliases(self) -> list[str]:
        """Other spellings of the name in this article."""
        main = self.name
        seen, result = {fold(main)}, []
        for spelling in self.spellings:
            if spelling != main and spelling not in result:
                result.append(spelling)
                seen.add(fold(spelling))
        return result

    @property
    def country(self) -> str | None:
        """The country of the office they held, else the ISO3 code most mentions agree on."""
        if self.office_country:
            return self.office_country
        return Counter(self.countries).most_common(1)[0][0] if self.countries else None


class PeopleRegistry:
    """Groups the mentions of one article into persons."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def find(self, name: str) -> Person | None:
        """The person a spelling belongs to, if already seen.

        A name of two words or more that ends one person's full name, and no one else's, is
        that person without the first name ("M. Le Drian" after "Jean-Yves Le Drian").
        """
        for person in self.people:
            if any(same_name(name, spelling) for spelling in person.spellings):
                return person
        tail = fold(name).split()
        if len(tail) < 2:
            return None
        ending = [p for p in self.people if any(
            len(words) > len(tail) and words[-len(tail):] == tail for words in (fold(s).split() for s in p.spellings))]
        return ending[0] if len(ending) == 1 else None

    def add(self, mention: Mention) -> Person:
        """Attach a mention to its person (creating it), and return that person."""
        person = self.find(mention.name)
        if person is None:
            person = Person(index=len(self.people), first_spelling=mention.name)
            self.people.append(person)
        if not mention.short:
            person.spellings[mention.name] += 1
        person.mentions += 1
        if mention.title:
            person.titles.append(mention.title)
        if mention.country:
            person.countries.append(mention.country)
        if mention.located_in:
            person.located_in.append(mention.located_in)
        if mention.organization:
            person.organizations.append(mention.organization)
        person.international = person.international or mention.international
        return person

    def similar(self, a: int, b: int, country_of) -> bool:
        """Two people who may be one spelled two ways: a first or last word in common and no
        conflicting country ("Khalid Al-Suwaidi" / "Khalid bin Nasser Al-Suwaidi")."""
        first, second = self.people[a], self.people[b]
        ca, cb = country_of(first), country_of(second)
        if ca and cb and ca != cb:
            return False
        ta, tb = fold(first.name).split(), fold(second.name).split()
        return bool(ta and tb) and (ta[0] == tb[0] or ta[-1] == tb[-1])

    def absorb(self, variant: int, person: int) -> None:
        """Count ``variant``'s spellings as ``person``'s (its meetings already name ``person``)."""
        target, source = self.people[person], self.people[variant]
        for spelling, count in source.spellings.items():
            target.spellings[spelling] += 0  # an alias, never the main spelling
        target.titles.extend(source.titles)
        target.countries.extend(source.countries)

    def recognise_office_holders(self, holders, year: int | None) -> None:
        """Give each well-known official the country of the office they held in ``year``
        (an international body's head none, and the mark of its officials)."""
        for person in self.people:
            for spelling in list(person.spellings) or [person.first_spelling]:
                found = holders.recognise(spelling, year)
                if found is None:
                    continue
                name, person.office_country = found
                person.international = person.international or person.office_country is None
                if name != spelling:  # "Seri Anwar Ibrahim": the rest of an honorific is no part of the name
                    person.spellings[name] += person.spellings.pop(spelling, 0) or 1
                    if person.first_spelling == spelling:
                        person.first_spelling = name
                break

    def names(self) -> list[str]:
        """Every full spelling seen so far."""
        return [s for p in self.people for s in p.spellings]
