import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search } from '../../core/text.js';
import { LegalDocumentKind } from './legal-document.entity.js';
import { LegalDocumentType } from './legal-document.type.js';

/** Ceiling on the raw length of a link; the command checks it is one, of at most 2,000 characters. */
const MAX_RAW_TEXT = 5000;
/** Longest official number. */
export const MAX_NUMBER_LENGTH = 100;
/** Longest title. */
export const MAX_TITLE_LENGTH = 1000;

/** Filter of the `legalDocuments` query. */
@InputType()
export class LegalDocumentFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches number or title, ignoring case and diacritics ("593-qd" finds "593-QĐ/TU").',
  })
  @Search()
  search?: string | null;

  @Field(() => ID, { nullable: true })
  issuingOrganizationId?: string | null;

  @Field(() => [LegalDocumentKind], { nullable: true })
  kinds?: LegalDocumentKind[] | null;
}

@InputType()
export class CreateLegalDocumentInput {
  @Field({ description: 'Official number, at most 100 characters, unique per issuing organization.' })
  @Name({ max: MAX_NUMBER_LENGTH })
  number!: string;

  @Field(() => LegalDocumentKind)
  kind!: LegalDocumentKind;

  @Field({ description: 'At most 1,000 characters.' })
  @Name({ max: MAX_TITLE_LENGTH })
  title!: string;

  @Field(() => ID)
  issuingOrganizationId!: string;

  @Field(() => LocalDate)
  issuedOn!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link, at most 2,000 characters.' })
  @IsOptional()
  @MaxLength(MAX_RAW_TEXT)
  url?: string | null;
}

@ObjectType()
export class CreateLegalDocumentPayload {
  @Field(() => LegalDocumentType)
  legalDocument!: LegalDocumentType;
}
