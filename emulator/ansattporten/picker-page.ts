import { escapeHtml, renderDocument } from "../html";

export const PICKER_TITLE = "Choose whom to represent - Ansattporten (emulator)";

export interface PickerModel {
  /** Where the form posts (…/interaction/{uid}/represent). */
  action: string;
  /** Where "return to the service" posts (…/interaction/{uid}/abort). */
  abortAction: string;
  personName: string;
  organisations: { orgNumber: string; name: string }[];
  /** Checkboxes (allow_multiple_organizations) instead of radio buttons. */
  multiple: boolean;
  /** Offer to continue as oneself (unless representation_is_required). */
  allowSelf: boolean;
  error?: string;
}

/**
 * Ansattporten's organisation picker (felleslosninger/docs _docs/ansattporten/ansattporten_representasjon.md, step 3):
 * the organisations the person holds a requested right for, one choice unless several are allowed, and "represent
 * yourself". A fieldset of labelled radio buttons or checkboxes, so it works with a keyboard and a screen reader.
 */
export function renderPickerPage(model: PickerModel): string {
  const type = model.multiple ? "checkbox" : "radio";
  const errorId = "organisations-error";
  const items = model.organisations
    .map((org, index) => {
      const id = `org-${index}`;
      return `<li><input type="${type}" id="${id}" name="org" value="${escapeHtml(org.orgNumber)}" style="width:auto"${
        model.error ? ` aria-describedby="${errorId}" aria-invalid="true"` : ""
      }> <label for="${id}" style="display:inline">${escapeHtml(org.name)} (${escapeHtml(org.orgNumber)})</label></li>`;
    })
    .join("\n");
  const error = model.error ? `<p class="error" id="${errorId}" role="alert">${escapeHtml(model.error)}</p>` : "";
  const self = model.allowSelf
    ? `<form method="post" action="${escapeHtml(model.action)}">
<button type="submit" name="choice" value="self" class="secondary">Proceed as yourself, without an organisation</button>
</form>`
    : "";
  const body = `<h1>Choose whom to represent</h1>
<p class="notice">Local emulator of Ansattporten's organisation picker. The list comes from the emulator's Altinn rights.</p>
<p>You are logged in as <strong>${escapeHtml(model.personName)}</strong>.</p>
<form method="post" action="${escapeHtml(model.action)}">
<fieldset>
<legend>${model.multiple ? "Organisations to represent" : "Organisation to represent"}</legend>
${error}
<ul>
${items}
</ul>
</fieldset>
<div class="actions"><button type="submit" name="choice" value="organisations">Continue</button></div>
</form>
${self}
<form method="post" action="${escapeHtml(model.abortAction)}">
<button type="submit" class="secondary">Cancel login and return to the service</button>
</form>`;
  return renderDocument({ title: PICKER_TITLE, body });
}

/** No organisation to offer and representation_is_required: Ansattporten shows an error instead of the picker. */
export function renderNoOrganisationPage(model: { abortAction: string; personName: string; resources: string[] }) {
  const resources = model.resources.map((id) => `<li><code>urn:altinn:resource:${escapeHtml(id)}</code></li>`).join("");
  const body = `<h1>You cannot represent any organisation here</h1>
<div class="notice" role="alert"><p>${escapeHtml(model.personName)} has not been given any of the rights this service
asks for, for any organisation, and the service requires you to represent one.</p></div>
<p>Rights asked for:</p>
<ul>${resources}</ul>
<p>Ask an access manager in your organisation to delegate one of them to you in Altinn.</p>
<form method="post" action="${escapeHtml(model.abortAction)}">
<button type="submit">Return to the service</button>
</form>`;
  return renderDocument({ title: "No organisation - Ansattporten (emulator)", body });
}
