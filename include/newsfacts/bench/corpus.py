"""A generated news corpus in the style of the demo site: article pages and RSS feeds, the same in any process.

Article `i` is always the same page (seeded by `i`), so the server process and the benchmark process
build identical bytes without sharing anything. About seven in ten articles report a violent incident
(place, date, counts, actor, weapon); the rest are politics and business stories without one. Every
text carries details of its own, so no two articles share a text hash.

Around the story, each page carries the furniture of a real news page (a sections menu, related and
"more from" teasers, reader comments, advertising slots, a footer of links, inline style and script),
because extraction's cost follows the size of the page, not of the story: a 4 KB page of 66 elements
made extraction look nearly as cheap as parsing. The amount is drawn per page so that the element count
spans the lower half of the real pages in ../shared/corpus/articles (460 elements at their 10th
percentile, 850 at the median), which keeps the generated pages on the light side of real ones.
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
SECTIONS = ["World", "Africa", "Middle East", "Asia", "Europe", "Americas", "Business", "Science", "Sport",
            "Culture", "Opinion", "Video"]
TEASERS = [
    "{town} prepares for a {nth} round of regional talks", "Markets in {country} steady after a volatile week",
    "What the new budget means for families in {admin1}", "Photos: a day at the river port of {town}",
    "Opinion: the quiet crisis in {country}'s schools", "Analysis: why aid convoys keep stalling near {town}",
    "Farmers in {admin1} count the cost of a dry season", "{country} names a new central bank governor",
    "Explainer: who holds power in {admin1}?", "Podcast: reporting from {town} in the {nth} year of war",
]
COMMENTS = [
    "Thank you for reporting this, it gets too little attention.",
    "My family is from {town}; we are thinking of everyone there.",
    "Who is going to pay for the rebuilding this time?",
    "The article could have said more about what the government is doing.",
    "Praying for the people of {admin1}.",
    "This has been going on for years and nobody listens.",
]


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
    furniture = _furniture(random.Random(i * 104729 + 3), published)
    return GeneratedArticle(i, site, path, title, summary, published,
                            _page(path, title, summary, reporter, published, country, body, furniture))


def _teasers(rng: random.Random, n: int, published: datetime, css: str) -> str:
    """`n` teaser cards (picture, headline, section label, age) of other stories about other places."""
    cards = []
    for k in range(n):
        town, admin1, country = rng.choice(PLACES)
        head = rng.choice(TEASERS).format(town=town, admin1=admin1, country=country, nth=rng.choice(NTH))
        when = (published - timedelta(hours=rng.randint(1, 96))).strftime("%Y-%m-%dT%H:%MZ")
        cards.append(f'<li class="{css}__item"><a class="{css}__link" href="{PLACEHOLDER}/articles/t{k}.html">'
                     f'<picture><source type="image/webp" srcset="{PLACEHOLDER}/img/t{k}.webp">'
                     f'<img src="{PLACEHOLDER}/img/t{k}.jpg" alt="" loading="lazy"></picture>'
                     f'<h3 class="{css}__title">{html.escape(head)}</h3></a>'
                     f'<p class="{css}__meta"><span class="label">{rng.choice(SECTIONS)}</span> '
                     f'<time datetime="{when}">{rng.randint(1, 96)}h ago</time></p></li>')
    return "".join(cards)


def _furniture(rng: random.Random, published: datetime) -> dict[str, str]:
    """The page around the story, in amounts drawn per page (see the module's docstring)."""
    menu = "".join(
        f'<li class="menu__section"><a href="{PLACEHOLDER}/{s.lower().replace(" ", "-")}">{s}</a>'
        '<ul class="menu__sub">' + "".join(f'<li><a href="{PLACEHOLDER}/{s.lower()[:4]}/{k}">{t}</a></li>'
                                           for k, t in enumerate(rng.sample(SECTIONS, k=rng.randint(5, 9))))
        + "</ul></li>" for s in SECTIONS)
    town, admin1, country = rng.choice(PLACES)
    place = {"town": town, "admin1": admin1, "country": country, "nth": rng.choice(NTH)}
    comments = "".join(
        f'<div class="comment"><p class="comment__author">reader{rng.randint(100, 9999)}</p>'
        f'<time class="comment__time">{rng.randint(2, 59)} minutes ago</time>'
        f'<p class="comment__text">{html.escape(rng.choice(COMMENTS).format(**place))}</p>'
        '<button class="comment__reply" type="button">Reply</button></div>' for _ in range(rng.randint(0, 14)))
    ads = [f'<div class="ad-slot" data-slot="{name}" data-sizes="300x250,728x90"><span class="ad-label">'
           f'Advertisement</span><noscript><img src="{PLACEHOLDER}/ads/{name}.gif" alt=""></noscript></div>'
           for name in ("top", "inline", "rail", "bottom")]
    footer = "".join(f'<div class="footer__col"><h4>{s}</h4><ul>' + "".join(
        f'<li><a href="{PLACEHOLDER}/{s.lower()[:4]}/f{k}">{t}</a></li>' for k, t in enumerate(
            rng.sample(SECTIONS, k=rng.randint(6, 10)))) + "</ul></div>" for s in SECTIONS[: rng.randint(4, 7)])
    config = json.dumps({"section": rng.choice(SECTIONS), "published": published.isoformat(), "ads": {
        "slots": ["top", "inline", "rail", "bottom"], "refresh": rng.randint(30, 90)}, "ab": rng.random()})
    return {
        "menu": menu, "comments": comments, "footer": footer, "ads_top": ads[0], "ad_inline": ads[1],
        "ad_rail": ads[2], "ad_bottom": ads[3], "config": config,
        "related": _teasers(rng, rng.randint(6, 14), published, "related"),
        "more": _teasers(rng, rng.randint(8, 20), published, "rail"),
        "most_read": "".join(f'<li><a href="{PLACEHOLDER}/articles/m{k}.html">{html.escape(t.format(**place))}</a></li>'
                             for k, t in enumerate(rng.sample(TEASERS, k=8))),
    }


def _page(path: str, title: str, summary: str, reporter: str, published: datetime, section: str,
          body: list[str], f: dict[str, str]) -> str:
    """The article page with a news site's furniture (`f`, from `_furniture`) around the story."""
    e = html.escape
    when = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": when, "author": [{"@type": "Person", "name": reporter}],
                     "publisher": {"@type": "Organization", "name": "Bench Wire"}, "inLanguage": "en"})
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)} | Bench Wire</title>
<meta name="description" content="{e(summary)}">
<meta name="author" content="{e(reporter)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{PLACEHOLDER}{path}">
<link rel="stylesheet" href="{PLACEHOLDER}/static/site.css">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Bench Wire">
<meta property="og:title" content="{e(title)}">
<meta property="og:image" content="{PLACEHOLDER}/img/lead.jpg">
<meta property="article:published_time" content="{when}">
<meta property="article:section" content="{e(section)}">
<script type="application/ld+json">{ld}</script>
<style>{_STYLE}</style>
<script>window.siteConfig = {f["config"]};</script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead"><a class="logo" href="{PLACEHOLDER}/">Bench Wire</a>
  <button class="menu-toggle" type="button" aria-expanded="false">Menu</button>
  <nav class="site-nav" aria-label="Sections"><ul class="menu">{f["menu"]}</ul></nav>
  <form class="search" action="{PLACEHOLDER}/search"><input type="search" name="q" placeholder="Search">
    <button type="submit">Go</button></form></header>
{f["ads_top"]}
<div class="breaking-bar"><strong>Latest:</strong> <a href="{PLACEHOLDER}/">Markets close higher</a></div>
<main id="main" class="layout">
  <article class="story">
    <header class="story-header"><p class="kicker">{e(section)}</p><h1>{e(title)}</h1>
      <p class="byline">By <span class="author">{e(reporter)}</span> ·
        <time datetime="{when}">{published.strftime("%d %B %Y %H:%M")} UTC</time></p></header>
    <div class="story-body">
{paras}
    </div>
    {f["ad_inline"]}
    <ul class="share"><li><a href="{PLACEHOLDER}/">Share</a></li>
      <li><a href="{PLACEHOLDER}/">Print</a></li></ul>
  </article>
  <section class="related"><h2>Related stories</h2><ul>{f["related"]}</ul></section>
  <section class="comments"><h2>Comments</h2>{f["comments"]}
    <form class="comment-form"><textarea name="c"></textarea><button type="submit">Post</button></form></section>
  <aside class="sidebar"><h2>Most read</h2><ol>{f["most_read"]}</ol>
    {f["ad_rail"]}<div class="newsletter"><h2>The Morning Wire</h2><p>Sign up for our daily briefing.</p></div>
    <section class="rail"><h2>More from Bench Wire</h2><ul>{f["more"]}</ul></section></aside>
</main>
{f["ad_bottom"]}
<footer class="site-footer"><div class="footer__cols">{f["footer"]}</div>
  <p>Bench Wire is invented: these stories were generated to measure software.</p>
  <p class="copyright">&copy; 2026 Bench Wire.</p></footer>
<script src="{PLACEHOLDER}/static/site.js" defer></script>
</body>
</html>
"""


# One stylesheet inlined in every page's head, as sites do for the first screen.
_STYLE = " ".join(
    f".{name}{{margin:0 auto;padding:{k % 5 * 4}px;font:{14 + k % 4}px/1.5 Georgia,serif;color:#{k * 97 % 4096:03x}}}"
    for k, name in enumerate(("masthead", "logo", "menu", "menu__section", "menu__sub", "search", "ad-slot",
                              "breaking-bar", "layout", "story", "story-header", "kicker", "byline", "story-body",
                              "share", "related", "related__item", "rail__item", "comments", "comment",
                              "sidebar", "newsletter", "site-footer", "footer__cols", "footer__col", "copyright"))
)


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
