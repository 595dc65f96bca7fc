import type { BlogInput } from "../content/blogs";
import { demoImage } from "./images";

/** The newsroom's blogs. Articles without a blog make up the news section. */
export const demoBlogs: BlogInput[] = [
  {
    slug: "harbour-lights",
    title: "Harbour Lights",
    description: "Life and work on Port Halden’s waterfront, from the container quays to the fish market.",
    about:
      "Harbour Lights is the Dispatch’s waterfront beat. Ilse Brandt reports on the people who load, steer, repair and feed the port: pilots, crane drivers, net menders, night-market cooks.\n\nWe publish two or three pieces a week. Tips about the harbour, and corrections, go to the harbour desk.",
    language: "en",
    cover: demoImage("cover-harbour-lights"),
  },
  {
    slug: "the-ledger",
    title: "The Ledger",
    description: "Politics and public money in the Meridian region, explained without the jargon.",
    about:
      "The Ledger follows the council, the provincial assembly and the budgets they vote on. Tomás Reyes and Priya Natarajan read the documents so you do not have to, and show their working: every figure we quote links to its source or says where it came from.\n\nDuring the 2026 provincial election The Ledger published daily.",
    language: "en",
    cover: demoImage("cover-the-ledger"),
  },
  {
    slug: "signal",
    title: "Signal",
    description: "The tech desk: networks, data, scams and the machines that run the city.",
    about:
      "Signal is the Dispatch’s technology desk. We test the services the region relies on, explain how they fail, and check the claims made about them.\n\nWe do not accept review units we cannot return, and we never run sponsored posts.",
    language: "en",
    cover: demoImage("cover-signal"),
  },
  {
    slug: "after-hours",
    title: "After Hours",
    description: "Theatre, books, film, music and food on the Meridian Coast.",
    about:
      "After Hours is where the Dispatch goes out at night. Jonah Pell and guest writers review what is on stage and screen, what is worth reading and where to eat after the show.\n\nOur critics pay for their own tickets.",
    language: "en",
    cover: demoImage("cover-after-hours"),
  },
];
