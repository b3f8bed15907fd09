import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const texts = (body: string): string[] => splitSentences(body).map((s) => s.text);

describe('splitSentences', () => {
  it('breaks on . ! ? … followed by a capital', () => {
    expect(texts('Hội nghị khai mạc. Đại biểu phát biểu! Vì sao? Còn nhiều việc… Tiếp tục.')).toEqual([
      'Hội nghị khai mạc.', 'Đại biểu phát biểu!', 'Vì sao?', 'Còn nhiều việc…', 'Tiếp tục.',
    ]);
  });
  it('treats every line as its own sentence (captions)', () => {
    expect(texts('Quang cảnh buổi làm việc\nSáng 4/5, Sở tổ chức hội nghị. Ông Hà phát biểu.')).toEqual([
      'Quang cảnh buổi làm việc', 'Sáng 4/5, Sở tổ chức hội nghị.', 'Ông Hà phát biểu.',
    ]);
  });
  it('does not break inside dates and numbers', () => {
    expect(texts('Ngày 4.5, tỉnh thu 2.345 tỷ đồng, tăng 6,5%. Chiều 29/11 và ngày 23-9 cũng vậy.')).toHaveLength(2);
  });
  it('does not break after abbreviations and initials', () => {
    expect(texts('Ông Lê V. Bình, PGS.TS. Hồ Sĩ Toàn và Th.S Mai Lan dự họp tại TP. Vinh. Hội nghị kết thúc.')).toEqual([
      'Ông Lê V. Bình, PGS.TS. Hồ Sĩ Toàn và Th.S Mai Lan dự họp tại TP. Vinh.', 'Hội nghị kết thúc.',
    ]);
    expect(texts('Đoàn làm việc tại Tp. Huế và ThS. Hoàng Nam báo cáo.')).toHaveLength(1);
  });
  it('keeps numbered items whole', () => {
    expect(texts('1. Tăng cường tuyên truyền.\n2. Kiện toàn bộ máy. Giao Sở thực hiện.')).toEqual([
      '1. Tăng cường tuyên truyền.', '2. Kiện toàn bộ máy.', 'Giao Sở thực hiện.',
    ]);
  });
  it('does not break on an ellipsis or a stop inside quotes', () => {
    expect(texts('Ông nói: “Chúng ta còn khó khăn… Nhưng sẽ làm được. Cố lên!” Hội trường vỗ tay.')).toEqual([
      'Ông nói: “Chúng ta còn khó khăn… Nhưng sẽ làm được. Cố lên!”', 'Hội trường vỗ tay.',
    ]);
  });
  it('gives offsets into the body, trimmed', () => {
    const body = '  Câu một.   Câu hai.\n\n  Dòng ba  ';
    for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(texts(body)).toEqual(['Câu một.', 'Câu hai.', 'Dòng ba']);
  });
  it('yields nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});
