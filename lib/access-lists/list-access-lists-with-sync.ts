import "server-only";
import { db } from "@/lib/db/prisma";
import { accessListSync, listAccessLists } from "./access-list-sync";
import { toDbEnvironment, type TListEnvironment } from "./access-list-target";

/** The organisation's lists in one environment, each with its member count and its changes on their way to Altinn. */
export async function listAccessListsWithSync(options: { organisationId: string; environment: TListEnvironment }) {
  const { organisationId } = options;
  const lists = await listAccessLists({ db: db(), organisationId, environment: toDbEnvironment(options.environment) });
  return Promise.all(lists.map(async (list) => ({ ...list, sync: await accessListSync({ db: db(), organisationId, list }) })));
}
