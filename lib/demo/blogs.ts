import type { BlogInput } from "../content/blogs";
import { demoImage } from "./images";

/**
 * The newsroom's blogs, English first. Articles without a blog make up the news section. A blog belongs to the
 * edition of its language: Набережная to the Russian edition, فانوس to the Persian one.
 */
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
  {
    slug: "naberezhnaya",
    title: "Набережная",
    description: "Порт-Халден и речные города по-русски: люди, работа, транспорт и городские новости с объяснениями.",
    about:
      "«Набережная» — русскоязычный блог «Меридиан Диспетч» о жизни Порт-Халдена и городов долины Эльзена. Вера Соколова и Григорий Лебедев пишут о том, что редко попадает в сводки: о рыбном рынке после заката, о вечерних курсах в библиотеке, о соседях, которые меняются книгами и чинят друг другу лодки.\n\nМы пишем для тех, кто приехал в регион Меридиан недавно, и для тех, кто живёт здесь давно, но читать удобнее по-русски. Важные городские новости — о транспорте, выборах и погоде — мы не просто переводим, а объясняем: что изменилось, кого это касается и куда обращаться.\n\nНовые заметки выходят раз в неделю. Если вы знаете историю, о которой стоит рассказать, или нашли у нас ошибку, напишите в редакцию: мы отвечаем на каждое письмо.",
    language: "ru",
    cover: {
      ...demoImage("cover-harbour-lights"),
      alt: "Силуэты портовых кранов на фоне оранжевого неба над тёмной водой",
      credit: "Иллюстрация: графический отдел «Меридиан Диспетч»",
    },
  },
  {
    slug: "fanus",
    title: "فانوس",
    description: "فرهنگ، کتاب، غذا و زندگی روزمره‌ی فارسی‌زبانان بندر هالدن و ساحل مریدین.",
    about:
      "«فانوس» وبلاگ فارسی مریدین دیسپچ است؛ جایی برای روایت زندگی فارسی‌زبانان بندر هالدن و شهرهای کنار رود السن. نسرین احمدی و کاوه صدری از جشن‌ها و آیین‌ها می‌نویسند، از آشپزخانه‌های کوچک بازار شبانه، از کلاس‌ها و کتاب‌ها، و از همسایه‌هایی که این شهر را خانه‌ی خود کرده‌اند.\n\nخبرهای مهم شهر را هم برای خوانندگان فارسی‌زبان توضیح می‌دهیم: وقتی پلی بسته می‌شود، وقتی انتخابات در پیش است یا وقتی کار در بندر تغییر می‌کند، نمی‌خواهیم کسی به‌خاطر زبان از خبر جا بماند.\n\nهر هفته دست‌کم یک یادداشت تازه منتشر می‌کنیم. پیشنهاد موضوع و گزارش خطا را برای دفتر تحریریه بفرستید؛ همه‌ی نامه‌ها را می‌خوانیم و به همه پاسخ می‌دهیم.",
    language: "fa",
    cover: {
      ...demoImage("cover-after-hours"),
      alt: "پرده‌های قرمز تئاتر در دو سوی آسمان بنفش شب، با ستاره‌ها و نور صحنه",
      credit: "تصویرسازی: واحد گرافیک مریدین دیسپچ",
    },
  },
];
