import { describe, expect, it } from 'vitest';
import { articleBodies, articlesByIds, listArticles } from '../../../src/graph/read/articles.js';
import { SEED_2022_ARTICLE, SEED_2024_ARTICLE, useReadGraph } from './fixture.js';

const graph = useReadGraph();

describe('articles by id', () => {
  it('come back in the order asked with the publication time and its offset, null for an unknown id', async () => {
    const [seed, none] = await articlesByIds(graph(), [SEED_2024_ARTICLE, 'article:none']);
    expect(seed).toMatchObject({
      id: SEED_2024_ARTICLE, url: null, source: 'seed/002_b3b1cc480d78469e.txt', publishedAt: '2024-07-03T16:24:00+07:00', author: 'Cẩm Nhung', place: 'Hải Phòng',
      title: 'Tiếp tục tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái, thù địch',
    });
    const [body, noBody] = await articleBodies(graph(), [SEED_2024_ARTICLE, 'article:none']);
    expect(noBody).toBeNull();
    expect(body).toContain('Đồng chí Đào Khánh Hà, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy chủ trì Hội nghị.');
    expect(none).toBeNull();
  });
});

describe('the list of articles', () => {
  it('is newest first and pages through every article once', async () => {
    const all = (await listArticles(graph(), { first: 100 })).edges.map((e) => e.node);
    expect(all.map((a) => a.publishedAt?.slice(0, 10))).toEqual(['2024-07-03', '2024-03-20', '2024-03-12', '2023-06-15', '2023-03-06', '2022-12-27', '2022-09-08']);
    expect(all.at(-2)!.id).toBe(SEED_2022_ARTICLE);
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page = await listArticles(graph(), { first: 2, after });
      walked.push(...page.edges.map((e) => e.node.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(walked).toEqual(all.map((a) => a.id));
  });

  it('refuses a damaged cursor', async () => {
    const page = await listArticles(graph(), { first: 1 });
    await expect(listArticles(graph(), { after: page.endCursor!.slice(3) })).rejects.toMatchObject({ code: 'BAD_CURSOR' });
  });
});
