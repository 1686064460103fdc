"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { TConsentRequestBuilderProps } from "./consent-request-builder";

// The builder (react-hook-form, the rules, the snippet code) is not part of the kit's first download (issue 17).
const builder = loadOnDemand(() => import("./consent-request-builder").then((m) => m.ConsentRequestBuilder));

/**
 * "Change the request": the server-rendered request for the default values (`closed`) until the person opens the
 * builder, which replaces it with the fields and the same code kept live. Open from the start when the address names
 * a test (Altinn's return, or the builder's own submit), so what Altinn said shows beside the fields at once.
 */
export function RequestEditor({
  closed,
  initiallyOpen,
  ...props
}: TConsentRequestBuilderProps & { closed: ReactNode; initiallyOpen: boolean }) {
  const t = useTranslations("integrationKit.builder");
  return (
    <OpenOnDemand
      label={t("open")}
      loadingLabel={t("loading")}
      preload={builder.preload}
      initiallyOpen={initiallyOpen}
      closed={closed}
    >
      <builder.Component {...props} />
    </OpenOnDemand>
  );
}
