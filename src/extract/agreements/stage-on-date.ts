import type { AgreementStatus } from '../../domain/index.js';
import { TRADE_AGREEMENT_STAGES, type TradeAgreementStages } from '../lexicons/agreements.js';

/** The trade agreement a name and its parties stand for, among the home country's. */
function stagesOf(names: readonly string[], parties: readonly string[], home: string): TradeAgreementStages | null {
  const others = parties.filter((p) => p !== home);
  return (
    TRADE_AGREEMENT_STAGES.find((row) =>
      row.name ? names.some((n) => row.name!.test(n)) : parties.includes(home) && others.length === row.sides!.length && row.sides!.every((s) => others.includes(s)),
    ) ?? null
  );
}

/**
 * `the Korea–China FTA` in a release of 2013: talks launched in 2012, signed in 2015, so under
 * negotiation then. The stage a trade agreement of the home country had on a day (`planned` before
 * its talks were launched, `negotiating` until signed — the annotators' reading of talks concluded
 * or a text initialled —, `signed` until in force, then `in_force`), or null when it is not one the
 * reference table knows. Only the home country `KR` has a table.
 */
export function stageOnDate(names: readonly string[], parties: readonly string[], home: string | null, day: string | null): AgreementStatus | null {
  if (home !== 'KR' || day === null) return null;
  const row = stagesOf(names, parties, home);
  if (row === null) return null;
  if (day < row.launched) return 'planned';
  if (row.signed === undefined || day < row.signed) return 'negotiating';
  if (row.inForce === undefined || day < row.inForce) return 'signed';
  return 'in_force';
}

/** The last day the table gives an entry into force: up to it, the table holds every agreement of the home country in force. */
const LAST_ENTRY = TRADE_AGREEMENT_STAGES.reduce((last, row) => (row.inForce !== undefined && row.inForce > last ? row.inForce : last), '');

/**
 * `a Korea–Ruritania FTA` named in passing in a release of 2016, the table knowing no such agreement:
 * the table holds every trade agreement the home country had in force up to its last entry into
 * force, so a bilateral one it does not know was not in force then (talks stalled, studied, hoped
 * for). Later releases may name one the table has yet to learn of, and are not read so.
 */
export function unknownBeforeLastEntry(names: readonly string[], parties: readonly string[], home: string | null, day: string | null): boolean {
  if (home !== 'KR' || day === null || day > LAST_ENTRY) return false;
  const others = parties.filter((p) => p !== home);
  return parties.includes(home) && others.length === 1 && stagesOf(names, parties, home) === null;
}
