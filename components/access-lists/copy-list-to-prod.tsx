"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { copyAccessListToProdAction } from "@/lib/access-lists/access-list-actions";
import { Section } from "@/components/ui/section";

/** Creates the same list in production, so test and production do not drift apart. */
export function CopyListToProd(props: { orgNumber: string; accessListId: string; inProd: boolean }) {
  const t = useTranslations("accessLists.copy");
  const { error, success, pending, submit } = useActionSubmit();
  const copy = () =>
    void submit(copyAccessListToProdAction, { orgNumber: props.orgNumber, accessListId: props.accessListId }, (data) =>
      t("copied", { count: data.memberCount }),
    );
  const outcome = error ?? success;

  return (
    <Section headingId="copy-heading" title={t("title")} card className="max-w-3xl space-y-2">
      <p className="text-sm text-slate-700">{t("text")}</p>
      {props.inProd && !outcome ? (
        <p className="text-sm text-slate-600">{t("inProd")}</p>
      ) : (
        !success && (
          <Button pending={pending} onClick={copy}>
            {t("button")}
          </Button>
        )
      )}
      <FormStatus error={error} success={success} compact />
    </Section>
  );
}
