import Link from "next/link";
import type { ReactNode } from "react";

/** Above a detail page's heading: back to the list it was opened from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="text-sm text-brand-700 underline">
        {children}
      </Link>
    </p>
  );
}
