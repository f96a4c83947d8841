// How a workbook prints: LibreOffice headless converts the .xlsx to PDF with the print setup the
// file carries (orientation, fit to width, repeated rows), and pdfinfo counts the pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sofficePath } from './libreoffice';

/** Pages of the PDF LibreOffice prints from `xlsx`, written under `dir` (the caller's temp folder). */
export function printedPages(xlsx: Uint8Array, dir: string, name = 'book'): number {
  const profile = join(dir, 'profile');
  mkdirSync(profile, { recursive: true });
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, xlsx);
  execFileSync(sofficePath(), [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  const info = execFileSync('pdfinfo', [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(pages[1]);
}
