"use server";

import { defineIntegrationActions } from "@/lib/integration-kit/define-integration-actions";
import { orgAction } from "./safe-action";

// The integration kit's one change: "Try it in test" creates a consent request in Altinn's test environment.
export const startIntegrationTestAction = defineIntegrationActions(orgAction).start;
