import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, searchCondition, searchRank, searchTerms } from './search.js';

describe('searchTerms', () => {
  it('splits a query into folded words, punctuation at their ends dropped', () => {
    expect(searchTerms('  Lạng   Sơn, ')).toEqual([[['lang']], [['son']]]);
  });

  it('lets an abbreviation stand for its long forms', () => {
    expect(searchTerms('MTTQ')).toEqual([[['mttq'], ['mat', 'tran', 'to', 'quoc'], ['mat', 'tran']]]);
    expect(searchTerms('HĐND')).toEqual([[['hdnd'], ['hoi', 'dong', 'nhan', 'dan']]]);
    expect(searchTerms('ĐTN')[0]).toContainEqual(['doan', 'thanh', 'nien']);
  });

  it('lets a long form, the longest first, stand for its abbreviation', () => {
    expect(searchTerms('mặt trận lạng sơn')).toEqual([[['mat', 'tran'], ['mttq']], [['lang']], [['son']]]);
    expect(searchTerms('mat tran to quoc')).toEqual([[['mat', 'tran', 'to', 'quoc'], ['mttq']]]);
    expect(searchTerms('Hội Nông dân')).toEqual([[['hoi', 'nong', 'dan'], ['hnd']]]);
    expect(searchTerms('uy ban nhan dan huu lung')[0]).toEqual([['uy', 'ban', 'nhan', 'dan'], ['ubnd']]);
  });

  it('keeps at most MAX_SEARCH_WORDS words', () => {
    expect(searchTerms('a '.repeat(50))).toHaveLength(MAX_SEARCH_WORDS);
  });
});

describe('searchCondition and searchRank', () => {
  it('has no condition and a constant rank without words', () => {
    expect(searchCondition('k', ' , ')).toBeNull();
    expect(searchRank('k', '')).toEqual({ sql: '0', params: [] });
  });

  it('escapes regular-expression characters and gives one parameter per placeholder', () => {
    const condition = searchCondition('k', 'a.b*c ubnd')!;
    expect(condition.params[0]).toBe('(^|[^[:alnum:]])a\\.b\\*c');
    expect(condition.sql.split('?').length - 1).toBe(condition.params.length);
    const rank = searchRank('k', 'ubnd huu lung');
    expect(rank.sql.split('?').length - 1).toBe(rank.params.length);
    expect(rank.params).toContain('uy ban nhan dan huu lung %');
  });
});
