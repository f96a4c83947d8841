// Opening a file a person chose: a plan file arrives like a link (added beside the open plan, never
// over it); a library file's plans are added beside the library's own. Either way a notice says
// what happened; a file that cannot be opened changes nothing and says why.
import { unreadablePlansText } from '../../model';
import { useNotices } from '../../state/notices';
import { usePlanner } from '../../state/store';
import { receivePlan } from './navigation';

const listed = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

export async function openPlansFile(file: File, options: { focusNav?: boolean } = {}): Promise<boolean> {
  const push = useNotices.getState().push;
  let opened: Awaited<ReturnType<typeof import('../planner/exporting').readPlansFile>>;
  try {
    const { readPlansFile } = await import('../planner/exporting');
    opened = await readPlansFile(file);
  } catch (e) {
    opened = { ok: false, message: (e as Error).message };
  }
  if (!opened.ok) {
    push({ kind: 'error', message: `“${file.name}” could not be opened: ${opened.message} Your plans are unchanged.` });
    return false;
  }
  if (opened.kind === 'plan') return receivePlan(opened.doc, `the file “${file.name}”`, options);
  const { library, unreadable } = opened.opened;
  const imported = usePlanner.getState().importLibrary(library);
  if (!imported.ok) {
    push({ kind: 'error', message: `“${file.name}”: ${imported.message}` });
    return false;
  }
  const { added, alreadyIn } = imported;
  const parts = [
    added.length > 0 ? `Added ${added.length} ${added.length === 1 ? 'plan' : 'plans'} from “${file.name}” to your plans: ${listed(added)}.` : `Nothing new in “${file.name}”.`,
    alreadyIn.length > 0 ? `Already in your plans, so not added again: ${listed(alreadyIn)}.` : '',
    'The open plan is unchanged.',
  ];
  push({ kind: 'info', message: parts.filter(Boolean).join(' ') });
  if (unreadable.length > 0) {
    push({
      kind: 'recovered',
      message: `${unreadable.length === 1 ? 'One plan' : `${unreadable.length} plans`} in “${file.name}” could not be opened and ${unreadable.length === 1 ? 'was' : 'were'} not added: ${unreadable.map((u) => u.reason).join(' ')}`,
      download: { filename: 'plans-not-opened.json', text: unreadablePlansText(unreadable), label: 'Download the plans not opened' },
    });
  }
  return true;
}
