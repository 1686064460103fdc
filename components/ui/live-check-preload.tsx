/**
 * Asks the browser to start a live check while it reads the page (issue 17: a live upstream check is never in the
 * page's own render, yet starts before any script runs): `<link rel="preload" as="fetch" crossorigin="anonymous">`,
 * which React places in the document's head, and which the live query's first ask (`preloadedFrom`,
 * components/ui/first-answer.ts) then takes over. The check is the route's, with the route's own rules (the person's
 * live-check limit, errors as JSON).
 */
export function LiveCheckPreload({ href }: { href: string }) {
  return <link rel="preload" as="fetch" href={href} crossOrigin="anonymous" />;
}
