/**
 * Program objectives: set by key, values recorded over time, progress, and bad input.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { ObjectiveValue } from '../../server/modules/programs/objective.entity.js';
import { ProgramStatus } from '../../server/modules/programs/program.entity.js';
import { codeOf, dbId, fails, ok } from '../helpers/results.js';
import {
  Node,
  createProgram,
  detail,
  forceStatus,
  makeWorld,
  storedCounts,
  ts,
  useProgramsServer,
} from '../helpers/programs.js';

useProgramsServer();

const SetObjective = graphql(`
  mutation ProgramsSetObjective($input: SetProgramObjectiveInput!) {
    setProgramObjective(input: $input) {
      objective { id key title unit target targetDate latestValue progressPercent }
    }
  }
`);

const RecordValue = graphql(`
  mutation ProgramsRecordValue($input: RecordObjectiveValueInput!) {
    recordObjectiveValue(input: $input) {
      value { value recordedOn note }
      objective { key latestValue latestRecordedOn progressPercent }
    }
  }
`);

describe('objectives', () => {
  it('sets objectives by key, records values over time, and reports progress', async () => {
    const w = await makeWorld();
    const program = await createProgram(w, { startsOn: '2021-01-01' });
    const set = (input: Record<string, unknown>) =>
      ts.gql(SetObjective, { input: { programId: program.id, ...input } as never }, w.coordinator.token);
    const first = ok(
      await set({
        key: 'than-thien',
        title: 'Xã đạt mô hình "Chính quyền thân thiện"',
        unit: 'xã',
        target: 100,
      }),
    ).setProgramObjective.objective;
    expect(first).toMatchObject({ key: 'than-thien', target: 100, latestValue: null, progressPercent: null });
    ok(await set({ key: 'dan-van-kheo', title: 'Mô hình "Dân vận khéo"', unit: 'mô hình', target: 1635 }));
    const record = (input: Record<string, unknown>) =>
      ts.gql(RecordValue, { input: { programId: program.id, ...input } as never }, w.coordinator.token);
    ok(await record({ objectiveKey: 'than-thien', value: 120, recordedOn: '2021-12-31' }));
    const latest = ok(
      await record({
        objectiveKey: 'than-thien',
        value: 166,
        recordedOn: '2022-12-31',
        note: '166/200 xã (83%)',
      }),
    ).recordObjectiveValue;
    expect(latest.value).toEqual({ value: 166, recordedOn: '2022-12-31', note: '166/200 xã (83%)' });
    expect(latest.objective).toMatchObject({
      latestValue: 166,
      latestRecordedOn: '2022-12-31',
      progressPercent: 166,
    });
    // Recording an older value afterwards does not change the latest.
    ok(await record({ objectiveKey: 'than-thien', value: 90, recordedOn: '2021-06-30' }));
    // Updating by key keeps the objective and its values; the target moves to 200.
    const updated = ok(
      await set({
        key: 'than-thien',
        title: 'Xã đạt mô hình "Chính quyền thân thiện"',
        unit: 'xã',
        target: 200,
      }),
    ).setProgramObjective.objective;
    expect(updated).toMatchObject({ id: first.id, target: 200, latestValue: 166, progressPercent: 83 });
    const objectives = (await detail(program.id)).objectives;
    expect(objectives.map((o) => o.key)).toEqual(['than-thien', 'dan-van-kheo']);
    expect(objectives[0].values.map((v) => [v.recordedOn, v.value])).toEqual([
      ['2022-12-31', 166],
      ['2021-12-31', 120],
      ['2021-06-30', 90],
    ]);
    expect(objectives[1]).toMatchObject({ latestValue: null, values: [] });
    expect(ok(await ts.gql(Node, { id: first.id }, w.frontViewer.token)).node).toMatchObject({
      key: 'than-thien',
    });
    expect(codeOf(await ts.gql(Node, { id: first.id }, w.outsiderCoordinator.token))).toBe('NOT_FOUND');
  });

  it('refuses bad targets and dates, unknown keys, and writes nothing', async () => {
    const w = await makeWorld();
    const program = await createProgram(w);
    const objective = { key: 'k', title: 'Mục tiêu', unit: 'lượt', target: 10 };
    ok(await ts.gql(SetObjective, { input: { programId: program.id, ...objective } }, w.coordinator.token));
    const before = await storedCounts(dbId(program.id));
    const setCases: [Record<string, unknown>, string, string?, string?][] = [
      [{ target: 0 }, 'BAD_USER_INPUT', 'target'],
      [{ target: -5 }, 'BAD_USER_INPUT', 'target'],
      [{ key: 'new', targetDate: '2023-12-31' }, 'BAD_USER_INPUT', 'targetDate'],
      [{ key: ' ' }, 'BAD_USER_INPUT', 'key'],
      [{ key: 'x'.repeat(65) }, 'BAD_USER_INPUT', 'key'],
      [{ key: 'new' }, 'FORBIDDEN', undefined, w.frontCoordinator.token],
    ];
    for (const [change, code, field, token] of setCases) {
      const result = await ts.gql(
        SetObjective,
        { input: { programId: program.id, ...objective, ...change } as never },
        token ?? w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change));
    }
    const valueCases: [Record<string, unknown>, string, string?][] = [
      [{ objectiveKey: 'unknown' }, 'NOT_FOUND'],
      [{ recordedOn: '2099-01-01' }, 'BAD_USER_INPUT', 'recordedOn'],
      [{ recordedOn: '2023-12-31' }, 'BAD_USER_INPUT', 'recordedOn'],
      [{ note: 'n'.repeat(1001) }, 'BAD_USER_INPUT', 'note'],
    ];
    for (const [change, code, field] of valueCases) {
      const result = await ts.gql(
        RecordValue,
        { input: { programId: program.id, objectiveKey: 'k', value: 3, ...change } as never },
        w.coordinator.token,
      );
      fails(result, code, field, JSON.stringify(change));
    }
    expect(await storedCounts(dbId(program.id))).toEqual(before);
    expect(await ts.orm.em.fork().count(ObjectiveValue, { objective: { program: dbId(program.id) } })).toBe(
      0,
    );
    // A completed program still takes its final values (the review conference), a cancelled one does not.
    await forceStatus(program.id, ProgramStatus.COMPLETED);
    ok(
      await ts.gql(
        RecordValue,
        { input: { programId: program.id, objectiveKey: 'k', value: 10 } },
        w.coordinator.token,
      ),
    );
    fails(
      await ts.gql(SetObjective, { input: { programId: program.id, ...objective } }, w.coordinator.token),
      'CONFLICT',
    );
    await forceStatus(program.id, ProgramStatus.CANCELLED);
    fails(
      await ts.gql(
        RecordValue,
        { input: { programId: program.id, objectiveKey: 'k', value: 11 } },
        w.coordinator.token,
      ),
      'CONFLICT',
    );
  });
});
