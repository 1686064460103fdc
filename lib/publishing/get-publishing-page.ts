import "server-only";
import { publicationIn } from "@/lib/consent-resources/consent-resource-select";
import { getConsentResource } from "@/lib/consent-resources/get-consent-resource";
import { db } from "@/lib/platform/db/prisma";
import { connectedAccessLists } from "./connected-access-lists";
import { latestRegistryChanges } from "./latest-registry-changes";
import { readRegistryDrift } from "./read-registry-drift";
import { ENVIRONMENTS, type TEnvironment } from "@/lib/platform/environment";
import { statusChangeOptions } from "@/lib/lifecycle/status-change-options";

const perEnvironment = async <T>(read: (environment: TEnvironment) => Promise<T>): Promise<Record<TEnvironment, T>> => {
  const [test, prod] = await Promise.all([read("TEST"), read("PROD")]);
  return { TEST: test, PROD: prod };
};

/**
 * What the publishing page shows of a consent resource per environment: the publication, its latest registry
 * change, the access lists connected there, and what the registry holds compared with what was published (read
 * back only once the publication is synced). Null when the organisation has no such resource.
 */
export async function getPublishingPage(options: {
  organisation: { id: string; orgNumber: string; orgCode: string | null; name: string };
  identifier: string;
}) {
  const { organisation } = options;
  const resource = await getConsentResource({ organisationId: organisation.id, identifier: options.identifier });
  const latest = resource?.versions[0];
  if (!resource || !latest) return null;
  const sync = await latestRegistryChanges({
    db: db(),
    organisationId: organisation.id,
    identifier: resource.identifier,
  });
  const contentOf = (versionId: string) => resource.versions.find((v) => v.id === versionId)?.content ?? null;
  const publications = {
    TEST: publicationIn(resource.publications, "TEST"),
    PROD: publicationIn(resource.publications, "PROD"),
  };
  const test = publications.TEST;
  // Production takes only what test has confirmed: test's version once the registry has it.
  const maxProdVersion = test?.state === "PUBLISHED" && sync.TEST?.status === "SYNCED" ? test.version : null;
  const restrictedVersions = resource.versions
    .filter((v) => v.content.accessListMode === "Enabled")
    .map((v) => v.version);
  const connectedLists = await perEnvironment(async (environment) =>
    (
      await connectedAccessLists({
        db: db(),
        ownerOrgNumber: organisation.orgNumber,
        resourceIdentifier: resource.identifier,
        environment,
      })
    ).map((list) => list.identifier),
  );
  const drift = await perEnvironment(async (environment) => {
    const publication = publications[environment];
    const content = publication && contentOf(publication.versionId);
    if (
      !publication ||
      !content ||
      publication.state === "DELETED" ||
      sync[environment]?.status !== "SYNCED" ||
      !organisation.orgCode
    )
      return null;
    const owner = { orgNumber: organisation.orgNumber, orgCode: organisation.orgCode, name: organisation.name };
    return readRegistryDrift({
      environment,
      owner,
      definition: content,
      version: publication.version,
      withdrawn: publication.state === "WITHDRAWN",
    });
  });
  // The content live in each environment, for the comparison (none where nothing is published or it was deleted).
  const live = (environment: TEnvironment) => {
    const publication = publications[environment];
    return publication && publication.state !== "DELETED"
      ? { version: publication.version, content: contentOf(publication.versionId) }
      : null;
  };
  // The status changes offered (lib/lifecycle): from the latest version, republished where a version is published.
  const statusOptions = statusChangeOptions({
    latest,
    published: ENVIRONMENTS.flatMap((environment) => {
      const publication = publications[environment];
      const content = publication?.state === "PUBLISHED" ? contentOf(publication.versionId) : null;
      return publication && content ? [{ environment, version: publication.version, content }] : [];
    }),
  });
  return {
    resource,
    latest,
    statusOptions,
    sync,
    publications,
    maxProdVersion,
    restrictedVersions,
    connectedLists,
    drift,
    live: { TEST: live("TEST"), PROD: live("PROD") },
  };
}
