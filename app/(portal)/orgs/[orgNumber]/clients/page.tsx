import { redirect } from "next/navigation";

/** Clients are per environment, and the environment is in the URL: start in test. */
export default async function ClientsIndexPage({ params }: PageProps<"/orgs/[orgNumber]/clients">) {
  const { orgNumber } = await params;
  redirect(`/orgs/${orgNumber}/clients/test`);
}
