import { getTranslations } from "next-intl/server";

/** Posts to /api/logout, which ends the portal session and the identity provider's session too. */
export async function SignOutButton() {
  const t = await getTranslations("layout");
  return (
    <form method="post" action="/api/logout">
      <button type="submit" className="rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
        {t("signOut")}
      </button>
    </form>
  );
}
