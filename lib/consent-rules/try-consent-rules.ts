import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { fromUpstreamEnv } from "@/lib/platform/environment";
import { notFound } from "@/lib/platform/errors/app-error";
import { authorizeDecision, type TDecision } from "@/lib/platform/upstream/authorization-client";
import { evaluateEditedRules, type TEditedDecision } from "./evaluate-edited-rules";
import type { TConsentRules, TTrySubject } from "./schemas";

export type TTryResult = {
  /** What the rules as edited (saved or not) would decide. */
  edited: TEditedDecision;
  /** The connected lists the organisation is a member of (a requester only). */
  memberOf: string[];
  /** Altinn's decision point on the policy published in the environment (the emulator's in development). */
  published: TDecision;
};

const ORGANISATION = "urn:altinn:organization:identifier-no";

/** The subject's attributes as Altinn's PEP sends them (DecisionHelper.CreateSubjectAttributes). */
function subjectAttributes(subject: TTrySubject) {
  if (subject.kind === "requester") return [{ attributeId: ORGANISATION, value: subject.orgNumber }];
  return [
    ...(subject.role ? [{ attributeId: "urn:altinn:rolecode", value: subject.role }] : []),
    ...(subject.accessPackage ? [{ attributeId: "urn:altinn:accesspackage", value: subject.accessPackage }] : []),
  ];
}

/**
 * Tries the owner's request and approve rules for one subject: the edited rules (with the organisation's memberships
 * of the lists connected in the environment, as the portal records them) and, through Altinn's decision point, the
 * policy published there.
 */
export async function tryConsentRules(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string };
  resourceId: string;
  environment: "test" | "prod";
  rules: TConsentRules;
  subject: TTrySubject;
}): Promise<TTryResult & { identifier: string }> {
  const resource = await options.tx.consentResource.findFirst({
    where: { id: options.resourceId, organisationId: options.organisation.id },
    select: { identifier: true },
  });
  if (!resource) throw notFound();
  const { subject } = options;
  const memberOf =
    subject.kind === "requester"
      ? (
          await options.tx.accessList.findMany({
            where: {
              organisationId: options.organisation.id,
              environment: fromUpstreamEnv(options.environment),
              resourceLinks: { some: { resourceId: options.resourceId } },
              members: { some: { orgNumber: subject.orgNumber } },
            },
            select: { identifier: true },
            orderBy: { identifier: "asc" },
          })
        ).map((list) => list.identifier)
      : [];
  const published = await authorizeDecision(
    { environment: options.environment, actingFor: options.organisation.orgNumber },
    {
      resourceId: resource.identifier,
      action: subject.kind === "requester" ? "requestconsent" : "consent",
      subject: subjectAttributes(subject),
    },
  );
  const edited = evaluateEditedRules(options.rules, subject, memberOf);
  return { identifier: resource.identifier, edited, memberOf, published };
}
