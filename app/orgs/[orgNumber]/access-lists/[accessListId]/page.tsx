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
import { accessListSync } from "@/lib/access-lists/access-list-sync";
import { fromDbEnvironment } from "@/lib/access-lists/access-list-target";
import { listAccessListMembers } from "@/lib/access-lists/list-access-list-members";
import { memberNames } from "@/lib/access-lists/member-names";
import { listResourceLinkOptions } from "@/lib/access-lists/resource-links";
import { requirePageMembership } from "@/lib/auth/require-page-membership";
import { db } from "@/lib/db/prisma";
import { hasRole } from "@/lib/organisations/roles";

const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function AccessListPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/access-lists/[accessListId]">) {
  const { orgNumber, accessListId } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessLists");
  if (!/^[0-9a-f-]{36}$/i.test(accessListId)) notFound();
  const list = await db().accessList.findFirst({
    where: { id: accessListId, organisationId: organisation.id },
    select: { id: true, identifier: true, name: true, description: true, environment: true, _count: { select: { members: true } } },
  });
  if (!list) notFound();
  const search = await searchParams;
  const query = text(search.q).trim().slice(0, 100);
  const after = /^\d{9}$/.test(text(search.after)) ? text(search.after) : undefined;
  const environment = fromDbEnvironment(list.environment);
  const environmentName = t(`environments.${environment}`);
  const [page, sync, links, inProd] = await Promise.all([
    listAccessListMembers({ db: db(), accessListId, query, after }),
    accessListSync({ db: db(), organisationId: organisation.id, list }),
    listResourceLinkOptions({ db: db(), organisationId: organisation.id, accessListId }),
    environment === "test"
      ? db().accessList.count({ where: { organisationId: organisation.id, environment: "PROD", identifier: list.identifier } })
      : Promise.resolve(0),
  ]);
  const names = await memberNames(page.members.map((member) => member.orgNumber));
  const rows = page.members.map((member) => ({ ...member, name: names.get(member.orgNumber) ?? null }));
  const canEdit = hasRole(role, "EDITOR");

  return (
    <section className="space-y-6">
      <p>
        <Link href={`/orgs/${orgNumber}/access-lists?environment=${environment}`} className="text-sm text-brand-700 underline">
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
      {!canEdit && <p className="text-slate-700">{t("viewerNote")}</p>}
      <AccessListSyncPanel orgNumber={orgNumber} sync={sync} canRetry={canEdit} />

      <section aria-labelledby="members-heading" className="space-y-4">
        <h2 id="members-heading" className="text-lg font-semibold">{t("members.title", { total: list._count.members })}</h2>
        <MemberSearch orgNumber={orgNumber} accessListId={accessListId} query={query} />
        {query && page.total > 0 && <p className="text-sm text-slate-700">{t("members.matches", { count: page.total, query })}</p>}
        <MemberTable orgNumber={orgNumber} accessListId={accessListId} rows={rows} canEdit={canEdit} query={query} nextAfter={page.nextAfter} isFirstPage={!after} />
        {canEdit && (
          <div className="grid max-w-4xl gap-4 md:grid-cols-2">
            <AddMemberForm orgNumber={orgNumber} accessListId={accessListId} />
            <ImportMembersForm orgNumber={orgNumber} accessListId={accessListId} />
          </div>
        )}
      </section>

      <ResourceLinksPanel orgNumber={orgNumber} accessListId={accessListId} environmentName={environmentName} linked={links.linked} available={links.available} canEdit={canEdit} />
      {canEdit && <EditAccessListForm orgNumber={orgNumber} accessListId={accessListId} name={list.name} description={list.description} />}
      {canEdit && environment === "test" && <CopyListToProd orgNumber={orgNumber} accessListId={accessListId} inProd={inProd > 0} />}
      {canEdit && (
        <DeleteAccessListDialog orgNumber={orgNumber} accessListId={accessListId} identifier={list.identifier} memberCount={list._count.members} environment={environment} environmentName={environmentName} />
      )}
    </section>
  );
}
