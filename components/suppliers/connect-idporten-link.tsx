import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/**
 * The second authorization, at ID-porten, that lets the portal call Altinn's end-user APIs as the person
 * (app/api/altinn-idporten/start/route.ts). A link: the navigation leaves for ID-porten and comes back to this page.
 */
export async function ConnectIdportenLink({ orgNumber }: { orgNumber: string }) {
  const t = await getTranslations("suppliers.login");
  return (
    <a
      href={`/api/altinn-idporten/start?${new URLSearchParams({ org: orgNumber })}`}
      className={buttonClass({ variant: "primary", size: "sm" })}
    >
      {t("button")}
    </a>
  );
}
