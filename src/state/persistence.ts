// Saved state in localStorage, one way for the planner (store.ts) and the portfolio
// (portfolioStore.ts): read the saved JSON, bring an older document up through its migration chain,
// parse it with the same parser as files and links, and set aside whatever cannot be opened —
// moved under a key of its own, announced with a notice, and offered for download exactly as it
// was stored. Nothing saved is ever dropped silently or merged half-read.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import type { Issue } from '../model';
import { useNotices } from './notices';

/** Where one kind of saved data lives and how the notices name it. */
export interface SavedDataPlace {
  /** The localStorage key of the saved state. */
  readonly storageKey: string;
  /** Data that cannot be opened is moved to this prefix followed by the time. */
  readonly setAsidePrefix: string;
  /** What a person calls it: "plan", "portfolio". */
  readonly noun: string;
  /** What is on screen instead, for the notice: "the default plan". */
  readonly shownInstead: string;
  /** The file name the notice's download offers. */
  readonly downloadFilename: string;
}

export type DocumentParse<Doc> = { ok: true; doc: Doc } | { ok: false; errors: readonly Issue[] };

export interface SavedDocumentOptions<State, Persisted extends { doc: unknown }, Doc> extends SavedDataPlace {
  /** The current document (and storage) version. */
  readonly version: number;
  /** The document's migration chain from `fromVersion` to the current one; throws when it cannot. */
  readonly migrateDocument: (doc: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
  /** The parser files and links go through. */
  readonly parseDocument: (raw: unknown) => DocumentParse<Doc>;
  /** How many of the parser's problems a notice quotes (all when absent). */
  readonly problemsQuoted?: number;
  /** What is saved: the document, and whatever else the store keeps beside it. */
  readonly partialize: (state: State) => Persisted;
  /** The state with an opened document, and the rest of what was saved, restored into it. */
  readonly restore: (doc: Doc, saved: Partial<Persisted>, current: State) => State;
}

/** Keep unreadable saved data where a person can download it, and say so. */
export function setAsideSavedData(place: SavedDataPlace, raw: string, reason: string): void {
  try {
    localStorage.setItem(`${place.setAsidePrefix}${new Date().toISOString()}`, raw);
    // Moved, not copied: otherwise every reload would set the same data aside again.
    localStorage.removeItem(place.storageKey);
    useNotices.getState().push({
      kind: 'recovered',
      message: `Your saved ${place.noun} could not be opened (${reason}). It was set aside, not deleted, and ${place.shownInstead} is shown.`,
      download: { filename: place.downloadFilename, text: raw },
    });
  } catch {
    useNotices.getState().push({ kind: 'error', message: `Your saved ${place.noun} could not be opened (${reason}).` });
  }
}

/**
 * zustand `persist` options for a store whose saved state holds a versioned document: its name,
 * version, storage, partialize, migrate and merge.
 */
export function savedDocumentOptions<State, Persisted extends { doc: unknown }, Doc>(
  options: SavedDocumentOptions<State, Persisted, Doc>,
): PersistOptions<State, Persisted> {
  const { storageKey, version } = options;
  // The text last read from storage, exactly as it was: what merge sets aside when the document
  // inside fails to open after migration (the download must be what was saved, not our rewrite).
  let lastStoredText: string | null = null;

  // Never lets unreadable data reach the store silently.
  const storage: PersistStorage<Persisted> = {
    getItem: (name) => {
      lastStoredText = null;
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      lastStoredText = raw;
      try {
        const value = JSON.parse(raw) as StorageValue<Persisted>;
        if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
          setAsideSavedData(options, raw, `it is not a saved ${options.noun}`);
          return null;
        }
        return value;
      } catch {
        setAsideSavedData(options, raw, 'it is damaged');
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or blocked: the store still works for this visit; a share link keeps it.
      }
    },
    removeItem: (name) => {
      try {
        localStorage.removeItem(name);
      } catch {
        // nothing to do
      }
    },
  };

  return {
    name: storageKey,
    version,
    storage,
    partialize: options.partialize,
    // Older saved documents go through the same chain as files and links.
    migrate: (persisted, storedVersion) => {
      const p = persisted as Partial<Persisted> | undefined;
      if (!p || typeof p.doc !== 'object' || p.doc === null) return persisted as Persisted;
      const docVersion = typeof (p.doc as { version?: unknown }).version === 'number' ? (p.doc as { version: number }).version : storedVersion;
      if (docVersion >= version) return p as Persisted;
      try {
        return { ...p, doc: options.migrateDocument(p.doc as Record<string, unknown>, docVersion) } as Persisted;
      } catch {
        return p as Persisted;
      }
    },
    // Everything restored is parsed through the document's schema; what fails is set aside, never merged.
    merge: (persisted, current) => {
      const storedText = lastStoredText;
      lastStoredText = null;
      const p = persisted as Partial<Persisted> | undefined;
      if (!p) return current;
      const parsed = options.parseDocument(p.doc);
      if (!parsed.ok) {
        const problems = parsed.errors.map((e) => e.message);
        const quoted = options.problemsQuoted === undefined ? problems : problems.slice(0, options.problemsQuoted);
        setAsideSavedData(options, storedText ?? JSON.stringify(p), quoted.join(' '));
        return current;
      }
      return options.restore(parsed.doc, p, current);
    },
  };
}
