import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { loader, type Context, loadNow } from '../../core/context.js';
import { optionalGlobalId } from '../../core/ids.js';
import { registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { createLegalDocument } from './commands/create-legal-document.js';
import { LegalDocument } from './legal-document.entity.js';
import {
  CreateLegalDocumentInput,
  CreateLegalDocumentPayload,
  LegalDocumentFilter,
} from './legal-document.inputs.js';
import { legalDocumentById } from './legal-document.loaders.js';
import { legalDocumentListQuery } from './legal-document.repository.js';
import { LegalDocumentConnection, LegalDocumentType } from './legal-document.type.js';

registerNodeType('LegalDocument', (ctx, id) => loader(ctx, legalDocumentById).load(id));

/** Legal basis documents: public acts, readable by every signed-in user. */
@Resolver(() => LegalDocumentType)
export class LegalDocumentResolver {
  @SignedInQuery(() => LegalDocumentConnection, {
    description: 'Legal basis documents, newest issue date first.',
  })
  async legalDocuments(
    @Args() page: PageArgs,
    @Arg('filter', () => LegalDocumentFilter, { nullable: true }) filter: LegalDocumentFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const issuingOrganizationId = optionalGlobalId(
      filter?.issuingOrganizationId,
      'Organization',
      'issuingOrganizationId',
    );
    const query = legalDocumentListQuery(await ctx.access(), { ...filter, issuingOrganizationId });
    return readPlainPage(ctx.em, LegalDocument, query, pageRequest(page, info));
  }

  @SignedInMutation(() => CreateLegalDocumentPayload, {
    description:
      'Records a legal document; needs COORDINATOR or ADMIN on the issuing organization. CONFLICT when the issuer already has that number.',
  })
  async createLegalDocument(
    @Arg('input', () => CreateLegalDocumentInput) input: CreateLegalDocumentInput,
    @Ctx() ctx: Context,
  ) {
    return { legalDocument: await createLegalDocument(ctx, input) };
  }

  @FieldResolver(() => OrganizationType)
  issuingOrganization(@Root() document: Plain<LegalDocument>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, document.issuingOrganization.id);
  }
}
