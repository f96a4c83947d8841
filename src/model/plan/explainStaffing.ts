// The working of each role's staffing and price (docs/methodology.md §3 and §6).
import { roleParam, type ParamId } from '../assumptions';
import type { PlanSteps } from './computePlan';
import { field, figure, param, type WorkingEntries } from './explain';
import type { RoleStaffing } from './staffing';
import type { Working, WorkingTerm } from './types';

type Steps = Pick<Working, 'formula' | 'terms' | 'note'>;

const disabledSteps = (steps: PlanSteps, s: RoleStaffing): Steps =>
  s.offInSiteTeams
    ? {
        formula: 'Not planned: site teams carry the case work (switch “Site teams: add case managers, family case managers and victim advocates” to add this role)',
        terms: [param(steps.a, 'sites.caseManagement'), param(steps.a, roleParam(s.id, 'enabled'), 'Include this role')],
      }
    : {
        formula: 'Role switched off in this plan’s assumptions',
        terms: [param(steps.a, roleParam(s.id, 'enabled'), 'Include this role')],
      };

const sitesTerm = (steps: PlanSteps) => figure('sites', 'Sites', steps.sites, 'count');

/** The terms of a role's driver. */
function driverTerms(steps: PlanSteps, s: RoleStaffing): WorkingTerm[] {
  const participants = figure('participants', 'Participants at full strength', steps.fullParticipants, 'people');
  const clients = figure('hospitalClients', 'Hospital clients a year', steps.hospitalClients.value, 'people');
  switch (s.driver.kind) {
    case 'hospital-clients':
      return [clients];
    case 'participants-and-hospital-clients':
      return [participants, clients];
    default:
      return [participants];
  }
}

function fteSteps(steps: PlanSteps, s: RoleStaffing): Steps {
  const { a } = steps;
  if (!s.enabled) return disabledSteps(steps, s);
  if (s.driver.kind === 'sites') {
    return { formula: `Sites × ${s.ratioLabel.replace(/^Site teams: /, '')}`, terms: [sitesTerm(steps), param(a, s.ratioParam as ParamId)] };
  }
  if (s.perSite !== null && s.sizing === 'frontline-headcount') {
    return {
      formula: 'Sites × site supervisors per site + frontline workers outside the site teams (hospital responders, case management) ÷ workers per supervisor',
      terms: [
        sitesTerm(steps),
        param(a, 'sites.supervisors'),
        { name: s.driver.label, value: s.driver.value, unit: 'people' },
        param(a, s.ratioParam as ParamId),
      ],
    };
  }
  switch (s.sizing) {
    case 'frontline-headcount':
      return {
        formula: 'Frontline workers ÷ workers per supervisor',
        terms: [figure('frontlineHeadcount', 'Frontline workers', steps.frontlineHeadcount, 'people'), param(a, s.ratioParam as ParamId)],
      };
    case 'population':
      return {
        formula: 'Staff at the reference population × √(population ÷ reference population)',
        terms: [
          field('population', 'Population', steps.input.population, 'people'),
          param(a, roleParam(s.id, 'staffAtReference')),
          param(a, roleParam(s.id, 'referencePopulation')),
        ],
      };
    default:
      return {
        formula: `${s.driver.label} ÷ ${s.ratioLabel.replace(/^.*?: /, '')}`,
        terms: [...driverTerms(steps, s), param(a, s.ratioParam as ParamId)],
        ...(s.fellBack ? { note: 'Nonfatal shooting victims were not given, so hospital responders fall back to the CAPS driver (participants).' } : {}),
      };
  }
}

function headcountSteps(steps: PlanSteps, s: RoleStaffing): Steps {
  const { a, year } = steps;
  if (!s.enabled) return disabledSteps(steps, s);
  const fteTerm = figure(`role.${s.id}.fte`, 'Full-time equivalents', s.fte, 'fte');
  if (s.driver.kind === 'sites' && !year) {
    return { formula: 'Sites × people per site: whole people, no rounding', terms: [sitesTerm(steps), param(a, s.ratioParam as ParamId)] };
  }
  if (s.perSite !== null && s.sizing === 'frontline-headcount') {
    return {
      formula: year
        ? 'Site supervisors at full strength × this year’s share, rounded half up, + supervision of the frontline outside the site teams, rounded half up (at least the minimum when there is any)'
        : 'Sites × site supervisors per site + supervision of the frontline outside the site teams rounded half up, at least the minimum when there is any',
      terms: [sitesTerm(steps), param(a, 'sites.supervisors'), { name: s.driver.label, value: s.driver.value, unit: 'people' }, param(a, s.ratioParam as ParamId), param(a, roleParam(s.id, 'minimum'))],
      ...(s.minimumApplied ? { note: 'The supervision outside the site teams was raised to the minimum.' } : {}),
    };
  }
  switch (s.sizing) {
    case 'frontline-headcount':
      return {
        formula: 'Full-time equivalents rounded half up, at least the minimum whenever any frontline worker is planned',
        terms: [fteTerm, param(a, roleParam(s.id, 'minimum'))],
        ...(s.minimumApplied ? { note: 'Raised to the minimum: every frontline team needs a supervisor.' } : {}),
      };
    case 'population': {
      const note = [s.minimumApplied ? 'Raised to the minimum: every place needs someone to coordinate the work.' : '', year ? 'OVP staff are at full strength from the first year.' : '']
        .filter(Boolean)
        .join(' ');
      return {
        formula: 'Full-time equivalents rounded half up, at least the minimum',
        terms: [fteTerm, param(a, roleParam(s.id, 'minimum'))],
        ...(s.minimumApplied || year ? { note } : {}),
      };
    }
    default:
      if (year) {
        return {
          formula: 'People at full strength × this year’s share of full staffing, rounded half up',
          terms: [
            { name: 'People at full strength', value: s.fullHeadcount, unit: 'people' },
            { name: 'Share of full staffing this year', value: year.share, unit: 'rate' },
          ],
          note: `${year.fiscalYear}: ${Math.round(year.share * 1000) / 10}% of full staffing`,
        };
      }
      return {
        formula: 'Full-time equivalents rounded to the nearest whole person (half rounds up)',
        terms: [fteTerm],
        ...(s.fte > 0 && s.headcount === 0 ? { note: 'Less than half a position: reported as a part-time need so the function is not left out.' } : {}),
      };
  }
}

/** Each role's FTE, people, salary and annual cost, in role order. */
export function explainStaffing(steps: PlanSteps): WorkingEntries {
  const { a, year, growth } = steps;
  const entries: WorkingEntries = [];
  const salaryGrowth: WorkingTerm[] =
    year && year.index > 0 ? [param(a, 'salaryGrowth'), { name: `Growth over ${year.index} year${year.index === 1 ? '' : 's'}`, value: growth.salary, unit: 'multiplier' }] : [];
  steps.staffing.forEach((s, i) => {
    const r = steps.roles[i];
    if (!r) return;
    entries.push(
      [`role.${s.id}.fte`, { label: `${r.label}: full-time equivalents`, value: s.fte, unit: 'fte', ...fteSteps(steps, s) }],
      [`role.${s.id}.headcount`, { label: `${r.label}: people to hire`, value: s.headcount, unit: 'people', ...headcountSteps(steps, s) }],
      [
        `role.${s.id}.salary`,
        {
          label: `${r.label}: salary`,
          formula: growth.salary !== 1 ? 'Salary × cost-of-living multiplier × (1 + salary growth) ^ years' : 'Salary × cost-of-living multiplier',
          terms: [param(a, roleParam(s.id, 'salary'), 'Salary (national average)'), param(a, 'costOfLiving', 'Cost-of-living multiplier'), ...salaryGrowth],
          value: r.salary,
          unit: 'usd',
        },
      ],
      [
        `role.${s.id}.cost`,
        {
          label: `${r.label}: annual cost`,
          formula: 'People × salary × (1 + fringe), rounded to whole dollars',
          terms: [figure(`role.${s.id}.headcount`, 'People', s.headcount, 'people'), figure(`role.${s.id}.salary`, 'Salary', r.salary, 'usd'), param(a, 'fringeRate', 'Fringe benefits')],
          value: r.cost,
          unit: 'usd',
        },
      ],
    );
  });
  return entries;
}
