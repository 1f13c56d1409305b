import type { Evidence } from '../domain/index.js';
import type { LifecycleStageName } from './types.js';

/**
 * Which stage one release's statement of an agreement is, from the status extraction gave it and
 * the sentence that names the agreement. The status says where the agreement stands; the sentence
 * only refines it: `negotiating` in "the first official round of negotiations for a CEPA" is the
 * launch, `planned` in "next year's FTA upgrade negotiations" is an upgrade being planned.
 */

/** Words saying the talks are about changing an agreement that exists. */
const UPGRADE_WORDS = /\b(upgrad\w*|amend\w*|second[- ]stage)\b/i;

/** Words saying the talks start. */
const LAUNCH_WORDS = /\b(launch\w*|kick(?:s|ed)?[- ]off|first (?:official )?round|(?:begin|began|begun|start(?:s|ed)?) (?:the |official )*negotiations?)\b/i;

/** Words of each status, to pick the sentence that says it among a release's mentions. */
const STATUS_WORDS: Readonly<Record<string, RegExp>> = {
  planned: /\b(plan\w*|will|launch\w*|propos\w*)\b/i,
  negotiating: /\b(negotiat\w*|talks|round)\b/i,
  signed: /\bsign\w*/i,
  in_force: /\b(in force|into force|effect\w*|implement\w*|under)\b/i,
};

/** A release's statement as a stage, and the sentence that supports it. */
export interface StatedStage {
  readonly stage: LifecycleStageName;
  readonly evidence: Evidence;
}

/**
 * The stage a release states, or null when it only mentions the agreement (`mentioned`, or an edge
 * built before MENTIONS kept the status). `evidence` is every mention of the agreement in that release.
 */
export function statedStage(status: string | undefined, evidence: readonly Evidence[]): StatedStage | null {
  const first = evidence[0];
  if (!first) return null;
  const saying = (words: RegExp | undefined) => (words ? evidence.find((e) => words.test(e.sentence)) : undefined);
  const upgrade = saying(UPGRADE_WORDS);
  switch (status) {
    case 'planned':
      return upgrade ? { stage: 'upgrade_planned', evidence: upgrade } : { stage: 'planned', evidence: saying(STATUS_WORDS.planned) ?? first };
    case 'negotiating': {
      if (upgrade) return { stage: 'upgrade_negotiating', evidence: upgrade };
      const launch = saying(LAUNCH_WORDS);
      return launch ? { stage: 'launch', evidence: launch } : { stage: 'negotiating', evidence: saying(STATUS_WORDS.negotiating) ?? first };
    }
    case 'signed':
    case 'in_force':
      return { stage: status, evidence: saying(STATUS_WORDS[status]) ?? first };
    default:
      return null;
  }
}

/** The stage an event about the agreement is: a negotiation round, a signing, or another occasion. */
export function eventStage(kind: string | undefined): LifecycleStageName {
  if (kind === 'negotiation_round') return 'round';
  if (kind === 'signing') return 'signed';
  return 'event';
}
