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
              onClick={() => {
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
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
