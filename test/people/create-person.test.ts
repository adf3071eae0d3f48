/**
 * createPerson: names stored in NFC and found by it; bad input creates nobody.
 */
import { describe, expect, it } from 'vitest';
import { unique } from '../helpers/factories.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import { CreatePerson, PersonDetail, admin, ts, usePeopleServer } from '../helpers/people.js';

usePeopleServer();

describe('createPerson', () => {
  it('stores a Vietnamese name written in NFD as NFC, and finds it by the NFC spelling', async () => {
    const nfc = `Nguyễn Thị Hương ${unique()}`;
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const result = await ts.gql(
      CreatePerson,
      { input: { fullName: `  ${nfd}  `, email: ' huong@danvan.langson.gov.vn ', phone: '0205 3812 345' } },
      admin.token,
    );
    const person = ok(result).createPerson.person;
    expect(person.fullName).toBe(nfc);
    expect(person.email).toBe('huong@danvan.langson.gov.vn');
    expect(person.phone).toBe('0205 3812 345');
    const stored = await ts.orm.em.fork().findOneOrFail(Person, dbId(person.id));
    expect(stored.fullName).toBe(nfc);
    const reread = ok(await ts.gql(PersonDetail, { id: person.id }, admin.token));
    expect(reread.person.fullName).toBe(nfc);
  });

  it('refuses an empty name, a 301-character name and a malformed email, and creates nobody', async () => {
    const marker = unique('x');
    const cases = [
      { input: { fullName: '' }, field: 'fullName' },
      { input: { fullName: '   ' }, field: 'fullName' },
      { input: { fullName: `${marker}${'ư'.repeat(301 - marker.length)}` }, field: 'fullName' },
      { input: { fullName: `Trần Văn ${marker}`, email: 'not-an-email' }, field: 'email' },
      { input: { fullName: `Trần Văn ${marker}`, email: 'a@b' }, field: 'email' },
    ];
    for (const c of cases) {
      const result = await ts.gql(CreatePerson, { input: c.input }, admin.token);
      expect(result.status).toBeLessThan(500);
      expect(codeOf(result), JSON.stringify(c.input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(c.field);
      expect(result.data ?? null).toBeNull();
    }
    // 300 characters is still fine: the limit is exact.
    const longest = ok(
      await ts.gql(
        CreatePerson,
        { input: { fullName: `${marker}${'ư'.repeat(300 - marker.length)}` } },
        admin.token,
      ),
    );
    expect(longest.createPerson.person.fullName).toHaveLength(300);
    const stored = await ts.orm.em.fork().count(Person, { searchKey: { $like: `%${marker}%` } });
    expect(stored).toBe(1);
  });
});
