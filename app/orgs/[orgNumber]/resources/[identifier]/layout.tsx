import { ResourceTabs } from "@/components/consent-resources/resource-tabs";

export default async function ConsentResourceLayout({
  children,
  params,
}: LayoutProps<"/orgs/[orgNumber]/resources/[identifier]">) {
  const { orgNumber, identifier } = await params;
  return (
    <div className="space-y-4">
      <ResourceTabs orgNumber={orgNumber} identifier={decodeURIComponent(identifier)} />
      {children}
    </div>
  );
}
