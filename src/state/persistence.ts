// Saved state in localStorage, one way for the planner (store.ts) and the portfolio
// (portfolioStore.ts): read the saved JSON, bring an older document up through its migration chain,
// open it with the reader files and links go through (src/model/documents), and set aside whatever
// cannot be opened — moved under a key of its own, announced with a notice, and offered for
// download exactly as it was stored. Nothing saved is ever dropped silently or merged half-read.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateToCurrent, openDocument, type DocumentKind } from '../model';
import { useNotices } from './notices';

interface SavedDocumentOptions<State, Persisted extends { doc: unknown }, Doc> {
  /** The kind of document saved: its noun, version, migration chain and reader. */
  readonly document: DocumentKind<Doc>;
  /** The localStorage key of the saved state. */
  readonly storageKey: string;
  /** Data that cannot be opened is moved to this prefix followed by the time. */
  readonly setAsidePrefix: string;
  /** What is on screen instead, for the notice: "the default plan". */
  readonly shownInstead: string;
  /** The file name the notice's download offers. */
  readonly downloadFilename: string;
  /** What is saved: the document, and whatever else the store keeps beside it. */
  readonly partialize: (state: State) => Persisted;
  /** The state with an opened document, and the rest of what was saved, restored into it. */
  readonly restore: (doc: Doc, saved: Partial<Persisted>, current: State) => State;
}

type SavedDataPlace = Pick<SavedDocumentOptions<unknown, { doc: unknown }, unknown>, 'document' | 'storageKey' | 'setAsidePrefix' | 'shownInstead' | 'downloadFilename'>;

/** Keep unreadable saved data where a person can download it, and say so. */
function setAsideSavedData(place: SavedDataPlace, raw: string, reason: string): void {
  const { noun } = place.document;
  try {
    localStorage.setItem(`${place.setAsidePrefix}${new Date().toISOString()}`, raw);
    // Moved, not copied: otherwise every reload would set the same data aside again.
    localStorage.removeItem(place.storageKey);
    useNotices.getState().push({
      kind: 'recovered',
      message: `Your saved ${noun} could not be opened (${reason}). It was set aside, not deleted, and ${place.shownInstead} is shown.`,
      download: { filename: place.downloadFilename, text: raw },
    });
  } catch {
    useNotices.getState().push({ kind: 'error', message: `Your saved ${noun} could not be opened (${reason}).` });
  }
}

/**
 * zustand `persist` options for a store whose saved state holds a versioned document: its name,
 * version, storage, partialize, migrate and merge.
 */
export function savedDocumentOptions<State, Persisted extends { doc: unknown }, Doc>(
  options: SavedDocumentOptions<State, Persisted, Doc>,
): PersistOptions<State, Persisted> {
  const { storageKey, document: kind } = options;
  const { version } = kind;
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
          setAsideSavedData(options, raw, `it is not a saved ${kind.noun}`);
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
        return { ...p, doc: migrateToCurrent(p.doc as Record<string, unknown>, docVersion, kind.migrations, version) } as Persisted;
      } catch {
        return p as Persisted;
      }
    },
    // Everything restored is opened by the reader files and links go through; what fails is set aside, never merged.
    merge: (persisted, current) => {
      const storedText = lastStoredText;
      lastStoredText = null;
      const p = persisted as Partial<Persisted> | undefined;
      if (!p) return current;
      const parsed = openDocument(kind, p.doc);
      if (!parsed.ok) {
        const problems = parsed.errors.map((e) => e.message);
        const quoted = kind.problemsQuoted === undefined ? problems : problems.slice(0, kind.problemsQuoted);
        setAsideSavedData(options, storedText ?? JSON.stringify(p), quoted.join(' '));
        return current;
      }
      return options.restore(parsed.doc, p, current);
    },
  };
}
