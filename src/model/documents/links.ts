// Share links: a whole document (inputs only, never results) compressed into the URL fragment,
// `#plan=…` or `#portfolio=…`. The fragment never reaches a server, and lz-string handles any
// Unicode a place name may contain. A link's document is opened by the same reader as files and
// storage (reader.ts). The parameters live here, apart from the portfolio's document, so the
// planner can tell a portfolio link without loading the portfolio.
// The default import, not named ones: lz-string is CommonJS, whose names Node (the CLI reads plan
// files through this folder) cannot see from an ES module.
import lzString from 'lz-string';
import { openDocumentText, type DocumentKind, type ReadResult } from './reader';

/** The fragment's key for a plan link: #plan=… */
export const LINK_PARAM = 'plan';
/** The fragment's key for a portfolio link: #portfolio=… */
export const PORTFOLIO_LINK_PARAM = 'portfolio';

const fragmentOf = (hash: string) => (hash.startsWith('#') ? hash.slice(1) : hash);

/** Whether a URL fragment carries a portfolio (read or damaged), without reading it. */
export function isPortfolioLink(hash: string): boolean {
  return fragmentOf(hash).startsWith(`${PORTFOLIO_LINK_PARAM}=`);
}

/** A kind of document that travels in links, under its fragment key. */
export interface LinkKind<Doc> extends DocumentKind<Doc> {
  readonly linkParam: string;
}

export function encodeDocumentLink<Doc>(kind: LinkKind<Doc>, doc: Doc): string {
  return `${kind.linkParam}=${lzString.compressToEncodedURIComponent(JSON.stringify(doc))}`;
}

export function documentLinkUrl<Doc>(kind: LinkKind<Doc>, doc: Doc, base: string): string {
  const url = new URL(base);
  url.hash = encodeDocumentLink(kind, doc);
  return url.toString();
}

/**
 * The document in a URL fragment, or null when the fragment carries none of this kind at all.
 * What cannot be opened is explained in the words of a link, and the person told that what they
 * have is unchanged.
 */
export function openDocumentLink<Doc>(kind: LinkKind<Doc>, hash: string): ReadResult<Doc> | null {
  const { noun } = kind;
  const fragment = fragmentOf(hash);
  const prefix = `${kind.linkParam}=`;
  if (!fragment.startsWith(prefix)) return null;
  let text: string | null;
  try {
    text = lzString.decompressFromEncodedURIComponent(fragment.slice(prefix.length));
  } catch {
    text = null;
  }
  const unchanged = `Your current ${noun} is unchanged.`;
  if (!text) return { ok: false, errors: [{ field: 'link', message: `This link is damaged: its ${noun} could not be read. ${unchanged}` }] };
  const result = openDocumentText(kind, text);
  if (result.ok) return result;
  const opening = `This link’s ${noun} could not be opened:`;
  const quoted = kind.problemsQuoted;
  if (quoted === undefined) {
    return { ok: false, errors: result.errors.map((e) => ({ ...e, message: `${opening} ${e.message} ${unchanged}` })) };
  }
  const shown = result.errors.slice(0, quoted).map((e) => e.message);
  const more = result.errors.length > quoted ? ` (and ${result.errors.length - quoted} more problems)` : '';
  return { ok: false, errors: [{ field: 'link', message: `${opening} ${shown.join(' ')}${more} ${unchanged}` }] };
}
