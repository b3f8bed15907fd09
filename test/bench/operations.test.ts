import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../bench/agreement.js';
import { AnswerError, canonicalSet, OPERATIONS } from '../../bench/operations.js';
import { spread } from '../../bench/sample.js';

const chair = { id: 'person:a', name: 'Nguyễn Văn A' };
const minister = { id: 'person:b', name: 'Trần Thị B' };

describe('canonical answers', () => {
  it('are sorted and free of the duplicates one edge per article makes', () => {
    expect(canonicalSet([['b', 1], ['a', 2], ['b', 1]])).toEqual([['a', 2], ['b', 1]]);
  });

  it('make the three servers\' shapes of a meeting equal when they say the same', () => {
    const ours = { data: { node: {
      id: 'meeting:1', title: 'Hội nghị', kind: 'hội nghị', date: '2024-07-03', organizers: [{ id: 'org:x', name: 'Ban X' }],
      participants: [
        { role: 'SPEAKER', person: minister, evidence: [{ sentence: 'B phát biểu.', article: { id: 'article:2' } }] },
        { role: 'CHAIR', person: chair, evidence: [{ sentence: 'A chủ trì.', article: { id: 'article:1' } }, { sentence: 'A chủ trì hội nghị.', article: { id: 'article:2' } }] },
      ],
      reports: [{ sentence: 'Sáng 3/7, Ban X tổ chức hội nghị.', article: { id: 'article:1' } }],
    } } };
    const edge = (node: typeof chair, article: string, sentence: string) => ({ properties: { article, sentence }, node });
    const library = { data: { meetings: [{
      id: 'meeting:1', title: 'Hội nghị', kind: 'hội nghị', date: '2024-07-03', organizedBy: [{ id: 'org:x', name: 'Ban X' }],
      chairedByConnection: { edges: [edge(chair, 'article:2', 'A chủ trì hội nghị.'), edge(chair, 'article:1', 'A chủ trì.')] },
      speakersConnection: { edges: [edge(minister, 'article:2', 'B phát biểu.')] },
      attendeesConnection: { edges: [] },
      reportedByConnection: { edges: [{ properties: { sentence: 'Sáng 3/7, Ban X tổ chức hội nghị.' }, node: { id: 'article:1' } }] },
    }] } };
    const raw = {
      meeting: { id: 'meeting:1', title: 'Hội nghị', kind: 'hội nghị', date: '2024-07-03' }, organizers: [{ id: 'org:x', name: 'Ban X' }],
      participations: [
        { edge: 'CHAIRED', personId: chair.id, name: chair.name, articleId: 'article:1', sentence: 'A chủ trì.' },
        { edge: 'SPOKE_AT', personId: minister.id, name: minister.name, articleId: 'article:2', sentence: 'B phát biểu.' },
        { edge: 'CHAIRED', personId: chair.id, name: chair.name, articleId: 'article:2', sentence: 'A chủ trì hội nghị.' },
      ],
      reports: [{ articleId: 'article:1', sentence: 'Sáng 3/7, Ban X tổ chức hội nghị.' }],
    };
    const canonical = OPERATIONS.meeting.canonical('ours', ours);
    expect(OPERATIONS.meeting.canonical('library', library)).toEqual(canonical);
    expect(OPERATIONS.meeting.canonical('raw', raw)).toEqual(canonical);

    raw.participations[1]!.edge = 'ATTENDED';
    expect(firstDifference(canonical, OPERATIONS.meeting.canonical('raw', raw))).toBe('participants[0].role: "CHAIR" ≠ "ATTENDEE"');
  });

  it('turn a GraphQL answer with errors into an error that quotes them', () => {
    expect(() => OPERATIONS.search.canonical('ours', { errors: [{ message: 'Unexpected error.' }], data: null })).toThrow(new AnswerError('GraphQL errors: Unexpected error.'));
  });

  it('ask the library for the folded Lucene query our search builds from the same words', () => {
    expect(JSON.parse(OPERATIONS.search.request('library', { text: 'dao khanh h' }).body).variables).toEqual({ phrase: '+dao +khanh +h*' });
    expect(OPERATIONS.search.request('raw', { text: 'dao khanh h' })).toEqual({ path: '/search', body: '{"text":"dao khanh h"}' });
  });
});

describe('drawing a sample', () => {
  it('takes items spread over the whole list, all of them when there are few', () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3)).toEqual([1, 4, 7]);
    expect(spread([1, 2], 3)).toEqual([1, 2]);
  });
});
