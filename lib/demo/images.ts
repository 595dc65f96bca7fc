import type { ImageInput } from "../content/images";

/**
 * The demo pictures: flat illustrations drawn by scripts/draw-demo-images.ts into public/images/demo/<key>.webp.
 * Width and height are the files' real pixel sizes (tests check them); alt text describes what is drawn.
 */
type Spec = { width: number; height: number; alt: string; caption: string | null; credit: string };

const illustration = "Illustration: Meridian Dispatch graphics desk";
const chart = "Chart: Meridian Dispatch graphics desk";
const map = "Map: Meridian Dispatch graphics desk";
const wide = { width: 1600, height: 900 } as const;
const classic = { width: 1200, height: 800 } as const;
const portrait = { width: 400, height: 400, caption: null, credit: illustration } as const;
const banner = { width: 1600, height: 500, credit: illustration } as const;

export const demoImageSpecs = {
  "harbour-cranes-dusk": { ...wide, alt: "Silhouettes of three container cranes and a loaded ship against an orange dusk sky over the harbour", caption: "The container terminal at dusk", credit: illustration },
  "container-stacks": { ...wide, alt: "Rows of red, blue, yellow and green shipping containers stacked on a quay beneath a red crane", caption: "Yard C, where the new stacking cranes run without drivers", credit: illustration },
  "old-town-rooftops": { ...wide, alt: "Two rows of narrow, brightly painted houses with red roofs and lit windows under a pale evening sky", caption: "The old town, where rents rose fastest", credit: illustration },
  "ferry-night-crossing": { ...wide, alt: "A white passenger ferry with lit windows crossing a dark sea under a starry sky and a full moon", caption: "The night crossing to the Tessel Islands", credit: illustration },
  "pilot-boat-dawn": { ...wide, alt: "A small orange pilot boat on a green sea beside the dark hull of a large ship at dawn", caption: "A pilot boat meets an inbound ship off Grey Point", credit: illustration },
  "fishing-boats-quay": { ...wide, alt: "Three small fishing boats, red, navy and white, moored beside a grey concrete quay on a clear day", caption: "Small boats at the fish quay", credit: illustration },
  "grey-point-lighthouse": { ...classic, alt: "A red-and-white striped lighthouse on dark rocks, its light shining into a night sky above the sea", caption: "Grey Point light", credit: illustration },
  "moorings-winter": { ...wide, alt: "Small boats propped up on stands in a boatyard under a grey sky, with snow falling", caption: "Boats laid up for the winter at Kettle Cove", credit: illustration },
  "swing-bridge-steel": { ...wide, alt: "A grey steel truss bridge crossing a harbour channel in front of a row of pale buildings", caption: "The Old Customs Bridge, built in 1911", credit: illustration },
  "shipyard-hull": { ...wide, alt: "A rust-red ship’s hull under construction inside scaffolding, with welding sparks flying", caption: "A ferry hull takes shape at Halden Marine Works", credit: illustration },
  "seawall-mural": { ...wide, alt: "A long seawall painted with flowing bands of pink, blue and ochre and a row of round faces, with the sea in front", caption: "The Esplanade mural runs for 300 metres", credit: illustration },
  "mural-detail": { ...classic, alt: "Close-up of wavy painted stripes in blue, orange, red, yellow and green with small pale fish shapes", caption: "Detail of the Esplanade mural", credit: illustration },
  "elsen-flood-map": { ...wide, alt: "Map of a winding blue river through a town grid, with a pale blue flooded area and red markers at evacuated streets", caption: "The area flooded in Saltmere on 14 September", credit: map },
  "tram-line-map": { ...wide, alt: "Street map with a thick purple tram line and five white station circles running down to the coast", caption: "The planned route to Kettle Cove", credit: map },
  "charger-map": { ...wide, alt: "Grid of districts shaded from pale to dark green, scattered with orange dots for charging points", caption: "Public chargers per district", credit: map },
  "sensor-network": { ...wide, alt: "Dark map with contour lines and a blue river, dotted with glowing yellow sensor points joined by thin lines", caption: "The volunteer sensor network on the upper Elsen", credit: map },
  "budget-bars": { ...wide, alt: "Bar chart with nine blue bars of different heights, one highlighted in red", caption: "Spending by department", credit: chart },
  "poll-line-chart": { ...wide, alt: "Line chart with four coloured lines wandering close together across the campaign", caption: "Party support in published polls", credit: chart },
  "donations-dots": { ...wide, alt: "Five clusters of coloured circles of very different sizes, one cluster per party", caption: "Each circle is one donation, sized by amount", credit: chart },
  "tide-curve": { ...wide, alt: "A deep blue wave-shaped area rising and falling twice, with dashed hour lines and two orange markers at high and low water", caption: "Two tides a day: high and low water at Port Halden", credit: chart },
  "sensor-chart": { ...classic, alt: "Line chart of five river-level lines that stay flat, then climb steeply one after another", caption: "River levels reported by the volunteer sensors on 13 September", credit: chart },
  "assembly-seats-arc": { ...wide, alt: "Half-circle seating chart of 73 dots coloured by party: blue, red, teal, green and grey", caption: "The new provincial assembly", credit: chart },
  "ballot-box-grid": { ...classic, alt: "A blue ballot box with a white ballot paper marked with a red tick going into the slot", caption: null, credit: illustration },
  "courthouse-columns": { ...wide, alt: "The pale stone front of a courthouse with a triangular pediment, eight columns and wide steps", caption: "Port Halden district court", credit: illustration },
  "council-chamber": { ...wide, alt: "Curved wooden benches of a council chamber beneath a large round clock showing twenty to six", caption: "The council chamber, 5:40 a.m.", credit: illustration },
  "debate-podiums": { ...wide, alt: "Four candidates behind coloured podiums under spotlights on a dark television stage", caption: "The first governor debate", credit: illustration },
  "choir-rows": { ...wide, alt: "Four rows of singers in orange, red and dark jackets against a purple background", caption: "The Saltwater Choir in rehearsal", credit: illustration },
  "cinema-seats": { ...wide, alt: "Rows of red cinema seats in a dark auditorium facing a glowing screen", caption: "The Harbour Cinema", credit: illustration },
  "theatre-curtain": { ...classic, alt: "Red stage curtains drawn back around a spotlit wooden table on an empty stage", caption: "The single table at the heart of ‘The Salt Ledger’", credit: illustration },
  "festival-stage-lights": { ...wide, alt: "Pink, blue, purple and yellow stage lights fanning over a dark crowd in front of a festival stage", caption: "Tideline’s main stage on the old docks", credit: illustration },
  "night-market-lanterns": { ...wide, alt: "Strings of warm yellow bulbs hanging over striped market stall roofs at night", caption: "The Fish Quay Night Market", credit: illustration },
  "fair-stalls": { ...wide, alt: "A row of food stalls with striped awnings under colourful bunting on a sunny day", caption: "The Brannock autumn fair", credit: illustration },
  "whale-skeleton-hall": { ...classic, alt: "A long whale skeleton with curved ribs hanging in a museum hall with tall arched windows", caption: "The fin whale, rehung in the main hall", credit: illustration },
  "flood-street-waterline": { ...wide, alt: "A row of shopfronts with brown floodwater covering their lower half and a darker tide mark above it", caption: "Tanner’s Row, Saltmere", credit: illustration },
  "relief-centre-cots": { ...wide, alt: "Rows of camp beds with coloured blankets on a sports hall floor, beneath a red cross sign", caption: "An emergency shelter in a school sports hall", credit: illustration },
  "school-notebooks": { ...wide, alt: "Blue, yellow, teal and orange exercise books scattered on a wooden desk beside a pencil", caption: null, credit: illustration },
  "bookshop-shelves": { ...wide, alt: "Four wooden shelves packed with book spines in deep reds, blues, greens and yellows", caption: null, credit: illustration },
  "book-stack": { ...classic, alt: "A tall stack of hardback books in teal, yellow, orange and purple on a wooden table", caption: "The six shortlisted novels", credit: illustration },
  "heat-sun-fields": { ...wide, alt: "A huge pale sun over orange sky and golden striped wheat fields shimmering in the heat", caption: "The Elsen valley in the heat", credit: illustration },
  "hills-mast": { ...wide, alt: "Layered green hills with a few small white houses and a radio mast sending out red signal arcs", caption: "Upper Fell, above Keswold", credit: illustration },
  "data-grid": { ...wide, alt: "A dark grid of squares lit in varying shades of teal, like a heat map", caption: null, credit: illustration },
  "server-racks": { ...wide, alt: "Six tall server racks in a dark room, each with rows of units and small teal and pink lights", caption: null, credit: illustration },
  "wifi-waves": { ...wide, alt: "White Wi-Fi signal arcs rising over a row of blue harbour buildings by the water", caption: "The waterfront network", credit: illustration },
  "phone-warning": { ...classic, alt: "A mobile phone showing message bubbles and a red warning triangle", caption: null, credit: illustration },
  "video-frames": { ...wide, alt: "A film strip of four video frames showing a person, one frame crossed out with a red X", caption: null, credit: illustration },
  "author-mara-okonkwo": { ...portrait, alt: "Illustrated portrait of Mara Okonkwo with short dark curly hair on an orange background" },
  "author-tomas-reyes": { ...portrait, alt: "Illustrated portrait of Tomás Reyes with dark hair and round glasses on a teal background" },
  "author-ilse-brandt": { ...portrait, alt: "Illustrated portrait of Ilse Brandt with long blonde hair on a blue background" },
  "author-dariush-karimi": { ...portrait, alt: "Illustrated portrait of Dariush Karimi with short dark hair and glasses on a purple background" },
  "author-olena-marchuk": { ...portrait, alt: "Illustrated portrait of Olena Marchuk with long brown hair on an orange background" },
  "author-priya-natarajan": { ...portrait, alt: "Illustrated portrait of Priya Natarajan with long black hair and glasses on a dark green background" },
  "cover-harbour-lights": { ...banner, alt: "Crane silhouettes against an orange sky above dark water", caption: null },
  "cover-the-ledger": { ...banner, alt: "A dense row of blue bars of varying heights with a few in red", caption: null },
  "cover-signal": { ...banner, alt: "Teal circuit-board lines ending in glowing dots on a dark blue background", caption: null },
  "cover-after-hours": { ...banner, alt: "Red theatre curtains framing a purple night sky with stars and stage lights", caption: null },
} satisfies Record<string, Spec>;

export type DemoImageKey = keyof typeof demoImageSpecs;

export function demoImageSrc(key: DemoImageKey): string {
  return `/images/demo/${key}.webp`;
}

/** The image as the content library takes it. */
export function demoImage(key: DemoImageKey): ImageInput {
  const { width, height, alt, caption, credit } = demoImageSpecs[key];
  return { src: demoImageSrc(key), width, height, alt, caption, credit };
}
