import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const HEADER = 'Print Thứ Hai, 10/03/2025 17:30 Gốc\n\n';
const meetingsOf = (body: string) => extract(HEADER + body).meetings;

describe('meetings: announcement', () => {
  it('reads date, part of day, kind, title and organizers from the announcing sentence', () => {
    const [m, ...rest] = meetingsOf('Sáng 8/3, Ban Thường vụ Huyện ủy Gia Viễn phối hợp với Sở Tư pháp tổ chức Hội nghị sơ kết công tác dân vận năm 2024.');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      date: '2025-03-08', partOfDay: 'sáng', kind: 'hội nghị sơ kết',
      title: 'Hội nghị sơ kết công tác dân vận năm 2024',
      organizers: ['Ban Thường vụ Huyện ủy Gia Viễn', 'Sở Tư pháp'],
    });
  });

  it('reads "Tổ chức" inside a body\'s name as part of the name, and the lowercase "tổ chức" after it as the verb', () => {
    const [m] = meetingsOf('Chiều 9/3, Ban Tổ chức Tỉnh ủy Ninh Bình tổ chức Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024.');
    expect(m).toMatchObject({ date: '2025-03-09', kind: 'hội nghị tổng kết', organizers: ['Ban Tổ chức Tỉnh ủy Ninh Bình'], title: 'Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2024' });
    expect(meetingsOf('Sáng 6/3, Ban Tổ chức Hội thi phối hợp với Sở Văn hóa tổ chức Lễ khai mạc.')[0]?.organizers).toEqual(['Ban Tổ chức Hội thi', 'Sở Văn hóa']);
  });

  it('keeps the venue\'s localities out of the organizers', () => {
    expect(meetingsOf('Sáng 7/3, tại phường Cao Xanh, TP Cẩm Phả, Thành ủy, HĐND, UBND thành phố Cẩm Phả tổ chức Hội nghị tổng kết.')[0]?.organizers).toEqual([
      'Thành ủy', 'HĐND', 'UBND thành phố Cẩm Phả',
    ]);
  });

  it('takes the delegates who meet the voters as the participants', () => {
    const [m] = meetingsOf('Chiều 6/3, Thường trực HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri. Các đại biểu HĐND tỉnh: Lò Thị Sen, Phó Chủ tịch HĐND tỉnh; Thượng tá Cầm Văn Lả, Phó Giám đốc Công an tỉnh đã tiếp xúc, lắng nghe ý kiến cử tri xã Mường Lạn.');
    expect(m?.attendees).toEqual(['Lò Thị Sen', 'Cầm Văn Lả']);
  });

  it('resolves chairs named only by their posts to the people the article shows holding them', () => {
    const [m] = meetingsOf('Chiều 6/3, UBND xã Tân Mỹ tổ chức hội nghị đối thoại với Nhân dân. Hội nghị do Bí thư Đảng ủy xã và Chủ tịch UBND xã đồng chủ trì. Đồng chí Lành Văn Chương, Bí thư Đảng ủy xã Tân Mỹ trả lời ý kiến. Bà Nông Thị Dịu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã phát biểu.');
    expect(m?.chairs).toEqual(['Lành Văn Chương', 'Nông Thị Dịu']);
  });

  it('names no chair when two people could hold the post', () => {
    const [m] = meetingsOf('Chiều 6/3, UBND xã Tân Mỹ tổ chức hội nghị. Hội nghị do Phó Chủ tịch UBND xã chủ trì. Ông Hà Văn Sỹ, Phó Chủ tịch UBND xã và ông Lưu Văn Tài, Phó Chủ tịch UBND xã dự.');
    expect(m?.chairs).toEqual([]);
  });

  it('takes the members of a presiding panel as chairs', () => {
    const [m] = meetingsOf('Sáng 8/3, Hội Cựu chiến binh huyện Lục Ngạn tổ chức Đại hội đại biểu lần thứ IX. Đoàn Chủ tịch Đại hội gồm các đồng chí: Hoàng Văn Sình - Chủ tịch Hội Cựu chiến binh huyện; Lương Thị Nhàn - Phó Chủ tịch Hội Cựu chiến binh huyện.');
    expect(m?.chairs).toEqual(['Hoàng Văn Sình', 'Lương Thị Nhàn']);
  });

  it('takes a planned meeting only when the sentence says who holds it', () => {
    expect(meetingsOf('Theo kế hoạch, Hội nghị xúc tiến du lịch do UBND huyện Yên Thế tổ chức sẽ diễn ra sáng 14/3.')).toMatchObject([
      { date: '2025-03-14', organizers: ['UBND huyện Yên Thế'] },
    ]);
    expect(meetingsOf('Theo kế hoạch, Đại hội Hội Nông dân huyện Yên Thế lần thứ X sẽ diễn ra vào ngày 20/3/2025.')).toEqual([]);
  });

  it('drops a province noted in parentheses after an organizer, keeping other notes', () => {
    expect(meetingsOf('Chiều 5/3, Hội Cựu chiến binh huyện Thanh Miện (Hải Dương) tổ chức hội nghị tổng kết.')[0]?.organizers).toEqual(['Hội Cựu chiến binh huyện Thanh Miện']);
    expect(meetingsOf('Chiều 5/3, Hội Cựu chiến binh huyện (mới) tổ chức hội nghị tổng kết.')[0]?.organizers).toEqual(['Hội Cựu chiến binh huyện (mới)']);
  });

  it('takes "triệu tập" and "vừa tổ chức" as holding a meeting', () => {
    expect(meetingsOf('Chiều 7-3, Ban Thường vụ Tỉnh ủy triệu tập hội nghị Ban Chấp hành Đảng bộ tỉnh.')[0]?.organizers).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(meetingsOf('Hội Nông dân tỉnh vừa tổ chức hội nghị tập huấn. Đồng chí Đinh Văn Sơn, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.')[0]).toMatchObject({
      date: null, organizers: ['Hội Nông dân tỉnh'], chairs: ['Đinh Văn Sơn'],
    });
  });

  it('keeps two meetings on two dates apart, but not a period quoted in passing', () => {
    const ms = meetingsOf('Sáng 3/3, Công an tỉnh tổ chức hội nghị triển khai kế hoạch. Theo kế hoạch, ngày 6-3-2025, Bộ Công an tổ chức Hội nghị sơ kết. Kỳ họp dự kiến diễn ra từ ngày 20/3/2025 đến ngày 25/3/2025.');
    expect(ms.map((m) => m.date)).toEqual(['2025-03-03', '2025-03-06']);
  });
});

describe('meetings: roles', () => {
  it('takes co-chairs from a semicolon list before "đồng chủ trì" and "chủ tọa"', () => {
    const [m] = meetingsOf('Sáng 8/3, HĐND tỉnh tổ chức kỳ họp thứ 20. Các đồng chí: Hoàng Minh Khôi, Chủ tịch HĐND tỉnh; Phan Thị Lan, Phó Chủ tịch HĐND tỉnh chủ tọa kỳ họp.');
    expect(m?.chairs).toEqual(['Hoàng Minh Khôi', 'Phan Thị Lan']);
  });

  it('takes the chair of "Hội nghị do A … chủ trì"', () => {
    const [m] = meetingsOf('Chiều 8/3, Tỉnh ủy tổ chức hội nghị. Hội nghị do Bí thư Tỉnh ủy Hoàng Minh Khôi cùng các Phó Bí thư chủ trì.');
    expect(m?.chairs).toEqual(['Hoàng Minh Khôi']);
  });

  it('takes speakers from captions, leading speech phrases and "A và B <verb>"', () => {
    const [m] = meetingsOf([
      'Chiều 8/3, Sở Y tế tổ chức hội nghị tổng kết.',
      'Đồng chí Phan Thị Lan, Giám đốc Sở Y tế phát biểu tại hội nghị.',
      'Phát biểu kết luận hội nghị, đồng chí Hoàng Minh Khôi, Phó Chủ tịch UBND tỉnh ghi nhận kết quả.',
      'Đồng chí Hoàng Minh Khôi và đồng chí Phan Thị Lan trao bằng khen.',
      'Ông Đinh Văn Sơn, Phó Giám đốc Sở Y tế và bà Cao Thị Hạnh, Trưởng phòng Nghiệp vụ Y biểu dương các tập thể.',
    ].join('\n'));
    expect(m?.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Phan Thị Lan', 'phát biểu'],
      ['Hoàng Minh Khôi', 'phát biểu kết luận'],
      ['Đinh Văn Sơn', 'biểu dương'],
      ['Cao Thị Hạnh', 'biểu dương'],
    ]);
  });

  it('takes attendees after "Dự … có", before "cùng dự", and from a bulleted list', () => {
    const [m] = meetingsOf([
      'Sáng 8/3, Hội Cựu chiến binh tỉnh tổ chức Đại hội lần thứ V.',
      'Dự đại hội có các đồng chí: Hoàng Minh Khôi, Phó Bí thư Tỉnh ủy; Thượng tá Tạ Quốc Việt, Phó Giám đốc Công an tỉnh; đại diện lãnh đạo các sở, ngành.',
      'Đ/c Lý Hồng Nhung - Phó Chủ tịch cùng dự.',
      'Hội nghị có sự hiện diện của các vị khách mời:',
      '  • Đại tá Mạc Đăng Khoa Phó Chủ tịch Hội Cựu chiến binh tỉnh.',
    ].join('\n'));
    expect(m?.attendees).toEqual(['Hoàng Minh Khôi', 'Tạ Quốc Việt', 'Lý Hồng Nhung', 'Mạc Đăng Khoa']);
  });

  it('reports a visit with who went along, not as chaired', () => {
    const [m] = meetingsOf('Tối 9-3, đồng chí Hoàng Minh Khôi - Bí thư Tỉnh ủy đến thăm, động viên lực lượng trực Tết. Cùng đi có đồng chí Phan Thị Lan - Phó Chủ tịch UBND tỉnh.');
    expect(m).toMatchObject({ date: '2025-03-09', partOfDay: 'tối', chairs: [], attendees: ['Phan Thị Lan'] });
  });

  it('takes co-chairs listed after "Cùng chủ trì có" and the chair after "Chủ trì … có"', () => {
    const [m] = meetingsOf([
      'Sáng 8/3, UBND tỉnh tổ chức phiên họp thường kỳ.',
      'Ông Tăng Quốc Hưng, Chủ tịch UBND tỉnh chủ trì phiên họp.',
      'Cùng chủ trì có các Phó Chủ tịch UBND tỉnh: Lục Văn Toàn, Mẫn Thị Hoa.',
    ].join('\n'));
    expect(m?.chairs).toEqual(['Tăng Quốc Hưng', 'Lục Văn Toàn', 'Mẫn Thị Hoa']);
    const [n] = meetingsOf('Sáng 9/3, Hội Nông dân tỉnh tổ chức hội nghị. Chủ trì hội nghị có ông Từ Đức Lợi, Chủ tịch Hội Nông dân tỉnh.');
    expect(n?.chairs).toEqual(['Từ Đức Lợi']);
  });

  it('chains co-chairs joined by "và" across an academic title with a period', () => {
    const [m] = meetingsOf('Sáng 8/3, Trường Đại học Y tổ chức hội thảo khoa học. PGS.TS Lục Văn Toàn, Hiệu trưởng Nhà trường và ThS. Mẫn Thị Hoa, Giám đốc Sở Y tế đồng chủ trì hội thảo.');
    expect(m?.chairs).toEqual(['Lục Văn Toàn', 'Mẫn Thị Hoa']);
  });

  it('takes the speech verbs of thanks, addresses, decisions and shared experience', () => {
    const [m] = meetingsOf([
      'Sáng 8/3, Công an tỉnh tổ chức hội nghị công bố quyết định về công tác cán bộ.',
      'Tại hội nghị, Đại tá Tăng Quốc Hưng, Phó Giám đốc Công an tỉnh công bố Quyết định của Bộ trưởng Bộ Công an.',
      'Thay mặt các cán bộ được bổ nhiệm, Thượng tá Lục Văn Toàn bày tỏ sự vinh dự.',
      'Bà Mẫn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh đọc diễn văn ôn lại truyền thống.',
      'ThS. Từ Đức Lợi chia sẻ kinh nghiệm.',
    ].join('\n'));
    expect(m?.speakers.map((s) => s.name)).toEqual(['Tăng Quốc Hưng', 'Lục Văn Toàn', 'Mẫn Thị Hoa', 'Từ Đức Lợi']);
  });

  it('never takes the object of a speech verb for a speaker', () => {
    const [m] = meetingsOf('Sáng 8/3, Huyện ủy tổ chức hội nghị. Phát biểu tại hội nghị, đồng chí Lục Văn Toàn chúc mừng đồng chí Mẫn Thị Hoa, đề nghị đồng chí tiếp tục phát huy.');
    expect(m?.speakers.map((s) => s.name)).toEqual(['Lục Văn Toàn']);
  });

  it('takes attendees from the host side and from who received the delegation', () => {
    const [m] = meetingsOf([
      'Chiều 8/3, Phó Chủ tịch UBND tỉnh Tăng Quốc Hưng chủ trì buổi làm việc với UBND huyện.',
      'Về phía huyện có đồng chí Lục Văn Toàn, Bí thư Huyện ủy; đồng chí Chủ tịch UBND huyện Mẫn Thị Hoa.',
      'Tiếp và làm việc với đoàn có ông Từ Đức Lợi, Phó Chủ tịch UBND huyện.',
    ].join('\n'));
    expect(m?.attendees).toEqual(['Lục Văn Toàn', 'Mẫn Thị Hoa', 'Từ Đức Lợi']);
  });
});

describe('meetings: working visits and passive organizers', () => {
  it('announces a working visit by a delegation with a date and no meeting noun', () => {
    const [m, ...rest] = meetingsOf('Chiều 8/3, Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Tân Phú về công tác cán bộ. Ông Tăng Quốc Hưng, Trưởng đoàn kiểm tra chủ trì buổi làm việc.');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      date: '2025-03-08', kind: 'buổi làm việc', organizers: ['Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy'], chairs: ['Tăng Quốc Hưng'],
    });
  });

  it('never names an official as the organizer of his working visit', () => {
    const [m] = meetingsOf('Sáng 8/3, tại huyện Tân Phú, Thứ trưởng Bộ Khoa học và Công nghệ Lục Văn Toàn đã có buổi làm việc với UBND tỉnh.');
    expect(m).toMatchObject({ date: '2025-03-08', kind: 'buổi làm việc', organizers: [] });
  });

  it('takes the organizer of "Hội nghị do … tổ chức"', () => {
    const [m] = meetingsOf('Sáng 8/3, các đại biểu HĐND tỉnh tiếp xúc cử tri xã Tân Phú. Hội nghị do Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức tại nhà văn hóa xã.');
    expect(m?.organizers).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam huyện']);
  });

  it('takes a working visit led by a titled official, who is no organizer', () => {
    const [m] = meetingsOf('Chiều 8/3, Bộ trưởng Từ Lâm làm việc với Ban Thường vụ Tỉnh ủy.');
    expect(m).toMatchObject({ date: '2025-03-08', kind: 'buổi làm việc', organizers: [] });
  });
});

describe('meetings: speakers beyond "phát biểu"', () => {
  const speakersOf = (lines: string[]) =>
    meetingsOf(['Sáng 8/3, Công an tỉnh tổ chức hội nghị tổng kết.', ...lines].join('\n'))[0]?.speakers.map((s) => [s.name, s.role]);

  it('takes the presenter of "báo cáo do A … trình bày" and of a caption with "tham luận"', () => {
    expect(speakersOf([
      'Theo báo cáo do đồng chí Phùng Thị Nguyệt, Giám đốc Sở Nội vụ, Phó Trưởng Ban Thường trực Ban Chỉ đạo trình bày, năm qua đã hoàn thành các chỉ tiêu.',
      'Thiếu tá Kha Văn Lịch, Đội trưởng Đội Cảnh sát hình sự tham luận tại hội nghị.',
    ])).toEqual([['Phùng Thị Nguyệt', 'trình bày'], ['Kha Văn Lịch', 'tham luận']]);
  });

  it('gives a leading speech act to the people after its comma, not to its object', () => {
    expect(speakersOf([
      'Chúc mừng Thượng tá Đàm Quang Vũ, đồng chí Tôn Nữ Thu Hà mong muốn đơn vị tiếp tục phát huy truyền thống.',
      'Báo cáo với đoàn, Thiếu tá Lò Văn Chung, Đồn trưởng Đồn Biên phòng Mường Lát cho biết tình hình ổn định.',
    ])).toEqual([['Tôn Nữ Thu Hà', 'chúc mừng'], ['Lò Văn Chung', 'báo cáo']]);
  });

  it('reads thanks, read-out decisions and letters as speech; "cô" and "thầy" are honorifics', () => {
    expect(speakersOf([
      'Thay mặt tập thể, đồng chí Kha Thị Duyên cảm ơn sự tin tưởng của lãnh đạo.',
      'ThS. Lạc Minh Tú, Phó Vụ trưởng Vụ Pháp chế đọc quyết định của Bộ trưởng bổ nhiệm PGS.TS Âu Dương Khánh, Phó Viện trưởng giữ chức Viện trưởng.',
      'Cô Mùa Thị Sênh, Hiệu trưởng nhà trường, đọc thư của Chủ tịch nước.',
    ])).toEqual([['Kha Thị Duyên', 'cảm ơn'], ['Lạc Minh Tú', 'đọc quyết định'], ['Mùa Thị Sênh', 'đọc thư']]);
  });

  it('lets a later act of the sentence lead after a comma only with "phát biểu"', () => {
    expect(speakersOf(['Dịp này, bà Trình Thị Yến, Chủ tịch Công đoàn cơ quan, trình bày dự thảo quy chế chi tiêu nội bộ, đề nghị góp ý.']))
      .toEqual([['Trình Thị Yến', 'trình bày']]);
  });
});

describe('meetings: chairs and organizers in longer clauses', () => {
  it('takes the chair of "A đã kiểm tra thực địa và chủ trì"; a capitalized verb in a body name makes no object', () => {
    const [m] = meetingsOf('Chiều 9/3, Thứ trưởng Bộ Giao thông vận tải Viên Đức Mạnh đã kiểm tra công trường và chủ trì buổi làm việc với UBND tỉnh.');
    expect(m?.chairs).toEqual(['Viên Đức Mạnh']);
  });

  it('does not take the body housing the venue room as an organizer', () => {
    const [m] = meetingsOf('Sáng 9/3, tại Hội trường B, Trường Cao đẳng Y tế Nam Định, Bộ Y tế tổ chức lễ công bố quyết định.');
    expect(m?.organizers).toEqual(['Bộ Y tế']);
  });
});

describe('meetings: a body that meets, and joint meetings', () => {
  it('announces "<body> họp" as a meeting the body holds, never the "họp" of "kỳ họp"', () => {
    const [m] = meetingsOf('Sáng 5/3, Ban Thường vụ Huyện ủy Tân Lạc họp nghe báo cáo chuẩn bị đại hội.');
    expect(m).toMatchObject({ date: '2025-03-05', kind: 'cuộc họp', organizers: ['Ban Thường vụ Huyện ủy Tân Lạc'] });
    const [session] = meetingsOf('Sáng 6/3, HĐND tỉnh Bắc Sơn khai mạc kỳ họp thứ 20.');
    expect(session).toMatchObject({ kind: 'kỳ họp', organizers: ['HĐND tỉnh Bắc Sơn'] });
  });

  it('gives a meeting "giữa A với B" both bodies as organizers', () => {
    const [m] = meetingsOf('Sáng 7/3, đồng chí Lê Văn An, Bí thư Tỉnh ủy chủ trì Hội nghị giữa Ban Thường vụ Tỉnh ủy với Ban cán sự đảng UBND tỉnh về công tác cán bộ.');
    expect(m?.organizers).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ban cán sự đảng UBND tỉnh']);
    expect(m?.chairs).toEqual(['Lê Văn An']);
  });
});

describe('meetings: words that only look like meeting nouns', () => {
  it('reads no "hội thảo" in "Quốc hội thảo luận"', () => {
    const [m] = meetingsOf('Sáng 5/3, Quốc hội khai mạc kỳ họp thứ 9. Sau đó, Quốc hội thảo luận ở tổ về dự án luật.');
    expect(m?.kind).toBe('kỳ họp');
    expect(meetingsOf('Sáng 5/3, Quốc hội thảo luận ở tổ về dự án luật.').map((x) => x.kind)).not.toContain('hội thảo');
  });
});
