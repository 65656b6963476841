"""A generated news corpus in the style of the demo site: article pages and RSS feeds, the same in any process.

Article `i` is always the same page (seeded by `i`), so the server process and the benchmark process
build identical bytes without sharing anything. About seven in ten articles report a violent incident
(place, date, counts, actor, weapon); the rest are politics and business stories without one. Every
text carries details of its own, so no two articles share a text hash.
"""

from __future__ import annotations

import gzip
import html
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

PLACEHOLDER = "{{BASE_URL}}"
FEED_SIZE = 100  # entries per generated feed, about what a busy section feed carries

# (town, admin1, country) that the parser's gazetteer knows; the spread of a conflict desk's week.
PLACES = [
    ("Maiduguri", "Borno", "Nigeria"), ("Idlib", "Idlib", "Syria"), ("Kandahar", "Kandahar", "Afghanistan"),
    ("Mogadishu", "Banadir", "Somalia"), ("Kharkiv", "Kharkiv", "Ukraine"), ("Bannu", "Khyber Pakhtunkhwa",
    "Pakistan"), ("Beni", "North Kivu", "Democratic Republic of the Congo"), ("Aleppo", "Aleppo", "Syria"),
    ("Mosul", "Nineveh", "Iraq"), ("Gao", "Gao", "Mali"), ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Kherson", "Kherson", "Ukraine"), ("Goma", "North Kivu", "Democratic Republic of the Congo"),
    ("Kabul", "Kabul", "Afghanistan"), ("Quetta", "Balochistan", "Pakistan"), ("Sanaa", "Sanaa", "Yemen"),
]
ATTACKS = [
    ("An airstrike hit a busy market in {town}", "warplanes", "air strike"),
    ("A roadside bomb tore through a minibus near {town}", "an improvised explosive device", "roadside bomb"),
    ("Gunmen opened fire on worshippers leaving a mosque in {town}", "assault rifles", "shooting"),
    ("Artillery shells struck a residential district of {town}", "artillery", "shelling"),
    ("A suicide bomber blew himself up at a police checkpoint in {town}", "a suicide vest",
     "suicide bombing"),
    ("A drone strike hit a car on the road out of {town}", "a drone", "drone strike"),
]
ACTORS = ["Boko Haram", "al-Shabaab", "the Islamic State", "the Taliban", "the M23 rebels", "the Houthis",
          "government forces", "Russian forces"]
NUMBERS = ["three", "four", "five", "six", "seven", "nine", "eleven", "12", "14", "at least 17",
           "more than 20", "nearly 30", "two dozen", "dozens of"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
REPORTERS = ["Amina Bello", "Lina Haddad", "Omar Farouk", "Olena Marchenko", "Daniel Mwangi", "Hannah Brooks",
             "Ahmad Wali", "Sara Lindqvist", "Yusuf Abdi", "Priya Raman"]
CALM = [
    ("Wheat prices slip as exports from {country} pick up",
     "Benchmark futures fell for a {nth} straight session as shipments from {country} rose."),
    ("Talks on a ceasefire in {country} to resume next month",
     "Mediators said indirect talks would focus on safe corridors for aid convoys around {town}."),
    ("Parliament in {country} passes a budget after a long night",
     "Lawmakers approved spending on schools and roads in {admin1} by a narrow margin."),
    ("Floods of tourists return to {town} as the season opens",
     "Hotel owners in {admin1} reported bookings at their highest level in {nth} years."),
]
FILLER = [
    "Residents said the road to {town} had been closed for most of the {part}, and shops stayed shut.",
    "Aid groups working in {admin1} said they had sent {n2} teams and were asking for blood donations.",
    "The {country} interior ministry said an investigation had been opened and promised a full account.",
    "Local officials in {admin1} described reference file {code} as the worst of the year so far.",
    "Footage shared on social media, which could not be independently verified, showed smoke over {town}.",
    "Diplomats in the capital condemned the violence and called on all sides to protect civilians.",
    "Schools in the district will stay closed until {day2}, the education office said in a statement.",
    "Prices of bread and fuel in {town} have risen by {pct} percent since the start of the month.",
]
NTH = ["second", "third", "fourth", "fifth", "sixth"]


@dataclass(frozen=True)
class GeneratedArticle:
    """One generated page: where it lives (path under the site), its feed fields, and the page itself."""

    index: int
    site: int
    path: str
    title: str
    summary: str
    published: datetime
    html: str


def _paragraphs(rng: random.Random, i: int, town: str, admin1: str, country: str, day: str) -> list[str]:
    fill = {"town": town, "admin1": admin1, "country": country, "part": rng.choice(["day", "week", "night"]),
            "n2": rng.randint(2, 9), "code": f"NF-{i:06d}", "day2": rng.choice(DAYS),
            "pct": rng.randint(3, 40), "day": day}
    lines = [f.format(**fill) for f in rng.sample(FILLER, k=len(FILLER))]
    return [" ".join(lines[k : k + 2]) for k in range(0, len(lines), 2)]


def article(i: int, n_sites: int, base_time: datetime) -> GeneratedArticle:
    """Article `i` of the corpus: the same bytes for the same (i, n_sites, base_time), in any process."""
    rng = random.Random(i * 7919 + 17)
    town, admin1, country = rng.choice(PLACES)
    published = base_time - timedelta(minutes=rng.randint(30, 20 * 60))
    day = DAYS[(published.weekday() - rng.randint(0, 2)) % 7]
    reporter = rng.choice(REPORTERS)
    violent = rng.random() < 0.7
    if violent:
        lede, weapon, kind = rng.choice(ATTACKS)
        actor = rng.choice(ACTORS)
        killed, injured = rng.choice(NUMBERS), rng.choice(NUMBERS)
        title = f"{kind.capitalize()} in {town} kills {killed}, {country} officials say"
        summary = f"{lede.format(town=town)} on {day}, killing {killed} people."
        body = [
            f"{town.upper()}, {country} — {lede.format(town=town)} on {day}, killing {killed} people and "
            f"wounding {injured} others, officials in {admin1} province said.",
            f"The attack was blamed on {actor}. Witnesses said {weapon} had been used, and that rescuers "
            f"worked through the {rng.choice(['night', 'afternoon', 'evening'])} to reach the injured.",
            *_paragraphs(rng, i, town, admin1, country, day),
        ]
    else:
        head, lede = rng.choice(CALM)
        fill = {"town": town, "admin1": admin1, "country": country, "nth": rng.choice(NTH)}
        title, summary = head.format(**fill), lede.format(**fill)
        body = [summary, *_paragraphs(rng, i, town, admin1, country, day)[1:]]
    slug = "-".join(w.lower() for w in title.replace(",", "").split()[:6])
    path = f"/articles/{i:06d}-{slug}.html"
    site = i % n_sites
    return GeneratedArticle(i, site, path, title, summary, published,
                            _page(path, title, summary, reporter, published, country, body))


def _page(path: str, title: str, summary: str, reporter: str, published: datetime, section: str,
          body: list[str]) -> str:
    """The article page with the demo site's furniture: meta tags, JSON-LD, navigation, asides, footer."""
    e = html.escape
    when = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": when, "author": [{"@type": "Person", "name": reporter}],
                     "publisher": {"@type": "Organization", "name": "Bench Wire"}, "inLanguage": "en"})
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in body)
    nav = "".join(f'<li><a href="{PLACEHOLDER}/#{s}">{s.title()}</a></li>'
                  for s in ("world", "africa", "asia", "europe", "business", "sport"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)} | Bench Wire</title>
<meta name="description" content="{e(summary)}">
<meta name="author" content="{e(reporter)}">
<link rel="canonical" href="{PLACEHOLDER}{path}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Bench Wire">
<meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="{when}">
<meta property="article:section" content="{e(section)}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<header class="masthead"><a class="logo" href="{PLACEHOLDER}/">Bench Wire</a>
  <nav class="site-nav" aria-label="Sections"><ul>{nav}</ul></nav></header>
<div class="breaking-bar"><strong>Latest:</strong> <a href="{PLACEHOLDER}/">Markets close higher</a></div>
<main id="main" class="layout">
  <article class="story">
    <header class="story-header"><p class="kicker">{e(section)}</p><h1>{e(title)}</h1>
      <p class="byline">By <span class="author">{e(reporter)}</span> ·
        <time datetime="{when}">{published.strftime("%d %B %Y %H:%M")} UTC</time></p></header>
    <div class="story-body">
{paras}
    </div>
    <ul class="share"><li><a href="{PLACEHOLDER}/">Share</a></li>
      <li><a href="{PLACEHOLDER}/">Print</a></li></ul>
  </article>
  <aside class="sidebar"><h2>Most read</h2><ol>
    <li><a href="{PLACEHOLDER}/">Central bank holds rates</a></li>
    <li><a href="{PLACEHOLDER}/">Election dates set</a></li>
  </ol><div class="newsletter"><h2>The Morning Wire</h2><p>Sign up for our daily briefing.</p></div></aside>
</main>
<footer class="site-footer"><p>Bench Wire is invented: these stories were generated to measure software.</p>
  <p class="copyright">&copy; 2026 Bench Wire.</p></footer>
</body>
</html>
"""


def feed_xml(site_name: str, items: list[GeneratedArticle]) -> str:
    """An RSS 2.0 feed listing `items` (links relative to the placeholder origin)."""
    e = html.escape
    entries = "\n".join(
        f"""    <item>
      <title>{e(a.title)}</title>
      <link>{PLACEHOLDER}{a.path}</link>
      <guid isPermaLink="true">{PLACEHOLDER}{a.path}</guid>
      <pubDate>{format_datetime(a.published)}</pubDate>
      <description>{e(a.summary)}</description>
    </item>""" for a in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{e(site_name)}</title>
    <link>{PLACEHOLDER}/</link>
    <description>Generated feed of Bench Wire</description>
{entries}
  </channel>
</rss>
"""


def site_content(n_articles: int, n_sites: int, base_time: datetime) -> list[dict[str, str]]:
    """Path -> body per site: the articles and their feeds (chunks of FEED_SIZE entries)."""
    sites: list[dict[str, str]] = [{} for _ in range(n_sites)]
    pending: list[list[GeneratedArticle]] = [[] for _ in range(n_sites)]
    counts = [0] * n_sites

    def flush(s: int) -> None:
        sites[s][f"/feeds/{counts[s]:04d}.rss"] = feed_xml(f"Bench Wire {s}/{counts[s]}", pending[s])
        counts[s] += 1
        pending[s] = []

    for i in range(n_articles):
        a = article(i, n_sites, base_time)
        sites[a.site][a.path] = a.html
        pending[a.site].append(a)
        if len(pending[a.site]) == FEED_SIZE:
            flush(a.site)
    for s in range(n_sites):
        if pending[s]:
            flush(s)
    return sites


@dataclass(frozen=True)
class SharedPage:
    """A real page of ../shared/corpus (read in place, never copied)."""

    name: str
    url: str
    body: bytes


def shared_pages(folder: Path) -> list[SharedPage]:
    """The shared corpus's article pages, decompressed in memory; [] when the folder is absent."""
    pages = []
    for sidecar in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        raw = (folder / meta["html_file"]).read_bytes()
        pages.append(SharedPage(sidecar.stem, meta.get("url") or "", gzip.decompress(raw)
                                if meta["html_file"].endswith(".gz") else raw))
    return pages


def shared_feeds(folder: Path) -> list[bytes]:
    """The shared corpus's feed documents, as bytes; [] when the folder is absent."""
    return [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()] if folder.is_dir() else []
