import { demoImage } from "./images";
import type { DemoArticle } from "./types";

/** The news section: articles that belong to no blog, including the non-English reports. */
export const newsArticles: DemoArticle[] = [
  {
    slug: "night-ferry-tessel-islands-returns",
    title: "Night ferry to the Tessel Islands returns after three years",
    summary: "The 23:40 sailing is back from Monday, with a smaller boat and a fare cap for island residents.",
    publishedAt: "2026-05-12T06:30:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Ferries", "Tessel Islands", "Transport"],
    heroImage: demoImage("ferry-night-crossing"),
    body: `The late ferry from Port Halden to the Tessel Islands will sail again from Monday, ending a three-year gap that islanders say cut them off from evening shifts, hospital visits and the last train home.

The regional transport board confirmed on Friday that the *Gull of Tessel*, a 90-seat passenger boat leased from a northern operator, will run the 23:40 crossing six nights a week. The old night ferry, which also carried cars, was withdrawn in 2023 when its engines failed an inspection.

## What changes for passengers

- The crossing takes 55 minutes, ten more than the old car ferry.
- Island residents pay no more than €4 a trip with their resident card.
- Bicycles travel free; there is no space for cars.

## “We planned our lives around a timetable”

> For three years my daughter could not take a job in town that finished after nine. That is what a missing boat means.
>
> — Ruth Amsel, Tessel Island parish councillor

The board says the lease runs for two years while it decides whether to buy a new vessel. Its budget for that decision is due in the spring.`,
  },
  {
    slug: "dockworkers-end-strike-pay-deal",
    title: "Dockworkers end nine-day strike after pay deal",
    summary: "Crane drivers and lashers return to the container quays with a 7% rise over two years and a limit on twelve-hour shifts.",
    publishedAt: "2026-06-18T15:10:00.000Z",
    authorSlugs: ["ilse-brandt", "tomas-reyes"],
    tags: ["Port of Halden", "Labour", "Strikes"],
    heroImage: demoImage("harbour-cranes-dusk"),
    body: `Port Halden’s container terminal was working again on Thursday evening after dockworkers voted to accept a pay offer that ended a nine-day strike, the longest on the waterfront since 2009.

Members of the Harbour Workers’ Union backed the deal by 612 votes to 188. It gives a 4% rise this year and 3% next year, and limits twelve-hour shifts to two a week.

## Ships waiting at anchor

At the height of the stoppage 14 ships were anchored off Grey Point waiting for a berth. The port authority estimates the strike delayed about 38,000 containers; two shipping lines diverted calls to other ports.

> Nobody on the quay wanted to walk out. We wanted to be able to see our children on a weekday.
>
> — Samir Haddad, crane driver and union steward

## What happens next

The terminal operator says it will clear the backlog within ten days by running extra night shifts — paid, under the new agreement, at a higher rate. The provincial labour office, which mediated the last two days of talks, will review the shift limits after a year.`,
  },
  {
    slug: "reporter-source-case-opens",
    title: "Reporter’s source case opens in Port Halden district court",
    summary: "Prosecutors want a Halden Courier reporter to name who leaked a hospital safety report. She says she will not.",
    publishedAt: "2026-07-02T08:00:00.000Z",
    authorSlugs: ["mara-okonkwo"],
    tags: ["Press freedom", "Courts", "Halden Courier"],
    heroImage: demoImage("courthouse-columns"),
    body: `A reporter for the *Halden Courier* told a district judge on Wednesday that she would rather be fined than reveal who gave her a confidential report on safety failures at St Brigid’s Hospital.

Lena Vos, 34, published the report’s findings in March. They described three deaths in the hospital’s cardiac ward that an internal review linked to staff shortages. The hospital’s board asked prosecutors to find the source, arguing that patient records had been disclosed unlawfully.

## The question before the court

The case turns on whether the public interest in the story outweighs the hospital’s claim that the leak broke patient confidentiality. Ms Vos says no patient was named in anything she published.

> If reporters can be made to hand over their sources, the next nurse who sees something wrong will stay silent.
>
> — Lena Vos, reporter, Halden Courier

The hearing is expected to last three days. The Dispatch is one of eleven news organisations that have filed a joint statement supporting Ms Vos.`,
  },
  {
    slug: "heat-alert-inland-towns",
    title: "Heat alert issued as inland towns pass 38 °C",
    summary: "Brannock and Keswold recorded their hottest July day on record; cooling rooms open in libraries and town halls.",
    publishedAt: "2026-07-24T11:45:00.000Z",
    authorSlugs: ["olena-marchuk", "priya-natarajan"],
    tags: ["Weather", "Heat", "Public health"],
    heroImage: demoImage("heat-sun-fields"),
    body: `The provincial health office issued its highest heat alert on Friday after Brannock reached 38.6 °C and Keswold 38.1 °C, the hottest July temperatures since records began at both stations in 1951.

The coast was spared the worst — Port Halden peaked at 31 °C — but the alert covers the whole Meridian province until Monday evening.

## Where to cool down

- Libraries in Brannock, Keswold and Saltmere stay open until 22:00.
- Town halls have opened ground-floor rooms with water and seating.
- Outdoor pools are free for under-16s and over-65s until the alert ends.

## Who is most at risk

Doctors say older people living alone are the main concern. The health office asks neighbours to knock on doors twice a day, and reminds employers that outdoor work should stop between noon and 16:00.

Farmers in the Elsen valley say the heat has come at the worst moment for the wheat harvest, with combines running through the night to avoid the midday sun.`,
  },
  {
    slug: "persian-bookshop-cheragh-reopens",
    title: "کتاب‌فروشی فارسی بندر هالدن دوباره درهایش را باز کرد",
    summary: "کتاب‌فروشی «چراغ» پس از یک سال تعطیلی، با قفسه‌های تازه و برنامه‌ی کتاب‌خوانی برای کودکان بازگشایی شد.",
    language: "fa",
    publishedAt: "2026-08-11T09:00:00.000Z",
    authorSlugs: ["dariush-karimi"],
    tags: ["فرهنگ", "کتاب", "Port Halden"],
    heroImage: demoImage("bookshop-shelves"),
    body: `کتاب‌فروشی «چراغ»، تنها کتاب‌فروشی فارسی‌زبان بندر هالدن، پس از یک سال تعطیلی روز شنبه دوباره درهایش را به روی خوانندگان گشود. آتش‌سوزی زمستان گذشته بخش بزرگی از قفسه‌ها و کتاب‌ها را از بین برده بود.

## کمک همسایه‌ها

بازسازی با کمک مالی بیش از سیصد نفر از ساکنان شهر ممکن شد. به گفته‌ی صاحب کتاب‌فروشی، بسیاری از کمک‌کنندگان فارسی‌زبان نبودند و فقط می‌خواستند این مکان دوباره زنده شود.

> این‌جا برای ما فقط یک مغازه نیست؛ جایی است که بچه‌ها برای اولین بار شعر فارسی را بلند می‌خوانند.
>
> — مهسا رضایی، صاحب کتاب‌فروشی چراغ

## برنامه‌های تازه

- جلسه‌ی کتاب‌خوانی کودکان، هر پنجشنبه عصر؛
- کلاس خوشنویسی برای بزرگسالان؛
- قفسه‌ای ویژه برای ترجمه‌ی فارسی نویسندگان منطقه‌ی مریدین.

کتاب‌فروشی در خیابان طناب‌بافان، نزدیک بازار ماهی، هر روز به جز دوشنبه باز است.`,
  },
  {
    slug: "ukrainian-weekend-school-new-year",
    title: "Українська суботня школа в Порт-Галдені починає новий навчальний рік",
    summary: "Понад сімдесят дітей щосуботи вивчатимуть мову, історію та пісні — і вперше школа має власне приміщення.",
    language: "uk",
    publishedAt: "2026-09-06T07:00:00.000Z",
    authorSlugs: ["olena-marchuk"],
    tags: ["Освіта", "Громада", "Port Halden"],
    heroImage: demoImage("school-notebooks"),
    body: `Наступної суботи українська школа вихідного дня в Порт-Галдені відкриває свій четвертий навчальний рік. Уперше заняття проходитимуть не в позиченому класі, а у власному приміщенні — колишній бібліотеці на Канатній вулиці.

## Від трьох родин до сімдесяти дітей

Школу заснували 2023 року три родини, які хотіли, щоб їхні діти не забували рідну мову. Тепер тут навчається понад сімдесят учнів від п’яти до чотирнадцяти років, а викладають дев’ятеро вчителів-волонтерів.

> Діти приходять сюди не лише по граматику. Вони приходять до друзів, з якими можна говорити своєю мовою.
>
> — Галина Савчук, директорка школи

## Що в розкладі

- українська мова та читання;
- історія та географія України;
- хор і народні танці;
- гурток для батьків, які вивчають англійську.

Реєстрація ще триває. Навчання безкоштовне, а підручники школі подарувала міська бібліотека.`,
  },
  {
    slug: "elsen-crests-record-saltmere-evacuates",
    title: "Elsen crests at record level as Saltmere evacuates riverside streets",
    summary: "The river peaked 5.9 metres above normal overnight; about 2,300 people spent the night in shelters.",
    publishedAt: "2026-09-14T05:20:00.000Z",
    topStory: true,
    authorSlugs: ["olena-marchuk", "priya-natarajan"],
    tags: ["Elsen flood", "Saltmere", "Weather"],
    heroImage: demoImage("elsen-flood-map"),
    body: `The river Elsen reached its highest level ever recorded at Saltmere early on Monday, forcing the evacuation of eleven streets on the town’s east bank and closing both road bridges.

The gauge at Mill Bridge showed 5.92 metres above normal at 03:40, beating the 1998 record by 31 centimetres. Emergency services said about 2,300 people spent the night in school halls and the sports centre; nobody was reported hurt.

## How fast the water rose

| Time (13–14 Sept) | Level above normal | What happened |
| --- | ---: | --- |
| 18:00 | 3.10 m | Heavy rain reported upstream |
| 22:10 | 4.45 m | Flood warning; evacuation ordered |
| 01:00 | 5.38 m | Flood wall overtopped at Tanner’s Row |
| 03:40 | 5.92 m | Peak |
| 07:00 | 5.71 m | Slow fall begins |

## “The wall did its job until it couldn’t”

> We built the wall for the 1998 flood. This one was bigger, and the last thirty centimetres came over in minutes.
>
> — Pieter Hallam, Saltmere town engineer

Three days of rain over the Keswold hills, on ground already soaked in August, sent the water downstream faster than forecasters expected. The river is expected to stay above flood level until Wednesday.

Residents who need help can call the provincial hotline, which has operators speaking English, Ukrainian and Russian. Our [live map of closed roads](https://example.org/meridian-roads/closures) is updated every hour.`,
  },
  {
    slug: "saltmere-flood-help-guide-ru",
    title: "Наводнение в Солтмире: куда обращаться за помощью",
    summary: "Где получить воду, временное жильё и компенсацию после паводка на реке Эльзен — краткая памятка для жителей.",
    language: "ru",
    publishedAt: "2026-09-16T10:00:00.000Z",
    authorSlugs: ["olena-marchuk"],
    tags: ["Наводнение", "Saltmere", "Elsen flood"],
    heroImage: demoImage("relief-centre-cots"),
    body: `Вода в Эльзене начала отступать, но в прибрежных кварталах Солтмира многие дома по-прежнему без электричества. Мы собрали самое важное для тех, кому удобнее читать по-русски.

## Временное жильё

Пункт временного размещения работает в спортивном зале школы на Холмовой улице. Там можно переночевать, получить горячую еду и одеяла, зарядить телефон. Пускают с домашними животными.

## Питьевая вода

Пока городская служба не подтвердит, что вода из-под крана безопасна, её нужно кипятить не меньше минуты. Бутилированную воду раздают:

- у ратуши — ежедневно с 8:00 до 20:00;
- на парковке рынка на Мельничной улице — с 10:00 до 18:00;
- пожилым людям и людям с инвалидностью воду привозят на дом по звонку на горячую линию.

## Компенсация

Заявления на выплату из провинциального фонда принимаются до 31 октября. Сфотографируйте повреждения до начала уборки и сохраните все чеки.

> Не выбрасывайте испорченные вещи, пока их не сфотографировали. Без снимков получить выплату гораздо труднее.
>
> — Анна Ковальчик, волонтёр пункта помощи

Горячая линия работает круглосуточно; операторы говорят по-английски, по-русски и по-украински.`,
  },
  {
    slug: "saltmere-shopkeepers-count-flood-losses",
    title: "After the flood, Saltmere’s shopkeepers count what the water took",
    summary: "On Tanner’s Row, forty businesses are drying out. Half say they do not know whether they will reopen.",
    publishedAt: "2026-09-22T07:30:00.000Z",
    authorSlugs: ["olena-marchuk"],
    tags: ["Elsen flood", "Saltmere", "Small business"],
    heroImage: demoImage("flood-street-waterline"),
    body: `A week after the Elsen came over the wall, Tanner’s Row smells of river mud and bleach. Industrial fans hum in every doorway. Outside the bakery, a tide mark runs along the brickwork at the height of a child’s shoulder.

Of the 41 businesses on the street, 38 were flooded. The Dispatch spoke to 30 of their owners this week; 15 said they did not yet know whether they would reopen.

## Insurance that does not cover rivers

Many small shops on the east bank carry policies that exclude river flooding, which insurers stopped covering in Saltmere after 1998. The provincial recovery fund pays up to €20,000 per business — less, owners say, than a single commercial oven.

> I have the ovens, the flour, the staff. What I don’t have is a floor.
>
> — Nadia Ferreira, owner, Ferreira’s Bakery

## A town that has done this before

Older residents remember the last time. After 1998 it took two years for the street to fill again, and some shops never came back. The town council will meet on Thursday to discuss waiving business rates for the rest of the year.`,
  },
  {
    slug: "court-rules-courier-reporter-need-not-name-sources",
    title: "Court rules Courier reporter need not name her sources",
    summary: "In a ruling press groups call a landmark, the district court said the public interest in a hospital safety story outweighed the leak.",
    publishedAt: "2026-10-08T13:00:00.000Z",
    topStory: true,
    previousSlugs: ["courier-reporter-sources-hearing-verdict"],
    authorSlugs: ["mara-okonkwo"],
    tags: ["Press freedom", "Courts", "Halden Courier"],
    heroImage: demoImage("courthouse-columns"),
    body: `A Port Halden district judge ruled on Thursday that *Halden Courier* reporter Lena Vos cannot be compelled to reveal who gave her a confidential report on safety failures at St Brigid’s Hospital.

Judge Amara Lindqvist said the report had exposed “a serious and continuing risk to patients”, and that forcing a journalist to name her source “would warn every future source that speaking up is dangerous”. The hospital had argued that patient confidentiality was breached; the judge found that no patient could be identified from anything published.

## What the ruling says

- Sources are protected unless disclosure is the only way to prevent serious harm.
- The burden is on whoever seeks the source to show that.
- A leak of an internal document is not, on its own, enough.

> This is the first time a court in the province has set out the test in plain words. Newsrooms will quote this paragraph for years.
>
> — Jasper Olsen, lawyer for the Meridian Press Council

## What happens next

The hospital’s board has 30 days to appeal. Its chair said it would “study the judgment carefully”. The full text is published on the [district court’s website](https://example.org/halden-district-court/judgments/2026-114).`,
  },
  {
    slug: "early-voting-doubles-river-towns",
    title: "Turnout climbs in river towns as early voting doubles",
    summary: "One in three voters in Saltmere cast a ballot before election day, many of them still living away from flooded homes.",
    publishedAt: "2026-10-19T16:00:00.000Z",
    authorSlugs: ["priya-natarajan", "tomas-reyes"],
    tags: ["Provincial election 2026", "Voting", "Saltmere"],
    heroImage: demoImage("ballot-box-grid"),
    body: `Early voting in the Meridian provincial election has more than doubled compared with 2022, and the biggest rises are in the river towns hit by September’s flood.

In Saltmere, 34% of registered voters had already voted by Sunday evening, against 14% at the same point four years ago. Brannock and Keswold also showed large increases; Port Halden rose more modestly, from 12% to 19%.

## Why the jump

Election officials point to three changes:

1. Polling stations opened for early voting in every town, not just the four largest.
2. Displaced residents could vote at any station in the province.
3. The early period was extended from five days to nine.

> People who lost their kitchens still came to vote. Some of them said it was the one normal thing they did all week.
>
> — Grace Mbeki, Saltmere returning officer

Polls open on Sunday at 07:00 and close at 21:00. Results are expected overnight.`,
  },
  {
    slug: "coast-alliance-wins-most-seats",
    title: "Coast Alliance wins most seats; River Party holds the balance",
    summary: "No party won a majority in the 73-seat assembly. The flood-town River Party tripled its seats and will decide who governs.",
    publishedAt: "2026-10-26T04:30:00.000Z",
    topStory: true,
    authorSlugs: ["tomas-reyes", "priya-natarajan"],
    tags: ["Provincial election 2026", "Coast Alliance", "River Party"],
    heroImage: demoImage("assembly-seats-arc"),
    body: `The Coast Alliance will be the largest party in the Meridian provincial assembly after Sunday’s election, but fell six seats short of a majority. The River Party, founded three years ago in Saltmere, won nine seats and is now the kingmaker.

Turnout was 71.4%, the highest since 1994.

## The results

| Party | Seats | Change | Vote share |
| --- | ---: | ---: | ---: |
| Coast Alliance | 31 | +4 | 36.2% |
| Civic Forum | 24 | −5 | 28.9% |
| River Party | 9 | +6 | 12.4% |
| Meridian Greens | 6 | −1 | 9.8% |
| Independents | 3 | −4 | 6.1% |

A majority needs 37 seats. The Alliance and the River Party together hold 40; the Civic Forum and the Greens together hold 30.

## The flood on the ballot

The River Party campaigned on a single promise: to rebuild the Elsen defences before any other capital project. It won every seat along the river.

> We are not here to choose a governor. We are here to get a wall built.
>
> — Hanne Voss, River Party leader

Coalition talks begin on Tuesday. Read our explainer on [what each side wants](/a/coalition-talks-what-each-side-wants).`,
  },
  {
    slug: "old-customs-bridge-closes-for-repairs",
    title: "Old Customs Bridge to close for repairs until spring",
    summary: "Engineers found corrosion in the 1911 swing bridge’s steelwork. Buses will divert through the harbour tunnel.",
    publishedAt: "2026-11-03T09:15:00.000Z",
    topStory: true,
    authorSlugs: ["ilse-brandt"],
    tags: ["Transport", "Port Halden", "Infrastructure"],
    heroImage: demoImage("swing-bridge-steel"),
    body: `The Old Customs Bridge, which carries about 18,000 vehicles a day across the inner harbour, will close to traffic from 16 November until at least April.

An inspection after September’s storms found corrosion in two of the swing span’s main girders. The city’s chief engineer said the bridge was “not in danger of failing” but could not stay open while the steel is replaced.

## What changes

- Buses 3, 7 and 12 will run through the harbour tunnel, adding about eight minutes.
- A footbridge will stay open for pedestrians and cyclists, except on four weekends.
- Boats will still be able to pass when the span is swung open.

> It is a 115-year-old bridge that was designed for horses. It has done remarkably well.
>
> — Inês Moreau, city chief engineer

The repair is expected to cost €9.4 million, paid from the city’s maintenance reserve.`,
  },
  {
    slug: "embargoed-budget-cuts-river-defences",
    title: "EMBARGOED: Provincial budget to cut river defence spending by 12%",
    summary: "Draft budget seen by the Dispatch trims flood defence spending despite September’s record flood.",
    status: "draft",
    publishedAt: null,
    authorSlugs: ["tomas-reyes"],
    tags: ["Provincial budget", "Elsen flood"],
    heroImage: demoImage("budget-bars"),
    body: `EMBARGOED — NOT FOR PUBLICATION until the finance minister’s statement.

The provincial government’s draft budget would reduce spending on river defences by 12% next year, according to documents seen by the Dispatch.

## Editor’s note

Hold until the embargo lifts. Check the final figures against the minister’s statement before publishing.`,
  },
  {
    slug: "tessel-causeway-opens",
    title: "New Tessel causeway opens to traffic",
    summary: "Seven years after it was first promised, the road link to the Tessel Islands carries its first cars.",
    status: "published",
    publishedAt: "2027-06-01T08:00:00.000Z",
    authorSlugs: ["ilse-brandt"],
    tags: ["Tessel Islands", "Transport", "Infrastructure"],
    heroImage: demoImage("ferry-night-crossing"),
    body: `The first car crossed the Tessel causeway at 06:00 this morning: a delivery van carrying bread to the island’s only bakery, as islanders had requested when the project began.

The 6.8-kilometre road, built on a low embankment across the shallows, links Port Halden’s northern ring road to Tessel harbour. It was first promised in 2020 and cost €212 million.

## What it means for the ferry

The passenger ferry will keep running, but only every two hours, and the night sailing ends in September.

> For years we measured our lives by the ferry timetable. Now the timetable is ours.
>
> — Ruth Amsel, Tessel Island parish councillor

The causeway closes in winds above 90 km/h, when waves can reach the road.`,
  },
];
