#!/usr/bin/env python3
"""Generate a realistic repjourney data set of a chosen size, deterministically.

    generate.py --people N --layout single|per-person|long-notes --out DIR [--seed S] [--as-of DATE]

The data looks like a large union's: ten coordinators, a recognition catalogue
and one adaptation (born 1997 or later), five roles with journeys of eight
milestones, and N representatives with Swedish names, one or two assignments
each (some re-elected, some with a second role, a few incoming, paused or
left), personal goals and about ten events each: their introduction (the
once-only milestones, whenever it happened) and, over the three years up to
--as-of, recent milestones of their own roles, feedback talks, recognitions
that answer suggestion keys, and notes.

Layouts (the same people and events for the same --people and --seed):
  single      DIR/data.yaml with all four sections, events in date order
  per-person  DIR/organisation.yaml, DIR/roles.yaml and DIR/people/ID.yaml
              with that person's `representatives:` entry and `events:`
  long-notes  as single, with every note long (100 to 400 characters) and
              written once, as organisers write notes of talks

The output passes `repjourney check` with no errors and no warnings: no event
is dated before the person's first assignment starts, and assignments of one
role never overlap. Python standard library only.
"""

import argparse
import datetime
import os
import random
import sys

# --- calendar --------------------------------------------------------------

# Day numbers are proleptic ordinals; ISO strings come from a table built once.
FIRST_DAY = datetime.date(2000, 1, 1).toordinal()
LAST_DAY = datetime.date(2040, 12, 31).toordinal()
ISO = [datetime.date.fromordinal(o).isoformat() for o in range(FIRST_DAY, LAST_DAY + 1)]
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def iso(day):
    return ISO[day - FIRST_DAY]


def days_in_month(year, month):
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return MONTH_DAYS[month - 1]


def add(day, months=0, days=0):
    """day + months (calendar months, day clamped to the month's end) + days, as repjourney does."""
    if months:
        d = datetime.date.fromordinal(day)
        y, m = divmod(d.month - 1 + months, 12)
        year, month = d.year + y, m + 1
        day = datetime.date(year, month, min(d.day, days_in_month(year, month))).toordinal()
    return day + days


def parse_date(text):
    return datetime.date.fromisoformat(text).toordinal()


# --- the organisation --------------------------------------------------------

COORDINATORS = [
    ("karin", "Karin Håkansson"), ("jonas", "Jonas Åström"), ("leila", "Leila Öztürk"),
    ("mats", "Mats Bäckman"), ("annika", "Annika Sjögren"), ("goran", "Göran Ålund"),
    ("sara", "Sara Löfgren"), ("erik", "Erik Nordström"), ("ylva", "Ylva Hägg"),
    ("omar", "Omar Said"),
]
COORDINATOR_IDS = [c[0] for c in COORDINATORS]

ACTIONS = [
    ("tackkort", "Handskrivet tackkort från ordföranden", "[milestone, goal, quiet]"),
    ("kursdiplom", "Kursdiplom och en rad i medlemsbladet", "[milestone]"),
    ("fika", "Fika med ombudsansvarig", "[quiet, goal]"),
    ("arsmotet", "Uppmärksammas på årsmötet", "[anniversary, term, farewell]"),
    ("present", "Liten present (bok eller blommor)", "[anniversary, farewell, term]"),
    ("lunch", "Lunch med ordföranden", "[milestone, term]"),
]


class Milestone:
    """One journey step. Durations are kept as (months, days) and as the YAML text."""

    def __init__(self, mid, title, due, every=None, recognize=None, scope=None):
        self.id, self.title, self.due_text, self.every_text = mid, title, due, every
        self.recognize, self.scope = recognize, scope
        self.from_end = due.startswith("end-")
        self.due = parse_duration(due[4:] if self.from_end else due)
        self.every = parse_duration(every) if every else None
        # The action a recognition of this milestone would use.
        self.action = recognize if isinstance(recognize, str) else "tackkort"

    def yaml(self):
        parts = [f"id: {self.id}", f"title: {scalar(self.title)}", f"due: {self.due_text}"]
        if self.every_text:
            parts.append(f"every: {self.every_text}")
        if self.recognize is not None:
            parts.append(f"recognize: {'true' if self.recognize is True else self.recognize}")
        if self.scope:
            parts.append(f"scope: {self.scope}")
        return "{" + ", ".join(parts) + "}"


class Role:
    def __init__(self, rid, title, weight, term, feedback_every, description, expectations, journey):
        self.id, self.title, self.weight, self.term_text = rid, title, weight, term
        self.term = parse_duration(term) if term else None
        self.feedback_every, self.description, self.expectations = feedback_every, description, expectations
        self.journey = journey
        self.milestone_ids = frozenset(m.id for m in journey)

    def end_of(self, start):
        """The default end of an assignment starting on `start`: start + term - 1 day, or None."""
        return add(start, self.term[0], self.term[1] - 1) if self.term else None


def parse_duration(text):
    months = days = n = 0
    for ch in text:
        if ch.isdigit():
            n = n * 10 + int(ch)
            continue
        if ch == "y":
            months += 12 * n
        elif ch == "m":
            months += n
        elif ch == "w":
            days += 7 * n
        elif ch == "d":
            days += n
        else:
            raise ValueError(text)
        n = 0
    return months, days


M = Milestone
ROLES = [
    Role("arbetsplatsombud", "Arbetsplatsombud", 45, "2y", "6w",
         "Förbundets ansikte på arbetsplatsen. Välkomnar nya kollegor, värvar\n"
         "medlemmar, fångar upp frågor och för dem vidare till avdelningen.",
         ["Delta i avdelningens ombudsträffar", "Hålla minst en arbetsplatsträff per termin",
          "Välkomna nyanställda inom två veckor"],
         [M("valkomstsamtal", "Välkomstsamtal", "1w"),
          M("mentor", "Mentor utsedd", "2w"),
          M("introduktion", "Introduktion på avdelningskontoret", "1m"),
          M("grundutbildning", "Grundutbildning för arbetsplatsombud", "3m", recognize="kursdiplom"),
          M("natverkstraff", "Nätverksträff för ombud", "2m", every="6m"),
          M("reflektionssamtal", "Reflektionssamtal om motivation", "6m", every="1y", recognize=True),
          M("forhandlingskurs", "Kurs i förhandlingsteknik", "9m", recognize=True),
          M("fornyelsesamtal", "Förnyelsesamtal inför omval", "end-3m", scope="term")]),
    Role("skyddsombud", "Skyddsombud", 25, "3y", None,
         "Företräder medlemmarna i arbetsmiljöfrågor enligt arbetsmiljölagen.",
         ["Delta i arbetsgivarens skyddsronder", "Gå utbildningen Bättre arbetsmiljö (BAM) under första året"],
         [M("valkomstsamtal", "Välkomstsamtal", "1w"),
          M("mentor", "Mentor bland erfarna skyddsombud", "2w"),
          M("skyddsrond", "Första skyddsronden tillsammans med mentorn", "1m"),
          M("grundutbildning", "Grundutbildning Bättre arbetsmiljö (BAM)", "3m", recognize="kursdiplom"),
          M("riskbedomning", "Första riskbedömningen", "5m"),
          M("natverkstraff", "Skyddsombudsnätverket", "2m", every="6m"),
          M("reflektionssamtal", "Reflektionssamtal om motivation", "6m", every="1y", recognize=True),
          M("fornyelsesamtal", "Förnyelsesamtal inför omval", "end-3m", scope="term")]),
    Role("styrelseledamot", "Styrelseledamot", 10, "2y", "12w",
         "Ledamot i avdelningsstyrelsen, vald på årsmötet för två år i taget.",
         ["Delta i styrelsens möten, cirka tio per år", "Läsa handlingarna före mötet"],
         [M("valkomstsamtal", "Välkomstsamtal med ordföranden", "1w"),
          M("mentor", "Fadder i styrelsen", "2w"),
          M("styrelseintroduktion", "Styrelseintroduktion: stadgar, ekonomi, arbetsordning", "1m"),
          M("ekonomiutbildning", "Ekonomiutbildning för styrelsen", "3m"),
          M("styrelseutbildning", "Förbundets styrelseutbildning", "6m", recognize="tackkort"),
          M("reflektionssamtal", "Reflektionssamtal om motivation", "6m", every="1y", recognize=True),
          M("arsmote", "Första årsmötet som ledamot", "1y", recognize="lunch"),
          M("valberedningssamtal", "Samtal med valberedningen", "end-3m", scope="term")]),
    Role("revisor", "Förtroendevald revisor", 5, "1y", None,
         "Granskar styrelsens förvaltning och avdelningens räkenskaper för ett år i taget.",
         ["Läsa protokoll och bokslut", "Skriva revisionsberättelsen till årsmötet"],
         [M("valkomstsamtal", "Välkomstsamtal", "1w"),
          M("overlamning", "Överlämning från förra revisorn", "2w"),
          M("revisorsutbildning", "Utbildning för förtroendevalda revisorer", "2m", recognize=True),
          M("protokollgenomgang", "Genomgång av styrelsens protokoll", "4m"),
          M("natverkstraff", "Revisorsträff i regionen", "3m", every="6m"),
          M("halvarsgranskning", "Halvårsgranskning", "6m"),
          M("revisionsberattelse", "Revisionsberättelse klar", "11m", recognize="tackkort"),
          M("fornyelsesamtal", "Samtal med valberedningen", "end-3m", scope="term")]),
    Role("studieorganisator", "Studieorganisatör", 15, None, None,
         "Ordnar studiecirklar och kurser på arbetsplatserna.",
         ["Ta fram en studieplan för arbetsplatsen varje år", "Samarbeta med studieförbundet"],
         [M("valkomstsamtal", "Välkomstsamtal", "1w"),
          M("mentor", "Mentor utsedd", "2w"),
          M("introduktion", "Introduktion hos studieförbundet", "1m"),
          M("grundutbildning", "Utbildning för studieorganisatörer", "3m", recognize="tackkort"),
          M("studieplan", "Första studieplanen", "4m"),
          M("cirkelledarutbildning", "Cirkelledarutbildning", "8m", recognize=True),
          M("natverkstraff", "Studieorganisatörsträff", "2m", every="6m"),
          M("reflektionssamtal", "Reflektionssamtal om motivation", "6m", every="1y", recognize=True)]),
]
ROLE_WEIGHTS = []
_total = 0
for _role in ROLES:
    _total += _role.weight
    ROLE_WEIGHTS.append(_total)

FIRST_NAMES = [
    "Åsa", "Åke", "Örjan", "Östen", "Märta", "Göran", "Jörgen", "Björn", "Håkan", "Mårten", "Måns",
    "Linnéa", "Sören", "Bengt", "Ingrid", "Anna", "Anders", "Sofia", "Elin", "Ebba", "Maja", "Tove",
    "Karl", "Lars-Åke", "Per", "Kjell", "Stina", "Signe", "Jöns", "Noah", "Ali", "Fatma", "Leila",
    "Hanna", "Johan", "Camilla", "Viktor", "Rasmus", "Sara", "Nils", "Olle", "Jenny", "Mikael",
    "Lisa", "Emma", "Oskar", "Hugo", "Alva", "Wilma", "Ängla", "Börje", "Gösta", "Agnes", "Ida",
    "Amir", "Mirja", "Päivi", "Zoë", "Thérèse", "René",
]
LAST_NAMES = [
    "Öberg", "Åström", "Sjöström", "Bäckström", "Hägglund", "Näslund", "Ångström", "Jönsson", "Fält",
    "Söderberg", "Löf", "Åkesson", "Lindqvist", "Ekström", "Nyström", "Wahlin", "Björk", "Ström",
    "Öhman", "Åberg", "Järvinen", "Lundgren", "Håkansson", "Karlsson", "Nilsson", "Andersson",
    "Johansson", "Larsson", "Pettersson", "Svensson", "Gustafsson", "Hassan", "Yilmaz", "Sjöberg",
    "Dahlén", "Östlund", "Wästberg", "Mäkinen", "Lööw", "Fröberg", "Källström", "Älmqvist",
    "Strömgren", "Hedström", "Rönnlund", "Grönvall", "Blomqvist", "Forsén", "Kivelä", "Özdemir",
]
TRANSLIT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ë": "e", "ü": "u",
                          "Å": "a", "Ä": "a", "Ö": "o", "É": "e", " ": "-"})
BRANCHES = [
    "Göteborg", "Borås", "Mölndal", "Kungälv", "Alingsås", "Västerås", "Örebro", "Malmö", "Linköping",
    "Norrköping", "Jönköping", "Umeå", "Luleå", "Gävle", "Sundsvall", "Växjö", "Karlskrona",
    "Östersund", "Skövde", "Trollhättan", "Södertälje", "Nässjö", "Härnösand", "Ängelholm",
]
GOALS = [
    ("leda-mote", "Leda ett arbetsplatsmöte på egen hand"),
    ("varva-fem", "Värva fem nya medlemmar"),
    ("digital-introduktion", "Spela in en kort introduktionsfilm för nyanställda"),
    ("studiecirkel", "Starta en studiecirkel om kollektivavtalet"),
    ("chattgrupp", "Starta en chattgrupp för ombuden"),
    ("skyddsrond-sjalv", "Hålla en skyddsrond själv"),
    ("tala-arsmote", "Tala på årsmötet"),
    ("mentor-ny", "Bli mentor för ett nytt ombud"),
    ("plan-unga", "Ta fram en plan för unga medlemmar"),
    ("facklig-historia", "Läsa in sig på facklig historia"),
]
FEEDBACK_NOTES = [
    "Bra avstämning", "Inga hinder just nu", "Vill ha stöd inför samverkansmötet",
    "Tung höst, omorganisation på avdelningen", "Känner sig tryggare i rollen",
    "Pratade om stress och bemanning", "Vill gå fler kurser", "Avstämning över Teams",
    "Kort avstämning på telefon", "Lönerevisionen: många frågor från kollegorna",
    "Vill ha tydligare arbetsfördelning", "Två roller tar tid, vill prioritera", "Stolt över arbetsplatsträffen",
    "Önskar en mentor med längre erfarenhet", "Pratade om digitala verktyg", "Funderar på att ställa upp igen",
]
NOTES = [
    "Tre av fem nya medlemmar värvade", "Kursen ställdes in, ny kurs i vår",
    "Arbetsplatsträffen: 23 deltagare och två nya medlemmar", "Har bytt arbetsplats inom kommunen",
    "Vill prova rollen som skyddsombud", "Ny chef på enheten från januari", "Sjukskriven två veckor i mars",
    "Lämnat två meddelanden utan svar", "Anmäld till regionträffen", "Bokad till grundutbildningen",
    "Önskar kvällskurser", "Ny e-postadress från årsskiftet",
]
RECOGNITION_NOTES = ["Blommor på arbetsplatsträffen", "Tack för insatsen i vintras", "Kort på posten", ""]


def scalar(text):
    """A YAML flow scalar: quoted when a comma, colon or brace would end it early."""
    if any(c in text for c in ",:{}[]#&*!|>'\"%@`") or text != text.strip():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


FEEDBACK_NOTES = [scalar(n) for n in FEEDBACK_NOTES]
NOTES = [scalar(n) for n in NOTES]
RECOGNITION_NOTES = [scalar(n) for n in RECOGNITION_NOTES]


def organisation_yaml():
    lines = [
        "organisation:",
        "  name: Fackförbundet Exempel, region Väst",
        "  email: region-vast@fackforbundet-exempel.se",
        "  language: sv",
        "  feedback_every: 8w",
        "  due_soon: 14d",
        "  renewal_window: 3m",
        "  coordinators:",
    ]
    for cid, name in COORDINATORS:
        lines.append(f"    - {{id: {cid}, name: {name}, email: {cid}@fackforbundet-exempel.se}}")
    lines += [
        "  recognition:",
        "    window: 30d",
        "    anniversaries: [1y, 2y, 5y, 10y]",
        "    quiet_after: 6m",
        "    actions:",
    ]
    for aid, title, kinds in ACTIONS:
        lines.append(f"      - {{id: {aid}, title: {scalar(title)}, for: {kinds}}}")
    lines += [
        "  adaptations:",
        "    - {label: Gen Z, born_from: 1997, feedback_every: 4w}",
    ]
    return "\n".join(lines) + "\n"


def roles_yaml():
    lines = ["roles:"]
    for role in ROLES:
        lines.append(f"  - id: {role.id}")
        lines.append(f"    title: {scalar(role.title)}")
        lines.append("    description: |")
        lines += ["      " + line for line in role.description.split("\n")]
        lines.append("    expectations:")
        lines += [f"      - {scalar(e)}" for e in role.expectations]
        if role.term_text:
            lines.append(f"    term: {role.term_text}")
        if role.feedback_every:
            lines.append(f"    feedback_every: {role.feedback_every}")
        lines.append("    journey:")
        lines += [f"      - {m.yaml()}" for m in role.journey]
    return "\n".join(lines) + "\n"


# --- the people ----------------------------------------------------------------


def pick_role(rng, other_than=None):
    while True:
        x = rng.random() * _total
        for role, bound in zip(ROLES, ROLE_WEIGHTS):
            if x < bound:
                break
        if role is not other_than:
            return role


# The built-in exit reasons (SPEC "More data"), for left_reason.
EXIT_REASONS = ["moved", "workload", "job-change", "health", "not-re-elected", "conflict", "retired", "other"]


class Person:
    """One representative: the YAML of their entry and their events as (day, line)."""

    __slots__ = ("id", "entry", "events")


def make_person(rng, index, as_of):
    first = FIRST_NAMES[rng.randrange(len(FIRST_NAMES))]
    last = LAST_NAMES[rng.randrange(len(LAST_NAMES))]
    rid = f"{first.lower().translate(TRANSLIT)}-{last.lower().translate(TRANSLIT)}-{index}"
    coordinator = COORDINATOR_IDS[rng.randrange(len(COORDINATOR_IDS))]
    born = rng.randint(1997, 2006) if rng.random() < 0.22 else rng.randint(1955, 1996)

    # Assignments as [role, start, end, explicit_end]. Assignments of one role
    # follow each other (start = previous end + 1 day), so they never overlap.
    assignments = []
    left = None
    role = pick_role(rng)
    if role.term:
        term_days = role.term[0] * 30 + role.term[1]
        r = rng.random()
        if r < 0.03:  # incoming: elected, starts soon
            start = as_of + rng.randint(5, 70)
            assignments.append([role, start, role.end_of(start), False])
        elif r < 0.13:  # long service recorded as one assignment with an explicit end, then a new term
            start = as_of - rng.randint(20, term_days - 20)
            old_start = as_of - rng.randint(4 * 365, 12 * 365)
            assignments.append([role, old_start, start - 1, True])
            assignments.append([role, start, role.end_of(start), False])
        else:
            start = as_of - rng.randint(20, 2 * term_days - 20)
            end = role.end_of(start)
            assignments.append([role, start, end, False])
            if end < as_of:
                if rng.random() < 0.85:  # re-elected
                    assignments.append([role, end + 1, role.end_of(end + 1), False])
                elif rng.random() < 0.6:  # did not stand again and left
                    left = end + 1
    else:
        start = as_of - rng.randint(20, 8 * 365)
        if rng.random() < 0.08 and as_of - start > 200:  # stepped down
            end = start + rng.randint(120, as_of - start - 30)
            assignments.append([role, start, end, True])
            if rng.random() < 0.6:
                left = end + rng.randint(1, 20)
        else:
            assignments.append([role, start, None, False])

    # A second role alongside the first.
    first_start = assignments[0][1]
    if len(assignments) == 1 and left is None and first_start < as_of - 60 and rng.random() < 0.25:
        other = pick_role(rng, other_than=role)
        start = rng.randint(first_start + 30, as_of - 20)
        assignments.append([other, start, other.end_of(start), False])

    if left is None and first_start < as_of - 120 and rng.random() < 0.03:
        left = rng.randint(max(first_start + 60, as_of - 365), as_of)

    paused = None
    if left is None and first_start < as_of - 90 and rng.random() < 0.05:
        pause_from = rng.randint(max(first_start + 30, as_of - 2 * 365), as_of + 30)
        paused = (pause_from, pause_from + rng.randint(60, 270))

    # Events are logged for three years up to as_of (incoming: their first weeks).
    lo = max(first_start, add(as_of, months=-36))
    hi = min(as_of, left) if left is not None else as_of
    if first_start > as_of:
        lo, hi = first_start, first_start + 40

    goals = []
    goal_count = 0
    if hi >= lo and rng.random() < (0.6 if born >= 1997 else 0.25):
        goal_count = 1 if rng.random() < 0.7 else 2
    for k in rng.sample(range(len(GOALS)), goal_count):
        gid, title = GOALS[k]
        due = rng.randint(lo + 30, hi + 180)
        done = due - rng.randint(0, 45) if rng.random() < 0.6 else None
        if done is not None and (done > as_of or done < lo):
            done = None
        goals.append((gid, title, due, done))

    distinct_roles = []
    for a in assignments:
        if a[0] not in distinct_roles:
            distinct_roles.append(a[0])

    def milestone_line(r, m, day):
        # `role:` where another of the person's roles has a milestone of the same id.
        shared = len(distinct_roles) > 1 and any(o is not r and m.id in o.milestone_ids for o in distinct_roles)
        role_part = f", role: {r.id}" if shared else ""
        return f"{{date: {iso(day)}, rep: {rid}, type: milestone, milestone: {m.id}{role_part}}}"

    def recognition_line(day, action, key, note=""):
        parts = [f"{{date: {iso(day)}, rep: {rid}, type: recognition"]
        if action:
            parts.append(f"action: {action}")
        if key:
            parts.append(f'for: "{key}"')
        if note:
            parts.append(f"note: {note}")
        return ", ".join(parts) + "}"

    # The introduction (once-only milestones) is logged whenever it happened:
    # an organisation that starts using repjourney enters that history once.
    # Everything else is logged for the three years up to as_of, and only
    # some of it fits the budget of about ten events a person.
    onboarding = []  # (day, line)
    recent = []  # (day, line): repeating and end-of-term milestones, recognitions

    def recognise(day, action, key):
        if rng.random() < 0.5:
            day += rng.randint(1, 25)
            if lo <= day <= hi:
                note = RECOGNITION_NOTES[rng.randrange(len(RECOGNITION_NOTES))]
                recent.append((day, recognition_line(day, action, key, note)))

    log_end = hi if hi >= lo else min(as_of, left if left is not None else as_of)
    done_once = set()  # (role id, milestone id): scope role, done in an earlier term counts
    for role, start, end, _ in assignments:
        last_day = min(log_end, end) if end is not None else log_end
        for m in role.journey:
            if m.from_end:
                if end is None:
                    continue
                day = add(end, -m.due[0], -m.due[1]) - rng.randint(-10, 40)
                if max(lo, start) <= day <= last_day and rng.random() < 0.75:
                    recent.append((day, milestone_line(role, m, day)))
            elif m.every is None:
                key = (role.id, m.id)
                if key in done_once:
                    continue
                done_once.add(key)
                day = add(start, *m.due) + rng.randint(-7, 45)
                if start <= day <= last_day and rng.random() < 0.92:
                    onboarding.append((day, milestone_line(role, m, day)))
                    if m.recognize:
                        recognise(day, m.action, f"milestone:{role.id}/{m.id}")
            else:
                due = add(start, *m.due)
                while due <= last_day:
                    day = due + rng.randint(-10, 30)
                    if lo <= day <= last_day and rng.random() < 0.8:
                        recent.append((day, milestone_line(role, m, day)))
                        if m.recognize:
                            recognise(day, m.action, f"milestone:{role.id}/{m.id}@{iso(day)}")
                        due = add(day, *m.every)
                    else:
                        due = add(due, *m.every)
        if role.term and end is not None and lo <= end <= hi and left is None and rng.random() < 0.3:
            recognise(end - 20, "arsmotet", f"term:{role.id}@{iso(end)}")

    for years in (1, 2, 5, 10):
        day = add(first_start, 12 * years)
        if lo <= day <= hi:
            recognise(day, "present" if years >= 5 else "arsmotet", f"anniversary:{years}y")
    for gid, _, _, done in goals:
        if done is not None and lo <= done <= hi:
            recognise(done, "fika", f"goal:{gid}")
    if left is not None and lo <= left - 10 and left <= hi and rng.random() < 0.6:
        day = left - rng.randint(0, 10)
        recent.append((day, recognition_line(day, "present", "farewell")))

    # The budget: the introduction, then the most recent of the rest (about
    # half of what is left), then feedback and notes; at least two feedback
    # talks for everyone active in the log's three years.
    wanted = rng.randint(7, 13)
    if first_start > as_of:
        wanted = rng.randint(1, 2)
    events = list(onboarding)
    intro = len(onboarding)
    room = max(wanted - intro, 3)
    recent.sort(key=lambda e: -e[0])
    for item in recent:
        if len(events) >= intro + (room + 1) // 2:
            break
        if rng.random() < 0.85:
            events.append(item)
    span = hi - lo
    feedback_count = 0
    while hi >= lo and first_start <= as_of and (len(events) < intro + room or feedback_count < 2):
        x = rng.random()
        if feedback_count < 2 or x < 0.7:
            # The latest talk is often recent: organisers keep up with most people.
            if feedback_count == 0 and rng.random() < 0.65:
                day = hi - rng.randint(0, min(span, 75))
            else:
                day = lo + rng.randint(0, span)
            feedback_count += 1
            by = coordinator if rng.random() < 0.9 else COORDINATOR_IDS[rng.randrange(len(COORDINATOR_IDS))]
            line = f"{{date: {iso(day)}, rep: {rid}, type: feedback, by: {by}"
            if rng.random() < 0.55:
                line += f", note: {FEEDBACK_NOTES[rng.randrange(len(FEEDBACK_NOTES))]}}}"
            else:
                line += "}"
        elif x < 0.9:
            day = lo + rng.randint(0, span)
            line = f"{{date: {iso(day)}, rep: {rid}, type: note, note: {NOTES[rng.randrange(len(NOTES))]}}}"
        else:
            day = lo + rng.randint(0, span)
            line = recognition_line(day, "tackkort" if rng.random() < 0.5 else "fika",
                                    "quiet" if rng.random() < 0.6 else "", "")
        events.append((day, line))
    if first_start > as_of:  # incoming: a note or two in the first weeks, after as_of
        for _ in range(wanted):
            day = first_start + rng.randint(0, 40)
            events.append((day, f"{{date: {iso(day)}, rep: {rid}, type: note, note: {NOTES[rng.randrange(len(NOTES))]}}}"))
    events.sort(key=lambda e: e[0])

    # The representative's entry, block style as people write it.
    name = f"{first} {last}"
    out = [
        f"  - id: {rid}",
        f"    name: {name}",
        f"    email: {rid}@medlem.example.se",
        f"    branch: {BRANCHES[rng.randrange(len(BRANCHES))]}",
        f"    coordinator: {coordinator}",
        f"    born: {born}",
    ]
    if rng.random() < 0.03:
        out.append(f"    feedback_every: {'10w' if born < 1990 else '3w'}")
    if paused:
        out.append(f"    paused: {{from: {iso(paused[0])}, until: {iso(paused[1])}}}")
    # Fields of the second wave from a generator of their own, so that everything else stays as
    # the seed made it before they existed.
    extra = random.Random(index * 7919 + 17)
    if extra.random() < 0.7:
        out.append(f"    phone: \"07{extra.randint(0, 9)}-{extra.randint(1000000, 9999999)}\"")
    if left is not None:
        out.append(f"    left: {iso(left)}")
        if extra.random() < 0.8:
            out.append(f"    left_reason: {EXIT_REASONS[extra.randrange(len(EXIT_REASONS))]}")
    out.append("    assignments:")
    for role, start, end, explicit in assignments:
        end_part = f", end: {iso(end)}" if explicit else ""
        out.append(f"      - {{role: {role.id}, start: {iso(start)}{end_part}}}")
    if goals:
        out.append("    goals:")
        for gid, title, due, done in goals:
            done_part = f", done: {iso(done)}" if done is not None else ""
            out.append(f"      - {{id: {gid}, title: {scalar(title)}, due: {iso(due)}{done_part}}}")

    person = Person()
    person.id = rid
    person.entry = "\n".join(out) + "\n"
    person.events = events
    return person


# --- output --------------------------------------------------------------------


def header(args):
    return (f"# Generated by bench/generate.py --people {args.people} --seed {args.seed} "
            f"--as-of {args.as_of}: synthetic benchmark data, not real people.\n")


NOTE_WORDS = ("samtal om arbetsmiljön på avdelningen och hur schemat läggs inför våren, "
              "medlemmarna vill ha fler träffar och tydligare information från styrelsen om lönerörelsen "
              "samt stöd i rehabiliteringsärenden och hjälp att förbereda nästa möte med chefen").split()


def long_notes(lines, seed, day):
    """The day's event lines with each note made long and unique, from a generator of its own, so
    that the people and events are the single layout's."""
    rng = random.Random(f"long-notes-{seed}-{day}")
    for n, line in enumerate(lines):
        at = line.find(", note: ")
        if at < 0:
            yield line
            continue
        words = []
        length = rng.randint(100, 400)
        while sum(len(w) + 1 for w in words) < length:
            words.append(NOTE_WORDS[rng.randrange(len(NOTE_WORDS))])
        text = " ".join(words).capitalize() + f". Ärende {day}-{n + 1}."
        yield line[:at] + ", note: " + scalar(text) + "}"


def write_single(args, rng, as_of):
    buckets = {}  # day -> event lines, so the log is in date order without one big sort
    path = os.path.join(args.out, "data.yaml")
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as f:
        f.write(header(args))
        f.write(organisation_yaml())
        f.write("\n")
        f.write(roles_yaml())
        f.write("\nrepresentatives:\n")
        for i in range(args.people):
            person = make_person(rng, i + 1, as_of)
            f.write(person.entry)
            for day, line in person.events:
                bucket = buckets.get(day)
                if bucket is None:
                    buckets[day] = bucket = []
                bucket.append(line)
        f.write("\nevents:\n")
        count = 0
        for day in sorted(buckets):
            bucket = buckets.pop(day)
            if args.layout == "long-notes":
                bucket = list(long_notes(bucket, args.seed, iso(day)))
            count += len(bucket)
            f.write("  - " + "\n  - ".join(bucket) + "\n")
    return count


def write_per_person(args, rng, as_of):
    people_dir = os.path.join(args.out, "people")
    os.makedirs(people_dir, exist_ok=True)
    with open(os.path.join(args.out, "organisation.yaml"), "w", encoding="utf-8") as f:
        f.write(header(args) + organisation_yaml())
    with open(os.path.join(args.out, "roles.yaml"), "w", encoding="utf-8") as f:
        f.write(header(args) + roles_yaml())
    count = 0
    for i in range(args.people):
        person = make_person(rng, i + 1, as_of)
        text = "representatives:\n" + person.entry
        if person.events:
            text += "\nevents:\n  - " + "\n  - ".join(line for _, line in person.events) + "\n"
        count += len(person.events)
        with open(os.path.join(people_dir, person.id + ".yaml"), "w", encoding="utf-8") as f:
            f.write(text)
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, required=True, help="number of representatives")
    parser.add_argument("--layout", choices=["single", "per-person", "long-notes"], required=True)
    parser.add_argument("--out", required=True, help="output directory (created; must be empty)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--as-of", default="2026-11-23",
                        help="the day the data leads up to: three years of events end here (default 2026-11-23)")
    args = parser.parse_args()
    if args.people < 1:
        parser.error("--people must be at least 1")
    try:
        as_of = parse_date(args.as_of)
    except ValueError:
        parser.error(f"--as-of: not a date: {args.as_of}")
    if os.path.isdir(args.out) and os.listdir(args.out):
        print(f"generate.py: error: {args.out} is not empty", file=sys.stderr)
        return 73
    os.makedirs(args.out, exist_ok=True)

    rng = random.Random(args.seed)
    write = write_per_person if args.layout == "per-person" else write_single
    events = write(args, rng, as_of)
    print(f"{args.out}: {args.people} representatives, {events} events ({args.layout})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
