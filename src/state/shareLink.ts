// Share links: the whole input (never results) compressed into the URL fragment. The fragment
// never reaches a server, and lz-string handles any Unicode a place name may contain.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { parsePlanText, type DocumentResult, type PlanDocument } from '../model';

export const LINK_PARAM = 'plan';

export function encodePlanLink(doc: PlanDocument): string {
  return `${LINK_PARAM}=${compressToEncodedURIComponent(JSON.stringify(doc))}`;
}

export function planLinkUrl(doc: PlanDocument, base: string): string {
  const url = new URL(base);
  url.hash = encodePlanLink(doc);
  return url.toString();
}

/** The plan in a URL fragment, or null when the fragment carries no plan at all. */
export function decodePlanLink(hash: string): DocumentResult | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${LINK_PARAM}=`;
  if (!fragment.startsWith(prefix)) return null;
  const payload = fragment.slice(prefix.length);
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) {
    return { ok: false, errors: [{ field: 'link', message: 'This link is damaged: its plan could not be read. Your current plan is unchanged.' }] };
  }
  const result = parsePlanText(text);
  if (!result.ok) {
    return {
      ok: false,
      errors: result.errors.map((e) => ({ ...e, message: `This link’s plan could not be opened: ${e.message} Your current plan is unchanged.` })),
    };
  }
  return result;
}
