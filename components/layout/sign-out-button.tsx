import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** Posts to /api/logout, which ends the portal session and the identity provider's session too. */
export async function SignOutButton() {
  const t = await getTranslations("layout");
  return (
    <form method="post" action="/api/logout">
      <Button type="submit">{t("signOut")}</Button>
    </form>
  );
}
