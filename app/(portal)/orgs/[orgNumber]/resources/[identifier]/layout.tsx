import { notFound } from "next/navigation";
import { ResourceTabs } from "@/components/consent-resources/resource-tabs";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";

export default async function ConsentResourceLayout({
  children,
  params,
}: LayoutProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const { orgNumber, identifier } = await params;
  return (
    <div className="space-y-4">
      <ResourceTabs orgNumber={orgNumber} identifier={resourceIdentifierParam(identifier) ?? notFound()} />
      {children}
    </div>
  );
}
