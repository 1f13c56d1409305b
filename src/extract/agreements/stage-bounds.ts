import type { AgreementStatus } from '../../domain/index.js';
import { DAY_MS, isoDate, parseIsoDate } from '../dates/index.js';
import { stageOnDate } from './stage-on-date.js';

/** `Protocol Amending the X`, `the revised X`: a new text of an agreement, signed afresh whatever stage the first text has. */
const RENEWED_NAME = /\b(?:protocols?|amend(?:ed|ing|ments?)|revised|upgraded)\b/i;
/** `signed the upgraded X`, `the amended X`: the words right before a name that make it a new text. */
const RENEWED_BEFORE = /\b(?:upgraded|revised|amended|renewed|updated)\s+$/i;

/** Whether the words just before a name at `start` make it a renewed text (`the upgraded X`). */
export function renewedAt(sentence: string, start: number): boolean {
  return RENEWED_BEFORE.test(sentence.slice(Math.max(0, start - 20), start));
}

/**
 * `signed an MOU on launching follow-up talks of the Korea–China FTA` in 2017, `beyond the
 * concessions of the Korea–ASEAN FTA` in a sentence that says `signed`: a cue of signing read for a
 * home-country trade agreement that was already in force on the release day is the sentence's
 * other document, not this one's stage, so the agreement is `in_force`. `tariffs removed under the
 * Korea–China FTA` nine days before its entry into force: an agreement read as in force whose day
 * has not come (the release's own day or the next count as come, as in entersOnReleaseEve) is
 * `signed`, and one read as in force from its sentence's cue that the table has not yet seen signed
 * has the table's stage (`negotiating`, `planned`). Any other reading stands, and so does every reading of a renewed text (an upgrade, a
 * protocol amending it), which is signed afresh.
 */
export function boundByStages(status: AgreementStatus, names: readonly string[], parties: readonly string[], home: string | null, releaseDate: string | null, reading: StatusReading = {}): AgreementStatus {
  if (releaseDate === null || reading.renewed === true || names.some((n) => RENEWED_NAME.test(n))) return status;
  if (status === 'signed' && stageOnDate(names, parties, home, releaseDate) === 'in_force') return 'in_force';
  if (status !== 'in_force') return status;
  const stage = stageOnDate(names, parties, home, nextDay(releaseDate));
  if (stage === 'signed') return 'signed';
  // Not yet signed on the release day, in force only by a cue of its sentence (`the full implementation
  // of RCEP, and to continue discussions toward a … Alpha–Beta–Gamma FTA`: the cue is another
  // agreement's): the stage it had. Its own words (`the X entered into force`) stand, as the table
  // may not yet know a recent signing.
  return (stage === 'negotiating' || stage === 'planned') && reading.stated !== true ? stage : status;
}

/** How a status was read: of a renewed text (`the upgraded X`), or from the words beside the name rather than its sentence's cue. */
export interface StatusReading {
  readonly renewed?: boolean;
  readonly stated?: boolean;
}

function nextDay(day: string): string {
  const time = parseIsoDate(day);
  return time === null ? day : isoDate(time + DAY_MS);
}
