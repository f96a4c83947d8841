// Messages to the person that are not part of the plan: a damaged link, recovered storage, a copy
// that succeeded, where an arriving plan went. Kept apart from the planner store, which holds only
// inputs and assumptions.
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'info' | 'recovered';
  message: string;
  /** Raw data a person can download (e.g. a saved plan that could not be opened). */
  download?: { filename: string; text: string; label?: string };
  /** One thing the person can do about it: "Back to “Norfolk, VA”", "Undo". Done once, then the notice goes. */
  action?: { label: string; run: () => void };
  /** A notice that stands for an ongoing condition ("saving is failing"): pushing another with the same key replaces it. */
  key?: string;
}

interface NoticeState {
  notices: Notice[];
  /** Adds the notice (replacing one with the same key) and returns its id. */
  push: (notice: Omit<Notice, 'id'>) => number;
  dismiss: (id: number) => void;
  dismissKey: (key: string) => void;
  clear: () => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>()((set, get) => ({
  notices: [],
  push: (notice) => {
    // A keyed notice already shown is updated in place (same id, same place), not announced anew.
    const existing = notice.key === undefined ? undefined : get().notices.find((n) => n.key === notice.key);
    if (existing) {
      set((s) => ({ notices: s.notices.map((n) => (n.id === existing.id ? { ...notice, id: existing.id } : n)) }));
      return existing.id;
    }
    const id = nextId++;
    set((s) => ({ notices: [...s.notices, { ...notice, id }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissKey: (key) => set((s) => ({ notices: s.notices.filter((n) => n.key !== key) })),
  clear: () => set({ notices: [] }),
}));
