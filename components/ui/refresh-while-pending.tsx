"use client";

import { useRefreshWhilePending } from "./use-refresh-while-pending";

/** `useRefreshWhilePending` for a server page, which cannot call a hook itself. */
export function RefreshWhilePending({ pending }: { pending: boolean }) {
  useRefreshWhilePending(pending);
  return null;
}
