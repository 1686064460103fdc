import { AsyncLocalStorage } from "node:async_hooks";

// What a page's render says about its own response, for the portal's HTTP server to decide whether the response may
// be kept for the person who asked (lib/platform/cache/personal-page-key.ts, document-response-cache.ts). The server
// runs Next.js' handler inside a scope (`runInRenderScope`); the render, which runs in that async context, declares
// its response a personal copy (`allowPersonalCopy`: the organisation's layout, once membership is checked) and
// anything that makes the response depend on more than the portal's own records refuses it (`refusePersonalCopy`:
// every upstream call, through the one HTTP client base; a render error). Next.js bundles the app apart from the
// server, so the two meet on one AsyncLocalStorage kept on globalThis.

export type TRenderScope = {
  /** When the response, if allowed, stops being valid (ms since the epoch); null while no render allowed it. */
  personalUntil: number | null;
  /** Why a copy may not be kept (the first reason given), or null. */
  refused: string | null;
};

const SLOT = Symbol.for("consent-portal.render-scope");

type TSlot = { [SLOT]?: AsyncLocalStorage<TRenderScope> };

function storage(): AsyncLocalStorage<TRenderScope> {
  const slot = globalThis as TSlot;
  return (slot[SLOT] ??= new AsyncLocalStorage<TRenderScope>());
}

/** Runs `handle` (Next.js' handler for one request) in a fresh scope; hands the scope to `learn` first. */
export function runInRenderScope<T>(handle: (scope: TRenderScope) => T): T {
  const scope: TRenderScope = { personalUntil: null, refused: null };
  return storage().run(scope, () => handle(scope));
}

/**
 * The page being rendered shows only the portal's records, for the signed-in person who asked, and may be answered
 * again from memory until `until` (the earliest any part asks for) as long as nothing those records hold has changed.
 * Outside a scope (tests, `next dev`, the worker) it does nothing.
 */
export function allowPersonalCopy(until: Date | number): void {
  const scope = storage().getStore();
  if (!scope) return;
  const at = typeof until === "number" ? until : until.getTime();
  scope.personalUntil = scope.personalUntil === null ? at : Math.min(scope.personalUntil, at);
}

/** The response depends on something the portal's records do not hold (an upstream answer, an error): never kept. */
export function refusePersonalCopy(reason: string): void {
  const scope = storage().getStore();
  if (scope && scope.refused === null) scope.refused = reason;
}

/** Until when the scope's response may be kept, or null when it may not (not allowed, refused, or already past). */
export function personalCopyUntil(scope: TRenderScope, now = Date.now()): number | null {
  if (scope.refused !== null || scope.personalUntil === null || scope.personalUntil <= now) return null;
  return scope.personalUntil;
}
