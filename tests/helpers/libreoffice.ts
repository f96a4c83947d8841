// Recalculate an .xlsx with a real spreadsheet engine (LibreOffice headless) and read every sheet
// back as CSV. LibreOffice normally trusts the cached values in an .xlsx; the profile below forces
// it to recalculate every formula on load, so a wrong formula cannot hide behind a right value.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { withTempDir } from './tempDir';

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next
    }
  }
  throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui');
}

/**
 * Returns each sheet as rows of cell text, keyed by sheet name. The file, the CSVs and the
 * LibreOffice profile are written to a temp folder that is removed afterwards.
 */
export function recalculateSheets(xlsx: Uint8Array, sheetNames: readonly string[]): Record<string, string[][]> {
  return withTempDir('cvi-lo-', (dir) => {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
    const file = join(dir, 'plan.xlsx');
    writeFileSync(file, xlsx);
    execFileSync(
      sofficePath(),
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const out: Record<string, string[][]> = {};
    const files = readdirSync(dir);
    for (const name of sheetNames) {
      const csv = files.find((f) => f === `plan-${name}.csv`);
      if (!csv) throw new Error(`LibreOffice wrote no CSV for sheet ${name} (files: ${files.join(', ')})`);
      out[name] = Papa.parse<string[]>(readFileSync(join(dir, csv), 'utf8'), { skipEmptyLines: false }).data;
    }
    return out;
  });
}
