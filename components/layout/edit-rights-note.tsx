/** Why the caller sees no forms here: a viewer changes nothing, an editor nothing in production (see editRights). */
export function EditRightsNote(props: {
  rights: { isEditor: boolean; canEdit: boolean };
  viewerNote: string;
  editorProdNote: string;
}) {
  if (props.rights.canEdit) return null;
  return <p className="text-slate-700">{props.rights.isEditor ? props.editorProdNote : props.viewerNote}</p>;
}
