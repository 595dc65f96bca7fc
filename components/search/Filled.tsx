import { Fragment, type ReactNode } from "react";

/**
 * A UI string with its {placeholders} filled by nodes. The reader's words go in as <bdi>, so a Persian query
 * inside an English sentence (or the reverse) keeps its own direction and does not scramble the quotes.
 */
export function Filled({ template, values }: { template: string; values: Record<string, ReactNode> }) {
  return (
    <>
      {template.split(/(\{\w+\})/).map((part, i) => {
        const key = /^\{(\w+)\}$/.exec(part)?.[1];
        return key && key in values ? <Fragment key={i}>{values[key]}</Fragment> : part;
      })}
    </>
  );
}
