import type { ComponentProps } from "react";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { CopyListToProd } from "./copy-list-to-prod";

/** Creates the same list in production, so test and production do not drift apart. Server HTML but for its button. */
export async function CopyListPanel(props: ComponentProps<typeof CopyListToProd>) {
  const t = await getTranslations("accessLists.copy");
  return (
    <Section headingId="copy-heading" title={t("title")} card className="max-w-3xl space-y-2">
      <p className="text-sm text-slate-700">{t("text")}</p>
      <CopyListToProd {...props} />
    </Section>
  );
}
