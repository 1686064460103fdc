import { z } from "zod";
import { ZOrgNumber } from "@/lib/organisations/schemas";
import { ZEnvironmentParam } from "@/lib/platform/environment";

// The drift page's two actions: "Check now" for one environment, and resolving one finding.

export const ZCheckDrift = z.object({ orgNumber: ZOrgNumber, environment: ZEnvironmentParam });

export const ZResolveDrift = z.object({
  orgNumber: ZOrgNumber,
  findingId: z.uuid({ message: "invalid" }),
  resolution: z.enum(["take-upstream", "push-portal"]),
});
