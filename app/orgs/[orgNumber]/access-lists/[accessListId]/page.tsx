import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccessListSyncPanel } from "@/components/access-lists/access-list-sync-panel";
import { AddMemberForm } from "@/components/access-lists/add-member-form";
import { CopyListToProd } from "@/components/access-lists/copy-list-to-prod";
import { DeleteAccessListDialog } from "@/components/access-lists/delete-access-list-dialog";
import { EditAccessListForm } from "@/components/access-lists/edit-access-list-form";
import { ImportMembersForm } from "@/components/access-lists/import-members-form";
import { MemberSearch } from "@/components/access-lists/member-search";
import { MemberTable } from "@/components/access-lists/member-table";
import { ResourceLinksPanel } from "@/components/access-lists/resource-links-panel";
import { getAccessListPage } from "@/lib/access-lists/get-access-list-page";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { orgNumberParam, uuidParam } from "@/lib/platform/http/route-params";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { hasRole } from "@/lib/platform/auth/roles";

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AccessListPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/access-lists/[accessListId]">) {
  const { orgNumber, accessListId } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessLists");
  const id = uuidParam(accessListId);
  const search = await searchParams;
  const query = text(search.q).trim().slice(0, 100);
  const after = orgNumberParam(search.after) ?? undefined;
  const data = id && (await getAccessListPage({ organisationId: organisation.id, accessListId: id, query, after }));
  if (!data) notFound();
  const { list, sync, links } = data;
  const environment = list.environment;
  const environmentName = t(`environments.${environment}`);
  // Production changes are administrators' (lib/platform/auth/production-rule.ts); editors see why.
  const isEditor = hasRole(role, "EDITOR");
  const canEdit = canChangeEnvironment(role, environment);

  return (
    <section className="space-y-6">
      <p>
        <Link
          href={`/orgs/${orgNumber}/access-lists?environment=${environment}`}
          className="text-sm text-brand-700 underline"
        >
          {t("detail.back", { environment: environmentName })}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{list.name}</h1>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 text-sm">
        <dt className="font-medium">{t("detail.identifierLabel")}</dt>
        <dd className="font-mono">{`${organisation.orgCode}/${list.identifier}`}</dd>
        <dt className="font-medium">{t("detail.environmentLabel")}</dt>
        <dd>{environmentName}</dd>
      </dl>
      {list.description && <p className="max-w-3xl text-slate-700">{list.description}</p>}
      {!isEditor && <p className="text-slate-700">{t("viewerNote")}</p>}
      {isEditor && !canEdit && <p className="text-slate-700">{t("editorProdNote")}</p>}
      <AccessListSyncPanel orgNumber={orgNumber} sync={sync} canRetry={canEdit} />

      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t("members.title", { total: list.memberCount })}
        </h2>
        <MemberSearch orgNumber={orgNumber} accessListId={accessListId} query={query} />
        {query && data.total > 0 && (
          <p className="text-sm text-slate-700">{t("members.matches", { count: data.total, query })}</p>
        )}
        <MemberTable
          orgNumber={orgNumber}
          accessListId={accessListId}
          rows={data.members}
          canEdit={canEdit}
          query={query}
          nextAfter={data.nextAfter}
          isFirstPage={!after}
        />
        {canEdit && (
          <div className="grid max-w-4xl gap-4 md:grid-cols-2">
            <AddMemberForm orgNumber={orgNumber} accessListId={accessListId} />
            <ImportMembersForm orgNumber={orgNumber} accessListId={accessListId} />
          </div>
        )}
      </section>

      <ResourceLinksPanel
        orgNumber={orgNumber}
        accessListId={accessListId}
        environmentName={environmentName}
        linked={links.linked}
        available={links.available}
        canEdit={canEdit}
      />
      {canEdit && (
        <EditAccessListForm
          orgNumber={orgNumber}
          accessListId={accessListId}
          name={list.name}
          description={list.description}
        />
      )}
      {canChangeEnvironment(role, "prod") && environment === "test" && (
        <CopyListToProd orgNumber={orgNumber} accessListId={accessListId} inProd={data.inProd} />
      )}
      {canEdit && (
        <DeleteAccessListDialog
          orgNumber={orgNumber}
          accessListId={accessListId}
          identifier={list.identifier}
          memberCount={list.memberCount}
          environment={environment}
          environmentName={environmentName}
        />
      )}
    </section>
  );
}
