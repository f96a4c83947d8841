// The migration chain of saved plans (src/model/documents/planDocument.ts). Every entry of
// MIGRATIONS must have a row in MIGRATION_TESTS below — the guard test fails otherwise (after
// tldraw's migrations.test.ts). The chain logic itself is also proven on a synthetic chain.
import { describe, expect, it } from 'vitest';
import {
  makeInput,
  makePlanDocument,
  MIGRATIONS,
  migrateToCurrent,
  parsePlanDocument,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Migration,
} from '../../src/model';

interface MigrationTest {
  /** A document as version `from` saved it. */
  readonly before: Record<string, unknown>;
  /** The same document after this one step (the chain sets `version` to from + 1). */
  readonly after: Record<string, unknown>;
}

/**
 * One row per migration, keyed by its `from` version. Adding `{ from: 1, … }` to MIGRATIONS
 * without a row here fails "every migration has a test".
 */
const V1_INPUT = {
  placeName: 'Norfolk',
  state: 'VA',
  population: 238005,
  homicides: 42,
  fatalShootings: null,
  nonfatalShootings: null,
  serviceReachPct: 100,
  hospitalReachPct: 50,
  method: 'population',
  localHighRiskCount: null,
  preset: 'caps',
};

const MIGRATION_TESTS: Readonly<Record<number, MigrationTest>> = {
  // Version 1 saved one plan: { format, version, input, assumptions }. Version 2 holds up to four
  // named scenarios, each with multi-year settings (start next calendar year, 3 years, 50/75/100%),
  // funding sources and current staffing.
  1: {
    before: { format: 'cvi-ecosystem-plan', version: 1, input: V1_INPUT, assumptions: { fringeRate: 0.28 } },
    after: {
      format: 'cvi-ecosystem-plan',
      version: 2,
      activeScenario: 0,
      scenarios: [
        {
          name: 'Plan A',
          input: V1_INPUT,
          assumptions: { fringeRate: 0.28 },
          multiYear: { startYear: null, years: 3, ramp: [0.5, 0.75, 1] },
          funding: [],
          currentStaffing: {},
        },
      ],
    },
  },
};

/** Migrations with no row in the table (what the guard reports). */
function migrationsWithoutTests(migrations: readonly Migration[], table: Readonly<Record<number, MigrationTest>>): Migration[] {
  return migrations.filter((m) => !Object.prototype.hasOwnProperty.call(table, m.from));
}

describe('Migration chain of saved plans', () => {
  it('given MIGRATIONS, then every migration has a test row keyed by its from-version', () => {
    const missing = migrationsWithoutTests(MIGRATIONS, MIGRATION_TESTS).map((m) => `from ${m.from} (${m.name})`);
    expect(missing, `migrations without a test in tests/state/migrations.test.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('given the guard, when a migration has no row, then it reports that migration (so the guard can fail)', () => {
    const untested: Migration = { from: 1, name: 'rename a field', migrate: (doc) => doc };
    expect(migrationsWithoutTests([untested], {})).toEqual([untested]);
    expect(migrationsWithoutTests([untested], { 1: { before: {}, after: {} } })).toEqual([]);
  });

  it('given the test table, then every row belongs to a migration that exists', () => {
    const froms = new Set(MIGRATIONS.map((m) => m.from));
    expect(Object.keys(MIGRATION_TESTS).map(Number).filter((from) => !froms.has(from))).toEqual([]);
  });

  it('given PLAN_VERSION, then MIGRATIONS has exactly one named step from each older version', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: PLAN_VERSION - 1 }, (_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.name.trim(), `migration from ${m.from}`).not.toBe('');
  });

  for (const migration of MIGRATIONS) {
    describe(`migration from version ${migration.from}: ${migration.name}`, () => {
      const row = MIGRATION_TESTS[migration.from];
      it('given a document of its version, then the step gives the expected document', () => {
        expect(row, `no test row for migration from ${migration.from}`).toBeDefined();
        if (!row) return;
        expect({ ...migration.migrate(structuredClone(row.before)), version: migration.from + 1 }).toEqual(row.after);
      });
      it('given a document of its version, then the whole chain opens it as a valid current plan', () => {
        if (!row) return;
        const parsed = parsePlanDocument(structuredClone(row.before));
        expect(parsed.ok ? parsed.doc.version : parsed.errors).toBe(PLAN_VERSION);
      });
    });
  }

  it('given a current document, then parsing it is the identity (no migration runs)', () => {
    const doc = makePlanDocument(makeInput({ placeName: 'Norfolk', state: 'VA', population: 238_005, homicides: 42 }), { fringeRate: 0.28 });
    expect(parsePlanDocument(structuredClone(doc))).toEqual({ ok: true, doc, warnings: [] });
  });
});

describe('migrateToCurrent on a synthetic chain', () => {
  // v1 had `pop`; v2 renamed it to `population`; v3 added `notes`. Each step records itself.
  const log = (doc: Record<string, unknown>, step: string) => [...((doc.applied as string[] | undefined) ?? []), step];
  const chain: readonly Migration[] = [
    // Deliberately out of order: the chain is applied by version, not by array position.
    { from: 2, name: 'add notes', migrate: (doc) => ({ ...doc, notes: '', applied: log(doc, '2→3') }) },
    {
      from: 1,
      name: 'rename pop to population',
      migrate: ({ pop, ...rest }) => ({ ...rest, population: pop, applied: log(rest, '1→2') }),
    },
  ];
  const v1 = { format: PLAN_FORMAT, version: 1, pop: 238_005 };

  it('given a version-1 document, when migrated to 3, then every step runs in version order and the version is bumped', () => {
    expect(migrateToCurrent(v1, 1, chain, 3)).toEqual({
      format: PLAN_FORMAT,
      version: 3,
      population: 238_005,
      notes: '',
      applied: ['1→2', '2→3'],
    });
  });

  it('given a step that does not set the version, when it runs, then the chain sets version from + 1 itself', () => {
    expect(migrateToCurrent(v1, 1, chain, 2)).toEqual({ format: PLAN_FORMAT, version: 2, population: 238_005, applied: ['1→2'] });
  });

  it('given a document halfway along, when migrated, then only the later steps run', () => {
    const v2 = { format: PLAN_FORMAT, version: 2, population: 238_005 };
    expect(migrateToCurrent(v2, 2, chain, 3)).toEqual({ ...v2, version: 3, notes: '', applied: ['2→3'] });
  });

  it('given a document already at the target, then it comes back untouched', () => {
    const v3 = { format: PLAN_FORMAT, version: 3, population: 1 };
    expect(migrateToCurrent(v3, 3, chain, 3)).toBe(v3);
  });

  it('given a missing step, when migrating across it, then it throws naming the version', () => {
    const gap: readonly Migration[] = [chain[1] as Migration]; // only 1→2
    expect(() => migrateToCurrent(v1, 1, gap, 3)).toThrow('no migration from plan version 2');
  });

  it('given the original document, when migrated, then it is not modified', () => {
    const original = structuredClone(v1);
    migrateToCurrent(original, 1, chain, 3);
    expect(original).toEqual(v1);
  });
});
