import { demoImage } from "./images";
import type { DemoArticle } from "./types";

/** Harbour Lights: the waterfront blog. */
export const harbourLightsArticles: DemoArticle[] = [
  {
    slug: "night-market-outgrew-fish-quay",
    title: "The night market that outgrew the fish quay",
    summary: "What began as four grills by the auction hall now draws 6,000 people on a Friday. Not everyone on the quay is pleased.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-05-20T17:00:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Food", "Fish quay", "Port Halden"],
    heroImage: demoImage("night-market-lanterns"),
    body: `At six o’clock on a Friday the fish auction hall is hosed down and empty. By seven, the quay outside is lit by strings of bulbs and the smoke of forty grills.

The Fish Quay Night Market started in 2021 with four stalls run by fishermen’s families selling whatever had not sold in the morning. This summer it has 46 stalls, a waiting list of 90, and on a good evening about 6,000 visitors.

## Growing pains

The fishermen who still land their catch here are not all fans. Trucks that collect the morning’s fish now share the quay with delivery vans for the market, and the harbour master has twice had to clear parked cars from the ice plant’s loading bay.

> I like the market. I don’t like finding a food truck where my ice should be.
>
> — Tomas Quill, trawler skipper

## A permanent home?

The port authority is considering moving the market to the empty timber shed at Berth 9, which has power, water and room for twice as many stalls. A decision is due in July. Until then, the grills stay where they are — between the auction hall and the sea.`,
  },
  {
    slug: "aboard-pilot-boat-4am",
    title: "Aboard the pilot boat at 4 a.m.",
    summary: "Every ship entering Port Halden needs a pilot. We rode out with one to meet a 300-metre container ship in the dark.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-06-05T05:00:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Pilots", "Shipping", "Port of Halden"],
    heroImage: demoImage("pilot-boat-dawn"),
    body: `The pilot boat *Heron* leaves the inner harbour at 03:55 with its deck lights off, so the crew can see the water. Nine miles out, a container ship the length of three football pitches is waiting for someone to show it the way in.

That someone tonight is Kasia Lund, one of 22 licensed pilots in Port Halden. She has brought in about 4,000 ships in fourteen years.

## The climb

The hardest part of the job takes thirty seconds. The *Heron* comes alongside the moving ship, matching its speed; a rope ladder hangs down the hull; Lund waits for the swell to lift the boat, and steps across.

> You never look down and you never hurry. The sea decides when you go.
>
> — Kasia Lund, harbour pilot

## Why ships need pilots

The channel into Port Halden is narrow, shifts with every winter storm, and bends twice around sandbanks that do not appear on older charts. Pilots know where it is this month. By 05:30 the ship is alongside Berth 4, and Lund is on the radio asking for a lift home.`,
  },
  {
    slug: "last-keeper-grey-point-light",
    title: "The last keeper of Grey Point light hands over the keys",
    summary: "The lighthouse has been automatic since 1989, but Edda Moss kept looking after it anyway. At 78, she is retiring.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-07-15T09:00:00.000Z",
    authorSlugs: ["ilse-brandt", "jonah-pell"],
    tags: ["Grey Point", "Lighthouses", "People"],
    heroImage: demoImage("grey-point-lighthouse"),
    body: `Edda Moss has climbed the 117 steps of Grey Point lighthouse most mornings for forty-six years. For the last thirty-seven of them she has not, strictly speaking, been needed.

The light was automated in 1989. The keeper’s post was abolished, but Moss — who had married the last official keeper — stayed in the cottage, and the port authority kept paying her a small fee to clean the lens, log the weather and call someone when things broke.

## What she kept

Her logbooks fill two shelves: wind, visibility, ships passing, birds. Meteorologists at the provincial weather service have used them to check their own records more than once.

> The machine turns the light. It doesn’t notice that the gulls have left early, or that the fog smells different.
>
> — Edda Moss

## What comes next

The port authority says the cottage will become a small museum, and the logbooks will go to the provincial archive. Moss is moving to a flat in Port Halden — one, she notes, with a sea view.`,
  },
  {
    slug: "container-traffic-up-quays-quieter",
    title: "Container traffic is up — so why are the quays quieter?",
    summary: "The port handled more boxes than ever last year with fewer people on the quay. Automation is only part of the answer.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-08-04T07:00:00.000Z",
    authorSlugs: ["ilse-brandt", "priya-natarajan"],
    tags: ["Port of Halden", "Automation", "Labour"],
    heroImage: demoImage("container-stacks"),
    body: `Port Halden handled 1.31 million containers last year, a record. Yet the terminal employed 14% fewer dockworkers than a decade ago, and anyone walking the quays at night notices how few people are about.

## Bigger ships, fewer calls

The biggest change is not robots but ship size. The average vessel calling at Halden now carries twice as many containers as in 2015, so the port handles more boxes with fewer arrivals — and fewer, longer shifts.

## Where the machines are

Automation is real but narrow. The new stacking cranes in Yard C run without drivers, steered from a control room; the quay cranes that lift boxes off the ships still have a person in the cab.

> The remote cranes took the jobs nobody wanted — the freezing night shifts in the yard. The question is what comes next.
>
> — Samir Haddad, crane driver and union steward

The port authority’s next five-year plan, due in December, is expected to say whether driverless quay cranes will follow.`,
  },
  {
    slug: "how-to-read-tide-tables",
    title: "A short guide to reading the tide tables",
    summary: "High water, low water, springs and neaps: what the numbers in the back of the paper actually mean.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-08-27T06:00:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Tides", "Explainers", "Sailing"],
    heroImage: demoImage("tide-curve"),
    body: `Every day the Dispatch prints four times and four heights for Port Halden. Readers ask us what to do with them more often than you might think.

## The basics

- **High water and low water** come roughly twice a day, about 12 hours and 25 minutes apart.
- **Heights** are measured above chart datum — roughly the lowest tide you will ever see — not above the average sea level.
- **Times** are local time, already adjusted for summer time.

## Springs and neaps

Around a new or full moon the tides are bigger: higher highs, lower lows. These are spring tides, and have nothing to do with the season. Halfway between, the range is smallest: neap tides.

## The rule of twelfths

Sailors estimate the water between high and low tide by dividing the rise into twelfths: 1, 2, 3, 3, 2, 1 for each of the six hours. The water moves fastest in the middle hours — which is when the channel at Grey Point is most dangerous for small boats.

> Read the table the night before. The sea does not wait for you to find your glasses.
>
> — Kasia Lund, harbour pilot`,
  },
  {
    slug: "shipyard-biggest-apprentice-class",
    title: "Shipyard takes on its biggest apprentice class in twenty years",
    summary: "Halden Marine Works hired 64 apprentices this autumn, a third of them women, to build the ferries the region has ordered.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-10-01T08:00:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Shipbuilding", "Jobs", "Port Halden"],
    heroImage: demoImage("shipyard-hull"),
    body: `The welding shop at Halden Marine Works is loud enough that instructors hand out notes rather than shout. This month 64 new apprentices started reading them.

It is the yard’s largest intake since 2006. The reason is an order book that suddenly looks healthy: two hybrid ferries for the Tessel route and a research vessel for the provincial fisheries agency.

## Who is signing up

A third of the new apprentices are women, up from one in ten five years ago. Eleven came from the river towns after the September flood closed their employers.

> Two years ago I was stacking shelves. Now I can read a hull drawing.
>
> — Lucia Brandão, second-year apprentice welder

## Four years to qualify

Apprentices earn a wage from the first day and spend one day a week at the technical college in Brannock. The yard says it expects to keep at least 80% of them once the ferry contracts are finished in 2030.`,
  },
  {
    slug: "seawall-mural-300-metres",
    title: "A 300-metre mural for the seawall",
    summary: "Twelve painters, 1,800 litres of paint and a tide that comes in twice a day: how the Esplanade mural was made.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-10-29T10:00:00.000Z",
    authorSlugs: ["ilse-brandt", "jonah-pell"],
    tags: ["Art", "Esplanade", "Port Halden"],
    heroImage: demoImage("seawall-mural"),
    body: `For six weeks this autumn, twelve painters worked on the Esplanade seawall in shifts set not by the clock but by the tide. When the water came in, they packed up; when it went out, they climbed back down the ladders.

The result is a 300-metre band of colour that runs from the lifeboat station to the old customs house: the history of the port, told in waves, cranes, fish and faces.

## Paint that survives the sea

The team tested eight kinds of paint on a stretch of wall last winter. Only two survived the salt and the storms; the mural uses the tougher of them, at about 1,800 litres in all.

![A long painted seawall in bands of blue, ochre and red under a pale sky](/images/demo/mural-detail.webp "The mural’s middle section, between the lifeboat station and the customs house | Illustration: Meridian Dispatch graphics desk")

> Every painter had to learn to read a tide table. Two of them got their feet wet anyway.
>
> — Noor Achterberg, lead artist

## Faces from the quay

The faces in the mural belong to real people — a net mender, a lighthouse keeper, a crane driver, a child from the night market — painted from photographs they agreed to lend.`,
  },
  {
    slug: "winter-moorings-small-boats",
    title: "Winter moorings: where the small boats go",
    summary: "In November the harbour’s 400 small boats are lifted, shuffled and tucked away. It is a three-week puzzle.",
    blogSlug: "harbour-lights",
    publishedAt: "2026-11-15T08:30:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Sailing", "Port Halden", "Winter"],
    heroImage: demoImage("moorings-winter"),
    body: `On the first cold weekend of November the boatyard crane at Kettle Cove starts work at dawn and does not stop until dark. Over three weeks it lifts about 400 small boats out of the water for the winter.

Each owner has a slot, and each slot depends on everyone else’s. A boat lifted out of order can block six others until March.

## The yard master’s spreadsheet

Hattie Crane — “yes, really,” she says — has run the lift for eleven years. Her spreadsheet lists every boat’s length, weight, keel shape and how far its owner lives from the yard.

> The big yachts go at the back, the dinghies at the front, and the man who always forgets his keys goes last.
>
> — Hattie Crane, yard master, Kettle Cove

## Staying in

About sixty boats stay afloat on the sheltered pontoons of the inner harbour. Their owners pay more and check their lines after every storm — this year, with the Old Customs Bridge closed, on foot.`,
  },
  {
    slug: "embargoed-port-authority-chief-resigns",
    title: "EMBARGOED: Port authority chief to resign",
    summary: "Sources say the chief executive will announce her departure at Monday’s board meeting.",
    blogSlug: "harbour-lights",
    status: "draft",
    publishedAt: null,
    authorSlugs: ["ilse-brandt"],
    tags: ["Port of Halden", "Leadership"],
    heroImage: demoImage("harbour-cranes-dusk"),
    body: `EMBARGOED until the board meeting ends. Do not publish.

The chief executive of the Port of Halden authority is expected to resign on Monday.

## To confirm

- Second source for the date.
- Statement from the authority’s press office.`,
  },
];
