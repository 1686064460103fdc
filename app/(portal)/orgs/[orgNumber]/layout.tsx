import { OrganisationNav } from "@/components/layout/organisation-nav";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { allowPersonalCopyOfPage } from "@/lib/platform/cache/allow-personal-copy-of-page";

export default async function OrganisationLayout({ children, params }: LayoutProps<"/orgs/[orgNumber]">) {
  const { orgNumber } = await params;
  const { user, organisation, role } = await requirePageMembership(orgNumber);
  // What an organisation's pages show comes from the portal's records, for this person: the portal's server may answer
  // the page again from memory until a record changes (lib/platform/cache/render-scope.ts); a page that calls an
  // upstream API while rendering is never kept.
  allowPersonalCopyOfPage(user);
  // The navigation is rendered on the server, so this layout hands the browser no messages; each page below hands its
  // client components their own (lib/platform/i18n/client-messages.tsx).
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-600">{organisation.orgNumber}</p>
        <p className="text-xl font-semibold text-brand-900 wrap-anywhere">{organisation.name}</p>
      </div>
      <OrganisationNav
        orgNumber={organisation.orgNumber}
        isAdmin={role === "ADMIN"}
        isServiceOwner={organisation.scopePrefix !== null}
      />
      {children}
    </div>
  );
}
