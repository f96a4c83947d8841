// Messages to the person that are not part of the plan: a damaged link, recovered storage, a copy
// that succeeded. Kept apart from the planner store, which holds only inputs and assumptions.
import { create } from 'zustand';

interface Notice {
  id: number;
  kind: 'error' | 'info' | 'recovered';
  message: string;
  /** Raw data a person can download (e.g. a saved plan that could not be opened). */
  download?: { filename: string; text: string };
}

interface NoticeState {
  notices: Notice[];
  push: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  clear: () => void;
}

let nextId = 1;

export const useNotices = create<NoticeState>()((set) => ({
  notices: [],
  push: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}));
