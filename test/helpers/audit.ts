import type { MikroORM } from '@mikro-orm/postgresql';

/** How many audit records `userId` wrote for `operation` (a mutation's name), read straight from the database. */
export async function auditCount(orm: MikroORM, operation: string, userId: string): Promise<number> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(
      'select count(*) as n from audit_record where operation = ? and actor_user_id = ?',
      [operation, userId],
    );
  return Number(rows[0].n);
}
