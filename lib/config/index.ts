export * from './schema';
export * from './load';
export { HOME_REGION, PARTNER_REGION, LOG_RETENTION_FLOOR_DAYS, AUDIT_RETENTION_FLOOR_DAYS } from './sections/core';
export { DEFAULT_MODELS, checkModelsCatalogued, type ConfigWithModels } from './sections/models';
export { MODEL_CATALOGUE, MODEL_CATALOGUE_DATE, cataloguedModel, type CataloguedModel, type ModelKind } from './sections/model-catalogue';
export { checkGroupsDefined, type ConfigWithGroups } from './group-references';
export { closestMatch, didYouMean } from './suggest';
