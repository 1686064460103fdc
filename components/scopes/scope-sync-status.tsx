import { UpstreamSyncStatus } from "@/components/ui/upstream-sync-status";
import type { TScopeSyncState } from "@/lib/scopes/scope-sync-state";

/** Whether Maskinporten has the scope's latest change. */
export function ScopeSyncStatus({
  scopeName,
  ...props
}: {
  orgNumber: string;
  scopeName: string;
  sync: TScopeSyncState | null;
  canRetry: boolean;
}) {
  return <UpstreamSyncStatus {...props} messages="scopes.sync" name={scopeName} testId="scope-sync" />;
}
