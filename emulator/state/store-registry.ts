/**
 * Every stateful part of the emulator registers here, so `/_emulator/reset` empties all of them
 * (back to their built-in test data) and `/_emulator/state` shows all of them, without the
 * control endpoints knowing each store.
 */
export interface StateStore {
  /** Back to the store's initial (seeded) state. */
  reset(): void;
  /** A JSON-serialisable view of the store, for tests that check which API calls really happened. */
  snapshot(): unknown;
}

const stores = new Map<string, StateStore>();

export function registerStore(name: string, store: StateStore): void {
  stores.set(name, store);
}

export function resetAllStores(): void {
  for (const store of stores.values()) store.reset();
}

export function snapshotAllStores(): Record<string, unknown> {
  return Object.fromEntries([...stores].map(([name, store]) => [name, store.snapshot()]));
}
