/** Descriptions of some demo topics (shown under the title of /tags/<slug>); the other tags have none. */
export const demoTopicDescriptions: { slug: string; description: string }[] = [
  {
    slug: "elsen-flood",
    description: "The Elsen’s record flood in Saltmere: the evacuation, the clean-up and who pays for the river defences.",
  },
  {
    slug: "provincial-election-2026",
    description: "The 2026 provincial election: the campaign, the vote in the river towns and the coalition that followed.",
  },
  {
    slug: "press-freedom",
    description: "Reporters, their sources and the courts: cases that decide what the press may publish.",
  },
  {
    slug: "port-of-halden",
    description: "Ships, pilots, dockworkers and the port authority: the working life of the Port of Halden.",
  },
  {
    slug: "выборы-2026",
    description: "Выборы в провинциальное собрание 2026 года: как голосовать, кто побеждает и что это значит для речных городов.",
  },
  {
    slug: "انتخابات-استانی",
    description: "انتخابات ۲۰۲۶ مجلس استان مریدین: رأی‌گیری، نتیجه‌ها و آنچه برای شهرهای کنار رود السن تغییر می‌کند.",
  },
];
