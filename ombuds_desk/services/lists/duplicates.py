"""Finding cases that are likely the same person.

A person is a likely duplicate of another when they share a service number, or when their
family and given names are similar in any spelling (the search keys of ``name_keys``
compared with rapidfuzz, so Kharchenko / Харченко / Harchenko are one name and a typo still
scores high) and they were born in the same year. A name that is all but identical counts
when either birth year is unknown. Different known birth years never make a name match.

:func:`find_candidates` checks one person being registered or imported: the database narrows
the search to cases sharing the first letters of a family or given name key, then each is
scored. :func:`possible_duplicate_pairs` lists pairs across the whole register without
comparing every case with every other: cases are grouped by birth year and the first letters
of their family-name key, and only cases within a group are compared.

Which pairs are found is decided by the rules above; how strong a pair is, by a score (0-100)
that adds up the evidence (:func:`evidence_score`): the same service number, a name the same
in any spelling or only similar, the same birth date or only the same year or no year known,
the same patronymic. A pair scoring :data:`STRONG_SCORE` or more is a strong match (the same
person, all but certainly); below it, a weak one to be looked at. The reason says it in a few
words: "same name and birth date", "similar name, both born 1985".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any, cast

from rapidfuzz import fuzz
from sqlalchemy import and_, func, or_, select
from sqlmodel import Session, col

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.name_keys import variant_keys, word_key, words
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import Person, PersonNameKey, full_name
from ombuds_desk.domain.person_rules import latin_of
from ombuds_desk.services.core.long_work import Cancelled, check_cancelled
from ombuds_desk.services.core.phrases import Phrase, said

NAME_THRESHOLD = 85.0  # family and given names each at least this similar (0-100)
NEAR_IDENTICAL = 95.0  # enough on its own when a birth year is unknown
PATRONYMIC_THRESHOLD = 75.0  # when both are known, patronymics must be this similar
SAME_NAME = 99.0  # one name in two spellings (keys compare equal), not merely similar
STRONG_SCORE = 70  # at or above: a strong match; below: a weak one

# Points of evidence (the score is their sum, at most 100).
_SAME_SERVICE_NUMBER = 50
_SAME_NAME_POINTS = 40
_SIMILAR_NAME_POINTS = (15, 35)  # from NAME_THRESHOLD up to just below SAME_NAME
_SAME_BIRTH_DATE = 40
_SAME_BIRTH_MONTH = 30
_SAME_BIRTH_YEAR = 20
_BIRTH_UNKNOWN = 5
_SAME_PATRONYMIC = 15
BLOCK = 3  # letters of a key that must agree before two names are compared
_COLUMNS = (
    "id",
    "case_number",
    "family_name",
    "given_name",
    "patronymic",
    "family_name_latin",
    "given_name_latin",
    "birth_year",
    "date_of_birth",
    "service_number",
)


@dataclass(frozen=True)
class DuplicateCandidate:
    person_id: int
    case_number: str
    name: str
    birth_year: int | None
    score: float
    reasons: tuple[str, ...]

    @property
    def strong(self) -> bool:
        return self.score >= STRONG_SCORE


@dataclass(frozen=True)
class DuplicatePair:
    first: DuplicateCandidate
    second: DuplicateCandidate
    score: float
    reasons: tuple[str, ...]

    @property
    def strong(self) -> bool:
        """A strong match (the same person, all but certainly), not a weak one."""
        return self.score >= STRONG_SCORE


def _word_keys(*names: str | None) -> frozenset[str]:
    return frozenset().union(*(_name_keys(name) for name in names if name))


# A pure function of the name. Checking an import against a register makes the keys of
# each new person and of each case it might duplicate: into a register of 100,000, 16,000
# new persons took 74,000 of these, 80 % of the planning (names repeat: each made once).
@lru_cache(maxsize=16384)
def _name_keys(name: str) -> frozenset[str]:
    keys: set[str] = set()
    for word in words(name):
        key = word_key(word)
        if key:
            keys.add(key)
            keys.update(variant_keys(key))
    return frozenset(keys)


@dataclass(frozen=True)
class _Named:
    """A person reduced to what matching needs."""

    id: int
    case_number: str
    display: str
    family: frozenset[str]
    given: frozenset[str]
    patronymic: frozenset[str]
    birth_year: int | None
    born: str | None  # the birth date as stored (ISO, as precise as known)
    service_number: str | None

    @classmethod
    def of(cls, row: Mapping[str, Any]) -> _Named:
        family, given = row.get("family_name"), row.get("given_name")
        service = (row.get("service_number") or "").strip().upper() or None
        return cls(
            id=int(row.get("id") or 0),
            case_number=row.get("case_number") or "",
            display=full_name(family, given, row.get("patronymic")),
            family=_word_keys(family, row.get("family_name_latin") or latin_of(family)),
            given=_word_keys(given, row.get("given_name_latin") or latin_of(given)),
            patronymic=_word_keys(row.get("patronymic")),
            birth_year=row.get("birth_year"),
            born=row.get("date_of_birth") or None,
            service_number=service,
        )

    def candidate(self, score: float, reasons: tuple[str, ...]) -> DuplicateCandidate:
        return DuplicateCandidate(
            self.id, self.case_number, self.display, self.birth_year, score, reasons
        )


def _best(one: Iterable[str], other: Iterable[str]) -> float:
    return max((fuzz.ratio(a, b) for a in one for b in other), default=0.0)


def name_score(a: _Named, b: _Named) -> float:
    """How alike two names are (0-100): the weaker of family and given, either way round."""
    straight = min(_best(a.family, b.family), _best(a.given, b.given))
    swapped = min(_best(a.family, b.given), _best(a.given, b.family))
    return max(straight, swapped)


def _similar_points(similar: float) -> float:
    if similar >= SAME_NAME:
        return _SAME_NAME_POINTS
    low, high = _SIMILAR_NAME_POINTS
    share = (similar - NAME_THRESHOLD) / (SAME_NAME - NAME_THRESHOLD)
    return low + (high - low) * min(max(share, 0.0), 1.0)


def _reason(source: str, **values: Any) -> str:
    """A reason in words, said in the reader's language where shown (``reason_text``)."""
    return Phrase("Duplicates", source, **values)


def reason_text(reason: str) -> str:
    """A pair's reason in the reader's language."""
    return said(reason)


def _birth(a: _Named, b: _Named) -> tuple[float, str]:
    """Points for what the birth dates share, and how the reason says it."""
    if a.birth_year is None or b.birth_year is None:
        return _BIRTH_UNKNOWN, _reason(QT_TRANSLATE_NOOP("Duplicates", "birth year unknown"))
    if a.born and a.born == b.born and len(a.born) == len("1985-03-14"):
        return _SAME_BIRTH_DATE, _reason(QT_TRANSLATE_NOOP("Duplicates", "birth date"))
    if a.born and b.born and a.born[:7] == b.born[:7] and len(a.born) >= 7 <= len(b.born):
        born = f"{a.born[5:7]}.{a.birth_year}"
        return _SAME_BIRTH_MONTH, _reason(
            QT_TRANSLATE_NOOP("Duplicates", "both born {when}"), when=born
        )
    return _SAME_BIRTH_YEAR, _reason(
        QT_TRANSLATE_NOOP("Duplicates", "both born {year}"), year=a.birth_year
    )


def evidence_score(a: _Named, b: _Named, similar: float) -> float:
    """The pair's score (0-100): the evidence that ``a`` and ``b`` are one person added up;
    ``similar`` is their name score (0 when the names do not count)."""
    points: float = (
        _SAME_SERVICE_NUMBER if a.service_number and a.service_number == b.service_number else 0
    )
    if similar:
        points += _similar_points(similar) + _birth(a, b)[0]
        if a.patronymic and b.patronymic and _best(a.patronymic, b.patronymic) >= SAME_NAME:
            points += _SAME_PATRONYMIC
    return float(min(round(points), 100))


def match(a: _Named, b: _Named) -> tuple[float, tuple[str, ...]] | None:
    """Score and reasons when ``a`` and ``b`` are likely one person, else None."""
    reasons: list[str] = []
    if a.service_number and a.service_number == b.service_number:
        reasons.append(
            _reason(
                QT_TRANSLATE_NOOP("Duplicates", "same service number {number}"),
                number=a.service_number,
            )
        )
    similar = name_score(a, b)
    if a.patronymic and b.patronymic and _best(a.patronymic, b.patronymic) < PATRONYMIC_THRESHOLD:
        similar = 0.0  # Петро Іванович and Петро Миколайович are two people
    known = a.birth_year is not None and b.birth_year is not None
    if (known and a.birth_year == b.birth_year and similar >= NAME_THRESHOLD) or (
        not known and similar >= NEAR_IDENTICAL
    ):
        name = (
            _reason(QT_TRANSLATE_NOOP("Duplicates", "same name"))
            if similar >= SAME_NAME
            else _reason(QT_TRANSLATE_NOOP("Duplicates", "similar name"))
        )
        _points, birth = _birth(a, b)
        reasons.append(
            _reason(QT_TRANSLATE_NOOP("Duplicates", "{name} and {birth}"), name=name, birth=birth)
            if birth == "birth date"
            else _reason(QT_TRANSLATE_NOOP("Duplicates", "{name}, {birth}"), name=name, birth=birth)
        )
    else:
        similar = 0.0
    if not reasons:
        return None
    return evidence_score(a, b, similar), tuple(reasons)


def _rows(session: Session, *conditions: Any) -> list[dict[str, Any]]:
    query = select(*(getattr(Person, c) for c in _COLUMNS))
    for condition in conditions:
        query = query.where(condition)
    return [dict(zip(_COLUMNS, row, strict=True)) for row in session.execute(query)]


def _having_prefix(keys: Iterable[str], *, exact: bool) -> Any:
    """Ids of persons with a key in ``keys`` (``exact``) or sharing its first letters."""
    if exact:
        return select(col(PersonNameKey.person_id)).where(col(PersonNameKey.key).in_(keys))
    ranges = []
    for start in sorted({k[:BLOCK] for k in keys}):
        end = start[:-1] + chr(ord(start[-1]) + 1)
        ranges.append(and_(col(PersonNameKey.key) >= start, col(PersonNameKey.key) < end))
    return select(col(PersonNameKey.person_id)).where(or_(*ranges))


def _born(values: Mapping[str, Any]) -> int | None:
    born = values.get("birth_year")
    if born is None and values.get("date_of_birth"):
        try:
            born = PartialDate.parse(str(values["date_of_birth"])).year
        except ValueError:
            born = None
    return cast(int | None, born)


def _service_numbers(values: Mapping[str, Any], me: _Named) -> set[str]:
    return {values["service_number"].strip(), me.service_number} if me.service_number else set()


def _scored(me: _Named, people: Iterable[_Named], limit: int) -> list[DuplicateCandidate]:
    results: list[DuplicateCandidate] = []
    for other in people:
        scored = match(me, other)
        if scored:
            results.append(other.candidate(*scored))
    results.sort(key=lambda c: (-c.score, c.case_number))
    return results[:limit]


def find_candidates(
    session: Session,
    values: Mapping[str, Any],
    *,
    exclude_id: int | None = None,
    limit: int = 10,
) -> list[DuplicateCandidate]:
    """Cases that may be the person described by ``values`` (form or import fields), best
    first. ``values`` needs ``family_name`` and ``given_name``; ``date_of_birth`` or
    ``birth_year`` and ``service_number`` widen what is found."""
    born = _born(values)
    me = _Named.of({**values, "id": exclude_id or 0, "birth_year": born})
    found: set[int] = set()
    if me.family and me.given:
        # The keys do not say which name they came from, so this finds swapped names too.
        family = col(Person.id).in_(_having_prefix(me.family, exact=born is None))
        given = col(Person.id).in_(_having_prefix(me.given, exact=False))
        years = or_(col(Person.birth_year).is_(None), col(Person.birth_year) == born)
        found.update(r["id"] for r in _rows(session, family, given, *([years] if born else [])))
    if me.service_number:
        same = col(Person.service_number).in_(_service_numbers(values, me))
        found.update(r["id"] for r in _rows(session, same))
    found.discard(exclude_id or 0)
    people = (_Named.of(r) for r in _rows(session, col(Person.id).in_(found))) if found else ()
    return _scored(me, people, limit)


_IN_CHUNK = 500  # ids or numbers per IN (...), well inside every database's limit


class RegisterKeys:
    """The register's stored search keys in memory, to check many persons at once (an
    import) with the rules of :func:`find_candidates` and no query per person.

    Built from one read of ``person_name_key``: who has a key beginning with some letters,
    by birth year, and who has exactly a key. :meth:`find_many` answers for a batch of
    persons with two or three queries in all (the service numbers, the candidates' names).
    Each holds a list of persons, not a set: most keys belong to one or two persons, and
    a set of one is 216 bytes where a list is 88 (some 50 MB at 100,000 persons); a
    person may be listed twice under a prefix, which the sets the answers are gathered in
    (:meth:`_having`) drop.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_year: dict[tuple[int | None, str], list[int]] = defaultdict(list)
        self.by_prefix: dict[str, list[int]] = defaultdict(list)
        self.by_key: dict[str, list[int]] = defaultdict(list)
        ids: dict[int, int] = {}  # one int object per person, shared by every list
        query = select(
            col(PersonNameKey.person_id), col(PersonNameKey.key), col(Person.birth_year)
        ).join(Person, col(Person.id) == col(PersonNameKey.person_id))
        # Through the connection, row by row: the session's ORM path fetched all 300,000
        # rows at once first (85 MB more at the peak, and four times the time).
        for person_id, key, year in session.connection().execute(query):
            pid = ids.setdefault(person_id, person_id)
            self.by_year[(year, key[:BLOCK])].append(pid)
            self.by_prefix[key[:BLOCK]].append(pid)
            self.by_key[key].append(pid)
        # An empty register (the first import into a new database) has no one to match.
        self.empty = not ids and session.execute(select(col(Person.id)).limit(1)).first() is None

    def _starting(self, prefix: str) -> list[str]:
        """The stored prefixes a key beginning ``prefix`` may have (a short key's whole
        self stands for every longer key it begins)."""
        if len(prefix) >= BLOCK:
            return [prefix]
        return [p for p in self.by_prefix if p.startswith(prefix)]

    def _having(self, keys: Iterable[str], born: int | None, *, exact: bool) -> set[int]:
        found: set[int] = set()
        if exact:
            for key in keys:
                found.update(self.by_key.get(key, ()))
            return found
        for start in {k[:BLOCK] for k in keys}:
            for prefix in self._starting(start):
                if born is None:
                    found.update(self.by_prefix.get(prefix, ()))
                else:
                    found.update(self.by_year.get((born, prefix), ()))
                    found.update(self.by_year.get((None, prefix), ()))
        return found

    def _by_service_number(self, numbers: set[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = defaultdict(list)
        ordered = sorted(numbers)
        for start in range(0, len(ordered), _IN_CHUNK):
            same = col(Person.service_number).in_(ordered[start : start + _IN_CHUNK])
            for row in _rows(self.session, same):
                found[row["service_number"]].append(row["id"])
        return found

    def _named(self, ids: set[int]) -> dict[int, _Named]:
        ordered = sorted(ids)
        named: dict[int, _Named] = {}
        for start in range(0, len(ordered), _IN_CHUNK):
            chunk = col(Person.id).in_(ordered[start : start + _IN_CHUNK])
            named.update((r["id"], _Named.of(r)) for r in _rows(self.session, chunk))
        return named

    def find_many(
        self, many: Sequence[Mapping[str, Any]], *, limit: int = 10
    ) -> list[list[DuplicateCandidate]]:
        """For each of ``many`` (as ``find_candidates`` takes them), its likely duplicates."""
        if self.empty:
            return [[] for _ in many]
        people: list[tuple[_Named, set[str], set[int]]] = []
        for values in many:
            born = _born(values)
            me = _Named.of({**values, "id": 0, "birth_year": born})
            found: set[int] = set()
            if me.family and me.given:
                found = self._having(me.family, born, exact=born is None)
                found &= self._having(me.given, born, exact=False)
            people.append((me, _service_numbers(values, me), found))
        numbers = self._by_service_number(set().union(*(n for _, n, _ in people)))
        for _, wanted, found in people:
            for number in wanted:
                found.update(numbers.get(number, ()))
        named = self._named(set().union(*(f for _, _, f in people)))
        return [
            _scored(me, (named[i] for i in found if i in named), limit) for me, _, found in people
        ]


def _close_pairs(people: list[_Named]) -> Iterator[tuple[_Named, _Named]]:
    """Pairs worth scoring: born the same year, sharing the first letters of a family key
    and a given name's initial; a case without a birth year meets those with exactly its
    family key and that initial."""
    blocks: dict[tuple[int, str, str], list[_Named]] = defaultdict(list)
    unknown: dict[tuple[str, str], list[_Named]] = defaultdict(list)
    for person in people:
        for family in person.family:
            for initial in {g[:1] for g in person.given}:
                if person.birth_year is None:
                    unknown[(family, initial)].append(person)
                else:
                    blocks[(person.birth_year, family[:BLOCK], initial)].append(person)
    for block in blocks.values():
        yield from combinations(block, 2)
    for person in people:
        for family in person.family:
            for initial in {g[:1] for g in person.given}:
                for other in unknown.get((family, initial), ()):
                    yield other, person


def possible_duplicate_pairs(
    session: Session, limit: int = 200, *, is_cancelled: Cancelled | None = None
) -> list[DuplicatePair]:
    """Likely duplicate pairs across the register, best first (at most ``limit``)."""
    people = [_Named.of(r) for r in _rows(session)]
    check_cancelled(is_cancelled)
    scored: dict[tuple[int, int], tuple[float, tuple[str, ...], _Named, _Named]] = {}

    def consider(a: _Named, b: _Named) -> None:
        first, second = (a, b) if a.id < b.id else (b, a)
        pair = (first.id, second.id)
        if pair not in scored and a.id != b.id:
            result = match(first, second)
            if result:
                scored[pair] = (*result, first, second)

    for number, (a, b) in enumerate(_close_pairs(people)):
        if number % 10_000 == 0:
            check_cancelled(is_cancelled)
        consider(a, b)
    shared = (
        select(func.upper(col(Person.service_number)))
        .where(col(Person.service_number).is_not(None))
        .group_by(func.upper(col(Person.service_number)))
        .having(func.count() > 1)
    )
    by_number: dict[str | None, list[_Named]] = defaultdict(list)
    for row in _rows(session, func.upper(col(Person.service_number)).in_(shared)):
        named = _Named.of(row)
        by_number[named.service_number].append(named)
    for group in by_number.values():
        for a, b in combinations(group, 2):
            consider(a, b)
    ordered = sorted(scored.values(), key=lambda s: (-s[0], s[2].case_number, s[3].case_number))
    return [
        DuplicatePair(a.candidate(score, why), b.candidate(score, why), score, why)
        for score, why, a, b in ordered[:limit]
    ]
