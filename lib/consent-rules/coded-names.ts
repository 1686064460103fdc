// Altinn's roles and access packages as the portal lists them: a code and its names in nb/nn/en.

export type TNames = { nb: string; nn: string; en: string };

/** The names in Altinn's order of its translations (Name, NN, EN in RoleConstants.cs / PackageConstants.cs). */
export const namesOf = ([nb, nn, en]: readonly [string, string, string]): TNames => ({ nb, nn, en });

/** A lookup by code, case-insensitive as policies match (string-equal-ignore-case). */
export function lookupByCode<T extends { code: string }>(items: readonly T[]): (code: string) => T | undefined {
  const byCode = new Map(items.map((item) => [item.code, item]));
  return (code) => byCode.get(code.toLowerCase());
}
