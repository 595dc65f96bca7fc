import type { AuthorInput } from "../content/authors";
import { demoImage } from "./images";

/** The Meridian Dispatch newsroom. Every person here is fictional. */
export const demoAuthors: AuthorInput[] = [
  {
    slug: "mara-okonkwo",
    name: "Mara Okonkwo",
    bio: "Senior reporter covering the courts, policing and press freedom. Before joining the Dispatch she spent six years on the night desk of the Halden Courier.",
    photo: demoImage("author-mara-okonkwo"),
  },
  {
    slug: "tomas-reyes",
    name: "Tomás Reyes",
    bio: "Politics editor. Writes The Ledger, on the council, the provincial assembly and where public money goes.",
    photo: demoImage("author-tomas-reyes"),
  },
  {
    slug: "ilse-brandt",
    name: "Ilse Brandt",
    bio: "Harbour correspondent. Grew up on a pilot boat, still checks the tide tables before the headlines.",
    photo: demoImage("author-ilse-brandt"),
  },
  {
    slug: "dariush-karimi",
    name: "Dariush Karimi",
    bio: "Technology reporter on the Signal desk, and editor of the Dispatch’s Persian-language coverage.",
    photo: demoImage("author-dariush-karimi"),
  },
  {
    slug: "olena-marchuk",
    name: "Olena Marchuk",
    bio: "Community reporter for the river towns. Reports in English, Ukrainian and Russian.",
    photo: demoImage("author-olena-marchuk"),
  },
  {
    slug: "priya-natarajan",
    name: "Priya Natarajan",
    bio: "Data journalist. Builds the Dispatch’s charts, reads the spreadsheets nobody else wants to, and answers reader questions about numbers.",
    photo: demoImage("author-priya-natarajan"),
  },
  {
    slug: "jonah-pell",
    name: "Jonah Pell",
    bio: "Culture critic: theatre, books, film and the occasional very long review of a fish stew.",
  },
  // The Russian and Persian editions' own writers, named in their own script. No portraits drawn for them yet.
  {
    slug: "vera-sokolova",
    name: "Вера Соколова",
    bio: "Редактор русскоязычного блога «Набережная». Пишет о людях Порт-Халдена, об образовании и городской жизни. До «Диспетча» восемь лет работала в районной газете в долине Эльзена.",
    photo: null,
  },
  {
    slug: "grigory-lebedev",
    name: "Григорий Лебедев",
    bio: "Корреспондент по транспорту и порту. Бывший судовой механик: знает, как паром устроен изнутри, и уверен, что расписание надо проверять на причале, а не на сайте.",
    photo: null,
  },
  {
    slug: "nasrin-ahmadi",
    name: "نسرین احمدی",
    bio: "خبرنگار فرهنگی و سردبیر وبلاگ «فانوس». پیش از پیوستن به دیسپچ ده سال در رادیوی محلی برنامه‌ی کتاب اجرا می‌کرد و هنوز هم هر متنی را که می‌نویسد، یک بار با صدای بلند می‌خواند.",
    photo: null,
  },
  {
    slug: "kaveh-sadri",
    name: "کاوه صدری",
    bio: "خبرنگار بندر و اقتصاد در بخش فارسی. پدرش ملوان بود و خودش چند سال در انبارهای اسکله کار کرده است؛ برای همین هر گزارشی درباره‌ی بندر را اول با کارگرانش در میان می‌گذارد.",
    photo: null,
  },
];
