import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { defaultDraft, requestSnippets } from "@/lib/integration-kit/request-snippets";
import type { TConsentRequestBuilderProps } from "./consent-request-builder";
import { RequestCode } from "./request-code";

/**
 * What the kit shows before "Change the request" opens the builder: the request as code for the default values
 * (rendered here, on the server) and what trying it in test takes. The builder replaces both once opened.
 */
export async function DefaultRequest(props: Omit<TConsentRequestBuilderProps, "altinnProblems">) {
  const t = await getTranslations("integrationKit.try");
  const tSupplier = await getTranslations("suppliers.kit");
  const { snippets, incomplete } = requestSnippets({
    id: props.previewId,
    orgNumber: props.orgNumber,
    customerOrgNumber: props.customer?.orgNumber,
    resource: props.resource,
    endpoints: props.endpoints,
    draft: defaultDraft(props.resource, props.defaults),
  });
  return (
    <div className="mt-4 space-y-6">
      <RequestCode snippets={snippets} incomplete={incomplete} />
      <Section headingId="try-heading" title={t("title")} card className="space-y-3">
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-slate-700">
          {props.customer
            ? tSupplier("tryNote", { name: props.customer.name })
            : props.canTry
              ? t("openFirst")
              : t("viewerNote")}
        </p>
      </Section>
    </div>
  );
}
