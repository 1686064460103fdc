import { notFound } from "next/navigation";
import { ResourceTabs } from "@/components/consent-resources/resource-tabs";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export default async function ConsentResourceLayout({
  children,
  params,
}: LayoutProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const { orgNumber, identifier } = await params;
  return (
    <ClientMessages route="orgs/[orgNumber]/resources/[identifier]/layout">
      <div className="space-y-4">
        <ResourceTabs orgNumber={orgNumber} identifier={resourceIdentifierParam(identifier) ?? notFound()} />
        {children}
      </div>
    </ClientMessages>
  );
}
