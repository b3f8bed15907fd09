import { describe, expect, it } from 'vitest';
import { findArticleMentions, findMentions, NameBook } from '../../src/extract/people.js';

const mentions = (sentence: string, known: string[] = []) => {
  const book = new NameBook();
  for (const k of known) book.add(k);
  return findMentions(sentence, book).map((m) => ({ name: m.name, posts: m.posts.map((p) => p.text), shortRef: m.shortRef }));
};
const names = (sentence: string, known: string[] = []) => mentions(sentence, known).map((m) => m.name);

describe('people: names and their anchors', () => {
  it('takes a name after an honorific, a rank or both', () => {
    expect(names('Đồng chí Hoàng Minh Khôi phát biểu tại buổi làm việc.')).toEqual(['Hoàng Minh Khôi']);
    expect(names('Cùng dự có Thượng tá Tạ Quốc Việt và bà Lý Hồng Nhung.')).toEqual(['Tạ Quốc Việt', 'Lý Hồng Nhung']);
    expect(names('đồng chí Thiếu tướng Mạc Đăng Khoa chủ trì hội nghị.')).toEqual(['Mạc Đăng Khoa']);
    expect(names('Đ/c Kiều Văn Tâm - Chủ tịch LĐLĐ tỉnh chủ trì.')).toEqual(['Kiều Văn Tâm']);
  });

  it('never takes a province named after a body for a person', () => {
    expect(names('Sáng nay, Bí thư Tỉnh ủy Quảng Bình phát biểu tại buổi lễ.')).toEqual([]);
    expect(names('Chủ tịch UBND tỉnh Gia Lai Ksor Hờ Nhiên dự lễ khánh thành.')).toEqual(['Ksor Hờ Nhiên']);
  });

  it('reads the posts after a name, whatever the separator', () => {
    expect(mentions('Dự có các đồng chí: Phan Thị Lan- Bí thư Đảng ủy, Chủ tịch HĐND xã; Đinh Văn Sơn -Phó Bí thư Thường trực Đảng ủy; Cao Thị Hạnh – Phó Bí thư Đảng ủy, Chủ tịch UBND xã.')).toEqual([
      { name: 'Phan Thị Lan', posts: ['Bí thư Đảng ủy', 'Chủ tịch HĐND xã'], shortRef: false },
      { name: 'Đinh Văn Sơn', posts: ['Phó Bí thư Thường trực Đảng ủy'], shortRef: false },
      { name: 'Cao Thị Hạnh', posts: ['Phó Bí thư Đảng ủy', 'Chủ tịch UBND xã'], shortRef: false },
    ]);
  });

  it('reads a list with no separator after the name', () => {
    expect(mentions('Phát biểu của đồng chí Hứa Văn Lộc Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy tại kỳ họp.')[0]).toEqual({
      name: 'Hứa Văn Lộc', posts: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy'], shortRef: false,
    });
  });

  it('takes a pre-nominal title with its organization as a post', () => {
    expect(mentions('Bí thư Tỉnh ủy Ninh Bình Triệu Minh Đức tặng hoa các đại biểu.')).toEqual([
      { name: 'Triệu Minh Đức', posts: ['Bí thư Tỉnh ủy Ninh Bình'], shortRef: false },
    ]);
    expect(mentions('Phát biểu khai mạc, đồng chí Chủ tịch HĐND tỉnh Tô Hoài An nhấn mạnh yêu cầu.')[0]?.posts).toEqual(['Chủ tịch HĐND tỉnh']);
  });

  it('gives a shared prefix title to every listed person', () => {
    expect(mentions('Cùng đi có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lương Thế Vinh - Phó Chủ tịch UBND tỉnh; Đại tá Kiều Văn Tâm – Giám đốc Công an tỉnh.')).toEqual([
      { name: 'Lương Thế Vinh', posts: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch UBND tỉnh'], shortRef: false },
      { name: 'Kiều Văn Tâm', posts: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Giám đốc Công an tỉnh'], shortRef: false },
    ]);
  });

  it('splits a place running into a name at the second family name', () => {
    expect(names('tân Giám đốc Công an tỉnh Hải Dương Lê Minh Tuấn nhận hoa.')).toEqual(['Lê Minh Tuấn']);
  });

  it('keeps a four-syllable name whole', () => {
    expect(names('Đồng chí Đào Phú Thanh Hương, Ủy viên Thành ủy dự hội nghị.')).toEqual(['Đào Phú Thanh Hương']);
  });

  it('links a short reference to the full name seen before, never creating a person', () => {
    expect(mentions('Ông Khôi đề nghị các đơn vị khẩn trương triển khai.', ['Hoàng Minh Khôi'])).toEqual([
      { name: 'Hoàng Minh Khôi', posts: [], shortRef: true },
    ]);
    expect(mentions('Ông Khôi đề nghị các đơn vị khẩn trương triển khai.')).toEqual([]);
  });

  it('recognises a known name with no anchor', () => {
    expect(names('Hội nghị hiệp thương cử Hoàng Minh Khôi giữ chức vụ Chủ tịch.', ['Hoàng Minh Khôi'])).toEqual(['Hoàng Minh Khôi']);
  });

  it('keeps a family name that is also a middle name or an honorific', () => {
    expect(names('Đồng chí Văn Hữu Phước, Phó Bí thư Huyện ủy chủ trì.')).toEqual(['Văn Hữu Phước']);
    expect(names('Ban Thường vụ chỉ định đồng chí Ông Thị Mỹ Duyên, Trưởng phòng Nội vụ huyện.')).toEqual(['Ông Thị Mỹ Duyên']);
    expect(names('Cùng dự có Ông Thị Kim Oanh, Phó Giám đốc Sở Y tế.')).toEqual(['Ông Thị Kim Oanh']);
    // A rank or any honorific, not only "đồng chí", lets a full run open with "Văn".
    expect(names('Dự buổi lễ có Thượng tá Văn Quý Thành, Phó Trưởng Phòng Cảnh sát cơ động.')).toEqual(['Văn Quý Thành']);
    expect(names('Cùng dự có bà Văn Thị Ngân và ông Hồ Đức Bảo.')).toEqual(['Văn Thị Ngân', 'Hồ Đức Bảo']);
  });

  it('reads names of the Central Highlands with an apostrophe', () => {
    expect(mentions("Dự có bà Rơ Mah H'Nhiên, Phó Chủ tịch UBND huyện.")).toEqual([
      { name: "Rơ Mah H'Nhiên", posts: ['Phó Chủ tịch UBND huyện'], shortRef: false },
    ]);
  });

  it('never takes a place after a place word for a person', () => {
    expect(names('Dự có đại biểu Quốc hội đơn vị tỉnh Lâm Đồng, lãnh đạo các sở.')).toEqual([]);
    expect(names('Phó Chủ tịch UBND Quận Hồ Tây dự.')).toEqual([]);
    expect(mentions('Chủ tịch UBND huyện Đinh Công Tráng phát biểu.')).toEqual([
      { name: 'Đinh Công Tráng', posts: ['Chủ tịch UBND huyện'], shortRef: false },
    ]);
    // A body's term after the run says the ward bears a historical figure's name.
    expect(names('Ông Lạc Hoài Nam được bầu giữ chức Phó Chủ tịch UBND phường Lý Thường Kiệt nhiệm kỳ 2026 - 2031.')).toEqual(['Lạc Hoài Nam']);
    expect(names('Chủ tịch HĐND xã Trần Quang Khải khóa III chủ trì kỳ họp.')).toEqual([]);
    expect(mentions('Phát biểu, tân Chủ tịch UBND xã Nhâm Đức Lợi cảm ơn các đại biểu.')).toEqual([
      { name: 'Nhâm Đức Lợi', posts: ['Chủ tịch UBND xã'], shortRef: false },
    ]);
  });

  it('gives a title before a colon to each bare name after it, up to a new title', () => {
    expect(mentions('Dự có các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Lục Văn Toàn, Hà Thị Mận; Chánh Văn phòng Tỉnh ủy Tăng Quốc Hưng.')).toEqual([
      { name: 'Lục Văn Toàn', posts: ['Phó Trưởng Ban Tuyên giáo Tỉnh ủy'], shortRef: false },
      { name: 'Hà Thị Mận', posts: ['Phó Trưởng Ban Tuyên giáo Tỉnh ủy'], shortRef: false },
      { name: 'Tăng Quốc Hưng', posts: ['Chánh Văn phòng Tỉnh ủy'], shortRef: false },
    ]);
    expect(mentions('Có các đại biểu Quốc hội đơn vị bầu cử số 2 tỉnh Phú Yên: Mẫn Đức Lợi, Từ Thị Hoa.').map((m) => m.name)).toEqual(['Mẫn Đức Lợi', 'Từ Thị Hoa']);
  });

  it('takes a post put first, before a comma and a rank', () => {
    expect(mentions('Trưởng Công an xã, Trung tá Mạch Văn Trí thông tin: năm qua không có vụ trọng án.')).toEqual([
      { name: 'Mạch Văn Trí', posts: ['Trưởng Công an xã'], shortRef: false },
    ]);
    expect(mentions('Tại buổi làm việc, Trung tá Mạch Văn Trí báo cáo.')).toEqual([{ name: 'Mạch Văn Trí', posts: [], shortRef: false }]);
    expect(mentions('Ông Kha Minh Sang, Giám đốc Sở Y tế, bà Chử Thị Vân cùng dự.').map((m) => m.posts)).toEqual([['Giám đốc Sở Y tế'], []]);
  });

  it('takes a pre-nominal title without honorific, across a "và" inside the body', () => {
    expect(mentions('Sáng 4/5, tại huyện Bảo Lâm, Bộ trưởng Bộ Khoa học và Công nghệ Quách Văn Nhất đã có buổi làm việc với UBND tỉnh.')).toEqual([
      { name: 'Quách Văn Nhất', posts: ['Bộ trưởng Bộ Khoa học và Công nghệ'], shortRef: false },
    ]);
    expect(names('Phát biểu kết luận, Bộ trưởng Quách Văn Nhất ghi nhận kết quả.')).toEqual(['Quách Văn Nhất']);
  });

  it('links a two-syllable given name to the full name seen before', () => {
    expect(mentions('Kết luận phiên họp, bà Mỹ Duyên đề nghị các ban rà soát.', ['Ông Thị Mỹ Duyên'])).toEqual([
      { name: 'Ông Thị Mỹ Duyên', posts: [], shortRef: true },
    ]);
  });
});

describe('people: coordinated names, relieved posts and careers', () => {
  const withPosts = (sentence: string) =>
    findMentions(sentence, new NameBook()).map((m) => [m.name, m.posts.map((p) => `${p.qualifier ?? '-'}:${p.text}`)]);

  it('gives an election shared by "A và B" to both, with or without honorifics', () => {
    expect(withPosts('Tại phiên họp thứ nhất, các đồng chí Khúc Văn Lâm và Đàm Thị Ngọc Quyên được bầu giữ chức Phó Chủ tịch.')).toEqual([
      ['Khúc Văn Lâm', ['appointed:Phó Chủ tịch']], ['Đàm Thị Ngọc Quyên', ['appointed:Phó Chủ tịch']],
    ]);
    expect(withPosts('Anh Bế Văn Thạch và chị Lưu Thị Na được bầu giữ chức Phó Bí thư Huyện đoàn.')).toEqual([
      ['Bế Văn Thạch', ['appointed:Phó Bí thư Huyện đoàn']], ['Lưu Thị Na', ['appointed:Phó Bí thư Huyện đoàn']],
    ]);
  });

  it('shares a deputy\'s post after "A và B", but not a single post nor past a title of A\'s own', () => {
    expect(withPosts('Bà Ung Thị Lài và ông Giáp Văn Hòa, Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.')).toEqual([
      ['Ung Thị Lài', ['-:Phó Chủ tịch HĐND tỉnh']], ['Giáp Văn Hòa', ['-:Phó Chủ tịch HĐND tỉnh']],
    ]);
    expect(withPosts('Bà Ung Thị Lài và ông Giáp Văn Hòa, Chủ tịch HĐND tỉnh dự lễ.')).toEqual([
      ['Ung Thị Lài', []], ['Giáp Văn Hòa', ['-:Chủ tịch HĐND tỉnh']],
    ]);
    // A's own title, even with no body, is kept as written and is A's alone.
    expect(withPosts('Thứ trưởng Khúc Văn Lài và ông Giáp Văn Hòa, Phó Chủ tịch UBND tỉnh đồng chủ trì.')).toEqual([
      ['Khúc Văn Lài', ['-:Thứ trưởng']], ['Giáp Văn Hòa', ['-:Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it('reads re-election, and "làm <post>" only in an electing clause', () => {
    expect(withPosts('Đ/c Mạc Thị Xuân tái đắc cử Chủ tịch Công đoàn ngành Giáo dục khóa VIII, nhiệm kỳ 2023 – 2028.')).toEqual([
      ['Mạc Thị Xuân', ['appointed:Chủ tịch Công đoàn ngành Giáo dục khóa VIII, nhiệm kỳ 2023 – 2028']],
    ]);
    expect(withPosts('Hội nghị hiệp thương cử bổ sung ông Cù Văn Phúc, Chủ tịch Hội Nông dân tỉnh làm Ủy viên Ủy ban MTTQ Việt Nam tỉnh.')).toEqual([
      ['Cù Văn Phúc', ['-:Chủ tịch Hội Nông dân tỉnh', 'appointed:Ủy viên Ủy ban MTTQ Việt Nam tỉnh']],
    ]);
    expect(withPosts('Đoàn công tác do ông Cù Văn Phúc, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đến thăm.')).toEqual([
      ['Cù Văn Phúc', ['-:Chủ tịch Hội Nông dân tỉnh']],
    ]);
  });

  it('records a relieved post as held before', () => {
    expect(withPosts('HĐND huyện đã miễn nhiệm chức danh Phó Chủ tịch UBND huyện đối với bà Tăng Thị Mơ do nghỉ hưu.')).toEqual([
      ['Tăng Thị Mơ', ['former:Phó Chủ tịch UBND huyện']],
    ]);
  });

  it('gives a biography\'s earlier posts to the person of the sentence before', () => {
    const [, second] = findArticleMentions([
      'Đồng chí Khổng Minh Tiến sinh năm 1975, quê quán huyện Yên Dũng.',
      'Trước khi được bổ nhiệm, đồng chí từng giữ các chức vụ: Phó Chánh Văn phòng Huyện ủy, Bí thư Đảng ủy xã Tân Liễu.',
    ]);
    expect(second?.map((m) => [m.name, m.posts.map((p) => `${p.qualifier ?? '-'}:${p.text}`)])).toEqual([
      ['Khổng Minh Tiến', ['former:Phó Chánh Văn phòng Huyện ủy', 'former:Bí thư Đảng ủy xã Tân Liễu']],
    ]);
  });
});

describe('people: a body never swallows the person after it', () => {
  it.each([
    ['Cùng dự có các đồng chí: Bí thư Thành ủy Lê Văn An, Chủ tịch UBND thành phố Trần Văn Bình; lãnh đạo các sở.',
      [['Lê Văn An', ['Bí thư Thành ủy']], ['Trần Văn Bình', ['Chủ tịch UBND thành phố']]]],
    ['Ông Lê Văn An, Bí thư Thành ủy Hải Phòng Trần Văn Bình dự.', [['Lê Văn An', []], ['Trần Văn Bình', ['Bí thư Thành ủy Hải Phòng']]]],
    // A province or a ward named after a figure of history is part of the body's name.
    ['Đồng chí Lê Văn An, Chủ tịch UBND tỉnh Lâm Đồng phát biểu.', [['Lê Văn An', ['Chủ tịch UBND tỉnh Lâm Đồng']]]],
    ['Ông Lê Văn An, Bí thư Thành ủy Thành phố Hồ Chí Minh dự.', [['Lê Văn An', ['Bí thư Thành ủy Thành phố Hồ Chí Minh']]]],
    ['Ông Lê Văn An, Bí thư Đảng ủy phường Lý Thái Tổ dự.', [['Lê Văn An', ['Bí thư Đảng ủy phường Lý Thái Tổ']]]],
  ])('%s', (sentence, expected) => {
    expect(mentions(sentence).map((m) => [m.name, m.posts]), sentence).toEqual(expected);
  });
});

describe('people: lists and names of the whole country', () => {
  it('takes two-syllable names in a list opened by "các ông, bà:"', () => {
    expect(names('Lãnh đạo Bộ có 4 Thứ trưởng gồm các ông, bà: Vũ Minh Tâm, Cao Huy, Lê Thị Hà, Phạm Văn Hòa.')).toEqual([
      'Vũ Minh Tâm', 'Cao Huy', 'Lê Thị Hà', 'Phạm Văn Hòa',
    ]);
  });

  it('knows upland and rarer family names', () => {
    expect(names('Phó Chủ tịch Quốc hội Tòng Văn Lả và Phó Chủ tịch Quốc hội Uông Minh Đức dự.')).toEqual(['Tòng Văn Lả', 'Uông Minh Đức']);
  });

  it('reads the short forms of deputy titles', () => {
    expect(mentions('Bà Lê Thị Hồng, Vụ phó Vụ Tổ chức cán bộ dự.')).toEqual([{ name: 'Lê Thị Hồng', posts: ['Vụ phó Vụ Tổ chức cán bộ'], shortRef: false }]);
  });
});

describe('people: a post shared by a list', () => {
  it('gives the prefix to every item written title-first', () => {
    const got = mentions('Tham dự có các Ủy viên Trung ương Đảng: Phó Chủ tịch Quốc hội Lê Văn An; Bộ trưởng Bộ Y tế Trần Thị Bích; Thống đốc Ngân hàng Nhà nước Phạm Văn Cường.');
    expect(got.map((m) => [m.name, m.posts])).toEqual([
      ['Lê Văn An', ['Ủy viên Trung ương Đảng', 'Phó Chủ tịch Quốc hội']],
      ['Trần Thị Bích', ['Ủy viên Trung ương Đảng', 'Bộ trưởng Bộ Y tế']],
      ['Phạm Văn Cường', ['Ủy viên Trung ương Đảng', 'Thống đốc Ngân hàng Nhà nước']],
    ]);
  });

  it('reads the post of a counted list introduced by "gồm các ông, bà:"', () => {
    const got = mentions('Lãnh đạo Bộ có 3 Thứ trưởng gồm các ông, bà: Vũ Minh Tâm, Cao Huy, Lê Thị Hà.');
    expect(got.map((m) => [m.name, m.posts])).toEqual([
      ['Vũ Minh Tâm', ['Thứ trưởng']], ['Cao Huy', ['Thứ trưởng']], ['Lê Thị Hà', ['Thứ trưởng']],
    ]);
  });
});
