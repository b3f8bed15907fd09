import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/cli/coverage.js';

async function* lines(...xs: string[]): AsyncGenerator<string> {
  yield* xs;
}
const article = (text: string): string => JSON.stringify({ id: 'x', url: null, text });

describe('coverage: role verbs next to a person that the rules do not explain', () => {
  it('counts the role sentences, and names the verb of those nothing explains, with an example', async () => {
    const { totals, report } = await coverageOf(
      lines(
        article('Sáng 5/3, Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.'),
        article('Đ/c Trần Văn Bình - BTĐU đánh giá kết quả thực hiện nhiệm vụ trong tháng.'),
        'not json',
        '',
      ),
      2,
    );
    expect(totals).toMatchObject({ articles: 2, badLines: 1, roleSentences: 2, unexplainedSentences: 1, share: 0.5 });
    expect(totals.byVerb['chủ trì']).toEqual({ seen: 1, unexplained: 0 });
    expect(totals.byVerb['đánh giá']).toEqual({ seen: 1, unexplained: 1 });
    expect(report).toContain('"đánh giá": 1 of 1 unexplained');
    expect(report).toContain('Trần Văn Bình - BTĐU đánh giá');
    expect(report).not.toContain('chủ trì');
  });
});
