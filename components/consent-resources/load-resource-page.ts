import "server-only";
import { notFound } from "next/navigation";
import { loadOrgPage, type TMessagesNamespace } from "@/components/layout/page-loaders";
import { getConsentResource } from "@/lib/consent-resources/get-consent-resource";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";

/**
 * What the pages of one consent resource start with: the membership (see loadOrgPage), the organisation's resource
 * named in the path and its latest version. Another organisation's identifier, or a malformed one, is a 404.
 */
export async function loadResourcePage<TNamespace extends TMessagesNamespace>(
  params: Promise<{ orgNumber: string; identifier: string }>,
  namespace: TNamespace,
) {
  const identifier = resourceIdentifierParam((await params).identifier) ?? notFound();
  const page = await loadOrgPage(params, namespace);
  const resource = await getConsentResource({ organisationId: page.organisation.id, identifier });
  const latest = resource?.versions[0];
  if (!resource || !latest) notFound();
  return { ...page, identifier, resource, latest };
}
