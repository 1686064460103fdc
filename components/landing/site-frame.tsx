import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SkipLink } from "@/components/layout/skip-link";

/**
 * A document's frame inside `<body>`: the skip link, the header, the page's one `main` landmark (the skip link's
 * target) and the footer. For the public pages' root layout and app/global-not-found.tsx (which has no header).
 */
export function SiteFrame(props: { header?: ReactNode; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      {props.header}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {props.children}
      </main>
      <SiteFooter />
    </>
  );
}
