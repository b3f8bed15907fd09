import { describe, expect, it } from 'vitest';
import { findArticleMentions } from '../../src/extract/people.js';
import { articleRoles, type SentenceRoles } from '../../src/extract/roles.js';
import { ROLE_RULES } from '../../src/extract/rules/roles.js';

/** The roles the last sentence gives, the sentences before it only introducing the people. */
function rolesIn(...sentences: string[]): SentenceRoles {
  const mentions = findArticleMentions(sentences);
  const found = articleRoles(sentences.map((text, i) => ({ text, mentions: mentions[i] ?? [] })));
  return found.at(-1) as SentenceRoles;
}

interface Case {
  rule: string;
  text: string | string[];
  chairs?: string[];
  speakers?: string[];
  attendees?: string[];
}

// Invented sentences, one or more per rule of rules/roles.ts; every rule must have one.
const CASES: Case[] = [
  { rule: 'subject-chairs', text: 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.', chairs: ['Nguyễn Văn An'] },
  { rule: 'subject-chairs', text: 'Phó Chủ tịch UBND tỉnh Trần Thị Bích và Phó Chủ tịch UBND tỉnh Lê Minh Cường đồng chủ trì.', chairs: ['Trần Thị Bích', 'Lê Minh Cường'] },
  { rule: 'subject-chairs', text: 'Các đồng chí Nguyễn Văn An, Bí thư Huyện ủy; Trần Thị Bích, Chủ tịch UBND huyện chủ trì buổi làm việc.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'subject-chairs', text: 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn An; Phó Bí thư Thường trực Tỉnh ủy – Trần Thị Bích chủ trì hội nghị.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'subject-chairs', text: 'Các Phó Chủ tịch HĐND tỉnh Nguyễn Văn An và Trần Thị Bích chủ trì kỳ họp.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'subject-chairs', text: 'Các Phó Chủ tịch Ủy ban: Nguyễn Văn An, Trần Thị Bích chủ trì.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'subject-with-others-chairs', text: 'Đồng chí Nguyễn Văn An cùng các đồng chí trong Ban Thường vụ Tỉnh ủy chủ trì hội nghị.', chairs: ['Nguyễn Văn An'] },
  { rule: 'subject-on-behalf-chairs', text: 'Đồng chí Nguyễn Văn An, thay mặt lãnh đạo tỉnh, chủ trì buổi gặp mặt.', chairs: ['Nguyễn Văn An'] },
  { rule: 'subject-and-chairs', text: 'Đồng chí Nguyễn Văn An đã kiểm tra thực địa và chủ trì cuộc họp.', chairs: ['Nguyễn Văn An'] },
  { rule: 'by-chairs', text: 'Hội nghị do đồng chí Nguyễn Văn An và đồng chí Trần Thị Bích đồng chủ trì.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'by-with-others-chairs', text: 'Hội nghị do Bí thư Tỉnh ủy Nguyễn Văn An cùng các Phó Bí thư và lãnh đạo HĐND, UBND tỉnh chủ trì.', chairs: ['Nguyễn Văn An'] },
  { rule: 'under-chair-of', text: 'Dưới sự chủ trì của đồng chí Nguyễn Văn An, Chủ tịch Quốc hội, phiên họp đã thông qua chương trình.', chairs: ['Nguyễn Văn An'] },
  { rule: 'chair-is', text: 'Chủ trì ở đầu cầu Trụ sở Chính phủ là Phó Thủ tướng Lê Minh Cường.', chairs: ['Lê Minh Cường'] },
  { rule: 'chair-fronted-list', text: 'Chủ trì hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Thị Bích, Chủ tịch UBND tỉnh.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'chair-fronted-list', text: 'Tại điểm cầu tỉnh, chủ trì hội nghị: đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy.', chairs: ['Nguyễn Văn An'] },
  { rule: 'attend-and-chair', text: 'Dự và chủ trì hội nghị có đồng chí Nguyễn Văn An - Ủy viên Trung ương Đảng; đồng chí Trần Thị Bích - Phó Bí thư Tỉnh ủy.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'chair-fronted-list', text: 'Chủ tọa kỳ họp có các đồng chí: Nguyễn Văn An, Chủ tịch HĐND tỉnh; Trần Thị Bích, Phó Chủ tịch HĐND tỉnh.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'chair-with-companions', text: 'Đồng chí Nguyễn Văn An chủ trì hội nghị cùng các đồng chí: Trần Thị Bích, Phó Chủ tịch UBND tỉnh; Lê Minh Cường, Giám đốc Sở Nội vụ.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Cường'] },
  { rule: 'presidium', text: 'Đoàn Chủ tịch Đại hội gồm các đồng chí: Nguyễn Văn An, Trần Thị Bích, Lê Minh Cường.', chairs: ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Cường'] },

  { rule: 'fronted-speech', text: 'Phát biểu chỉ đạo hội nghị, đồng chí Nguyễn Văn An nhấn mạnh yêu cầu đổi mới.', speakers: ['Nguyễn Văn An'] },
  { rule: 'fronted-speech', text: 'Phát biểu nhận nhiệm vụ, đồng chí Nguyễn Văn An và đồng chí Trần Thị Bích cảm ơn sự tin tưởng của Bộ Chính trị.', speakers: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'fronted-speech-mid', text: 'Tại hội nghị, sau khi nghe báo cáo, phát biểu kết luận, đồng chí Nguyễn Văn An khẳng định kết quả đạt được.', speakers: ['Nguyễn Văn An'] },
  { rule: 'fronted-speech-object', text: 'Chúc mừng Đại tá Trần Văn Bình, đồng chí Nguyễn Văn An mong muốn đơn vị giữ vững truyền thống.', speakers: ['Nguyễn Văn An'] },
  { rule: 'under-speech-of', text: 'Phiên thảo luận diễn ra dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Minh Cường.', speakers: ['Lê Minh Cường'] },
  { rule: 'speech-of', text: 'Phát biểu khai mạc của đồng chí Nguyễn Văn An nêu rõ mục đích của hội nghị.', speakers: ['Nguyễn Văn An'] },
  { rule: 'subject-speaks', text: 'Đồng chí Nguyễn Văn An và đồng chí Trần Thị Bích phát biểu tại hội nghị.', speakers: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'subject-speaks', text: ['Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh dự hội nghị.', 'Chủ tịch UBND tỉnh nhấn mạnh yêu cầu cải cách hành chính.'], speakers: ['Nguyễn Văn An'] },
  { rule: 'subject-speaks', text: 'Đại biểu Lê Minh Cường (Tổ đại biểu huyện Đông Sơn) chất vấn về giải phóng mặt bằng.', speakers: ['Lê Minh Cường'] },
  { rule: 'subject-with-others-speaks', text: 'Đồng chí Nguyễn Văn An cùng lãnh đạo các sở, ngành trao đổi với cử tri.', speakers: ['Nguyễn Văn An'] },
  { rule: 'subject-on-behalf-speaks', text: 'Đồng chí Nguyễn Văn An, thay mặt Ban Thường vụ Tỉnh ủy, phát biểu chúc mừng.', speakers: ['Nguyễn Văn An'] },
  { rule: 'attended-and-directed', text: 'Đồng chí Nguyễn Văn An, Ủy viên Bộ Chính trị dự và chỉ đạo hội nghị.', attendees: ['Nguyễn Văn An'] },
  { rule: 'acted-and-spoke', text: 'Đồng chí Nguyễn Văn An đã dự và phát biểu chỉ đạo hội nghị.', speakers: ['Nguyễn Văn An'] },
  { rule: 'by-speaks', text: 'Báo cáo thẩm tra do đồng chí Trần Thị Bích, Trưởng Ban Pháp chế HĐND tỉnh trình bày.', speakers: ['Trần Thị Bích'] },
  { rule: 'object-then-speaks', text: 'Đồng chí Nguyễn Văn An chúc mừng đồng chí Trần Thị Bích, đề nghị tiếp tục phát huy vai trò.', speakers: ['Nguyễn Văn An'] },

  { rule: 'fronted-attend', text: 'Dự hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Thị Bích, Phó Chủ tịch UBND tỉnh.', attendees: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'fronted-attend', text: 'Cùng dự có 3 Phó Thủ tướng: Nguyễn Văn An, Trần Thị Bích, Lê Minh Cường.', attendees: ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Cường'] },
  { rule: 'fronted-attend', text: 'Về phía tỉnh Bắc Sơn có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh.', attendees: ['Nguyễn Văn An'] },
  { rule: 'fronted-attend-colon', text: 'Tham dự hội nghị: đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Thành ủy.', attendees: ['Nguyễn Văn An'] },
  { rule: 'attended-by', text: 'Hội nghị có sự tham dự của đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Tỉnh ủy.', attendees: ['Nguyễn Văn An'] },
  { rule: 'subject-attends', text: 'Phó Chủ tịch HĐND tỉnh Nguyễn Văn An; Phó Chủ tịch UBND tỉnh Trần Thị Bích đã đến dự.', attendees: ['Nguyễn Văn An', 'Trần Thị Bích'] },
  { rule: 'subject-with-others-attends', text: 'Đồng chí Nguyễn Văn An cùng đoàn công tác của Tỉnh ủy dự lễ khánh thành.', attendees: ['Nguyễn Văn An'] },
  { rule: 'also-present', text: 'Dự hội nghị còn có đồng chí Lê Minh Cường, Giám đốc Sở Tài chính.', attendees: ['Lê Minh Cường'] },
  { rule: 'attend-have', text: 'Ban Chỉ đạo tổ chức giải thể thao, tham dự có đồng chí Nguyễn Văn An, Phó Bí thư Đảng ủy xã.', attendees: ['Nguyễn Văn An'] },
  { rule: 'flowers-for', text: 'Bà Trần Thị Bích, Phó Chủ tịch Hội Nông dân tỉnh tặng hoa chúc mừng đại hội.' },
  { rule: 'object-of-speech', text: 'Lãnh đạo tỉnh chúc mừng ông Lê Minh Cường.' },
  { rule: 'for-the-presidium', text: 'Thay mặt Đoàn Chủ tịch, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy đọc diễn văn khai mạc.', speakers: ['Nguyễn Văn An'] },
  { rule: 'together-with', text: 'Cùng các đồng chí Nguyễn Văn An, Trần Thị Bích.', attendees: ['Nguyễn Văn An', 'Trần Thị Bích'] },
];

describe('role rules: each construction with a sentence of our own', () => {
  it.each(CASES)('$rule: $text', (c) => {
    const sentences = Array.isArray(c.text) ? c.text : [c.text];
    const found = rolesIn(...sentences);
    const got = { chairs: found.roles.chairs, speakers: found.roles.speakers.map((s) => s.name), attendees: found.roles.attendees };
    const want = { chairs: c.chairs ?? [], speakers: c.speakers ?? [], attendees: c.attendees ?? [] };
    expect({ ...got, fired: found.fired.includes(c.rule) }, sentences.at(-1)).toEqual({ ...want, fired: true });
  });

  it('has a case for every rule of the table', () => {
    const tested = new Set(CASES.map((c) => c.rule));
    expect(ROLE_RULES.map((r) => r.name).filter((n) => !tested.has(n))).toEqual([]);
  });

  it('gives rule rows unique names and a reason', () => {
    const names = ROLE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of ROLE_RULES) expect(r.reason.length, r.name).toBeGreaterThan(10);
  });
});

describe('role rules: what gives no role', () => {
  it.each([
    ['a leader who only inspects', 'Đồng chí Nguyễn Văn An kiểm tra công tác chuẩn bị.'],
    ['the object of a congratulation', 'Lãnh đạo tỉnh tặng hoa chúc mừng đồng chí Trần Thị Bích.'],
    ['a draft, not "dự"', 'Đồng chí Nguyễn Văn An góp ý dự thảo nghị quyết.'],
    ['a steering committee written in lower case', 'Đồng chí Nguyễn Văn An, Trưởng ban chỉ đạo tỉnh.'],
  ])('%s', (_why, text) => {
    const found = rolesIn(text);
    expect({ ...found.roles, speakers: found.roles.speakers.map((s) => s.name) }, text).toEqual({ chairs: [], speakers: [], attendees: [] });
  });

  it('names the role verb that stood next to a person and gave no role', () => {
    expect(rolesIn('Đ/c Nguyễn Văn An - BTĐU đánh giá kết quả thực hiện nhiệm vụ.').unexplained).toEqual(['đánh giá']);
  });

  it('explains, and so does not warn about, a construction that gives no role', () => {
    expect(rolesIn('Lãnh đạo tỉnh tặng hoa chúc mừng đồng chí Trần Thị Bích.').unexplained).toEqual([]);
  });

  it('opens a list whose bulleted sentences get the role', () => {
    expect(rolesIn('Dự hội nghị có các đồng chí:').listRole).toBe('attendee');
    expect(rolesIn('Chủ trì hội nghị có các đồng chí:').listRole).toBe('chair');
  });
});
