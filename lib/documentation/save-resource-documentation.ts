import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { notFound } from "@/lib/platform/errors/app-error";
import type { TDocumentationContent } from "./schemas";

/**
 * Creates or replaces the documentation of one of the organisation's consent resources. The
 * organisation is part of the lookup, so another organisation's identifier reads as not found.
 */
export async function saveResourceDocumentation(options: {
  tx: TTx;
  organisationId: string;
  identifier: string;
  content: TDocumentationContent;
}): Promise<{ resourceId: string }> {
  const resource = await options.tx.consentResource.findFirst({
    where: { organisationId: options.organisationId, identifier: options.identifier },
    select: { id: true },
  });
  if (!resource) throw notFound("documentationResourceNotFound");
  const { steps, requiredAccess, contact, sections } = options.content;
  const data = { steps, requiredAccess, contact, sections };
  await options.tx.resourceDocumentation.upsert({
    where: { resourceId: resource.id },
    create: { resourceId: resource.id, ...data },
    update: data,
  });
  return { resourceId: resource.id };
}
