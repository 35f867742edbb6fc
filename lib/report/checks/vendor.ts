import type { CheckOutcome } from '../checklist';
import { finding } from '../checklist';
import type { AssemblyModel } from '../model';
import { text } from '../model';
import { allResources, compareText } from '../template-query';

/** AWS services the templates use (from resource types), the scope of the vendor review. */
export function servicesInUse(model: AssemblyModel): string[] {
  const services = new Set<string>();
  for (const r of allResources(model)) {
    const m = /^AWS::([A-Za-z0-9]+)::/.exec(r.resource.Type);
    if (m) services.add(m[1]);
  }
  // Bedrock is called at run time through the endpoint, not declared as a resource.
  if (allResources(model).some((r) => JSON.stringify(r.resource.Properties ?? {}).includes('bedrock'))) services.add('Bedrock');
  return [...services].sort(compareText);
}

/** V-1: certifications. Organizational; the templates tell which services are in scope. */
export function checkV1(model: AssemblyModel): CheckOutcome {
  const services = servicesInUse(model);
  return {
    status: 'organizational',
    present: [finding(text(`AWS services in scope: ${services.join(', ')}.`, `対象の AWS サービス: ${services.join('、')}。`))],
    missing: [],
    guidance: [
      text(
        "Download AWS's SOC 1/2, ISO/IEC 27001/27017/27018 and other reports from AWS Artifact; check the ISMAP cloud service list for AWS and each service above ('AWS Services in Scope by Compliance Program').",
        'AWS Artifact から SOC 1/2、ISO/IEC 27001/27017/27018 等のレポートを入手し、ISMAP クラウドサービスリストで AWS と上記の各サービスを確認する（「コンプライアンスプログラムによる対象範囲内の AWS のサービス」）。',
      ),
    ],
  };
}

/** V-2: service levels. Organizational; pointers to the SLA of each service in use. */
export function checkV2(model: AssemblyModel): CheckOutcome {
  const services = servicesInUse(model);
  return {
    status: 'organizational',
    present: [finding(text(`Services whose SLA applies: ${services.join(', ')}.`, `SLA を確認すべきサービス: ${services.join('、')}。`))],
    missing: [],
    guidance: [
      text(
        "Read each service's published service level agreement (AWS 'Service Level Agreements' page, e.g. Amazon Bedrock SLA) and record the committed availability and credits; decide the business fallback when the service is unavailable.",
        '各サービスの SLA（AWS の「Service Level Agreements」ページ、例: Amazon Bedrock SLA）を確認し、稼働率とサービスクレジットを記録する。利用不能時の業務上の代替手段を決めておく。',
      ),
    ],
  };
}
