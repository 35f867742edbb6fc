import * as path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { IDP_GROUP_MAPPING_ENV } from '../../contracts/idp-groups';
import { KitFunction } from './kit-function';

export interface IdpGroupMappingProps {
  readonly userPool: cognito.UserPool;
  /** IdP group value -> Cognito group names (`idpGroupMapping(config.identity)`). */
  readonly mapping: Readonly<Record<string, readonly string[]>>;
  readonly vpc: ec2.IVpc;
  readonly logsKey: kms.IKey;
  readonly environmentKey: kms.IKey;
  readonly logRetentionDays: number;
  /** Concurrent sign-ins the trigger serves; more are refused by Cognito. @default 20 */
  readonly reservedConcurrency?: number;
  /** Keep the function's log group on stack deletion. @default true */
  readonly retain?: boolean;
}

/**
 * Puts the Cognito groups that a federated user's IdP groups map to into `cognito:groups` of
 * every token the pool issues (a pre-token-generation trigger, event version 2), so role and
 * department groups follow the corporate directory. A local user's `custom:idp_groups` is never
 * mapped. The trigger makes no AWS call; if it fails, Cognito issues no token.
 */
export class IdpGroupMapping extends Construct {
  public readonly kitFunction: KitFunction;

  constructor(scope: Construct, id: string, props: IdpGroupMappingProps) {
    super(scope, id);
    if (Object.keys(props.mapping).length === 0) {
      throw new Error(`IdpGroupMapping ${this.node.path}: the mapping is empty; create the construct only when a group maps IdP groups`);
    }
    this.kitFunction = new KitFunction(this, 'Trigger', {
      entry: path.join(__dirname, '..', '..', 'lambda', 'handlers', 'token-groups.ts'),
      description: 'Maps IdP group claims to Cognito groups in issued tokens',
      vpc: props.vpc,
      logsKey: props.logsKey,
      environmentKey: props.environmentKey,
      logRetentionDays: props.logRetentionDays,
      reservedConcurrency: props.reservedConcurrency ?? 20,
      memorySize: 256,
      // Cognito waits at most 5 seconds for a trigger.
      timeout: Duration.seconds(5),
      environment: { [IDP_GROUP_MAPPING_ENV]: JSON.stringify(props.mapping) },
      retain: props.retain,
    });
    props.userPool.addTrigger(cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, this.kitFunction.function, cognito.LambdaVersion.V2_0);
    Validations.of(this.kitFunction.function.node.defaultChild!).acknowledge({
      id: 'NIST.800.53.R5-LambdaDLQ',
      reason: 'Invoked only synchronously by Cognito during sign-in, which fails the sign-in on any error; a dead-letter queue applies to asynchronous invocations.',
    });
  }
}
