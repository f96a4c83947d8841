// Opening a share link: the plan in the fragment replaces the current one only if it is valid;
// otherwise the person is told why and keeps what they had. The fragment is then removed so a
// reload keeps later edits instead of re-applying the link.
import { decodePlanLink } from '../../model';
import { usePlanner } from '../../state/store';
import { useNotices } from '../../state/notices';

export function openLinkFromLocation(): void {
  const result = decodePlanLink(window.location.hash);
  if (result === null) return;
  if (result.ok) {
    usePlanner.getState().loadDocument(result.doc);
    useNotices.getState().push({ kind: 'info', message: 'Opened the plan from the link.' });
  } else {
    useNotices.getState().push({ kind: 'error', message: result.errors.map((e) => e.message).join(' ') });
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
