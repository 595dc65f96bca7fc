import { demoImage } from "./images";
import type { DemoArticle } from "./types";

/** The Ledger: politics and public money. */
export const ledgerArticles: DemoArticle[] = [
  {
    slug: "port-halden-budget-line-by-line",
    title: "Port Halden’s budget, line by line",
    summary: "Where the city’s €612 million goes, and the three lines that caused the most argument this year.",
    blogSlug: "the-ledger",
    publishedAt: "2026-05-28T07:00:00.000Z",
    authorSlugs: ["tomas-reyes", "priya-natarajan"],
    tags: ["City budget", "Port Halden", "Explainers"],
    heroImage: demoImage("budget-bars"),
    body: `Port Halden will spend €612 million this year. Most of it is decided long before the council votes: salaries, pensions, debt repayments and services the law requires.

We went through the 214-page budget to find where the money goes and where councillors actually had a choice.

## The big items

- **Schools and childcare:** €171 million, just over a quarter of the total.
- **Social care:** €128 million, the fastest-growing line, up 9%.
- **Transport and roads:** €86 million, including the tram extension.
- **Debt interest:** €41 million, up from €29 million two years ago.

## The three arguments

The council fought hardest over the tram extension, a 4% rise in harbour parking charges and a €3 million cut to library opening hours, which was reversed at the last minute.

> The budget is a moral document written in a spreadsheet.
>
> — Farida Osei, chair of the council’s finance committee

The full budget is on the [city’s open data portal](https://example.org/port-halden/open-data/budget-2026).`,
  },
  {
    slug: "tram-extension-price-rises-again",
    title: "The tram extension’s price tag has risen again",
    summary: "The line to Kettle Cove will now cost €248 million, 38% more than promised in 2023. We traced where the extra money went.",
    blogSlug: "the-ledger",
    publishedAt: "2026-06-24T07:00:00.000Z",
    authorSlugs: ["tomas-reyes"],
    tags: ["Tram", "City budget", "Transport"],
    heroImage: demoImage("tram-line-map"),
    body: `The 4.2-kilometre tram extension from the central station to Kettle Cove will cost €248 million, according to figures presented to the transport committee on Tuesday. When the council approved the line in 2023 the estimate was €180 million.

## Where the extra €68 million went

The city’s own breakdown blames three things: construction prices, which rose sharply across the region; the discovery of an old dock wall under Ropemakers’ Street, which forced a redesign; and a decision to bury power cables along the whole route.

## Who pays

The province pays 60% of the original estimate, but not of the overrun. Unless the new assembly agrees to share it, the city will borrow the difference.

> Nobody disputes that the tram is needed. What people are asking is why every estimate turns out to be a floor rather than a ceiling.
>
> — Jonas Brekke, opposition transport spokesman

Construction is due to finish in late 2028, a year later than planned.`,
  },
  {
    slug: "fishing-quota-cut-hits-small-boats",
    title: "Fishing quota cut hits small boats hardest",
    summary: "A 15% cut to the coastal cod quota takes a bigger share from the fleet’s smallest boats, a Ledger analysis finds.",
    blogSlug: "the-ledger",
    publishedAt: "2026-07-09T06:30:00.000Z",
    authorSlugs: ["priya-natarajan", "ilse-brandt"],
    tags: ["Fishing", "Quotas", "Coastal economy"],
    heroImage: demoImage("fishing-boats-quay"),
    body: `The provincial fisheries agency cut the coastal cod quota by 15% this month to protect a stock that scientists say is close to collapse. Nobody on the quay disputes the science. The argument is over who bears the cut.

## How the sums work

Quota is shared out according to each boat’s catch history. Boats under 12 metres, which fish closer to shore and for fewer days, lose a larger share of their income because they have fewer other species to fall back on.

By our calculation, using the agency’s published allocations, the 61 small boats registered in Port Halden lose on average 22% of their cod income; the 14 larger trawlers lose 11%.

> A big trawler can go after mackerel instead. I have one boat, one net and one fish.
>
> — Tomas Quill, skipper of the *Maren*

The agency says it will review the allocation in January. The River Party and the Greens have both promised to change the rules if they enter government.`,
  },
  {
    slug: "old-town-rents-rise-nine-percent",
    title: "Rents in the old town rose 9% in a year",
    summary: "New listings near the harbour now ask a third more than in 2022. Short-term lets explain some, but not most, of the rise.",
    blogSlug: "the-ledger",
    publishedAt: "2026-08-18T07:00:00.000Z",
    authorSlugs: ["priya-natarajan"],
    tags: ["Housing", "Rents", "Port Halden"],
    heroImage: demoImage("old-town-rooftops"),
    body: `The median asking rent for a two-bedroom flat in Port Halden’s old town reached €1,140 a month in June, up 9% on a year earlier and 34% on 2022. Across the city as a whole, rents rose 6%.

## Are holiday lets to blame?

Partly. About 7% of old-town flats are now listed as short-term rentals, up from 4% in 2022. But even if every one of them returned to the long-term market, the supply would grow by only a few hundred homes — far short of demand.

## The real squeeze

The city has built fewer than 300 new homes a year since 2019, against a target of 900. Land by the harbour is scarce and expensive, and two large projects stalled when construction prices jumped.

> I moved here to work at the port. I now spend half my pay on a room I share with a colleague.
>
> — Bilal Sharif, logistics clerk

Housing is the second most-cited issue in our pre-election reader survey, after the flood.`,
  },
  {
    slug: "governor-debate-five-things-learned",
    title: "Five things we learned from the first governor debate",
    summary: "Flood walls, ferries, rents and one awkward silence: the key moments from Tuesday’s televised debate.",
    blogSlug: "the-ledger",
    publishedAt: "2026-09-03T21:30:00.000Z",
    authorSlugs: ["tomas-reyes"],
    tags: ["Provincial election 2026", "Debates"],
    heroImage: demoImage("debate-podiums"),
    body: `The four candidates for governor met for the first of three televised debates on Tuesday evening. Here is what stood out.

## 1. Nobody wants to talk about the budget gap

All four promised more spending on flood defences. None said which taxes would rise or which services would shrink to pay for it.

## 2. The River Party is not a one-issue party after all

Hanne Voss spoke fluently about rents and ferries, not just walls — a sign the party is aiming beyond the river towns.

## 3. The Civic Forum is defending its record

Governor Arne Dahl spent most of his time explaining decisions of the past four years rather than proposing new ones.

## 4. The tram is popular, its cost is not

Every candidate supports the Kettle Cove extension. Asked whether they would cap its budget, three hesitated.

## 5. The awkward silence

Asked to name one thing they admired in an opponent, the Coast Alliance’s Mirela Stan took eleven seconds before praising Dahl’s “stamina”. The studio audience laughed; Dahl did not.`,
  },
  {
    slug: "how-to-read-an-election-poll",
    title: "How to read an election poll without losing your mind",
    summary: "Sample sizes, margins of error and why one poll is never news. A short guide for the campaign’s final weeks.",
    blogSlug: "the-ledger",
    publishedAt: "2026-09-25T07:00:00.000Z",
    authorSlugs: ["priya-natarajan"],
    tags: ["Provincial election 2026", "Polling", "Explainers"],
    heroImage: demoImage("poll-line-chart"),
    body: `Between now and polling day you will see dozens of polls. Some will say the Coast Alliance is running away with it; others will say the race is tied. Most of them are not contradicting each other as much as they seem.

## Four questions to ask of any poll

1. **How many people were asked?** Fewer than 800 and the margin of error grows above three points.
2. **Who were they?** Online panels, phone samples and street interviews reach different people.
3. **When was it taken?** A poll fielded before the flood tells you little about the mood after it.
4. **Who paid for it?** Party-commissioned polls are published when they look good.

## The margin of error is about each number

If a poll of 1,000 people puts a party on 30%, the true figure is probably somewhere between 27% and 33%. A two-point lead between two parties is often no lead at all.

## Watch the average

The Ledger’s [poll tracker](https://example.org/meridian-dispatch/poll-tracker) averages every published poll, weighted by sample size and age. It moves slowly — which is the point.`,
  },
  {
    slug: "who-is-paying-for-the-campaign",
    title: "Who is paying for the campaign? We read 1,400 donation records",
    summary: "Construction firms gave more than any other sector. Two parties took half their money from fewer than twenty donors.",
    blogSlug: "the-ledger",
    publishedAt: "2026-10-12T06:00:00.000Z",
    authorSlugs: ["priya-natarajan", "tomas-reyes"],
    tags: ["Provincial election 2026", "Campaign finance", "Investigations"],
    heroImage: demoImage("donations-dots"),
    body: `Parties standing in the provincial election have reported €4.7 million in donations since January. The Dispatch read all 1,412 records filed with the election commission and matched donors to company registers.

## The biggest givers

Construction and property firms gave €1.3 million, more than any other sector — unsurprising in an election about flood walls and housing. Shipping and logistics came second with €640,000.

## Concentrated money

The Coast Alliance and the Civic Forum each received more than half their donations from fewer than twenty people or companies. The River Party’s money came mostly in small sums: 71% of its donors gave less than €100.

> Small donations don’t buy influence. They buy leaflets.
>
> — Hanne Voss, River Party leader

## What the records do not show

Donations under €500 need not name the donor, and spending by outside groups is not reported until after polling day. Our full dataset is [available to download](https://example.org/meridian-dispatch/data/donations-2026.csv).`,
  },
  {
    slug: "coalition-talks-what-each-side-wants",
    title: "Coalition talks: what each side wants",
    summary: "The Coast Alliance needs the River Party’s nine seats. Here is what is on the table, and what is not.",
    blogSlug: "the-ledger",
    publishedAt: "2026-10-30T07:00:00.000Z",
    authorSlugs: ["tomas-reyes"],
    tags: ["Provincial election 2026", "Coalition", "River Party"],
    heroImage: demoImage("assembly-seats-arc"),
    body: `Four days into coalition talks, the Coast Alliance and the River Party have agreed on one thing: the talks will take longer than a week.

## What the River Party wants

- A law committing the province to rebuild the Elsen flood defences within five years.
- The environment portfolio, which controls the flood budget.
- A Saltmere recovery fund paid for by a levy on new building on the flood plain.

## What the Coast Alliance wants

- Support for its first budget, including tax cuts for small businesses.
- The finance and transport portfolios kept in Alliance hands.
- No new levies on construction.

## The sticking point

The levy. The Alliance received more donations from construction firms than any other party, as we reported [earlier this month](/a/who-is-paying-for-the-campaign), and has promised no new taxes on building.

> We will not trade the river for a cabinet seat.
>
> — Hanne Voss, River Party leader

If no deal is reached by 20 November, the assembly’s speaker may invite the Civic Forum to try to form a minority government.`,
  },
  {
    slug: "council-passes-budget-all-night-session",
    title: "Council passes budget after all-night session",
    summary: "At 5:40 a.m., after fourteen hours of debate, Port Halden’s council approved a budget with €22 million for flood recovery.",
    blogSlug: "the-ledger",
    publishedAt: "2026-11-17T06:30:00.000Z",
    topStory: true,
    authorSlugs: ["tomas-reyes", "mara-okonkwo"],
    tags: ["City budget", "Port Halden", "Elsen flood"],
    heroImage: demoImage("council-chamber"),
    body: `Port Halden’s city council approved next year’s budget at 05:40 on Tuesday after a session that began at 15:30 the previous afternoon, with 27 votes in favour, 19 against and two abstentions.

The €638 million budget includes a €22 million fund to help the city’s flood-hit neighbourhoods and to lend engineers to Saltmere, upriver, which cannot afford its own.

## What changed overnight

- Library opening hours are protected for another year.
- Harbour parking charges rise by 2%, not the 5% first proposed.
- The tram extension’s budget is capped; any further overrun must return to the council.

## A long night

Councillors debated 61 amendments. Reporters in the public gallery counted two of them asleep, and the chamber’s coffee machine broke at 02:15.

> It was not elegant. But it is a budget that remembers September.
>
> — Farida Osei, chair of the finance committee

The budget takes effect on 1 January.`,
  },
];
