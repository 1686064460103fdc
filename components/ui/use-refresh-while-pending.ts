"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTERVAL_MS = 1500;

/**
 * While a change is on its way upstream (a scope to Maskinporten, a publication to the registry, an access request's
 * grants), re-renders the page from the server every 1.5 s, so the rows and their states come from one source (the
 * database) and the page settles by itself once nothing is pending. The one way the portal polls a page.
 */
export function useRefreshWhilePending(pending: boolean) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), INTERVAL_MS);
    return () => clearInterval(timer);
  }, [pending, router]);
}
