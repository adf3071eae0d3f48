import { Entity, Index, PrimaryKey } from '@mikro-orm/decorators/legacy';

/**
 * The chain of command, closed (decision 022): one row for every
 * organization and each organization at or above it, itself included. The
 * viewer's reach is the grants in force joined to it, one indexed join
 * instead of a recursion over the tree in every statement. Written only by
 * the trigger `organization_chain_of_command` (see `Organization`), so every
 * write path keeps it: commands, the demo seeder, COPY in the benchmark.
 */
@Entity({ tableName: 'organization_closure' })
@Index({ properties: ['descendantId'] })
export class OrganizationClosure {
  @PrimaryKey({ type: 'uuid' })
  ancestorId!: string;

  @PrimaryKey({ type: 'uuid' })
  descendantId!: string;
}
