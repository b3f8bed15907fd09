import { describe, expect, it } from 'vitest';
import { findMentions, NameBook } from '../../src/extract/people.js';
import { readPostList } from '../../src/extract/positions.js';
import { toneKey } from '../../src/extract/normalize.js';
import { isSharedTitle } from '../../src/extract/patterns.js';

const posts = (sentence: string) => findMentions(sentence, new NameBook()).map((m) => m.posts.map((p) => [p.text, p.qualifier]));
const list = (text: string) => readPostList(text, toneKey(text), 0).posts.map((p) => ({ text: p.text, title: p.title, org: p.orgText }));

describe('positions: splitting a list of posts', () => {
  it('splits at commas and semicolons only when a title follows', () => {
    expect(posts('Các đồng chí: Hoàng Minh Khôi, Ủy viên Bộ Chính trị; Bí thư Trung ương Đảng, Trưởng Ban Kinh tế Trung ương; Phan Thị Lan, Phó Trưởng Ban Kinh tế Trung ương đồng chủ trì.')).toEqual([
      [['Ủy viên Bộ Chính trị', null], ['Bí thư Trung ương Đảng', null], ['Trưởng Ban Kinh tế Trung ương', null]],
      [['Phó Trưởng Ban Kinh tế Trung ương', null]],
    ]);
  });

  it('keeps hyphenated compound titles and "– body" (of) inside one post', () => {
    expect(list(', Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam; Phó cục trưởng Cục Cảnh sát giao thông – Bộ Công an dự.').map((p) => p.text)).toEqual([
      'Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam',
      'Phó cục trưởng Cục Cảnh sát giao thông – Bộ Công an',
    ]);
  });

  it('keeps "và" inside a body name but stops at "và" before another person', () => {
    expect(list(', Trưởng Ban Chính sách và Chiến lược Trung ương và ông Đinh Văn Sơn').map((p) => p.text)).toEqual([
      'Trưởng Ban Chính sách và Chiến lược Trung ương',
    ]);
  });

  it('opens the body with the unit fused into a title (Trưởng phòng, Đội trưởng, Trưởng khoa)', () => {
    expect(list(', Phó Trưởng phòng Nội vụ huyện, Đội trưởng Đội Quản lý thị trường số 4, Trưởng khoa Ngoại')).toEqual([
      { text: 'Phó Trưởng phòng Nội vụ huyện', title: 'Phó Trưởng phòng', org: 'Phòng Nội vụ huyện' },
      { text: 'Đội trưởng Đội Quản lý thị trường số 4', title: 'Đội trưởng', org: 'Đội Quản lý thị trường số 4' },
      { text: 'Trưởng khoa Ngoại', title: 'Trưởng khoa', org: 'Khoa Ngoại' },
    ]);
  });

  it('opens the body with the whole office of "Chánh Văn phòng", not a section of it', () => {
    expect(list(', Chánh Văn phòng Huyện ủy Tiên Lãng, Phó Chánh Văn phòng UBND tỉnh')).toEqual([
      { text: 'Chánh Văn phòng Huyện ủy Tiên Lãng', title: 'Chánh Văn phòng', org: 'Văn phòng Huyện ủy Tiên Lãng' },
      { text: 'Phó Chánh Văn phòng UBND tỉnh', title: 'Phó Chánh Văn phòng', org: 'Văn phòng UBND tỉnh' },
    ]);
  });

  it('ends a post at the predicate after its locality, keeping a term or a concurrent post', () => {
    expect(posts('Ông Quách Văn Thuận, Chủ tịch UBND huyện trả lời kiến nghị của cử tri.')).toEqual([[['Chủ tịch UBND huyện', null]]]);
    expect(posts('Bà Mạc Thị Huệ, Bí thư Đảng ủy phường Cầu Tre nêu rõ yêu cầu.')).toEqual([[['Bí thư Đảng ủy phường Cầu Tre', null]]]);
    expect(posts('Ông Hầu Văn Dũng, Giám đốc Sở Y tế tỉnh từ ngày 1/3 nghỉ hưu.')).toEqual([[['Giám đốc Sở Y tế tỉnh', null]]]);
    expect(posts('Ông Khúc Minh Thái, Chủ tịch HĐND tỉnh khóa XVII dự.')).toEqual([[['Chủ tịch HĐND tỉnh khóa XVII', null]]]);
  });

  it('keeps a body word that is also a family name ("Đào tạo") inside the body after "và"', () => {
    expect(posts('Ông Lục Văn Hòa, Phó Giám đốc Sở Giáo dục và Đào tạo dự hội nghị.')).toEqual([[['Phó Giám đốc Sở Giáo dục và Đào tạo', null]]]);
  });

  it('splits a post into title and organization', () => {
    expect(list(', Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện')).toEqual([
      { text: 'Phó Bí thư Thường trực Huyện ủy', title: 'Phó Bí thư Thường trực', org: 'Huyện ủy' },
      { text: 'Chủ tịch HĐND huyện', title: 'Chủ tịch', org: 'HĐND huyện' },
    ]);
  });

  it('reads nguyên (former) over the rest of the list, quyền and kiêm on their post', () => {
    expect(posts('Đồng chí Đinh Văn Sơn, Nguyên Tỉnh ủy viên, Bí thư Huyện ủy phát biểu.')).toEqual([
      [['Nguyên Tỉnh ủy viên', 'former'], ['Bí thư Huyện ủy', 'former']],
    ]);
    expect(posts('Ông Đinh Văn Sơn, quyền Giám đốc Sở Y tế, kiêm Phó Chủ tịch Hội Chữ thập đỏ tỉnh dự.')).toEqual([
      [['quyền Giám đốc Sở Y tế', 'acting'], ['kiêm Phó Chủ tịch Hội Chữ thập đỏ tỉnh', 'concurrent']],
    ]);
  });

  it('keeps the term with the post', () => {
    expect(posts('Ông Tạ Quốc Việt, Phó Giám đốc Sở Nội vụ, được bầu giữ chức Chủ tịch UBND huyện, nhiệm kỳ 2021 - 2026.')).toEqual([
      [['Phó Giám đốc Sở Nội vụ', null], ['Chủ tịch UBND huyện, nhiệm kỳ 2021 - 2026', 'appointed']],
    ]);
  });

  it('marks appointments: bổ nhiệm … giữ chức, là, tân, chuẩn y … tham gia', () => {
    expect(posts('Quyết định bổ nhiệm Đại tá Kiều Văn Tâm, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh giữ chức Chính ủy Bộ Chỉ huy Quân sự tỉnh.')).toEqual([
      [['Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh', null], ['Chính ủy Bộ Chỉ huy Quân sự tỉnh', 'appointed']],
    ]);
    expect(posts('Đảng bộ Sở do ông Lương Thế Vinh, Giám đốc Sở Tài chính là Bí thư Đảng ủy.')).toEqual([
      [['Giám đốc Sở Tài chính', null], ['Bí thư Đảng ủy', 'appointed']],
    ]);
    expect(posts('Bí thư Tỉnh ủy tặng hoa tân Giám đốc Công an tỉnh Hứa Văn Lộc.')).toEqual([[['Giám đốc Công an tỉnh', 'appointed']]]);
    expect(posts('Chuẩn y đồng chí Cao Thị Hạnh, Tỉnh ủy viên, Giám đốc Sở Tư pháp tham gia Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 – 2025.')).toEqual([
      [['Tỉnh ủy viên', null], ['Giám đốc Sở Tư pháp', null], ['tham gia Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 – 2025', 'appointed']],
    ]);
  });

  it('does not take a post being left as an appointment', () => {
    expect(posts('Đồng chí Triệu Minh Đức, Ủy viên Trung ương Đảng, thôi giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh.')).toEqual([
      [['Ủy viên Trung ương Đảng', null]],
    ]);
  });

  it('gives one election to two people joined by "và", each with posts of their own', () => {
    expect(posts('Ông Giáp Văn Cừ, Chủ tịch Hội Nông dân huyện và bà Kha Thị Lụa, Phó Chủ tịch UBND huyện được bầu giữ chức Ủy viên Ban Thường vụ Huyện ủy.')).toEqual([
      [['Chủ tịch Hội Nông dân huyện', null], ['Ủy viên Ban Thường vụ Huyện ủy', 'appointed']],
      [['Phó Chủ tịch UBND huyện', null], ['Ủy viên Ban Thường vụ Huyện ủy', 'appointed']],
    ]);
  });

  it('takes an additional election as an appointment', () => {
    expect(posts('Kết quả, đồng chí Mẫn Thị Hoa, Huyện ủy viên, Trưởng Ban Tuyên giáo Huyện ủy được bầu bổ sung làm Ủy viên Ban Thường vụ Huyện ủy khóa XX, nhiệm kỳ 2020 - 2025.')).toEqual([
      [['Huyện ủy viên', null], ['Trưởng Ban Tuyên giáo Huyện ủy', null], ['Ủy viên Ban Thường vụ Huyện ủy khóa XX, nhiệm kỳ 2020 - 2025', 'appointed']],
    ]);
  });

  it('never cuts a post out of the issuing body or across a verb', () => {
    expect(posts('Quyết định của Ban Bí thư chuẩn y đồng chí Lục Văn Toàn, Phó Bí thư Tỉnh ủy giữ chức Bí thư Tỉnh ủy.')).toEqual([
      [['Phó Bí thư Tỉnh ủy', null], ['Bí thư Tỉnh ủy', 'appointed']],
    ]);
    expect(posts('Đồng chí Từ Đức Lợi, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy công bố quyết định.')).toEqual([
      [['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', null]],
    ]);
  });
});

describe('positions: unit heads and where a post ends', () => {
  it('knows the heads of teams, posts, sections and villages, with "quyền" before them', () => {
    expect(posts('Đại úy Kha Văn Lộc, quyền Đội trưởng Đội Cảnh sát kinh tế – môi trường, tham luận tại hội nghị.')).toEqual([
      [['quyền Đội trưởng Đội Cảnh sát kinh tế – môi trường', 'acting']],
    ]);
    expect(posts('Thiếu tá Giàng A Phừ, Đồn trưởng Đồn Biên phòng Pa Vệ Sủ cho biết tình hình ổn định.')).toEqual([
      [['Đồn trưởng Đồn Biên phòng Pa Vệ Sủ', null]],
    ]);
    expect(list('Trưởng phòng Cảnh sát cơ động, Chính trị viên Đồn Biên phòng, Trưởng bản Nà Khoang').map((p) => p.title)).toEqual([
      'Trưởng phòng', 'Chính trị viên', 'Trưởng bản',
    ]);
  });

  it('ends a post before the act or the decision it is named with', () => {
    expect(posts('Đoàn công tác do đồng chí Lạc Văn Hùng, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm đơn vị.')).toEqual([[['Chủ tịch HĐND tỉnh', null]]]);
    expect(posts('Quyết định nghỉ hưu đối với Đại tá Tăng Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh kể từ ngày 1/10/2024.')).toEqual([[['Chỉ huy trưởng Bộ CHQS tỉnh', null]]]);
    expect(posts('Đồng chí Lục Thị Hương, nguyên Trưởng Ban Tuyên giáo Huyện ủy nghỉ hưu theo chế độ.')).toEqual([[['nguyên Trưởng Ban Tuyên giáo Huyện ủy', 'former']]]);
  });

  it('gives the issuer of a decision none of its appointee\'s posts', () => {
    const ps = findMentions('Sở Nội vụ công bố quyết định của Chủ tịch UBND tỉnh bổ nhiệm ông Lã Văn Tín, Phó Giám đốc Sở Y tế giữ chức Giám đốc Sở Y tế.', new NameBook());
    expect(ps.map((m) => [m.name, m.posts.map((p) => p.text)])).toEqual([['Lã Văn Tín', ['Phó Giám đốc Sở Y tế', 'Giám đốc Sở Y tế']]]);
    const other = findMentions('Quyết định số 45/QĐ-UBND của Chủ tịch UBND huyện về việc bổ nhiệm bà Mẫn Thị Lụa giữ chức Trưởng phòng Tư pháp.', new NameBook());
    expect(other.map((m) => [m.name, m.posts.map((p) => p.text)])).toEqual([['Mẫn Thị Lụa', ['Trưởng phòng Tư pháp']]]);
  });
});

describe('positions: commas inside a body\'s name', () => {
  it('keeps the fields of an enumerated name together, but still splits before a title or a person', () => {
    expect(posts('Bà Kha Thị Nhung, Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ của Quốc hội; ông Lã Văn Đông, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch dự buổi làm việc.')).toEqual([
      [['Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ của Quốc hội', null]],
      [['Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', null]],
    ]);
    expect(posts('Ông Lã Văn Đông, Giám đốc Sở Y tế, Trưởng Ban Bảo vệ sức khỏe cán bộ tỉnh dự.')).toEqual([
      [['Giám đốc Sở Y tế', null], ['Trưởng Ban Bảo vệ sức khỏe cán bộ tỉnh', null]],
    ]);
  });
});

describe('positions: typos and titles of sub-departments', () => {
  it('reads a title missing one tone mark, keeping the text as written and the title as spelt', () => {
    expect(list(', Thành ủy viên, Phó Giam đốc Sở Nội vụ, Chủ tich Hội Cựu chiến binh phường dự.')).toEqual([
      { text: 'Thành ủy viên', title: 'Thành ủy viên', org: null },
      { text: 'Phó Giam đốc Sở Nội vụ', title: 'Phó Giám đốc', org: 'Sở Nội vụ' },
      { text: 'Chủ tich Hội Cựu chiến binh phường', title: 'Chủ tịch', org: 'Hội Cựu chiến binh phường' },
    ]);
  });

  it('never takes an ordinary word without tone marks for a one-word title', () => {
    expect(list(', phố Đông Hưng, trường Tiểu học Kỳ Sơn')).toEqual([]);
  });

  it('knows the heads of sub-departments and delegations', () => {
    expect(list(', Chi cục trưởng Chi cục Kiểm lâm tỉnh; Phó Trưởng đoàn công tác của Bộ Tài chính').map((p) => p.title)).toEqual([
      'Chi cục trưởng',
      'Phó Trưởng đoàn',
    ]);
  });
});

describe('isSharedTitle', () => {
  it('tells posts several people hold at once from those one person holds', () => {
    for (const title of ['Phó Chủ tịch', 'Phó Bí thư', 'Ủy viên', 'Thành uỷ viên', 'Thứ trưởng', 'Thành viên', 'Đại biểu Quốc hội', 'Phó Trưởng']) {
      expect(isSharedTitle(title), title).toBe(true);
    }
    for (const title of ['Chủ tịch', 'Bí thư', 'Trưởng', 'Giám đốc', 'Bộ trưởng', 'Phó Bí thư Thường trực', 'Chánh án']) {
      expect(isSharedTitle(title), title).toBe(false);
    }
  });
});
