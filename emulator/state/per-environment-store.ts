import { ENVIRONMENTS, type EnvName } from "./environments";
import { registerStore } from "./store-registry";

/**
 * A keyed store with one map per environment, registered as `name`: reset empties every map, and the state shows
 * `view(map)` per environment. Returns the map of an environment.
 */
export function perEnvironmentStore<T>(
  name: string,
  view: (items: Map<string, T>) => unknown,
): (env: EnvName) => Map<string, T> {
  const maps = new Map<EnvName, Map<string, T>>(ENVIRONMENTS.map((env) => [env, new Map()]));
  const of = (env: EnvName): Map<string, T> => {
    const map = maps.get(env);
    if (!map) throw new Error(`unknown environment ${env}`);
    return map;
  };
  registerStore(name, {
    reset() {
      for (const map of maps.values()) map.clear();
    },
    snapshot: () => Object.fromEntries(ENVIRONMENTS.map((env) => [env, view(of(env))])),
  });
  return of;
}
