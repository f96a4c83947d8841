// The places template (issue 14) uploads as it is: the batch reader reads its header and its one
// made-up example row without a problem or a warning.
import { describe, expect, it } from 'vitest';
import { BATCH_COLUMNS, OPTIONAL_BATCH_COLUMNS, readBatchCsv } from '../../src/model/batchCsv';
import { batchCsvTemplate } from '../../src/model/batchTemplate';

describe('the places CSV template', () => {
  it('given the template, then its header names every column the reader knows', () => {
    const [header] = batchCsvTemplate().split('\r\n');
    expect(header?.split(',')).toEqual([...BATCH_COLUMNS, ...OPTIONAL_BATCH_COLUMNS]);
  });

  it('given the template, when it is read, then one good row of a place labelled as an example', () => {
    const read = readBatchCsv(batchCsvTemplate(), { method: 'population', preset: 'shooting-informed', localCountMeansCustom: true });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows).toHaveLength(1);
    const row = read.rows[0];
    expect(row?.name).toMatch(/example/i);
    expect(row?.result.ok).toBe(true);
    if (!row?.result.ok) return;
    expect(row.result.warnings).toEqual([]);
    expect(row.result.readingWarnings).toEqual([]);
    expect(row.result.input).toMatchObject({ population: 250_000, homicides: 45, fatalShootings: 38, nonfatalShootings: 150, method: 'population', localHighRiskCount: null });
  });
});
