/**
 * Word lists for the bulk generator. Combined at random they make plausible, obviously synthetic local news:
 * enough variety for realistic page weights, search and pagination, never mistaken for real reporting.
 */
export const places = ["Port Halden", "Saltmere", "Brannock", "Keswold", "Kettle Cove", "Grey Point", "the Tessel Islands", "Upper Fell", "the old town", "the Elsen valley", "the fish quay", "Ropemakers’ Street"];

export const actors = ["The city council", "The port authority", "The provincial assembly", "The residents’ association", "The traders’ guild", "The harbour master", "The transport board", "A volunteer group", "The health office", "The school board", "The fishermen’s cooperative", "A parents’ group", "The fire service", "The shopkeepers’ association", "The water authority"];

export const actions = ["approves", "delays", "questions", "rejects", "reviews", "expands", "cuts", "defends", "unveils", "pauses", "funds", "debates", "rethinks", "backs", "scraps"];

export const subjects = ["ferry timetable", "flood wall plans", "parking charges", "library hours", "tram extension", "harbour dredging", "school meals", "bus routes", "market licences", "housing scheme", "cycle lanes", "street lighting", "recycling rules", "sea defences", "night buses", "playground repairs", "river survey", "fishing permits", "heritage grants", "clinic opening hours"];

export const qualifiers = ["after months of delay", "despite objections", "ahead of winter", "for the first time in a decade", "after a packed public meeting", "under pressure from residents", "with little warning", "as costs rise", "following the flood", "in a close vote"];

export const openings = [
  "The decision came late on a long evening of debate",
  "Few people outside the committee room noticed at first",
  "It has been one of the most argued-over questions of the year",
  "The change will be felt first by the people who use it every day",
  "Officials had promised an answer before the summer",
  "The numbers behind the plan tell a more complicated story",
  "For most of the past decade nothing much changed",
  "Neighbours had been asking for this for years",
];

export const middles = [
  "officials say the cost has risen by roughly a fifth since the first estimate",
  "critics argue that the consultation was too short and poorly advertised",
  "supporters point to similar schemes that worked well in other coastal towns",
  "the timetable depends on money the province has not yet confirmed",
  "a report published last month found the existing arrangement was no longer safe",
  "several councillors said they had received more letters on this than on anything else",
  "the change is expected to affect several thousand households",
  "business owners worry that the work will keep customers away for months",
  "the plan was redrawn twice after engineers raised concerns",
  "the opposition has promised to revisit the decision after the next election",
];

export const closings = [
  "A final decision is expected in the new year.",
  "The council will publish the full figures next month.",
  "Residents can comment until the end of the month.",
  "Work is due to start in the spring.",
  "Both sides say they are open to further talks.",
  "The Dispatch will follow the story as it develops.",
  "A public meeting is planned at the town hall.",
  "Nobody expects the argument to end here.",
];

export const roles = ["resident", "shop owner", "councillor", "retired engineer", "teacher", "skipper", "nurse", "student", "bus driver", "café owner"];

export const names = ["Anya Sorel", "Björn Haldane", "Chidi Obi", "Dana Kestrel", "Emil Roos", "Farah Idris", "Gideon Marsh", "Hana Takeda", "Ivo Brenner", "Jana Kovač", "Kofi Mensah", "Lea Strand", "Milo Ferro", "Nia Carver", "Oren Hale", "Paula Sandoval"];

export const subheads = ["What changes", "Why it matters", "The cost", "What residents say", "What happens next", "The background", "The numbers", "Who decides"];

export const tagNames = ["Local politics", "Transport", "Housing", "Environment", "Education", "Health", "Business", "Port of Halden", "Saltmere", "Keswold", "Brannock", "Culture", "Sport", "Weather", "Courts", "Technology", "Fishing", "Tourism", "Elsen flood", "City budget"];
