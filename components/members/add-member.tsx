"use client";

import { useTranslations } from "next-intl";
import { loadOnDemand, OpenOnDemand } from "@/components/ui/open-on-demand";

// The add form (react-hook-form and the form primitives) loads when opened: the page's first purpose is the list
// (issue 17: first-visit JavaScript).
const addMemberForm = loadOnDemand(() => import("./add-member-form").then((m) => m.AddMemberForm));

/** "Add a member" under the list, opening the form in place. */
export function AddMember(props: { orgNumber: string }) {
  const t = useTranslations("members.add");
  return (
    <OpenOnDemand label={t("title")} loadingLabel={t("loading")} preload={addMemberForm.preload}>
      <addMemberForm.Component {...props} />
    </OpenOnDemand>
  );
}
