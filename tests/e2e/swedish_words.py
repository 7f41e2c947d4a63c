#!/usr/bin/env python3
"""The Swedish (and English) wording of the reports against phrases written out by hand.

Issue 19 lists how the Swedish reports should read; each phrase below was worked out from the
example data for as_of 2026-11-23 (the arithmetic is in the comments), not copied from the
binary's output. Then every Swedish report on the examples must be free of the forms the issue
retired: an adjective agreeing with a title ("Skyddsombudsnätverket försenad"), cadences in
numerals ("var 56:e dag", "(var 6m)"), "senast ingen", "Resan", "Uppmärksammat: inga".
Usage: swedish_words.py BINARY
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_common import ROOT, check, environment, failures  # noqa: E402

AS_OF = "2026-11-23"
UNION = os.path.join(ROOT, "examples", "union-branch")  # language: sv
CLUB = os.path.join(ROOT, "examples", "outdoor-club")  # language: en


def run(binary, *args, cwd=None):
    """stdout of a command that must succeed, wide enough that no line is wrapped."""
    env = environment()
    env["COLUMNS"] = "1000"
    result = subprocess.run([binary, *args], capture_output=True, env=env, timeout=60, cwd=cwd)
    check(result.returncode == 0, f"repjourney {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def expect(text, what, phrases):
    for phrase in phrases:
        check(phrase in text, f"{what}: {phrase!r} is missing")


# Forms no Swedish report may use any more, with why.
FORBIDDEN = [
    # "1 försenad milstolpe" agrees with its own noun; anything else singular and common agrees with a title.
    (re.compile(r"\bförsenad\b(?! milstolpe)"), "an adjective agreeing with a title (försenad)"),
    (re.compile(r"\b(klar|gjord|avslutad|etablerad|vilande|tillträdande|avgått)\b"),
     "an adjective or participle where a noun or a verb is meant"),
    (re.compile(r"\bvart? \d+:[ae] (dag|vecka|månad|år)\b"), "a cadence in numerals (var 56:e dag)"),
    (re.compile(r"\((var|every) \d+[dwmy]\)"), "a cadence in the data's notation (var 6m)"),
    (re.compile(r"\bvart? ([1-9]|1[0-2]):[ae]\b"), "an ordinal up to the twelfth in numerals"),
    (re.compile(r"senast ingen"), "senast ingen"),
    (re.compile(r"\bResan\b"), "Resan"),
    (re.compile(r"Uppmärksammat\b"), "Uppmärksammat"),
    (re.compile(r"Förtroendevaldas resor"), "Förtroendevaldas resor"),
    (re.compile(r"efter start\b|vid start\b"), "efter start (efter tillträdet)"),
    (re.compile(r"uppdraget som [A-ZÅÄÖ][a-zåäö]"), "a role title capitalised inside a sentence"),
    (re.compile(r"(genomförde|fortsätter som|uppmärksammas med) [A-ZÅÄÖ][a-zåäö]"),
     "a title capitalised inside a sentence"),
]


def forbid(text, what):
    for pattern, why in FORBIDDEN:
        for line in text.splitlines():
            if pattern.search(line):
                check(False, f"{what}: {why}: {line.strip()!r}")


def main():
    binary = sys.argv[1]
    d = ["-d", UNION, "--as-of", AS_OF]

    status = run(binary, "status", "--all", *d)
    expect(status, "status", [
        # Nils Ekström's network meeting: due 3 Jun; 27 days left of June + 31 + 31 + 30 + 31 + 23 = 173.
        "Skyddsombudsnätverket — skulle ha gjorts 3 jun 2026 (173 dagar sent)",
        # Anders Wåhlin's network meeting: due 18 Sep; 12 + 31 + 23 = 66.
        "Nätverksträff för ombud — skulle ha gjorts 18 sep 2026 (66 dagar sent)",
        "uppdraget som arbetsplatsombud slutar 19 jan 2027",
        "återkopplingssamtalet skulle ha hållits 10 aug 2026",
        # Stages are nouns.
        " etablering ", " introduktion ", " förnyelse ", " tillträde ", " uppehåll ", " avgång ",
    ])
    nobody = run(binary, "status", "--stage", "ended", "--branch", "Göteborg", *d)
    check(nobody == "Ingen förtroendevald stämmer med urvalet.\n", f"status, nobody: {nobody!r}")

    anders = run(binary, "show", "anders-wahlin", *d)
    expect(anders, "show anders-wahlin", [
        "Nätverksträff för ombud (var sjätte månad) — skulle ha gjorts 18 sep 2026 (66 dagar sent); "
        "förra gången 18 mar 2026",
        "Reflektionssamtal om motivation (varje år) — senast 30 jun 2027",
        "✓ Välkomstsamtal — gjordes 22 jan 2025",
        # The role's 6w: 22 Sep + 42 days = 3 Nov, 20 days before as_of.
        "var sjätte vecka; senaste samtal 22 sep 2026; nästa samtal senast 3 nov 2026 (20 dagar sent)",
        "\nUppmärksammanden\n",
    ])
    ali = run(binary, "show", "ali-hassan", *d)
    expect(ali, "show ali-hassan", [
        # 56 days are 8 weeks: 15 Jun + 56 = 10 Aug; 21 + 30 + 31 + 23 = 105 days late.
        "var åttonde vecka; senaste samtal 15 jun 2026; nästa samtal senast 10 aug 2026 (105 dagar sent)",
        "Uppmärksammanden\n  inga ännu\n",
    ])

    ebba = run(binary, "show", "ebba-sjoberg", *d)  # elected, starting 1 Dec
    expect(ebba, "show ebba-sjoberg", ["Ebba Sjöberg (ebba-sjoberg) — tillträde", "(börjar 1 dec 2026)",
                                       "(var sjätte månad) — senast 1 feb 2027 (om 70 dagar); ingen gång ännu",
                                       "inga återkopplingssamtal just nu (inte aktiv)",
                                       "Anteckningar\n  inga ännu\n"])
    per = run(binary, "show", "per-ostlund", *d)  # retired on 10 Nov
    expect(per, "show per-ostlund", ["— avgång", "avgick 10 nov 2026 (gått i pension)",
                                     "Skyddsombud — 6 maj 2019 – 5 maj 2022 (har upphört)"])

    feedback = run(binary, "feedback", *d)
    expect(feedback, "feedback", ["försenat  2026-08-10  105 dagar sent"])

    remind = run(binary, "remind", "--format", "markdown", *d)
    expect(remind, "remind", [
        "Skyddsombudsnätverket (skyddsombud), skulle ha gjorts 3 jun (173 dagar sent); görs var sjätte månad, "
        "förra gången 3 dec 2025",
        # Ali Hassan's feedback every 8 weeks, last 15 Jun.
        "återkopplingssamtal, skulle ha gjorts 10 aug (105 dagar sent); görs var åttonde vecka, "
        "förra gången 15 jun",
        "2 veckor efter tillträdet",
    ])

    roles = run(binary, "roles", *d)
    expect(roles, "roles", ["\nSteg i uppdraget\n", "1 vecka efter tillträdet",
                            "Återkopplingssamtal: var sjätte vecka",
                            "var sjätte månad, första gången 2 månader efter tillträdet",
                            "uppmärksammas med kursdiplom och en rad i medlemsbladet"])
    terms = run(binary, "terms", *d)
    expect(terms, "terms", ["fortsätter som studieorganisatör", "35 dagar sent"])
    recognize = run(binary, "recognize", *d)
    expect(recognize, "recognize", ["genomförde grundutbildning Bättre arbetsmiljö (BAM) den 29 okt"])
    html = run(binary, "export", "html", *d)
    expect(html, "export html", ["Läget för förtroendevalda den 23 nov 2026"])

    club = run(binary, "status", "--all", "--lang", "sv", "-d", CLUB, "--as-of", AS_OF)
    # Ben Harris: first aid due 14 Oct and the meetup due 18 Oct, both overdue.
    expect(club, "status (club, sv)", ["2 försenade milstolpar, den första sedan 14 okt 2026"])

    for what, text in [("status", status), ("show anders-wahlin", anders), ("show ali-hassan", ali),
                       ("show ebba-sjoberg", ebba), ("show per-ostlund", per),
                       ("feedback", feedback), ("remind", remind), ("roles", roles), ("terms", terms),
                       ("recognize", recognize), ("export html", html), ("status (club, sv)", club)]:
        forbid(text, what)
    for rep in ("nils-ekstrom", "jenny-hagglund", "johan-naslund", "marta-jonsson", "bengt-sjostrom"):
        forbid(run(binary, "show", rep, *d), f"show {rep}")

    # English: cadences in words, the conversation named, titles lower-cased inside a sentence.
    club_show = run(binary, "show", "ben-harris", "-d", CLUB, "--as-of", AS_OF)
    # Ben's 10 weeks: last 30 Jul + 70 days = 8 Oct.
    expect(club_show, "show ben-harris",
           ["every 10 weeks; last conversation 30 Jul 2026; next conversation due 8 Oct 2026",
            "(every 6 months)", "(every 3 years)"])
    club_terms = run(binary, "recognize", "-d", CLUB, "--as-of", AS_OF)
    expect(club_terms, "recognize (club)", ["term as paddling coach ends on 5 Dec"])

    # A new data set: nobody has had a conversation yet, in either language.
    with tempfile.TemporaryDirectory(prefix="repjourney-words-") as scratch:
        for lang, phrases in [("sv", ["inget samtal ännu"]), ("en", ["no conversation yet"])]:
            data = os.path.join(scratch, lang)
            run(binary, "init", "--lang", lang, data)
            with open(os.path.join(data, "organisation.yaml"), encoding="utf-8") as f:
                organisation = f.read()
            if lang == "sv":
                expect(organisation, "init --lang sv", ["födda 1997 eller senare"])
                check("2000-talet" not in organisation, "init --lang sv: 2000-talet")
                with open(os.path.join(data, "roles.yaml"), encoding="utf-8") as f:
                    expect(f.read(), "init --lang sv: roles.yaml", ["Registrera ett genomfört steg"])
            shown = "".join(run(binary, "show", rep, "-d", data) for rep in young_ids(binary, data))
            expect(shown, f"init --lang {lang}: show", phrases)
            if lang == "sv":
                forbid(shown, "init --lang sv: show")

    if failures:
        print("\n".join(failures))
        return 1
    print("ok: the Swedish and English phrases of issue 19")
    return 0


def young_ids(binary, data):
    """The ids of the people init wrote, from status's CSV."""
    lines = run(binary, "status", "--format", "csv", "-d", data).splitlines()[1:]
    return [line.split(",")[0] for line in lines if line]


if __name__ == "__main__":
    sys.exit(main())
