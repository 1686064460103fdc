import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { connectedAccessLists } from "@/lib/publishing/connected-access-lists";

/** The identifiers of the owner's lists connected to the resource in test and in prod (what the policy names). */
export async function getConnectedLists(ownerOrgNumber: string, resourceIdentifier: string) {
  const [test, prod] = await Promise.all(
    (["TEST", "PROD"] as const).map(async (environment) =>
      (await connectedAccessLists({ db: db(), ownerOrgNumber, resourceIdentifier, environment })).map(
        (list) => list.identifier,
      ),
    ),
  );
  return { test: test ?? [], prod: prod ?? [] };
}
