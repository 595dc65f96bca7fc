import { parseDuration } from "../../lib/breaking/schema";
import { breakingState, type BreakingState } from "../../lib/breaking/state";
import { editBreaking, expireBreaking, listBreaking, postBreaking, withdrawBreaking } from "../../lib/breaking/store";
import type { BreakingItem } from "../../lib/breaking/types";
import { itemId, out, UsageError, type Area } from "./command";

/** The CLI's words for each state (the console has its own, in lib/i18n). */
const STATE_LABELS: Record<BreakingState, string> = {
  live: "live",
  upcoming: "scheduled",
  expired: "expired",
  withdrawn: "withdrawn",
};

/** --expires takes a duration from now ("2h", "1h30m") or an ISO date and time. */
function expiryFrom(value: string, now: Date): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return new Date(now.getTime() + parseDuration(value)).toISOString();
}

const stateLabel = (i: BreakingItem, now: Date) => STATE_LABELS[breakingState(i, now)];

function printItem(verb: string, i: BreakingItem) {
  const now = new Date();
  out(`${verb} breaking item #${i.id} (${i.priority}, ${i.language}, ${stateLabel(i, now)})`);
  out(`  headline:  ${i.headline}`);
  out(`  link:      ${i.link ?? "(none)"}`);
  out(`  posted:    ${i.postedAt}`);
  out(`  expires:   ${i.expiresAt ?? "(no expiry)"}`);
  if (i.withdrawnAt) out(`  withdrawn: ${i.withdrawnAt}`);
  out(String(i.id));
}

export const breakingCommands: Area = {
  post: {
    usage: 'breaking post "headline" [--link URL] [--expires 2h | --no-expiry] [--priority breaking|developing] [--lang en]',
    options: {
      link: { type: "string" },
      expires: { type: "string" },
      "no-expiry": { type: "boolean" },
      priority: { type: "string" },
      lang: { type: "string" },
    },
    async run(db, v, positionals) {
      if (positionals.length !== 1) {
        throw new UsageError(`Give the headline as one quoted argument: npm run newsroom -- ${breakingCommands.post.usage}`);
      }
      if (v.expires !== undefined && v["no-expiry"]) throw new UsageError("Give either --expires or --no-expiry, not both");
      const now = new Date();
      const item = await postBreaking(
        db,
        {
          headline: positionals[0],
          link: v.link,
          priority: v.priority,
          language: v.lang,
          // Neither flag: the store's default lifetime (BREAKING_DEFAULT_HOURS).
          expiresAt: v["no-expiry"] ? null : typeof v.expires === "string" ? expiryFrom(v.expires, now) : undefined,
        },
        { now },
      );
      printItem("Posted", item);
    },
  },
  edit: {
    usage:
      'breaking edit ID [--text "headline"] [--link URL | --no-link] [--expires 2h | --no-expiry] [--priority breaking|developing] [--lang en]',
    options: {
      text: { type: "string" },
      link: { type: "string" },
      "no-link": { type: "boolean" },
      expires: { type: "string" },
      "no-expiry": { type: "boolean" },
      priority: { type: "string" },
      lang: { type: "string" },
    },
    async run(db, v, positionals) {
      const id = itemId(positionals, breakingCommands.edit.usage);
      if (v.link !== undefined && v["no-link"]) throw new UsageError("Give either --link or --no-link, not both");
      if (v.expires !== undefined && v["no-expiry"]) throw new UsageError("Give either --expires or --no-expiry, not both");
      const now = new Date();
      const patch = {
        headline: v.text,
        link: v["no-link"] ? null : v.link,
        expiresAt: v["no-expiry"] ? null : typeof v.expires === "string" ? expiryFrom(v.expires, now) : undefined,
        priority: v.priority,
        language: v.lang,
      };
      printItem("Edited", await editBreaking(db, id, patch, { now }));
    },
  },
  withdraw: {
    usage: "breaking withdraw ID",
    async run(db, _v, positionals) {
      printItem("Withdrew", await withdrawBreaking(db, itemId(positionals, breakingCommands.withdraw.usage)));
    },
  },
  expire: {
    usage: "breaking expire ID",
    async run(db, _v, positionals) {
      printItem("Expired", await expireBreaking(db, itemId(positionals, breakingCommands.expire.usage)));
    },
  },
  list: {
    usage: "breaking list [--all]   (--all includes withdrawn items)",
    options: { all: { type: "boolean" } },
    async run(db, v, positionals) {
      if (positionals.length) throw new UsageError(`Unexpected "${positionals[0]}": ${breakingCommands.list.usage}`);
      const items = await listBreaking(db, { includeWithdrawn: v.all === true });
      if (items.length === 0) out(v.all ? "No breaking items yet." : "No breaking items (withdrawn ones show with --all).");
      const now = new Date();
      for (const i of items) {
        out(`#${i.id}\t${stateLabel(i, now)}\t${i.priority}\t${i.language}\t${i.postedAt}\t${i.headline}`);
      }
    },
  },
};
