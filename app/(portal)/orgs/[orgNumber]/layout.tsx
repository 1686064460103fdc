import { OrganisationNav } from "@/components/layout/organisation-nav";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export default async function OrganisationLayout({ children, params }: LayoutProps<"/orgs/[orgNumber]">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  // The navigation's messages, for the browser; each page below adds its own (lib/platform/i18n/client-messages.tsx).
  return (
    <ClientMessages route="orgs/[orgNumber]/layout">
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
    </ClientMessages>
  );
}
