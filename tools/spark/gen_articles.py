#!/usr/bin/env python3
"""Seeded generator of news-like articles for the Spark job's test and benchmark.

`article(seed, i)` is a pure function of its two arguments: any shard of a collection can be
made anywhere, in any order, and comes out byte for byte the same. Each article is a JSON Lines
record `{"id", "text" | "html", "published"?}` of about 600 words (a normal spread around it):
a headline, sometimes a byline and a date line, then paragraphs of one to three sentences from
a topic's sentence patterns, with the dates a story carries (absolute days, weekdays, months,
years, quarters, relative and future dates, durations, clock times) around a publication date
between 2001 and 2025. Names and places are drawn from several languages, so the text is real
UTF-8 (São Paulo, Zoë, Kraków). One article in ten is an HTML page (navigation, byline,
metadata, footer), and seven in ten carry `published`.

    gen_articles.py --count 10000 --out articles.jsonl
    gen_articles.py --count 1000000 --shards 16 --out DIR     (DIR/part-00000.jsonl ...)

The text is made up here, from patterns written for this generator; it is test input, not news.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
from concurrent.futures import ProcessPoolExecutor

FIRST = ["Marta", "Kwame", "Aiko", "José", "Zoë", "Priya", "Tomasz", "Ingrid", "Oluwaseun", "Mei",
         "Rafael", "Søren", "Fatima", "Dmitri", "Chloé", "Hamid", "Lucía", "Björn", "Nadia", "Kenji",
         "Amara", "Élodie", "Mateus", "Yusuf", "Grace", "Liam", "Sofia", "Arjun", "Hannah", "Diego",
         "Leila", "Pieter", "Ana", "Tariq", "Ewa", "Jonas", "Rosa", "Samuel", "Yara", "Felix"]
LAST = ["Lindqvist", "Mensah", "Tanaka", "García", "Okafor", "Nowak", "Haddad", "Müller",
        "Fernandes", "Kowalczyk", "Chen", "O'Brien", "Rossi", "Novak", "Dubois", "Abebe", "Sato",
        "Ivanova", "Jensen", "Castillo", "Park", "Moreau", "Osei", "Brennan", "Kaur", "Silva",
        "Yilmaz", "Andersen", "Nakamura", "Whitfield", "Barros", "Kovács", "Achterberg", "Reyes"]
CITIES = ["Lisbon", "Nairobi", "Osaka", "Kraków", "São Paulo", "Toronto", "Melbourne",
          "Reykjavík", "Accra", "Valparaíso", "Tromsø", "Cork", "Bilbao", "Winnipeg", "Dunedin",
          "Porto Alegre", "Gdańsk", "Mombasa", "Sapporo", "Halifax", "Aarhus", "Córdoba",
          "Brisbane", "Leeds", "Marseille", "Kumasi", "Tampere", "Groningen"]
ROLES = ["the mayor", "a council member", "the finance director", "a spokesperson",
         "the chief executive", "a senior analyst", "the project manager", "a union representative",
         "the lead researcher", "the head coach", "a district judge", "the regional director",
         "an independent economist", "the school board chair", "a local resident"]
ORG_A = ["Northfield", "Castellan", "Meridian", "Harbourline", "Bellweather", "Ironwood",
         "Silverbay", "Greenmarsh", "Kestrel", "Aldergate", "Bluestone", "Copperfield", "Lakemont"]
ORG_B = ["Water Authority", "Holdings", "Institute", "Rail", "Foods", "Energy", "Health Trust",
         "Bank", "University", "Transit Agency", "Steelworks", "Port Authority", "Hospital"]
TEAMS = ["Rovers", "United", "Athletic", "Wanderers", "City", "Harriers", "Mariners", "Falcons"]
THINGS = ["the new bridge", "the water treatment plant", "the rail extension", "the housing plan",
          "the budget", "the merger", "the trial", "the clinical study", "the flood defences",
          "the school reform", "the wind farm", "the stadium", "the tax change", "the library"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMWORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

# Sentence patterns per topic. Slots: {p} a person, {pl} a surname said before, {role}, {org},
# {city}, {team}, {thing}, {n} a count, {money}, {pct}, and date slots: {past} a past date,
# {past2} another, {rel} a relative past date, {fut} a future date with its preposition
# ("next month", "by June"), {futd} one without ("the end of 2022"), {dur} a duration,
# {time} a clock time, {year} a year before publication, {wd} the weekday just gone.
COMMON = [
    "{p}, {role} at {org}, said the decision had been expected since {past}.",
    "The figures were first published {rel}, and they have been revised twice since.",
    "Officials said the next review would take place {fut}.",
    "\"We knew this was coming, but not this quickly,\" said {p}, {role}.",
    "In {year}, a similar proposal was rejected after {dur} of debate.",
    "The meeting began at {time} on {wd} and ran late into the evening.",
    "Critics in {city} said the process had taken {dur} longer than promised.",
    "{pl} declined to say whether the plan would change before {futd}.",
    "About {n} people attended the hearing {rel}, according to the organisers.",
    "A spokesperson for {org} said it would respond in writing {fut}.",
    "The same question was raised on {past2}, when {n} residents signed a petition.",
    "Records show that the first request was filed on {past}.",
    "\"Nobody here is surprised,\" {pl} said. \"The warning signs were there for years.\"",
    "The report, which runs to {n} pages, was shared with reporters {rel}.",
    # and sentences with no date, as most of a story's are
    "{p}, {role}, said the decision would be reviewed by an independent panel.",
    "The proposal has the support of {n} members, but several have asked for changes.",
    "\"This is about trust, and trust takes time to rebuild,\" said {p}.",
    "Local businesses in {city} have been asked to share their views.",
    "{pl} said the questions raised by residents were fair and deserved clear answers.",
    "The cost of {thing} is expected to be shared between {org} and the national government.",
    "Some residents said they had not been told about the plans at all.",
    "Others welcomed the news, saying the change was long overdue.",
    "According to {org}, the work will create about {n} jobs.",
    "A petition against the plan has gathered {n} signatures.",
    "{p}, {role}, said more information would be published online.",
    "The figures could not be independently verified.",
    "It is not yet clear how the change will affect smaller towns outside {city}.",
    "{pl} did not respond to a request for comment.",
]
TOPICS = {
    "council": {
        "title": ["{city} council approves {thing} after long debate",
                  "Vote on {thing} splits {city} council",
                  "{city} delays {thing} again"],
        "lead": ["{city}'s council voted {n} to {n2} on {past} to approve {thing}, ending a dispute "
                 "that began in {year}.",
                 "Council members in {city} agreed on {wd} to spend {money} on {thing}, "
                 "{pct} more than the estimate given {rel}."],
        "body": ["Construction is due to start {fut} and to last {dur}.",
                 "The original plan, drawn up in {year}, put the cost at {money}.",
                 "{p}, {role}, told the chamber that {thing} would serve about {n} households.",
                 "Opponents argued that the money should go to roads, which were last resurfaced in {year}.",
                 "A public consultation ran for {dur} and closed on {past2}.",
                 "The council will publish the final design {fut}, officials said.",
                 "Residents who live near the site were told about the vote {rel}."],
    },
    "business": {
        "title": ["{org} profit falls {pct} as costs rise",
                  "{org} agrees takeover worth {money}",
                  "Shares in {org} jump after results"],
        "lead": ["{org} said on {wd} that profit fell {pct} in the quarter to {past}, as energy "
                 "and wage costs rose.",
                 "{org} has agreed to buy a rival for {money}, the company said {rel}, in a deal "
                 "expected to close {fut}."],
        "body": ["Revenue rose to {money} in the same period, helped by demand in {city}.",
                 "The company cut {n} jobs in {year} and has not hired since.",
                 "{p}, {role}, said the outlook for {futd} was \"cautiously positive\".",
                 "Shares closed {pct} higher at {time} on {wd}.",
                 "Analysts had expected a smaller fall, according to a survey published {rel}.",
                 "The board will propose a dividend of {money} at the annual meeting {fut2}.",
                 "Regulators have {dur} to review the deal."],
    },
    "science": {
        "title": ["Study links {thing} to better health in {city}",
                  "Researchers at {org} report early trial results",
                  "New survey of {city} coastline finds {n} species"],
        "lead": ["Researchers at {org} said on {past} that a trial of {n} volunteers showed a "
                 "{pct} fall in hospital visits over {dur}.",
                 "A survey of the coast near {city}, carried out {rel}, counted {n} species, "
                 "{pct} more than in {year}."],
        "body": ["The results were published in a peer-reviewed journal {rel}.",
                 "{p}, {role}, cautioned that the sample was small and the follow-up lasted only {dur}.",
                 "A larger trial is planned to begin {fut} and to run until {futd}.",
                 "The work was funded by a grant of {money} awarded in {year}.",
                 "Earlier studies, in {year2}, had found no such effect.",
                 "Volunteers were recruited between {past2} and {past}.",
                 "The team will share its data with other groups {fut}."],
    },
    "sport": {
        "title": ["{team} beat rivals to reach the final",
                  "Late goal sends {team} top of the table",
                  "{team} coach resigns after {n} defeats"],
        "lead": ["{city} {team} won {n} to {n2} on {wd}, their first win away from home since "
                 "{past}.",
                 "{city} {team} said {rel} that their coach had resigned after a run of {n} "
                 "defeats that began in {year}."],
        "body": ["The winning goal came at {time}, in front of {n} supporters.",
                 "{p}, the captain, said the squad had trained for {dur} on set pieces.",
                 "The final will be played {fut} in {city}.",
                 "The club last won the title in {year}, under a different owner.",
                 "A replacement is expected to be named {fut}, according to {p}, {role}.",
                 "Ticket sales rose {pct} after the match {rel}.",
                 "The league has fined the club {money} for crowd trouble on {past2}."],
    },
    "courts": {
        "title": ["Court rules against {org} in pay dispute",
                  "Trial over {thing} opens in {city}",
                  "Former {org} manager sentenced"],
        "lead": ["A court in {city} ruled on {past} that {org} must repay {money} to {n} workers, "
                 "ending a case first brought in {year}.",
                 "The trial of a former manager at {org} opened on {wd} in {city}, {dur} after "
                 "the arrest."],
        "body": ["The judge said the company had ignored warnings sent on {past2}.",
                 "{p}, {role}, said the firm would appeal before {futd}.",
                 "The hearing is expected to last {dur}.",
                 "Sentencing has been set for {futd}.",
                 "The first complaint was filed in {year}, according to court papers.",
                 "Lawyers for the workers said payments should begin {fut}.",
                 "The court heard that {n} emails were deleted {rel}."],
    },
    "weather": {
        "title": ["Storm floods streets in {city}", "{city} braces for heatwave",
                  "Drought forces water limits in {city}"],
        "lead": ["Heavy rain flooded parts of {city} on {wd}, closing {n} schools and cutting "
                 "power to about {n2} homes.",
                 "Officials in {city} announced water limits {rel}, after the driest spring "
                 "since {year}."],
        "body": ["Forecasters expect the weather to improve {fut}.",
                 "The last comparable flood, in {year}, caused damage worth {money}.",
                 "{p}, {role}, said crews had worked for {dur} to clear drains.",
                 "Rainfall reached {n} millimetres by {time}, twice the monthly average.",
                 "The limits will stay in place until {futd} at least.",
                 "Emergency services took {n} calls between {past2} and {past}.",
                 "Insurers said claims rose {pct} on the same week of {year}."],
    },
}


def _date_fmt(rng, d, with_year=True):
    day = d.day
    m = MONTHS[d.month - 1]
    forms = [f"{m} {day}, {d.year}", f"{day} {m} {d.year}"] if with_year else [f"{m} {day}", f"{day} {m}"]
    return rng.choice(forms)


class _Slots(dict):
    """Fills a pattern's slots, drawing each value when a pattern first asks for it."""

    def __init__(self, rng, pub, topic_people):
        super().__init__()
        self.rng, self.pub, self.people = rng, pub, topic_people

    def __missing__(self, key):
        value = self[key] = self._draw(key)
        return value

    def _draw(self, key):
        r, pub = self.rng, self.pub
        if key == "p":
            name = r.choice(self.people)
            self.people_said = getattr(self, "people_said", []) + [name]
            return name
        if key == "pl":
            said = getattr(self, "people_said", None) or [r.choice(self.people)]
            return r.choice(said).split(" ", 1)[1]
        if key == "role":
            return r.choice(ROLES)
        if key in ("n", "n2"):
            return f"{r.choice([r.randint(2, 40), r.randint(2, 40), r.randint(40, 900), r.randint(1000, 90000)]):,}"
        if key == "money":
            return r.choice([f"${r.randint(2, 900)} million", f"€{r.randint(1, 90)}.{r.randint(1, 9)} billion",
                             f"£{r.randint(10, 990)},000"])
        if key == "pct":
            return f"{r.randint(2, 45)}%" if r.random() < 0.6 else f"{r.randint(2, 45)} percent"
        if key in ("past", "past2"):
            d = pub - dt.timedelta(days=r.randint(2, 400))
            return _date_fmt(r, d, with_year=d.year != pub.year or r.random() < 0.5)
        if key == "rel":
            return r.choice(["last week", "yesterday", "last month", "earlier this year",
                             f"{r.choice(NUMWORDS)} weeks ago", f"{r.choice(NUMWORDS)} months ago",
                             "last year", f"last {r.choice(DAYS)}"])
        if key in ("fut", "fut2"):
            d = pub + dt.timedelta(days=r.randint(5, 500))
            return r.choice([f"next {r.choice(['week', 'month', 'year', 'spring', 'summer'])}",
                             f"in {MONTHS[d.month - 1]} {d.year}", f"by {MONTHS[d.month - 1]}",
                             f"on {_date_fmt(r, d)}", f"in the {r.choice(['first', 'second', 'third', 'fourth'])} quarter of {d.year}",
                             f"by the end of {d.year}", f"within {r.choice(NUMWORDS)} weeks"])
        if key == "futd":
            d = pub + dt.timedelta(days=r.randint(5, 500))
            return r.choice([_date_fmt(r, d), f"{MONTHS[d.month - 1]} {d.year}", f"the end of {d.year}",
                             f"the {r.choice(['first', 'second', 'third', 'fourth'])} quarter of {d.year}",
                             "next year", f"next {MONTHS[d.month - 1]}"])
        if key == "dur":
            return r.choice([f"{r.choice(NUMWORDS)} {u}" for u in ("days", "weeks", "months", "years")] + ["a decade"])
        if key == "time":
            return r.choice([f"{r.randint(1, 11)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['a.m.', 'p.m.'])}",
                             f"{r.randint(7, 22):02d}:{r.choice(['00', '30'])}", "noon", "midnight"])
        if key in ("year", "year2"):
            return str(pub.year - r.randint(1, 25))
        if key == "wd":
            return DAYS[(pub.weekday() - r.randint(1, 6)) % 7]
        if key == "org":
            return f"{r.choice(ORG_A)} {r.choice(ORG_B)}"
        if key == "city":
            return r.choice(CITIES)
        if key == "team":
            return r.choice(TEAMS)
        if key == "thing":
            return r.choice(THINGS)
        raise KeyError(key)


def _html(rng, title, byline, pub, paragraphs, city):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    by = f'<p class="byline">By {esc(byline)}</p>\n' if byline else ""
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)} | The {esc(city)} Courier</title>\n"
            f"<meta property=\"article:published_time\" content=\"{pub.isoformat()}T{rng.randint(6, 21):02d}:00:00Z\">\n"
            f"<meta property=\"og:site_name\" content=\"The {esc(city)} Courier\"></head>\n"
            f"<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>\n"
            f"<main><article><h1>{esc(title)}</h1>\n{by}"
            f"<time datetime=\"{pub.isoformat()}\">{_date_fmt(rng, pub)}</time>\n{body}\n</article>\n"
            f"<aside><h2>Most read</h2><ul><li><a href=\"/a\">Traffic changes this weekend</a></li>"
            f"<li><a href=\"/b\">Letters to the editor</a></li></ul></aside></main>\n"
            f"<footer><p>© {pub.year} The {esc(city)} Courier. All rights reserved.</p></footer></body></html>")


def article(seed, i):
    """The i-th article of collection `seed`, as a JSON Lines record (a dict)."""
    r = random.Random(f"nutshell-articles:{seed}:{i}")
    pub = dt.date(2001, 1, 1) + dt.timedelta(days=r.randrange(25 * 365))
    topic = TOPICS[r.choice(sorted(TOPICS))]
    people = [f"{r.choice(FIRST)} {r.choice(LAST)}" for _ in range(4)]
    slots = _Slots(r, pub, people)
    city = slots["city"]
    fill = lambda pattern: pattern.format_map(slots)
    title = fill(r.choice(topic["title"]))
    target = max(250, int(r.gauss(600, 80)))
    pool = topic["body"] + COMMON
    paragraphs, words = [fill(r.choice(topic["lead"]))], 0
    words = len(paragraphs[0].split())
    while words < target:
        sentences = []
        for _ in range(r.choice((1, 2, 2, 3))):
            # a fresh draw for every slot but the city; {pl} names someone already quoted
            for k in [k for k in slots if k != "city"]:
                del slots[k]
            sentences.append(fill(r.choice(pool)))
        para = " ".join(sentences)
        paragraphs.append(para)
        words += len(para.split())
    byline = f"{r.choice(FIRST)} {r.choice(LAST)}" if r.random() < 0.6 else None
    rec = {"id": f"a{i:07d}"}
    if r.random() < 0.1:
        rec["html"] = _html(r, title, byline, pub, paragraphs, city)
    else:
        head = [title]
        if byline:
            head.append(f"By {byline}")
        if r.random() < 0.3:
            head.append(f"{city.upper()}, {_date_fmt(r, pub)}")
        rec["text"] = "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n"
    if r.random() < 0.7:
        rec["published"] = pub.isoformat()
    return rec


def write(path, seed, start, stop):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, stop):
            f.write(json.dumps(article(seed, i), ensure_ascii=False))
            f.write("\n")
    return stop - start


def _write_shard(a):
    return write(*a)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True, help="how many articles")
    ap.add_argument("--seed", type=int, default=21, help="the collection (default 21)")
    ap.add_argument("--start", type=int, default=0, help="first article index (default 0)")
    ap.add_argument("--out", required=True, help="a .jsonl file, or a folder with --shards")
    ap.add_argument("--shards", type=int, default=0, help="write N files into the --out folder")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for --shards")
    a = ap.parse_args(argv)
    if a.shards <= 0:
        write(a.out, a.seed, a.start, a.start + a.count)
        return 0
    os.makedirs(a.out, exist_ok=True)
    bounds = [a.start + a.count * k // a.shards for k in range(a.shards + 1)]
    work = [(os.path.join(a.out, f"part-{k:05d}.jsonl"), a.seed, bounds[k], bounds[k + 1])
            for k in range(a.shards)]
    with ProcessPoolExecutor(max_workers=a.jobs) as ex:
        n = sum(ex.map(_write_shard, work))
    print(f"{n} articles in {a.shards} files under {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
