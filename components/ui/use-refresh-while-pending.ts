"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * When to re-render after a change was queued: the worker picks a change up within milliseconds of its commit and most
 * changes are synced within a few hundred (`npm run bench:upstream-queue`), so the first looks come quickly; a large
 * import (10,000 members sync in 1–4 s) is followed every second for its first seconds, and a change that waits for a
 * retry every 1.5 s after that.
 */
const DELAYS_MS = [300, 700, 1000, 1000, 1000, 1500];

/**
 * While a change is on its way upstream (a scope to Maskinporten, a publication to the registry, an access request's
 * grants), re-renders the page from the server, so the rows and their states come from one source (the database) and
 * the page settles by itself once nothing is pending. The one way the portal polls a page.
 */
export function useRefreshWhilePending(pending: boolean) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    let step = 0;
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      timer = setTimeout(
        () => {
          router.refresh();
          step++;
          next();
        },
        DELAYS_MS[Math.min(step, DELAYS_MS.length - 1)],
      );
    };
    next();
    return () => clearTimeout(timer);
  }, [pending, router]);
}
