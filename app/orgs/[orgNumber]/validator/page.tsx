import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsentTokenValidator } from "@/components/validator/consent-token-validator";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { listValidationResources } from "@/lib/consent-tokens/list-validation-resources";
import { upstream } from "@/lib/platform/upstream/upstream-context";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("validator");
  return { title: t("title") };
}

/** Service owners' step 6: validate a consent token locally. Any member may use it; it changes nothing. */
export default async function ValidatorPage({ params }: PageProps<"/orgs/[orgNumber]/validator">) {
  const { orgNumber } = await params;
  const { organisation } = await requirePageMembership(orgNumber);
  const t = await getTranslations("validator");
  if (!organisation.scopePrefix) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("notServiceOwner")}</p>
      </section>
    );
  }
  const resources = await listValidationResources({ organisationId: organisation.id });
  // Public values (Maskinporten's issuer and key set), shown in the code example.
  const environments = Object.fromEntries(
    UPSTREAM_ENVIRONMENTS.map((environment) => {
      const { audience, jwksUrl } = upstream().config(environment).maskinporten;
      return [environment, { issuer: audience, jwksUrl }];
    }),
  ) as Record<(typeof UPSTREAM_ENVIRONMENTS)[number], { issuer: string; jwksUrl: string }>;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {resources.length === 0 ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">
          {t("noResources")}{" "}
          <Link href={`/orgs/${orgNumber}/resources`} className="font-medium underline">
            {t("createResource")}
          </Link>
        </p>
      ) : (
        <ConsentTokenValidator orgNumber={orgNumber} resources={resources} environments={environments} />
      )}
    </section>
  );
}
