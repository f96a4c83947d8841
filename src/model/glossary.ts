// Plain words for the terms a plan uses (docs/methodology.md). The page's glossary, the full
// technical report and the exported files read this one list; an abbreviation is spelled out from
// here at its first use on each screen and in each file.

export interface GlossaryEntry {
  /** The term as the page shows it ("CAPS", "FTE"). */
  readonly term: string;
  /** What an abbreviation stands for; null for a term that is not one. */
  readonly expansion: string | null;
  /** One or two plain sentences for a council member or a grant reviewer. */
  readonly definition: string;
}

export const GLOSSARY = [
  {
    term: 'CVI',
    expansion: 'community violence intervention',
    definition:
      'Programs that work directly with the people at highest risk of shooting or being shot: street outreach, conflict mediation, case management and hospital-based intervention.',
  },
  {
    term: 'CAPS',
    expansion: 'Coalition to Advance Public Safety',
    definition:
      'Publishes the CVI Ecosystem city profiles (cviecosystem.org). Its staffing method is the reference this planner reproduces and compares against.',
  },
  {
    term: 'OVP',
    expansion: 'Office of Violence Prevention',
    definition: 'The city office that funds, coordinates and oversees the community organizations doing the work.',
  },
  {
    term: 'HVIP',
    expansion: 'hospital-based violence intervention program',
    definition: 'Staff who meet people injured by violence at the hospital bedside and stay with them after discharge.',
  },
  {
    term: 'FTE',
    expansion: 'full-time equivalent',
    definition: 'Work measured in full-time positions: 2.5 FTE is two and a half full-time jobs. Positions to hire are whole people, rounded from FTE.',
  },
  {
    term: 'Site team',
    expansion: null,
    definition:
      'A small street team for one neighbourhood, as Cure Violence sites staff: by default 3 outreach workers, 3 violence interrupters, a counselor and a supervisor per 50 participants.',
  },
  {
    term: 'Direct assistance',
    expansion: null,
    definition:
      'Money spent directly on participants’ needs (emergency help, relocation, transport, fees); the site-based plan’s line in place of wraparound.',
  },
  {
    term: 'Driver',
    expansion: null,
    definition: 'What a role is sized by: the number of participants, hospital clients, frontline staff to supervise, or the population.',
  },
  {
    term: 'Caseload',
    expansion: null,
    definition: 'How many people one worker serves at a time. Positions = what drives the role ÷ caseload.',
  },
  {
    term: 'High-risk population',
    expansion: null,
    definition: 'The estimated number of people at highest risk of shooting or being shot. The CAPS method uses 0.1% of the population.',
  },
  {
    term: 'Service reach',
    expansion: null,
    definition: 'The share of the high-risk population the program plans to engage. Participants = high-risk population × reach.',
  },
  {
    term: 'Full strength',
    expansion: null,
    definition: 'The program once every position is filled and every participant is enrolled. The first years of a ramp-up cost less.',
  },
  {
    term: '√ population',
    expansion: 'square root of the population',
    definition: 'OVP staff grow with the square root of the population, so a city four times as large needs about twice the office, not four times.',
  },
  {
    term: 'Fringe',
    expansion: null,
    definition: 'Benefits and employer taxes paid on top of salary (health insurance, retirement, payroll taxes), as a share of salary.',
  },
  {
    term: 'MTDC',
    expansion: 'modified total direct costs',
    definition:
      'The base a federal indirect cost rate applies to: direct costs minus equipment, participant support and the part of each subaward above $25,000 ($50,000 for awards from October 1, 2024).',
  },
  {
    term: 'BDW',
    expansion: 'Budget Detail Worksheet',
    definition: "The U.S. Department of Justice Office of Justice Programs' (OJP) budget form for grant applications.",
  },
  {
    term: 'Match',
    expansion: null,
    definition: 'Money from non-federal sources committed to the same budget. Money nobody has committed yet is not match.',
  },
  {
    term: 'Draws',
    expansion: null,
    definition:
      'In the uncertainty analysis, each draw is one plan computed with every uncertain assumption picked at random within its range. More draws give a steadier range.',
  },
  {
    term: 'Seed',
    expansion: null,
    definition: 'A number that fixes the random draws, so the same seed gives the same range every time and anyone can reproduce it.',
  },
  {
    term: 'Frontline',
    expansion: null,
    definition:
      'The workers who work directly with participants: street outreach workers, violence interrupters, case managers, victim advocates, hospital responders and trauma counselors. Supervisors and OVP staff are not frontline.',
  },
  {
    term: 'Wraparound services',
    expansion: null,
    definition: 'Help the program pays for beyond its own staff: housing, employment, health and social services for participants and their families.',
  },
  {
    term: 'Indirect costs',
    expansion: null,
    definition: "An organization's shared overhead (rent, finance, management) charged to a grant as a rate on a base of direct costs.",
  },
  {
    term: 'Sensitivity',
    expansion: null,
    definition: 'How much the total moves when one assumption moves up or down while every other assumption stays as it is.',
  },
  {
    term: 'Percentile',
    expansion: null,
    definition: 'The 10th percentile is the value 1 in 10 draws fall below; the 90th, the value 9 in 10 fall below. The median (50th) is the middle draw.',
  },
  {
    term: 'OJP',
    expansion: 'Office of Justice Programs',
    definition: 'The part of the U.S. Department of Justice that makes most federal community violence intervention grants.',
  },
  {
    term: 'BJA',
    expansion: 'Bureau of Justice Assistance',
    definition: 'The office of the U.S. Department of Justice that runs the federal community violence intervention grant program.',
  },
  {
    term: 'CVIPI',
    expansion: 'Community Violence Intervention and Prevention Initiative',
    definition: 'The federal grant program, run by the Bureau of Justice Assistance, that funds community violence intervention in cities and counties.',
  },
  {
    term: 'CAPS-calibrated',
    expansion: null,
    definition:
      'A source label: CAPS does not publish the value (caseloads, salaries, the wraparound rate), so the default is set so that the CAPS method reproduces the published Norfolk, VA profile.',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryTerm = (typeof GLOSSARY)[number]['term'];

export function glossaryEntry(term: GlossaryTerm): GlossaryEntry {
  const entry = GLOSSARY.find((e) => e.term === term);
  if (!entry) throw new Error(`no glossary entry ${term}`);
  return entry;
}

/** "Coalition to Advance Public Safety (CAPS)", "full-time equivalent (FTE)": an abbreviation at its first use. */
export function spelledOut(term: GlossaryTerm): string {
  const entry = glossaryEntry(term);
  return entry.expansion === null ? entry.term : `${entry.expansion} (${entry.term})`;
}

/** The glossary's abbreviations (CVI, CAPS, OVP, FTE, MTDC…): terms in capitals that stand for something. */
export const GLOSSARY_ABBREVIATIONS = GLOSSARY.filter((e) => e.expansion !== null && /^[A-Z]{2,}$/.test(e.term)).map((e) => ({
  term: e.term as GlossaryTerm,
  expansion: e.expansion ?? '',
  pattern: new RegExp(`\\b${e.term}\\b`),
}));

/**
 * Spells out each abbreviation at its first use, reading `texts` in order: "OVP staff" becomes
 * "Office of Violence Prevention (OVP) staff" the first time and stays "OVP" after. A first use
 * the text already spells out is left as it is.
 */
export function spellOutFirstUses(texts: readonly (string | null)[]): (string | null)[] {
  const seen = new Set<string>();
  return texts.map((text) => {
    if (text === null) return text;
    let out = text;
    for (const { term, expansion, pattern } of GLOSSARY_ABBREVIATIONS) {
      if (seen.has(term)) continue;
      const at = pattern.exec(out);
      if (!at) continue;
      seen.add(term);
      const before = out.slice(0, at.index);
      if (before.toLowerCase().endsWith(`${expansion.toLowerCase()} (`)) continue;
      out = `${before}${expansion} (${term})${out.slice(at.index + term.length)}`;
    }
    return out;
  });
}
