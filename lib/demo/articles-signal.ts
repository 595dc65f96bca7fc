import { demoImage } from "./images";
import type { DemoArticle } from "./types";

/** Signal: the technology desk. */
export const signalArticles: DemoArticle[] = [
  {
    slug: "harbour-wifi-back-no-tracking",
    title: "The free harbour Wi-Fi is back, and it no longer tracks you",
    summary: "The city’s new waterfront network asks for no email address and keeps no location history. We checked.",
    blogSlug: "signal",
    publishedAt: "2026-05-16T08:00:00.000Z",
    authorSlugs: ["dariush-karimi"],
    tags: ["Wi-Fi", "Privacy", "Port Halden"],
    heroImage: demoImage("wifi-waves"),
    body: `Port Halden’s free waterfront Wi-Fi, switched off last year after a privacy complaint, returned on Monday with a new supplier and a much shorter terms-of-use page.

The old network asked for an email address and logged which access point each phone connected to, building a map of where visitors walked. The data protection authority ordered it shut down in 2025.

## What we tested

Over three days we connected six phones along the Esplanade and the fish quay, and read the network’s published privacy notice against what we saw:

- No sign-up page: you tap “connect” and you are online.
- Device addresses are scrambled every 24 hours before they reach the city’s logs.
- Logs of connection counts, not individuals, are kept for 30 days.

## Speed

Median download speed was 41 Mbit/s on the Esplanade and 12 Mbit/s at the busy night market — enough for maps and messages, not for video calls.

> We wanted people to use the harbour, not to be counted in it.
>
> — Yusuf Demir, the city’s chief digital officer`,
  },
  {
    slug: "text-message-scam-pensioners",
    title: "The text message scam targeting pensioners, explained",
    summary: "Messages claiming to come from the pension office ask recipients to ‘confirm’ their bank details. Here is how to spot them.",
    blogSlug: "signal",
    publishedAt: "2026-06-12T09:30:00.000Z",
    authorSlugs: ["dariush-karimi"],
    tags: ["Scams", "Security", "Explainers"],
    heroImage: demoImage("phone-warning"),
    body: `Police in the Meridian province have received more than 300 reports in a month of a text message scam that imitates the provincial pension office. At least 40 people have lost money, the largest single loss being €18,000.

## What the message says

It claims a payment has been “suspended” and asks the reader to follow a link to confirm their details. The link leads to a convincing copy of the pension office’s website.

## How to spot it

1. The pension office never sends links by text message.
2. The web address is slightly wrong — an extra letter, a hyphen, a different ending.
3. The message creates urgency: “within 24 hours”, “final notice”.
4. The page asks for your card number. The real office never does.

## If you clicked

Call your bank at once, using the number on the back of your card, and report the message to the police fraud line. Do not reply to the text.

> The people behind this are patient and polite. That is what makes them dangerous.
>
> — Detective Sergeant Mei Lin, provincial fraud unit`,
  },
  {
    slug: "data-centre-wants-river-water",
    title: "The data centre wants river water. Farmers have questions",
    summary: "A proposed data centre near Keswold would draw up to 1.2 million litres a day from the Elsen to cool its servers.",
    blogSlug: "signal",
    publishedAt: "2026-07-20T07:00:00.000Z",
    authorSlugs: ["dariush-karimi", "olena-marchuk"],
    tags: ["Data centres", "Water", "Keswold"],
    heroImage: demoImage("server-racks"),
    body: `A cloud company’s plan for a data centre outside Keswold would create about 90 permanent jobs and pay the town €2 million a year in local taxes. It would also take up to 1.2 million litres of water a day from the Elsen during hot weather.

The planning application, which runs to 1,900 pages, was submitted last month. Public comments close on 15 August.

## Why servers need water

Computers turn electricity into heat. The proposed building would cool its servers by evaporating water, which uses less electricity than air conditioning but consumes the water — it does not go back to the river.

## The farmers’ worry

In dry summers the Elsen already runs low, and farmers downstream have faced irrigation bans twice in five years.

> They say it is only on the hottest days. The hottest days are exactly when I need the river.
>
> — Greta Holm, dairy farmer near Keswold

## What the company says

The company says it would switch to air cooling whenever the river falls below a threshold set by the water authority, and publish its daily water use. Neither promise is yet a condition of the permit.`,
  },
  {
    slug: "council-open-data-portal-reviewed",
    title: "The council’s open data portal, reviewed",
    summary: "Two years after launch, the city’s data portal has 340 datasets. About half are useful; some have not been updated since 2024.",
    blogSlug: "signal",
    publishedAt: "2026-08-22T08:00:00.000Z",
    authorSlugs: ["priya-natarajan", "dariush-karimi"],
    tags: ["Open data", "Port Halden", "Transparency"],
    heroImage: demoImage("data-grid"),
    body: `Port Halden launched its [open data portal](https://example.org/port-halden/open-data) in 2024 with a promise to publish “everything the city can”. Two years later it lists 340 datasets. We tried to use all of them.

## The good

The budget data is excellent: every line, every year since 2015, in a format any spreadsheet can open. Bus punctuality is updated daily. The tree register lists 41,000 trees with species and planting dates.

## The bad

- 96 datasets have not been updated since 2024.
- 31 are PDFs of scanned tables, which cannot be searched or sorted.
- Planning applications are published without the documents that explain them.

## The missing

Contracts. The city signs about 2,000 a year and publishes none of them on the portal; they can be requested one at a time under freedom of information law.

> Open data is not a website. It is a habit, and the habit has slipped.
>
> — Priya Natarajan, Dispatch data journalist

The city says a refresh is planned for next year. We will check.`,
  },
  {
    slug: "sixty-sensors-two-hour-warning",
    title: "How 60 cheap sensors gave Saltmere a two-hour warning",
    summary: "A volunteer network of river-level sensors spotted the September flood before the official gauge. Here is how it works.",
    blogSlug: "signal",
    publishedAt: "2026-09-29T07:00:00.000Z",
    authorSlugs: ["dariush-karimi", "priya-natarajan"],
    tags: ["Elsen flood", "Sensors", "Citizen science"],
    heroImage: demoImage("sensor-network"),
    body: `At 20:10 on 13 September, a sensor bolted under a footbridge in the Keswold hills sent a message: the stream below had risen 80 centimetres in an hour. Within minutes, eleven more sensors upstream of Saltmere said the same.

The official gauge at Mill Bridge did not trigger a warning until after 22:00.

## The network

The sensors were built by a group of retired engineers and students at Brannock technical college. Each one is a waterproof box with an ultrasonic distance sensor, a small solar panel and a low-power radio that reaches about 10 kilometres.

- Cost per sensor: about €85.
- Readings every five minutes, relayed to a public map.
- Alerts sent when the rise beats a threshold set for each site.

![Chart of river levels at five sensors rising steeply over the evening of 13 September](/images/demo/sensor-chart.webp "River levels reported by the volunteer sensors on 13 September | Chart: Meridian Dispatch graphics desk")

> We are not a replacement for the flood service. We are the neighbours shouting across the fence.
>
> — Tove Larsen, network organiser

## What happens next

The provincial flood service has asked to add the network’s readings to its own models, and the council has offered to pay for 40 more sensors.`,
  },
  {
    slug: "counting-ev-chargers-street-by-street",
    title: "Counting electric car chargers, street by street",
    summary: "Port Halden has one public charger for every 19 electric cars. In the old town, there is one for every 64.",
    blogSlug: "signal",
    publishedAt: "2026-10-16T07:00:00.000Z",
    authorSlugs: ["priya-natarajan"],
    tags: ["Electric cars", "Data", "Transport"],
    heroImage: demoImage("charger-map"),
    body: `There are 612 public charging points in Port Halden and about 11,800 registered electric cars, or one charger for every 19 cars. The city’s target for 2027 is one for every ten.

But chargers are not spread evenly. We mapped every public charger against car registrations by postcode.

## The gap

In the new districts by the ring road, where most homes have driveways, there is a public charger for every eight electric cars — and many owners charge at home anyway. In the old town, where almost nobody has off-street parking, there is one for every 64.

## Why

Installing a charger means digging up a pavement and connecting to the grid. In the old town’s narrow streets that is slow and costly, and the operators paid by the city prefer sites where chargers will be used at once.

> The people who most need public chargers are the ones with the fewest.
>
> — Elif Aksoy, old town residents’ association

The city says it will require operators to install a share of chargers in under-served districts from next year.`,
  },
  {
    slug: "three-fake-videos-checked-election",
    title: "Three fake videos we checked this election",
    summary: "A doctored debate clip, a recycled flood video and a cloned voice: how we checked what readers sent us.",
    blogSlug: "signal",
    publishedAt: "2026-10-22T08:00:00.000Z",
    authorSlugs: ["dariush-karimi"],
    tags: ["Provincial election 2026", "Misinformation", "Fact-checking"],
    heroImage: demoImage("video-frames"),
    body: `Since the campaign began, readers have sent the Signal desk 212 videos and asked: is this real? Most were. Three were not, and they travelled furthest.

## 1. The debate clip

A 20-second clip appeared to show Governor Arne Dahl laughing at a question about the flood. The full broadcast shows he was laughing at a moderator’s joke a minute earlier; the clip had been re-cut.

## 2. The flood video

A dramatic video of a car swept down a street was shared as “Saltmere tonight”. A reverse image search found it was filmed in another country four years ago.

## 3. The cloned voice

An audio message in which River Party leader Hanne Voss appeared to urge supporters to stay home on polling day was generated by software. Her party has reported it to the election commission.

> If a clip makes you furious in five seconds, wait five minutes before sharing it.
>
> — Dariush Karimi, Signal desk

Send us anything you are unsure about. We reply to every message, even when the answer is “it’s real”.`,
  },
  {
    slug: "last-homes-without-broadband",
    title: "The last 4,000 homes without broadband",
    summary: "In the hills above Keswold, some families still share a single mobile signal at the church gate. A new scheme promises fibre by 2028.",
    blogSlug: "signal",
    publishedAt: "2026-11-09T07:00:00.000Z",
    authorSlugs: ["olena-marchuk", "dariush-karimi"],
    tags: ["Broadband", "Keswold", "Rural life"],
    heroImage: demoImage("hills-mast"),
    body: `In Upper Fell, a hamlet of 60 homes above Keswold, the best internet connection is at the church gate. On weekday evenings teenagers sit on the wall with laptops, doing homework on a single bar of mobile signal.

About 4,000 homes in the Meridian province have no connection faster than 10 Mbit/s. Almost all are in the hills.

## Why they were left behind

Laying fibre costs roughly the same per kilometre everywhere, but in the hills each kilometre passes very few homes. Private operators have no reason to build there.

## The new scheme

The province has signed a €31 million contract to bring fibre to every remaining home by 2028. Work starts in the spring, village by village, beginning with those furthest from a mobile mast.

> My son had an online exam in June. We drove to the supermarket car park in Keswold so he could sit it.
>
> — Maria Costa, Upper Fell resident

Until then, the province will pay half the cost of a satellite connection for households that apply before March.`,
  },
];
