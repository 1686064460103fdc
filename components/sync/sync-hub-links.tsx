import Link from "next/link";
import { Card } from "@/components/ui/card";

export type TSyncHubLink = { href: string; title: string; hint: string };

/** The pages that keep the portal and Altinn/Maskinporten in agreement, one card each. */
export function SyncHubLinks({ links }: { links: TSyncHubLink[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {links.map((link) => (
        <li key={link.href}>
          <Card as="div" className="h-full">
            <Link href={link.href} className="font-semibold text-brand-700 underline hover:text-brand-900">
              {link.title}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{link.hint}</p>
          </Card>
        </li>
      ))}
    </ul>
  );
}
