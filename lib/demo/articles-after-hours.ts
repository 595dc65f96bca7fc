import { demoImage } from "./images";
import type { DemoArticle } from "./types";

/** After Hours: culture. */
export const afterHoursArticles: DemoArticle[] = [
  {
    slug: "maritime-museum-reopens-whale-skeleton",
    title: "Maritime museum reopens with its whale skeleton restored",
    summary: "After two years and €14 million, the museum’s 19-metre fin whale hangs again — lower, closer and properly lit.",
    blogSlug: "after-hours",
    publishedAt: "2026-05-24T08:00:00.000Z",
    authorSlugs: ["jonah-pell"],
    tags: ["Museums", "Port Halden", "History"],
    heroImage: demoImage("whale-skeleton-hall"),
    body: `The Meridian Maritime Museum reopened on Saturday after a two-year renovation, and the queue stretched past the lifeboat station by ten o’clock. Most people had come to see one thing: the whale.

The fin whale skeleton, 19 metres long, has hung in the main hall since it washed ashore at Grey Point in 1902. For the renovation, conservators took down all 356 bones, cleaned them, repaired two ribs, and rehung the skeleton a metre and a half lower.

## Closer to the visitor

The change is the making of the room. From the new balcony you look straight into the whale’s jaw; from the floor you can read the small numbers painted on each vertebra by a Victorian curator.

> For a hundred years people looked up at it. Now they can look at it.
>
> — Dr Ines Kowalczyk, head of collections

## The rest of the museum

The new galleries on the port’s working life are strong, especially the sound room, where recordings of the fish auction and the crane radio play in the dark. Entry is free on the first Sunday of each month.`,
  },
  {
    slug: "tideline-festival-returns-old-docks",
    title: "Tideline festival returns to the old docks",
    summary: "Three stages, two nights and a ferry that doubles as a dance floor: the waterfront festival is back after a year off.",
    blogSlug: "after-hours",
    publishedAt: "2026-06-28T10:00:00.000Z",
    authorSlugs: ["jonah-pell"],
    tags: ["Music", "Festivals", "Old docks"],
    heroImage: demoImage("festival-stage-lights"),
    body: `Tideline, the music festival that fills the old docks every midsummer, returned this weekend after cancelling last year for lack of money. About 14,000 people came over two nights, short of the festival’s record but more than its organisers had dared hope.

## The highlights

- **Saltwater Choir** opening Friday on the main stage, forty voices in work jackets.
- **Marguerite & the Pilots**, a local five-piece whose second album came out in April, playing to a crowd that knew every word.
- The **ferry stage**, a DJ set on the deck of the *Gull of Tessel* as it circled the inner harbour at sunset.

## Smaller, and better for it

This year’s festival had one fewer stage and no international headliner. It did not suffer for it. The sets were shorter, the queues were shorter, and the old cranes, lit in blue, did the rest.

> We asked ourselves what Tideline is for. The answer was this harbour, and the people who play in it.
>
> — Yara Nassar, festival director

Early tickets for next year go on sale in September.`,
  },
  {
    slug: "choir-of-dockworkers",
    title: "A choir of dockworkers, forty voices strong",
    summary: "The Saltwater Choir began as a joke in a union canteen. Nine years later it sings at funerals, festivals and the occasional strike.",
    blogSlug: "after-hours",
    publishedAt: "2026-08-01T09:00:00.000Z",
    authorSlugs: ["jonah-pell", "ilse-brandt"],
    tags: ["Music", "Choirs", "Port of Halden"],
    heroImage: demoImage("choir-rows"),
    body: `The Saltwater Choir rehearses on Wednesday evenings in the union hall on Berth Street, under a banner from 1936. Forty people turn up: crane drivers, lashers, two harbour pilots, a tugboat engineer and a canteen cook who sings bass.

It began in 2017, when a crane driver bet a colleague he could not get ten people to sing at the retirement of a popular foreman. He got fifteen.

## The repertoire

Work songs from half a dozen ports, old hymns, a few pop songs arranged by the choir’s director, and one piece written for them: *The Night Shift*, a slow song about waiting for a ship that is late.

> On the quay we work alone in our cabs. Here we have to listen to each other. It turns out we are good at it.
>
> — Samir Haddad, crane driver and tenor

## On the picket line

During June’s strike the choir sang at the terminal gate every morning at six. The port’s managers, one member says, “complained about the noise and then asked for the words”.`,
  },
  {
    slug: "autumn-film-season-local-directors",
    title: "Autumn film season leans on local directors",
    summary: "The Harbour Cinema’s new season has eight films made on the Meridian Coast. Our pick of the programme.",
    blogSlug: "after-hours",
    publishedAt: "2026-09-18T08:00:00.000Z",
    authorSlugs: ["jonah-pell"],
    tags: ["Film", "Harbour Cinema"],
    heroImage: demoImage("cinema-seats"),
    body: `The Harbour Cinema’s autumn season, announced this week, is the most local in its history: eight of its 22 films were made on the Meridian Coast, by directors who live here.

## Our picks

- ***Low Water***, a documentary that follows the Saltmere flood wall being built in 1999 — a strange and moving film to watch this month.
- ***The Keeper’s Year***, a quiet portrait of Edda Moss’s last year at Grey Point light.
- ***Second Shift***, a comedy set in a fish-processing plant, funnier than it has any right to be.

## Why now

Cheaper cameras and the province’s film fund, which began in 2022, have made it possible to make a feature here for a fraction of what it used to cost. The cinema’s programmer says the quality of submissions rose sharply last year.

> Audiences like seeing their own streets on a big screen. They are also our harshest critics.
>
> — Oskar Lindahl, programmer, Harbour Cinema

The season runs from 2 October to 20 December. Tickets for under-25s cost €5.`,
  },
  {
    slug: "what-to-eat-at-autumn-fair",
    title: "Smoked eel, plum dumplings and other things to eat at the autumn fair",
    summary: "The Brannock autumn fair is mostly about food. We ate our way through it so you can plan.",
    blogSlug: "after-hours",
    publishedAt: "2026-10-04T09:00:00.000Z",
    authorSlugs: ["jonah-pell"],
    tags: ["Food", "Brannock", "Fairs"],
    heroImage: demoImage("fair-stalls"),
    body: `The Brannock autumn fair has livestock shows, a tractor parade and a brass band. Most people, if they are honest, come for lunch.

Here is what we ate, in order, over an afternoon we do not intend to repeat soon.

## Worth the queue

1. **Smoked eel on rye** from the Holm family smokehouse — dense, sweet, and gone by two o’clock.
2. **Plum dumplings** with browned butter and poppy seeds, from the church hall stall run by volunteers.
3. **Cider doughnuts**, fried to order. The queue is long; it moves fast.

## Worth a try

- Pickled herring three ways, at the fishermen’s widows’ stall.
- A goat’s cheese so young it barely holds its shape.
- Hot apple juice with ginger, better than the mulled wine.

## Skip

The burger van by the main gate. You did not come to Brannock for that.

> We make four thousand dumplings over two days. By Sunday evening nobody in the kitchen wants to see a plum.
>
> — Agnes Varga, volunteer cook

The fair runs every first weekend of October. Entry is free.`,
  },
  {
    slug: "review-the-salt-ledger-harbour-playhouse",
    title: "Review: ‘The Salt Ledger’ at the Harbour Playhouse",
    summary: "A family saga about a fish-curing business, two centuries long and three hours short of tedious. Four stars.",
    blogSlug: "after-hours",
    publishedAt: "2026-11-06T22:00:00.000Z",
    authorSlugs: ["jonah-pell"],
    tags: ["Theatre", "Reviews", "Harbour Playhouse"],
    heroImage: demoImage("theatre-curtain"),
    body: `★★★★☆

*The Salt Ledger* follows five generations of the Aalto family and the fish-curing business they run on Port Halden’s quay, from 1820 to the present. It is three hours long. It does not feel it.

## The staging

Director Ruth Okafor sets the whole play on a single wooden table that becomes a curing bench, a deathbed, a ship’s deck and, in the final act, a boardroom. Salt falls from the flies between scenes and is never swept away; by the end the stage is white.

## The performances

Helena Marsh plays the family’s founder and, two hundred years later, her descendant who sells the business. The doubling is the play’s best idea, and Marsh makes each woman entirely her own.

> I wanted a play about money that was also about love. In this city they are hard to tell apart.
>
> — Pavel Nemec, playwright

## The weakness

The second act sags in the 1950s, where a subplot about a rival family goes nowhere. Cut twenty minutes and this would be a great play, not just a very good one.

*The Salt Ledger* runs at the Harbour Playhouse until 13 December.`,
  },
  {
    slug: "coast-book-prize-shortlist",
    title: "Coast Book Prize shortlist: six novels, three debuts",
    summary: "Floods, ferries and a lighthouse that keeps appearing: the regional fiction prize’s shortlist is unusually close to home.",
    blogSlug: "after-hours",
    publishedAt: "2026-11-20T12:00:00.000Z",
    authorSlugs: ["jonah-pell"],
    tags: ["Books", "Prizes", "Fiction"],
    heroImage: demoImage("book-stack"),
    body: `The shortlist for the Coast Book Prize, the region’s award for fiction, was announced on Friday. Three of the six novels are debuts, and four are set on or near the water.

## The shortlist

- ***The Gauge at Mill Bridge*** by Inga Sorensen — a flood, a family and a missing dog, written before September and eerily exact.
- ***Night Crossing*** by Ade Bakare — love affairs conducted on the last ferry to the islands.
- ***What the Keeper Saw*** by Lotte Grün — a ghost story in a lighthouse, with footnotes.
- ***Ropemakers’ Street*** by Sami Rahman — a debut about three shops on one street over forty years.
- ***The Pilot’s Daughter*** by Clara Veit — a debut, told in letters that are never sent.
- ***Blue Cranes*** by Yusuf Okoye — a debut novel about a port at night, and the best of the six.

## The judges

> We were not looking for books about the coast. The coast found us anyway.
>
> — Mirjam Dekker, chair of the judges

The winner will be announced on 11 December at the Harbour Playhouse. The Dispatch will review all six before then.`,
  },
];
