import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { allows } from '../../core/policy.js';
import type { Plain } from '../../core/read/rows.js';
import { legalDocumentById } from '../legal-documents/legal-document.loaders.js';
import { LegalDocumentType } from '../legal-documents/legal-document.type.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { ModelAdoption, ModelCommendation, ModelYearStatus } from './model.entity.js';
import { readableModel } from './model.loaders.js';
import { modelOrganizationPolicy } from './model.policy.js';
import { ModelAdoptionType, ModelCommendationType, ModelType, ModelYearStatusType } from './model.type.js';

/** `ModelYearStatus.replica`. */
@Resolver(() => ModelYearStatusType)
export class ModelYearStatusResolver {
  @FieldResolver(() => ModelType, {
    nullable: true,
    description: 'REPLICATED: the replica; null otherwise or when the viewer may not read it.',
  })
  replica(@Root() status: Plain<ModelYearStatus>, @Ctx() ctx: Context) {
    return status.replica ? readableModel(ctx, status.replica.id) : null;
  }
}

/** `ModelCommendation.decisionDocument`. */
@Resolver(() => ModelCommendationType)
export class ModelCommendationResolver {
  @FieldResolver(() => LegalDocumentType, { nullable: true, description: 'The decision, when recorded.' })
  decisionDocument(@Root() commendation: Plain<ModelCommendation>, @Ctx() ctx: Context) {
    return commendation.decisionDocument
      ? loader(ctx, legalDocumentById).load(commendation.decisionDocument.id)
      : null;
  }
}

/** `ModelAdoption.organization`. */
@Resolver(() => ModelAdoptionType)
export class ModelAdoptionResolver {
  @FieldResolver(() => OrganizationType, { description: 'The adopting organization.' })
  organization(@Root() adoption: Plain<ModelAdoption>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, adoption.organization.id);
  }
}

/** `Organization.viewerCan.registerModel`, from the models module's rule on the owner. */
@Resolver(() => OrganizationPermissions)
export class OrganizationModelPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'registerModel owned by this organization' })
  registerModel(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, modelOrganizationPolicy, 'registerModel', { id: can.organizationId });
  }
}
