import { NotFoundView } from "@/components/landing/not-found-view";

// A catalog entry that is not (or no longer) published, asked for by a visitor: cached under the catalog's revision
// like the entry itself, so the next publication's revision renders it anew.
export default function NotFound() {
  return <NotFoundView />;
}
