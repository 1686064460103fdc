"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";
import type { IntegrationTestPanel } from "./integration-test-panel";

// The test panel (status, retry, the token's fetch and decoding) loads when opened, not with the kit (issue 17).
const panel = loadOnDemand(() => import("./integration-test-panel").then((m) => m.IntegrationTestPanel));

/**
 * The latest test request behind "Open the latest test request"; open from the start when the address names the test
 * (the builder's submit, Altinn's return, a link in the history), so following a test is not slowed.
 */
export function IntegrationTestOpener({
  initiallyOpen,
  ...props
}: ComponentProps<typeof IntegrationTestPanel> & { initiallyOpen: boolean }) {
  const t = useTranslations("integrationKit.test");
  return (
    <OpenOnDemand label={t("open")} loadingLabel={t("loading")} preload={panel.preload} initiallyOpen={initiallyOpen}>
      <panel.Component {...props} />
    </OpenOnDemand>
  );
}
