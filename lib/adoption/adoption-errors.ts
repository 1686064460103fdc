import { AppError, conflict } from "@/lib/platform/errors/app-error";

/** Scopes, resources and access lists are a service owner's (a prefix and an org code); consumers adopt clients. */
export const notServiceOwner = () => new AppError("FORBIDDEN", "notServiceOwner");

/** Someone adopted or created the object since the page was read (the unique keys caught it). */
export const alreadyInPortal = (name: string) => conflict("adoptionAlreadyInPortal", { name });
