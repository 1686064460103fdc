import { LandingView } from "@/components/landing/landing-view";
import { publicLocale } from "./public-locale";

// Rendered at build time in each language; nothing on it changes with the catalog.
export const dynamic = "error";

export default async function PublicLandingPage({ params }: PageProps<"/public/[locale]">) {
  await publicLocale(params);
  return <LandingView signedIn={false} />;
}
