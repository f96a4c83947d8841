// "Copy link" for a page whose inputs travel in the URL fragment (the planner's ShareBar, the
// portfolio's header): builds the link on demand, copies it, says so in a status, and shows it in
// a field to copy by hand where the browser refuses the clipboard.
import { urlOf } from './navigation';
import { useState } from 'react';

export function CopyLink({
  buttonLabel,
  linkLabel,
  copiedMessage,
  linkFor,
}: {
  buttonLabel: string;
  /** The name of the field that shows the link ("Link to this plan"). */
  linkLabel: string;
  /** Said once the link is on the clipboard: what it carries. */
  copiedMessage: string;
  /** The link for what is on screen now, on the page's address without its fragment. */
  linkFor: (base: string) => string;
}) {
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | null>(null);

  const copy = async () => {
    // This page's address without its page and plan (a plan's id means nothing in another browser).
    const url = linkFor(`${window.location.origin}${urlOf({ view: 'planner' })}`);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(copiedMessage);
    } catch {
      setStatus('Copy the link below (your browser did not allow copying automatically).');
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void copy()}>
        {buttonLabel}
      </button>
      <p role="status" className="share-status">
        {status}
      </p>
      {link && (
        <label className="share-link">
          {linkLabel}
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
