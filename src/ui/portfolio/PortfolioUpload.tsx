// Upload the CSV the command line's batch reads (--input). Each row is checked on its own: good
// rows are added, bad rows are listed by line number with the column and the rule. A file that
// cannot be read at all (wrong header, empty, too large) changes nothing.
import { useId, useRef, useState } from 'react';
import { formatInteger, MAX_PORTFOLIO_PLACES, type PlanInput } from '../../model';
import { BATCH_HEADER_HINT, formatRowProblem, readBatchCsv } from '../../model/batchCsv';
import { BATCH_TEMPLATE_FILENAME, batchCsvTemplate } from '../../model/batchTemplate';
import { download } from '../planner/exporting';
import { usePortfolio } from '../../state/portfolioStore';

/** A places file larger than this is refused before reading (a 1,000-row file is about 60 kB). */
const MAX_UPLOAD_BYTES = 2_000_000;

interface UploadReport {
  readonly ok: boolean;
  readonly summary: string;
  readonly problems: readonly string[];
}

export function PortfolioUpload() {
  const id = useId();
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [report, setReport] = useState<(UploadReport & { fileName: string }) | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const preset = usePortfolio((s) => s.preset);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setReport({ ...(await readPlaces(file, preset, mode)), fileName: file.name });
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className="portfolio-upload">
      <div className="field">
        <label htmlFor={`${id}-file`}>Upload places (.csv)</label>
        <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,text/csv" aria-describedby={`${id}-hint`} onChange={(e) => void upload(e.target.files?.[0])} />
        <p id={`${id}-hint`} className="hint">
          The same file the command line reads with <code className="nowrap">--input</code>. {BATCH_HEADER_HINT} Blank cells are “not given”; blank reach cells take 100% and 50%.
        </p>
        <p>
          <button type="button" className="secondary" onClick={() => download(BATCH_TEMPLATE_FILENAME, batchCsvTemplate(), 'text/csv;charset=utf-8')}>
            Download a CSV template
          </button>{' '}
          <span className="hint">Every column, with one made-up example row to replace.</span>
        </p>
      </div>
      <fieldset className="portfolio-upload-mode">
        <legend>The places in the file</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'add'} onChange={() => setMode('add')} /> are added to the places already here
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} /> replace the places already here
        </label>
      </fieldset>
      <div role="status" className="form-status upload-report">
        {report && (
          <>
            <p className={report.ok ? undefined : 'error'}>{report.summary}</p>
            {report.problems.length > 0 && (
              // A long list scrolls in its box; focusable so the keyboard can scroll it too.
              <ul className="upload-problems" tabIndex={0} aria-label={`Problems in “${report.fileName}”`}>
                {report.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}

async function readPlaces(file: File, preset: PlanInput['preset'], mode: 'add' | 'replace'): Promise<UploadReport> {
  const unchanged = 'The portfolio is unchanged.';
  if (file.size > MAX_UPLOAD_BYTES) {
    return { ok: false, summary: `“${file.name}” is too large for a places file (over ${MAX_UPLOAD_BYTES / 1_000_000} MB). ${unchanged}`, problems: [] };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, summary: `“${file.name}” could not be read. ${unchanged}`, problems: [] };
  }
  const read = readBatchCsv(text, { method: 'population', preset, localCountMeansCustom: true });
  if (!read.ok) return { ok: false, summary: `“${file.name}” could not be used. ${unchanged}`, problems: read.problems };

  const good: PlanInput[] = [];
  const problems: string[] = [];
  let bad = 0;
  for (const row of read.rows) {
    if (row.result.ok) {
      good.push(row.result.input);
      problems.push(...row.result.warnings.map((w) => `line ${row.line}: warning: ${w.message}`));
    } else {
      bad++;
      problems.push(...row.result.problems.map((p) => formatRowProblem(row.line, p)));
    }
  }
  const rows = (n: number) => `${formatInteger(n)} ${n === 1 ? 'row' : 'rows'}`;
  if (good.length === 0) {
    return { ok: false, summary: `No place in “${file.name}” could be added: ${rows(bad)} with problems. ${unchanged}`, problems };
  }
  const store = usePortfolio.getState();
  const applied = mode === 'replace' ? store.replacePlaces(good) : store.addPlaces(good);
  if (!applied) {
    return {
      ok: false,
      summary: `“${file.name}” would make the portfolio larger than ${formatInteger(MAX_PORTFOLIO_PLACES)} places. ${unchanged}`,
      problems: [],
    };
  }
  const verb = mode === 'replace' ? 'The portfolio now holds' : 'Added';
  const places = `${formatInteger(good.length)} ${good.length === 1 ? 'place' : 'places'}`;
  return {
    ok: bad === 0,
    summary: `${verb} ${places} from “${file.name}”.` + (bad > 0 ? ` ${rows(bad)} could not be added; fix ${bad === 1 ? 'it' : 'them'} and upload ${bad === 1 ? 'that row' : 'those rows'} again:` : ''),
    problems,
  };
}
