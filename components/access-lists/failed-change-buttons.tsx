"use client";

import { type ComponentProps, lazy, Suspense } from "react";
import type { DismissChangeButton } from "@/components/ui/dismiss-change-button";
import type { RetryButton } from "@/components/ui/retry-button";

// A failed change is the exception: the retry and dismiss buttons' code (and the server actions they call) downloads
// only for a page that shows one, not with every list page (issue 17, Deliver 4). React.lazy: the server still renders
// their HTML in place, and the page hydrates them once their chunk has arrived.
const Retry = lazy(() => import("@/components/ui/retry-button").then((m) => ({ default: m.RetryButton })));
const Dismiss = lazy(() =>
  import("@/components/ui/dismiss-change-button").then((m) => ({ default: m.DismissChangeButton })),
);

export function LazyRetryButton(props: ComponentProps<typeof RetryButton>) {
  return (
    <Suspense fallback={null}>
      <Retry {...props} />
    </Suspense>
  );
}

export function LazyDismissChangeButton(props: ComponentProps<typeof DismissChangeButton>) {
  return (
    <Suspense fallback={null}>
      <Dismiss {...props} />
    </Suspense>
  );
}
