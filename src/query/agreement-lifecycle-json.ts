import { keptJson, keptListJson } from './kept-json.js';
import type { AgreementLifecycle, LifecycleStage } from './types.js';

type StageEvidence = LifecycleStage['first'];

/**
 * `JSON.stringify(lifecycle)`, each stage's release reference, sentence and event summary from its
 * text kept once (keptJson): they are the store's evidence objects and the presenters' shared
 * references, most of a lifecycle's 20 KB at 1000×. Only the stage records are written per answer.
 */
export function agreementLifecycleJson(lifecycle: AgreementLifecycle): string {
  let stages = '[';
  lifecycle.stages.forEach((stage, i) => {
    stages += (i > 0 ? ',' : '') + stageJson(stage);
  });
  return `{"agreement":${JSON.stringify(lifecycle.agreement)},"current":${JSON.stringify(lifecycle.current)},"stages":${stages}],"mentions":${JSON.stringify(lifecycle.mentions)},"upgradeOf":${lifecycle.upgradeOf ? keptJson(lifecycle.upgradeOf) : 'null'},"upgrades":${keptListJson(lifecycle.upgrades)}}`;
}

function stageJson(stage: LifecycleStage): string {
  return `{"stage":${JSON.stringify(stage.stage)},"date":${JSON.stringify(stage.date)},"dateBasis":${JSON.stringify(stage.dateBasis)},"event":${stage.event ? keptJson(stage.event) : 'null'},"count":${JSON.stringify(stage.count)},"first":${evidenceJson(stage.first)},"last":${stage.last ? evidenceJson(stage.last) : 'null'}}`;
}

function evidenceJson(evidence: StageEvidence): string {
  return `{"date":${JSON.stringify(evidence.date)},"dateBasis":${JSON.stringify(evidence.dateBasis)},"document":${keptJson(evidence.document)},"evidence":${keptJson(evidence.evidence)}}`;
}
