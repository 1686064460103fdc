import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

// Every message for the platform administrators' pages: the root layout hands the browser only the shell's
// (lib/platform/i18n/pick-messages.ts).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
