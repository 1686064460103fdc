"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While grants are on their way upstream (provisioning, or a failed grant being retried), re-reads the page now
 * and then so "active" or "failed" shows without a reload.
 */
export function RefreshWhileProvisioning({ waiting }: { waiting: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [waiting, router]);
  return null;
}
