import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import { buildCalendar } from './build-calendar.js';
import { feedContent, findLiveFeed } from './feed.repository.js';

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * `GET /calendar/:token.ics`: the feed as `text/calendar`, computed on every
 * fetch against its creator's roles at that moment. A token that is unknown,
 * revoked, or whose creator no longer sees the organization answers 404.
 */
export function calendarFeedHandler(orm: MikroORM): RequestHandler {
  return async (req, res) => {
    const token = String(req.params.token ?? '');
    const em = orm.em.fork();
    const feed = TOKEN.test(token) ? await findLiveFeed(em, token) : null;
    if (!feed) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const body = buildCalendar(feed.name ?? 'Phối hợp', await feedContent(em, feed));
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('content-disposition', 'inline; filename="phoi-hop.ics"');
    res.send(body);
  };
}
