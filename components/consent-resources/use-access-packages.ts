"use client";

import { useEffect, useState } from "react";
import type { TAccessPackage } from "@/lib/consent-rules/access-packages";

// Altinn's 200-odd access packages with their names in three languages are ~6 kB of compressed JavaScript: loaded
// when the editor needs them (packages already chosen, or the filter used), not with a new resource's editor
// (issue 17, Deliver 4).
let loading: Promise<readonly TAccessPackage[]> | undefined;
let loaded: readonly TAccessPackage[] | undefined;
const load = () =>
  (loading ??= import("@/lib/consent-rules/access-packages").then((m) => (loaded = m.ACCESS_PACKAGES)));

/** The access packages once `needed` has been true (undefined until they have arrived). */
export function useAccessPackages(needed: boolean): readonly TAccessPackage[] | undefined {
  const [packages, setPackages] = useState(loaded);
  useEffect(() => {
    if (!needed || packages) return;
    let current = true;
    void load().then((list) => current && setPackages(list));
    return () => {
      current = false;
    };
  }, [needed, packages]);
  return packages;
}
