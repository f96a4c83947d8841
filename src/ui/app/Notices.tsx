// Messages about links, saved data and files. Errors are announced; nothing is silently dropped.
import { useNotices } from '../../state/notices';

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Where focus goes when the notice holding it goes (its Dismiss or action button is removed): the
 * next notice's first button, else the one before, else the page's main heading.
 */
function focusAfterRemoving(notice: HTMLElement | null): void {
  const sibling = (notice?.nextElementSibling ?? notice?.previousElementSibling) as HTMLElement | null;
  // After the removal has been drawn, and only if nothing else took focus (an action may open a page that does).
  requestAnimationFrame(() => {
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    const button = sibling?.isConnected ? sibling.querySelector<HTMLElement>('button') : null;
    if (button) {
      button.focus();
      return;
    }
    const heading = document.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  });
}

export function Notices() {
  const notices = useNotices((s) => s.notices);
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'info' ? 'status' : 'alert'}>
          <p>{n.message}</p>
          {n.action && (
            <button
              type="button"
              onClick={(e) => {
                focusAfterRemoving(e.currentTarget.closest('.notice'));
                dismiss(n.id);
                n.action?.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          {n.download && (
            <button type="button" onClick={() => n.download && download(n.download.filename, n.download.text)}>
              {n.download.label ?? 'Download the saved data'}
            </button>
          )}
          <button
            type="button"
            onClick={(e) => {
              focusAfterRemoving(e.currentTarget.closest('.notice'));
              dismiss(n.id);
            }}
            aria-label="Dismiss message"
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
