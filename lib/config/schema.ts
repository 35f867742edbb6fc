import { z } from 'zod';
import { checkGroupReferences } from './group-references';
import { auditSchema, checkAuditRetention, checkAuditRoles } from './sections/audit';
import { chatSchema, checkInjectionJudge } from './sections/chat';
import { coreShape } from './sections/core';
import { checkRequestBodyFits, edgeSchema } from './sections/edge';
import { identitySchema } from './sections/identity';
import { checkKnowledgeBase, knowledgeBaseSchema } from './sections/knowledge-base';
import { checkAllowedModels, modelsShape } from './sections/models';
import { governanceSchema } from './sections/governance';
import { checkOsakaAllowed, resilienceSchema } from './sections/resilience';
import { webClientSchema } from './sections/web-client';

/**
 * The whole deployment configuration. Every field has a default, so an empty object is a
 * valid configuration; a config file only names the fields it changes.
 */
export const deploymentConfigSchema = z
  .object({
    ...coreShape,
    ...modelsShape,
    identity: identitySchema,
    edge: edgeSchema,
    chat: chatSchema,
    audit: auditSchema,
    governance: governanceSchema,
    resilience: resilienceSchema,
    webClient: webClientSchema,
    knowledgeBase: knowledgeBaseSchema,
  })
  .strict()
  .superRefine(checkAuditRetention)
  .superRefine(checkAuditRoles)
  .superRefine(checkRequestBodyFits)
  .superRefine(checkGroupReferences)
  .superRefine(checkAllowedModels)
  .superRefine(checkInjectionJudge)
  .superRefine(checkOsakaAllowed)
  .superRefine(checkKnowledgeBase);

export type DeploymentConfig = z.infer<typeof deploymentConfigSchema>;
export type DeploymentConfigInput = z.input<typeof deploymentConfigSchema>;
