// "Copy link": the plan's inputs and assumptions in the URL fragment.
import { useState } from 'react';
import { planLinkUrl } from '../state/shareLink';
import { currentDocument, usePlanner } from '../state/store';

export function ShareBar() {
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | null>(null);

  const copy = async () => {
    const url = planLinkUrl(currentDocument(usePlanner.getState()), window.location.href.split('#')[0] ?? window.location.href);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied. It holds this plan’s inputs and assumptions, not its results.');
    } catch {
      setStatus('Copy the link below (your browser did not allow copying automatically).');
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <p role="status" className="share-status">
        {status}
      </p>
      {link && (
        <label className="share-link">
          Link to this plan
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
