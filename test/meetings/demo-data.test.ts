/**
 * The demo data's meetings: the monthly briefing series, the review conference with tasks, a dialogue
 * with citizens.
 */
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../server/demo/load-demo-data.js';
import { DEMO_MEETING } from '../../server/demo/meetings.js';
import { toGlobalId } from '../../server/core/ids.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import { MeetingInvitation } from '../../server/modules/meetings/participation.entity.js';
import { MeetingSeries } from '../../server/modules/meetings/series.entity.js';
import { ok } from '../helpers/results.js';
import { Detail, TaskLink, admin, ts, useMeetingsServer } from '../helpers/meetings.js';

useMeetingsServer();

describe('demo data', () => {
  it('has the monthly briefing series, the review conference with tasks, and a dialogue with citizens', async () => {
    await loadDemoData(ts.orm.em.fork());
    const em = ts.orm.em.fork();
    const series = await em.findOneOrFail(MeetingSeries, { title: DEMO_MEETING.monthlyBriefing });
    expect(series.rule).toBe('FREQ=MONTHLY;BYDAY=1MO');
    const occurrences = await em.find(Meeting, { series }, { orderBy: { seriesIndex: 'asc' } });
    expect(occurrences.map((m) => m.startsAt.toISOString())).toEqual(
      [
        '2026-01-05',
        '2026-02-02',
        '2026-03-02',
        '2026-04-06',
        '2026-05-04',
        '2026-06-01',
        '2026-07-06',
        '2026-08-03',
        '2026-09-07',
        '2026-10-05',
        '2026-11-02',
        '2026-12-07',
      ].map((d) => `${d}T01:00:00.000Z`),
    );
    expect(await em.count(MeetingInvitation, { meeting: occurrences[0] })).toBe(9);
    const review = await em.findOneOrFail(Meeting, { title: DEMO_MEETING.reviewConference });
    const detail = ok(await ts.gql(Detail, { id: toGlobalId('Meeting', review.id) }, admin.token)).meeting;
    expect(detail.chairs.map((c) => c.role)).toEqual(['CO_CHAIR', 'CO_CHAIR']);
    expect(detail.conclusions).toHaveLength(3);
    expect(detail.conclusions.every((c) => c.task)).toBe(true);
    const task = ok(await ts.gql(TaskLink, { id: detail.conclusions[0].task!.id }, admin.token)).task;
    expect(task.sourceConclusion?.meeting.id).toBe(detail.id);
    const dialogue = await em.findOneOrFail(Meeting, { title: DEMO_MEETING.dialogue });
    expect(dialogue).toMatchObject({ kind: 'DIALOGUE_WITH_PEOPLE', citizenCount: 126 });
  }, 120_000);
});
