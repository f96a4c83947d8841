// Saved state in localStorage, one way for the planner (store.ts) and the portfolio
// (portfolioStore.ts): read the saved JSON, bring an older document up through its migration chain,
// open it with the reader files and links go through (src/model/documents), and set aside whatever
// cannot be opened — moved under a key of its own, announced with a notice, and offered for
// download exactly as it was stored. Nothing saved is ever dropped silently or merged half-read.
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateToCurrent, openDocument, type DocumentKind } from '../model';
import { create } from 'zustand';
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
  /**
   * The state with an opened document, and the rest of what was saved, restored into it.
   * `setAside` keeps part of what was saved that cannot be used (a damaged plan in a library)
   * where a person can download it, with a message saying what it was and why.
   */
  readonly restore: (doc: Doc, saved: Partial<Persisted>, current: State, setAside: (raw: string, message: string) => void) => State;
  /**
   * Saved data of an earlier format under another key (the single plan before the library): read
   * when nothing is saved under `storageKey`, converted to this format's stored text, and removed
   * once the converted data has been saved (so it is never lost in between).
   */
  readonly legacy?: { readonly key: string; readonly convert: (raw: string) => string };
  /** True while the state being set came from storage itself (another tab's save): it is not written back. */
  readonly skipSave?: () => boolean;
  /** When the browser refuses to save: what the notice calls the data, and the file it offers. */
  readonly saveFailure: { readonly what: string; readonly filename: string; readonly fileText: (saved: Persisted) => string };
}

type SavedDataPlace = Pick<SavedDocumentOptions<unknown, { doc: unknown }, unknown>, 'document' | 'setAsidePrefix' | 'shownInstead' | 'downloadFilename'>;

/**
 * Keep data where a person can download it: under a key of its own, and in a notice. False when
 * the browser would not keep the copy (the notice's download is then the only one).
 */
function keepAside(place: SavedDataPlace, raw: string, message: string, moveFrom: string | null): boolean {
  try {
    localStorage.setItem(`${place.setAsidePrefix}${new Date().toISOString()}`, raw);
    // Moved, not copied: otherwise every reload would set the same data aside again.
    if (moveFrom !== null) localStorage.removeItem(moveFrom);
    useNotices.getState().push({ kind: 'recovered', message, download: { filename: place.downloadFilename, text: raw } });
    return true;
  } catch {
    // The browser would not keep it: the notice's download is now the only copy, and says so.
    useNotices.getState().push({
      kind: 'error',
      message: `${message} This browser refused to keep a copy (its storage is full or blocked): download it now, or it is lost when this page closes.`,
      download: { filename: place.downloadFilename, text: raw },
    });
    return false;
  }
}

/** Unreadable saved data moved aside, announced with a download, and the default shown instead. */
function setAsideSavedData(place: SavedDataPlace, raw: string, reason: string, fromKey: string): void {
  const { noun } = place.document;
  keepAside(place, raw, `Your saved ${noun} could not be opened (${reason}). It was set aside, not deleted, and ${place.shownInstead} is shown.`, fromKey);
}

const SAVE_FAILED = 'save-failed';

/** The storage keys whose last save the browser refused: what the page shows as "not saved". */
export const useSaveFailures = create<{ keys: readonly string[] }>()(() => ({ keys: [] }));

function saveFailed(key: string, failing: boolean): void {
  const keys = useSaveFailures.getState().keys.filter((k) => k !== key);
  useSaveFailures.setState({ keys: failing ? [...keys, key] : keys });
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
  // The key the text came from: storageKey, or the legacy key when an earlier format was read.
  let lastStoredKey = storageKey;
  // Whether the legacy key still holds data to remove after the next good save.
  let legacyPending = false;
  let saveFailing = false;

  // Never lets unreadable data reach the store silently.
  const storage: PersistStorage<Persisted> = {
    getItem: (name) => {
      lastStoredText = null;
      lastStoredKey = name;
      let raw: string | null;
      try {
        raw = localStorage.getItem(name);
        if (raw === null && options.legacy) {
          raw = localStorage.getItem(options.legacy.key);
          if (raw !== null) lastStoredKey = options.legacy.key;
        }
      } catch {
        return null;
      }
      if (raw === null) return null;
      lastStoredText = raw;
      try {
        const text = lastStoredKey === name || !options.legacy ? raw : options.legacy.convert(raw);
        legacyPending = lastStoredKey !== name;
        const value = JSON.parse(text) as StorageValue<Persisted>;
        if (typeof value !== 'object' || value === null || typeof value.state !== 'object' || value.state === null) {
          setAsideSavedData(options, raw, `it is not a saved ${kind.noun}`, lastStoredKey);
          return null;
        }
        return value;
      } catch {
        setAsideSavedData(options, raw, 'it is damaged', lastStoredKey);
        return null;
      }
    },
    setItem: (name, value) => {
      if (options.skipSave?.()) return;
      try {
        localStorage.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or blocked: said at once, with the data as a file; the page keeps working.
        if (!saveFailing) saveFailed(storageKey, true);
        saveFailing = true;
        const { what, filename, fileText } = options.saveFailure;
        useNotices.getState().push({
          key: `${SAVE_FAILED}:${storageKey}`,
          kind: 'error',
          message: `This browser refused to save ${what} (its storage is full, or blocked as in private browsing). Your latest changes are only on this page and will be lost when it closes: download them as a file to keep them.`,
          download: { filename, text: fileText(value.state), label: 'Download as a file' },
        });
        return;
      }
      if (legacyPending && options.legacy) {
        legacyPending = false;
        try {
          localStorage.removeItem(options.legacy.key);
        } catch {
          // It stays; the saved library is read first from now on.
        }
      }
      if (saveFailing) {
        saveFailing = false;
        saveFailed(storageKey, false);
        useNotices.getState().dismissKey(`${SAVE_FAILED}:${storageKey}`);
        useNotices.getState().push({ kind: 'info', message: `Saving works again: this browser is keeping ${options.saveFailure.what} again.` });
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
      const storedKey = lastStoredKey;
      lastStoredText = null;
      const p = persisted as Partial<Persisted> | undefined;
      if (!p) return current;
      const parsed = openDocument(kind, p.doc);
      if (!parsed.ok) {
        const problems = parsed.errors.map((e) => e.message);
        const quoted = kind.problemsQuoted === undefined ? problems : problems.slice(0, kind.problemsQuoted);
        setAsideSavedData(options, storedText ?? JSON.stringify(p), quoted.join(' '), storedKey);
        legacyPending = false;
        return current;
      }
      let keptAside = false;
      const restored = options.restore(parsed.doc, p, current, (raw, message) => {
        keptAside = keepAside(options, raw, message, null) || keptAside;
      });
      // Part of what was saved now lives under a set-aside key: saved again without it (moved, not
      // copied), or every reload until the next edit would set the same part aside again. Not when
      // the copy could not be kept: then the saved data is the only copy left in the browser.
      if (keptAside) void storage.setItem(storageKey, { state: options.partialize(restored), version });
      return restored;
    },
  };
}
