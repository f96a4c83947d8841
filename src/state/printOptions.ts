// What a person chooses in the print view: the layout and the "Prepared by" line. Kept for the
// session only (not in the saved plan): it names who prints a document, not part of the plan, and
// putting it in the plan would need a new plan-document version and migration for a print label.
import { create } from 'zustand';

export type PrintLayout = 'brief' | 'report';

export const PREPARED_BY_MAX = 120;

interface PrintOptions {
  layout: PrintLayout;
  preparedBy: string;
  setLayout: (layout: PrintLayout) => void;
  setPreparedBy: (text: string) => void;
}

export const usePrintOptions = create<PrintOptions>()((set) => ({
  layout: 'brief',
  preparedBy: '',
  setLayout: (layout) => set({ layout }),
  setPreparedBy: (text) => set({ preparedBy: text.slice(0, PREPARED_BY_MAX) }),
}));
