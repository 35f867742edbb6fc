import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';

/**
 * IAM claims proven on the synthesized templates: the templates' intrinsic functions are
 * resolved to the ARNs CloudFormation would produce (physical names derived from logical ids),
 * the policies that apply are collected as AWS evaluates them, and the request is decided by
 * the @cloud-copilot/iam-simulate policy engine.
 */

export const ACCOUNT = '111111111111';
export const REGION = 'ap-northeast-1';

type Json = any;
interface StackTemplate {
  readonly name: string;
  readonly template: { Resources: Record<string, Json>; Outputs?: Record<string, Json>; Metadata?: Record<string, Json> };
}

/**
 * AWS managed policies as AWS publishes them (only the ones a kit template might reference);
 * an unknown one fails the simulation instead of being ignored.
 */
export const AWS_MANAGED_POLICIES: Record<string, Json> = {
  'service-role/AWSLambdaBasicExecutionRole': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
  },
  'service-role/AWSLambdaVPCAccessExecutionRole': {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents',
          'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets',
          'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses',
        ],
        Resource: '*',
      },
    ],
  },
  AdministratorAccess: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
};

/** Every stack template of an assembly. */
export function stacksOf(assembly: CloudAssembly): StackTemplate[] {
  return assembly.stacks.map((s) => ({ name: s.stackName, template: s.template }));
}

/** Resolves CloudFormation intrinsics across the stacks of one assembly. */
export class TemplateResolver {
  private readonly exports = new Map<string, { stack: StackTemplate; value: Json }>();

  constructor(public readonly stacks: readonly StackTemplate[]) {
    for (const stack of stacks) {
      for (const output of Object.values(stack.template.Outputs ?? {})) {
        const name = output.Export?.Name;
        if (typeof name === 'string') this.exports.set(name, { stack, value: output.Value });
      }
    }
  }

  stack(name: string): StackTemplate {
    const s = this.stacks.find((x) => x.name === name);
    if (!s) throw new Error(`no stack ${name} (have ${this.stacks.map((x) => x.name).join(', ')})`);
    return s;
  }

  /** The one resource of a type whose logical id starts with a prefix. */
  find(stackName: string, type: string, logicalIdPrefix: string): { id: string; resource: Json } {
    const matches = Object.entries(this.stack(stackName).template.Resources).filter(([id, r]) => r.Type === type && id.startsWith(logicalIdPrefix));
    if (matches.length !== 1) throw new Error(`${stackName}: expected one ${type} named ${logicalIdPrefix}*, found ${matches.map(([id]) => id).join(', ') || 'none'}`);
    return { id: matches[0][0], resource: matches[0][1] };
  }

  physicalName(stack: StackTemplate, id: string): string {
    const r = stack.template.Resources[id];
    if (!r) throw new Error(`${stack.name}: no resource ${id}`);
    const p = r.Properties ?? {};
    switch (r.Type) {
      case 'AWS::Logs::LogGroup':
        return p.LogGroupName !== undefined ? this.resolve(stack, p.LogGroupName) : `${stack.name}-${id}`;
      case 'AWS::S3::Bucket':
        return p.BucketName !== undefined ? this.resolve(stack, p.BucketName) : `${stack.name}-${id}`.toLowerCase();
      case 'AWS::IAM::Role':
        return p.RoleName !== undefined ? this.resolve(stack, p.RoleName) : `${stack.name}-${id}`;
      case 'AWS::KMS::Key':
        return `key-${id}`;
      default:
        return `${stack.name}-${id}`;
    }
  }

  arn(stack: StackTemplate, id: string): string {
    const r = stack.template.Resources[id];
    const name = this.physicalName(stack, id);
    switch (r.Type) {
      case 'AWS::Logs::LogGroup':
        return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}:*`;
      case 'AWS::S3::Bucket':
        return `arn:aws:s3:::${name}`;
      case 'AWS::IAM::Role':
        return `arn:aws:iam::${ACCOUNT}:role/${name}`;
      case 'AWS::IAM::ManagedPolicy':
        return `arn:aws:iam::${ACCOUNT}:policy/${name}`;
      case 'AWS::KMS::Key':
        return `arn:aws:kms:${REGION}:${ACCOUNT}:key/${name}`;
      case 'AWS::Lambda::Function':
        return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
      case 'AWS::DynamoDB::Table':
      case 'AWS::DynamoDB::GlobalTable':
        return `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`;
      case 'AWS::SNS::Topic':
        return `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
      case 'AWS::CloudTrail::Trail':
        return `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`;
      case 'AWS::Bedrock::KnowledgeBase':
        return `arn:aws:bedrock:${REGION}:${ACCOUNT}:knowledge-base/${id.slice(0, 10).toUpperCase()}`;
      case 'AWS::S3Vectors::VectorBucket':
        return `arn:aws:s3vectors:${REGION}:${ACCOUNT}:bucket/${name.toLowerCase()}`;
      case 'AWS::S3Vectors::Index': {
        const bucket = this.resolve(stack, r.Properties?.VectorBucketArn);
        return `${bucket}/index/${name.toLowerCase()}`;
      }
      default:
        return `arn:aws:${r.Type.split('::')[1].toLowerCase()}:${REGION}:${ACCOUNT}:${name}`;
    }
  }

  private ref(stack: StackTemplate, name: string): string {
    switch (name) {
      case 'AWS::Partition': return 'aws';
      case 'AWS::Region': return REGION;
      case 'AWS::AccountId': return ACCOUNT;
      case 'AWS::URLSuffix': return 'amazonaws.com';
      case 'AWS::StackName': return stack.name;
      default: {
        const r = stack.template.Resources[name];
        if (!r) throw new Error(`${stack.name}: Ref to unknown ${name}`);
        // These types return their ARN for Ref.
        if (['AWS::IAM::ManagedPolicy', 'AWS::SNS::Topic'].includes(r.Type)) return this.arn(stack, name);
        return this.physicalName(stack, name);
      }
    }
  }

  resolve(stack: StackTemplate, value: Json): Json {
    if (Array.isArray(value)) return value.map((v) => this.resolve(stack, v));
    if (value === null || typeof value !== 'object') return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [k] = keys;
      const v = value[k];
      switch (k) {
        case 'Ref': return this.ref(stack, v);
        case 'Fn::GetAtt': {
          const [id, attr] = Array.isArray(v) ? v : String(v).split('.');
          // Service-specific ARN attributes (KnowledgeBaseArn, VectorBucketArn, IndexArn) are the resource's ARN too.
          if (attr === 'Arn' || /^(KnowledgeBase|VectorBucket|Index)Arn$/.test(attr)) return this.arn(stack, id);
          if (attr === 'KeyId') return this.physicalName(stack, id);
          // Other attributes (ids such as a VPC's default security group) resolve to a stable stand-in.
          return `${this.physicalName(stack, id)}.${attr}`.toLowerCase();
        }
        case 'Fn::Join': return (this.resolve(stack, v[1]) as string[]).join(v[0]);
        case 'Fn::Select': return this.resolve(stack, v[1])[Number(this.resolve(stack, v[0]))];
        case 'Fn::Split': return String(this.resolve(stack, v[1])).split(v[0]);
        case 'Fn::Sub': {
          const [text, vars] = typeof v === 'string' ? [v, {}] : v;
          return String(text).replace(/\$\{([^}]+)\}/g, (_m: string, name: string) => {
            if (vars[name] !== undefined) return this.resolve(stack, vars[name]);
            const [id, attr] = name.split('.');
            return attr ? this.resolve(stack, { 'Fn::GetAtt': [id, attr] }) : this.ref(stack, id);
          });
        }
        case 'Fn::GetStackOutput': {
          const target = this.stack(this.resolve(stack, v.StackName));
          const output = target.template.Outputs?.[v.OutputName];
          if (!output) throw new Error(`${stack.name}: ${target.name} has no output ${v.OutputName}`);
          return this.resolve(target, output.Value);
        }
        case 'Fn::ImportValue': {
          const exported = this.exports.get(this.resolve(stack, v));
          if (!exported) throw new Error(`${stack.name}: import of unknown export ${JSON.stringify(v)}`);
          return this.resolve(exported.stack, exported.value);
        }
        default:
          break;
      }
    }
    return Object.fromEntries(keys.map((k) => [k, this.resolve(stack, value[k])]));
  }

  /** The identity policies AWS applies to a role: inline, attached customer managed, attached AWS managed. */
  identityPoliciesOf(stackName: string, roleId: string): Array<{ name: string; policy: Json }> {
    const stack = this.stack(stackName);
    const role = stack.template.Resources[roleId];
    if (role?.Type !== 'AWS::IAM::Role') throw new Error(`${stackName}: ${roleId} is not a role`);
    const policies: Array<{ name: string; policy: Json }> = [];
    for (const p of role.Properties.Policies ?? []) policies.push({ name: `${roleId}/${p.PolicyName}`, policy: this.resolve(stack, p.PolicyDocument) });
    for (const arnValue of role.Properties.ManagedPolicyArns ?? []) {
      const arn = String(this.resolve(stack, arnValue));
      const awsManaged = /^arn:aws:iam::aws:policy\/(.+)$/.exec(arn);
      if (awsManaged) {
        const doc = AWS_MANAGED_POLICIES[awsManaged[1]];
        if (!doc) throw new Error(`AWS managed policy ${awsManaged[1]} is not known to the simulation; add its published document`);
        policies.push({ name: awsManaged[1], policy: doc });
        continue;
      }
      const [id] = Object.entries(stack.template.Resources).find(([pid, r]) => r.Type === 'AWS::IAM::ManagedPolicy' && this.arn(stack, pid) === arn) ?? [];
      if (!id) throw new Error(`${stackName}: managed policy ${arn} not found in the stack`);
      policies.push({ name: id, policy: this.resolve(stack, stack.template.Resources[id].Properties.PolicyDocument) });
    }
    // AWS::IAM::Policy and ManagedPolicy resources that name the role (grants added from any stack).
    for (const s of this.stacks) {
      for (const [id, r] of Object.entries(s.template.Resources)) {
        if (r.Type !== 'AWS::IAM::Policy' && r.Type !== 'AWS::IAM::ManagedPolicy') continue;
        const roles = (r.Properties.Roles ?? []).map((x: Json) => this.resolve(s, x));
        if (roles.includes(this.physicalName(stack, roleId))) policies.push({ name: id, policy: this.resolve(s, r.Properties.PolicyDocument) });
      }
    }
    return policies;
  }

  roleArn(stackName: string, roleId: string): string {
    return this.arn(this.stack(stackName), roleId);
  }

  /** The resolved key policy of a KMS key, or the policy of the bucket policy resource naming a bucket. */
  keyPolicy(stackName: string, keyId: string): Json {
    const stack = this.stack(stackName);
    return this.resolve(stack, stack.template.Resources[keyId].Properties.KeyPolicy);
  }

  bucketPolicy(stackName: string, bucketId: string): Json {
    const stack = this.stack(stackName);
    const bucket = this.physicalName(stack, bucketId);
    const found = Object.values(stack.template.Resources).find((r) => r.Type === 'AWS::S3::BucketPolicy' && this.resolve(stack, r.Properties.Bucket) === bucket);
    if (!found) throw new Error(`${stackName}: no bucket policy for ${bucketId}`);
    return this.resolve(stack, found.Properties.PolicyDocument);
  }
}

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export interface SimulateRequest {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly identityPolicies: Array<{ name: string; policy: Json }>;
  readonly resourcePolicy?: Json;
  readonly context?: Record<string, string | string[]>;
  /** Service control policies from the root down to the account, each level's policies together. */
  readonly serviceControlPolicies?: Array<{ orgIdentifier: string; policies: Array<{ name: string; policy: Json }> }>;
}

/**
 * Decide one request with the IAM policy engine; a malformed simulation throws. A role principal
 * calls as a session of that role (`assumed-role/<name>/session`), with the global context keys AWS
 * sets for it (aws:PrincipalArn is the role's ARN).
 */
export async function decide(request: SimulateRequest): Promise<Decision> {
  const role = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(request.principal);
  const principal = role ? `arn:aws:sts::${role[1]}:assumed-role/${role[2]}/simulated-session` : request.principal;
  const simulation: Simulation = {
    request: {
      principal,
      action: request.action,
      resource: { resource: request.resource, accountId: ACCOUNT },
      contextVariables: {
        'aws:SecureTransport': 'true',
        ...(role ? { 'aws:PrincipalArn': request.principal, 'aws:PrincipalAccount': role[1], 'aws:PrincipalType': 'AssumedRole' } : {}),
        ...request.context,
      },
    },
    identityPolicies: request.identityPolicies,
    serviceControlPolicies: request.serviceControlPolicies ?? [],
    resourceControlPolicies: [],
    ...(request.resourcePolicy ? { resourcePolicy: request.resourcePolicy } : {}),
  };
  const response = await runSimulation(simulation, {});
  if (response.resultType === 'error') throw new Error(`simulation error: ${JSON.stringify(response.errors)}`);
  return response.overallResult as Decision;
}
