/**
 * Model lists: filters (status in a year or latest, fields, owner subtree, area subtree, years,
 * search without diacritics), only what the viewer may read, typed errors, and the statement count of
 * a page with its nested fields (no N+1).
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { fails, ok } from '../helpers/results.js';
import {
  AdoptModel,
  Models,
  RecordStatus,
  makeWorld,
  registerModel,
  ts,
  useModelsServer,
} from '../helpers/models.js';
import { Role } from '../../server/core/access.js';
import { makeUserWith } from '../helpers/factories.js';

useModelsServer();

const ModelsPage = graphql(`
  query ModelsPage($filter: ModelFilter, $first: Int, $areaId: ID!) {
    models(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          name owner { name } area { name } adoptionCount
          adoption(areaId: $areaId, on: "2024-06-30") { adopted total }
          statuses { year status replica { name } }
          evidence { note } commendations { decisionNumber decisionDocument { number } }
          adoptions(first: 3) { totalCount edges { node { adoptedOn organization { name } } } }
          viewerCan { recordStatus }
        }
      }
    }
  }
`);

describe('model lists', () => {
  it('filters by status in a year or latest, fields, owner and area subtrees, years and search', async () => {
    const w = await makeWorld(2);
    const tag = unique('M');
    const branch = await makeOrganization(ts.orm.em.fork(), {
      area: w.province,
      name: `Chi bộ ${tag}`,
      parent: w.owner,
    });
    const branchCoordinator = await makeUserWith(ts.orm, branch.id, Role.COORDINATOR);
    const a = await registerModel(w, {
      name: `${tag} Dân vận khéo Hữu Lũng`,
      field: 'ECONOMY',
      yearRegistered: 2022,
    });
    const b = await registerModel(w, {
      name: `${tag} Chính quyền thân thiện`,
      yearRegistered: 2023,
      level: 'COMMUNE',
      areaId: gid.area(w.communeAreas[0]),
    });
    const c = await registerModel(w, {
      name: `${tag} Ba không`,
      yearRegistered: 2024,
      field: 'DEFENCE_SECURITY',
    });
    const branchModel = ok(
      await ts.gql(
        `mutation($i: RegisterModelInput!) { registerModel(input: $i) { model { id name } } }`,
        {
          i: {
            ownerOrganizationId: gid.org(branch),
            name: `${tag} Mô hình chi bộ`,
            areaId: gid.area(w.province),
            level: 'VILLAGE',
            field: 'OTHER',
            yearRegistered: 2024,
          },
        },
        branchCoordinator.token,
      ),
    ) as { registerModel: { model: { id: string; name: string } } };
    ok(
      await ts.gql(
        RecordStatus,
        { input: { modelId: a.id, expectedVersion: 1, year: 2024, status: 'MAINTAINED' } },
        w.coordinator.token,
      ),
    );
    ok(
      await ts.gql(
        RecordStatus,
        { input: { modelId: b.id, expectedVersion: 1, year: 2024, status: 'MAINTAINED' } },
        w.coordinator.token,
      ),
    );
    const list = async (filter: Record<string, unknown>, token = w.coordinator.token) =>
      ok(await ts.gql(Models, { filter: { search: tag, ...filter } }, token)).models.edges.map(
        (e) => e.node.name,
      );
    const [A, B, C, BR] = [a.name, b.name, c.name, branchModel.registerModel.model.name];
    expect(await list({})).toEqual([C, B, A, BR].toSorted());
    expect(await list({ year: 2024, status: ['MAINTAINED'] })).toEqual([B, A].toSorted());
    expect(await list({ year: 2024, status: ['NEW'] })).toEqual([C, BR].toSorted());
    expect(await list({ year: 2023 })).toEqual([B]);
    expect(await list({ status: ['NEW'] })).toEqual([C, BR].toSorted());
    expect(await list({ fields: ['ECONOMY', 'DEFENCE_SECURITY'] })).toEqual([C, A].toSorted());
    expect(await list({ ownerOrganizationId: gid.org(branch) })).toEqual([BR]);
    expect(await list({ ownerOrganizationId: gid.org(w.committee) })).toHaveLength(4);
    expect(await list({ areaId: gid.area(w.communeAreas[0]) })).toEqual([B]);
    expect(await list({ registeredFrom: 2023, registeredTo: 2023 })).toEqual([B]);
    expect(await list({ search: `${tag} dan van kheo huu lung` })).toEqual([A]);
    // The branch's coordinator reads only its own; the commune reads the model once it adopts it.
    expect(await list({}, branchCoordinator.token)).toEqual([BR]);
    expect(await list({}, w.communeViewer.token)).toEqual([]);
    ok(
      await ts.gql(
        AdoptModel,
        { input: { modelId: b.id, organizationId: gid.org(w.communeOrgs[0]), adoptedOn: '2024-01-01' } },
        w.coordinator.token,
      ),
    );
    expect(await list({}, w.communeViewer.token)).toEqual([B]);
    expect(await list({}, w.outsiderCoordinator.token)).toEqual([]);
    fails(
      await ts.gql(Models, { filter: { registeredFrom: 2024, registeredTo: 2023 } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'registeredTo',
    );
    fails(await ts.gql(Models, { filter: { year: 1700 } }, w.coordinator.token), 'BAD_USER_INPUT', 'year');
    fails(
      await ts.gql(Models, { filter: { areaId: gid.org(w.owner) } }, w.coordinator.token),
      'BAD_USER_INPUT',
      'areaId',
    );
    fails(
      await ts.gql(Models, { after: 'bm90LWEtY3Vyc29y' }, w.coordinator.token),
      'BAD_USER_INPUT',
      'after',
    );
  });

  it('reads a page of 30 models with every nested field in no more statements than a page of 3', async () => {
    const w = await makeWorld(3);
    const tag = unique('N');
    const ids: string[] = [];
    for (let i = 0; i < 30; i++)
      ids.push((await registerModel(w, { name: `${tag} Mô hình ${String(i).padStart(2, '0')}` })).id);
    for (const id of ids.slice(0, 4)) {
      for (const commune of w.communeOrgs) {
        ok(
          await ts.gql(
            AdoptModel,
            { input: { modelId: id, organizationId: gid.org(commune), adoptedOn: '2024-01-01' } },
            w.coordinator.token,
          ),
        );
      }
      ok(
        await ts.gql(
          RecordStatus,
          {
            input: {
              modelId: id,
              expectedVersion: 1,
              year: 2024,
              status: 'REPLICATED',
              replicaModelId: ids[29],
            },
          },
          w.coordinator.token,
        ),
      );
    }
    const count = async (first: number) => {
      ts.sql.reset();
      const data = ok(
        await ts.gql(
          ModelsPage,
          { filter: { search: tag }, first, areaId: gid.area(w.province) },
          w.committeeViewer.token,
        ),
      ).models;
      expect(data.edges).toHaveLength(first);
      expect(data.edges[0].node.adoption).toEqual({ adopted: 3, total: 3 });
      return ts.sql.count;
    };
    const small = await count(3);
    const large = await count(30);
    // Batches may merge differently (a replica's reads join the page's own), never grow with the page.
    expect(large).toBeLessThanOrEqual(small);
    expect(small).toBeLessThanOrEqual(14);
  });
});
