"use client";

import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
}

/**
 * The one place that decides whether the breaking-news ticker polls now: the feature is on and the tab is
 * visible. A hidden tab costs readers nothing; when it shows again SWR revalidates on focus at once.
 */
export function useShouldPoll(enabled: boolean): boolean {
  const visible = useSyncExternalStore(
    subscribe,
    () => document.visibilityState === "visible",
    () => false,
  );
  return enabled && visible;
}
